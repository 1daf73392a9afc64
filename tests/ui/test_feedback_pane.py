"""The Feedback pane: participation, categories, policy and the leave dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cep_gui.core.consent import State, load_consent
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from tests.helpers.builders import CountingBuilder
from tests.helpers.regfile import RegFileReader
from tests.ui.conftest import run_async, with_endpoint


def answer_leave_dialog(*, delete_reports: bool, leave: bool = True) -> None:
    """Click through the confirmation once it is on screen, as a user would."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, click)
            return
        checkbox = dialog.checkBox()
        assert checkbox is not None
        checkbox.setChecked(delete_reports)
        for button in dialog.buttons():
            role = dialog.buttonRole(button)
            wanted = (
                QMessageBox.ButtonRole.AcceptRole if leave else QMessageBox.ButtonRole.RejectRole
            )
            if role == wanted:
                button.click()
                return

    QTimer.singleShot(20, click)


def test_joining_updates_the_store_and_the_status_line(
    qtbot: QtBot, controller: AppController
) -> None:
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert not pane.toggle.isChecked()
    assert "Not taking part" in pane.status_label.text()
    assert not pane.send_now.isEnabled()
    qtbot.mouseClick(pane.toggle, Qt.MouseButton.LeftButton)
    assert load_consent(controller.client.store).state is State.PARTICIPATING
    assert "Taking part since" in pane.status_label.text()
    assert "Next report" in pane.status_label.text()
    assert pane.send_now.isEnabled()
    assert all(box.isChecked() and box.isEnabled() for box in pane.category_boxes.values())


def test_unticking_a_category_withholds_it(qtbot: QtBot, controller: AppController) -> None:
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    controller.join()
    qtbot.mouseClick(pane.category_boxes["host_software"], Qt.MouseButton.LeftButton)
    assert "host_software" in controller.state.withheld
    assert controller.state.consent.categories is not None
    assert "host_software" not in controller.state.consent.categories


def test_cancelling_the_leave_dialog_keeps_participation(
    qtbot: QtBot, controller: AppController
) -> None:
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    controller.join()
    answer_leave_dialog(delete_reports=False, leave=False)
    qtbot.mouseClick(pane.toggle, Qt.MouseButton.LeftButton)
    assert controller.state.participating and pane.toggle.isChecked()


def test_forced_policy_disables_the_toggle_and_names_its_source(
    qtbot: QtBot, tmp_path: Path
) -> None:
    registry = RegFileReader.from_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\CEP]\n"
        '"Participation"="forced_on"\n"AllowedCategories"="host_hardware,usage"\n'
    )
    settings = Services(
        data_dir=tmp_path / "d",
        policy_locations=PolicyLocations("windows", tmp_path, registry),
        runtime_dir=tmp_path,
    )
    controller = AppController(settings, CountingBuilder())
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert pane.toggle.isChecked() and not pane.toggle.isEnabled()
    assert pane.managed.isVisibleTo(pane)
    assert "Managed by your organization" in pane.managed.text()
    assert r"HKLM\SOFTWARE\Policies\CEP" in pane.managed.text()
    assert not pane.category_boxes["host_software"].isEnabled()
    assert pane.category_boxes["host_software"].toolTip() == "Not allowed by your organization"
    assert pane.category_boxes["host_hardware"].isChecked()
    controller.close()


def test_leaving_with_deletion_sends_one_deletion_request(
    qtbot: QtBot, settings: Services, receiver: ReceiverServer
) -> None:
    controller = AppController(with_endpoint(settings, receiver.url), CountingBuilder())
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    controller.join()
    installation_id = controller.state.consent.installation_id
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    run_async(app, controller.send_now())
    assert len(list(receiver.db.reports())) == 1

    async def leave_and_wait() -> None:
        import asyncio

        answer_leave_dialog(delete_reports=True)
        pane.toggle.click()
        for _ in range(200):
            if receiver.db.deletions():
                break
            await asyncio.sleep(0.05)
        await controller.settle()

    run_async(app, leave_and_wait())
    assert receiver.db.deletions() == [(installation_id, 1)]
    assert not pane.toggle.isChecked()
    assert "Not taking part" in pane.status_label.text()
    controller.close()
