"""The Preferences window's own settings."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from cep_gui.core.services import Overrides, Services
from cep_gui.ui.controller import AppController
from cep_gui.ui.preferences import AdvancedPage
from tests.helpers.builders import CountingBuilder


def test_extra_vm_folders_reach_the_vm_collector(qtbot: QtBot, controller: AppController) -> None:
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.vm_folders.setText(os.pathsep.join(["/srv/vms", " /data/libvirt "]))
    page.vm_folders.editingFinished.emit()
    config = controller.client.collect_config(controller.client.effective())
    assert config.vm_folders == ("/srv/vms", "/data/libvirt")
    page.vm_folders.clear()
    page.vm_folders.editingFinished.emit()
    assert controller.client.collect_config(controller.client.effective()).vm_folders == ()


def test_a_desktop_product_shows_no_sccm_settings(qtbot: QtBot, controller: AppController) -> None:
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert not page.sccm_group.isVisibleTo(page)
    assert not page.sccm_account.isVisibleTo(page)


def test_the_sccm_product_shows_them(qtbot: QtBot, settings: Services) -> None:
    controller = AppController(
        dataclasses.replace(settings, overrides=Overrides(profile="sccm")), CountingBuilder()
    )
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert page.sccm_group.isVisibleTo(page) and page.sccm_password.isVisibleTo(page)
    controller.close()


def answer_with(path: Path) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_browse_buttons_fill_file_and_folder_fields(
    qtbot: QtBot, settings: Services, tmp_path: Path
) -> None:
    controller = AppController(
        dataclasses.replace(settings, overrides=Overrides(profile="sccm")), CountingBuilder()
    )
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    folder = tmp_path / "more-vms"
    folder.mkdir()
    answer_with(folder)
    page.add_vm_folder.click()
    assert controller.settings().vm_folders == (str(folder),)
    certificate = tmp_path / "cm01.pem"
    certificate.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    answer_with(certificate)
    page.browse_ca_file.click()
    assert page.sccm_ca_file.text() == str(certificate)
    assert controller.settings().sccm_ca_file == str(certificate)
    controller.close()
