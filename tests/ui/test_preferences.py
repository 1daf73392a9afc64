"""The Preferences window's own settings."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

from cep_gui.ui.controller import AppController
from cep_gui.ui.preferences import AdvancedPage


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
