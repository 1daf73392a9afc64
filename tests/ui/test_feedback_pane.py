"""The Feedback pane: participation by mouse, keyboard and accessibility action,
categories that show what is collected, the managed banner and the leave dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from cep_gui.core.consent import State, load_consent
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.helpers.regfile import RegFileReader
from tests.ui.conftest import run_async, with_endpoint


def answer_leave_dialog(*, delete_reports: bool, leave: bool = True) -> list[QMessageBox]:
    """Click through the confirmation once it is on screen, as a user would."""
    seen: list[QMessageBox] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        checkbox = dialog.checkBox()
        assert checkbox is not None
        checkbox.setChecked(delete_reports)
        wanted = (
            QMessageBox.ButtonRole.DestructiveRole if leave else QMessageBox.ButtonRole.RejectRole
        )
        for button in dialog.buttons():
            if dialog.buttonRole(button) == wanted:
                button.click()
                return

    QTimer.singleShot(20, click)
    return seen


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def accessible_action(box: QCheckBox, name: str) -> None:
    """What a screen reader or voice control does: the widget's accessibility action."""
    interface = QAccessible.queryAccessibleInterface(box)
    assert interface is not None
    actions = interface.actionInterface()
    assert name in actions.actionNames()
    actions.doAction(name)
    wait(300)  # "Press" clicks after a short animation


def by_mouse(qtbot: QtBot, box: QCheckBox) -> None:
    # on the box itself, where a user clicks (a stretched box ignores its empty right part)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def by_keyboard(qtbot: QtBot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def by_toggle_action(qtbot: QtBot, box: QCheckBox) -> None:
    accessible_action(box, QAccessibleActionInterface.toggleAction())


def by_press_action(qtbot: QtBot, box: QCheckBox) -> None:
    accessible_action(box, QAccessibleActionInterface.pressAction())


WAYS: list[Callable[[QtBot, QCheckBox], None]] = [
    by_mouse,
    by_keyboard,
    by_toggle_action,
    by_press_action,
]


@pytest.fixture
def pane(qtbot: QtBot, controller: AppController) -> FeedbackPane:
    made = FeedbackPane(controller)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("way", WAYS, ids=lambda w: w.__name__)
def test_joining_and_leaving_work_the_same_every_way(
    qtbot: QtBot, pane: FeedbackPane, controller: AppController, way: Callable[..., None]
) -> None:
    assert not pane.toggle.isChecked()
    assert "Not taking part" in pane.status_label.text()
    assert not pane.send_now.isEnabled()
    way(qtbot, pane.toggle)
    assert load_consent(controller.client.store).state is State.PARTICIPATING
    assert pane.toggle.isChecked()
    assert pane.status_label.text().startswith("Taking part since ")
    assert "Next report: in 7 days" in pane.status_label.text()
    assert pane.send_now.isEnabled()
    assert all(box.isChecked() and box.isEnabled() for box in pane.category_boxes.values())

    dialogs = answer_leave_dialog(delete_reports=False)
    way(qtbot, pane.toggle)
    assert dialogs, "leaving must ask first"
    assert load_consent(controller.client.store).state is State.NOT_PARTICIPATING
    assert not pane.toggle.isChecked()
    assert "Not taking part" in pane.status_label.text()


@pytest.mark.parametrize("way", WAYS, ids=lambda w: w.__name__)
def test_a_category_follows_its_box_every_way(
    qtbot: QtBot, pane: FeedbackPane, controller: AppController, way: Callable[..., None]
) -> None:
    controller.join()
    way(qtbot, pane.category_boxes["host_software"])
    assert "host_software" in controller.state.withheld
    assert controller.state.consent.categories is not None
    assert "host_software" not in controller.state.consent.categories
    way(qtbot, pane.category_boxes["host_software"])
    assert "host_software" in controller.state.allowed


def test_the_leave_dialog_names_the_action_and_defaults_to_cancel(
    pane: FeedbackPane, controller: AppController
) -> None:
    controller.join()
    seen: list[tuple[list[str], str]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, inspect)
            return
        texts = [b.text() for b in dialog.buttons()]
        default = dialog.defaultButton()
        seen.append((texts, default.text() if default else ""))
        dialog.escapeButton().click()  # Escape: the safe answer

    QTimer.singleShot(20, inspect)
    pane.toggle.click()
    ((texts, default),) = seen
    assert ("&Leave" in texts and "&Cancel" in texts) or "Cancel" in texts
    assert default.replace("&", "") == "Cancel"
    assert controller.state.participating and pane.toggle.isChecked()


def test_boxes_show_what_is_actually_collected(
    pane: FeedbackPane, controller: AppController
) -> None:
    # not taking part: nothing is collected, so nothing is ticked, and it says why
    assert not any(box.isChecked() or box.isEnabled() for box in pane.category_boxes.values())
    assert pane.categories_hint.text() == "Take part to choose what is collected."
    controller.join()
    assert all(box.isChecked() and box.isEnabled() for box in pane.category_boxes.values())
    assert not pane.categories_hint.isVisibleTo(pane)


def test_unticked_categories_are_remembered_across_leave_and_rejoin(
    qtbot: QtBot, pane: FeedbackPane, controller: AppController
) -> None:
    by_mouse(qtbot, pane.toggle)
    by_mouse(qtbot, pane.category_boxes["vm_config"])
    by_mouse(qtbot, pane.category_boxes["usage"])
    answer_leave_dialog(delete_reports=False)
    by_mouse(qtbot, pane.toggle)
    assert not any(box.isChecked() for box in pane.category_boxes.values())
    by_mouse(qtbot, pane.toggle)  # join again
    ticked = {c for c, box in pane.category_boxes.items() if box.isChecked()}
    assert ticked == {"host_hardware", "host_software", "vm_software"}
    assert set(controller.state.withheld) == {"vm_config", "usage"}


def test_no_category_is_a_clear_state_and_send_now_is_off(
    qtbot: QtBot, pane: FeedbackPane, controller: AppController
) -> None:
    controller.join()
    for box in pane.category_boxes.values():
        by_mouse(qtbot, box)
    assert controller.state.allowed == []
    assert not pane.send_now.isEnabled()
    assert pane.categories_hint.text() == "No category is chosen, so nothing is collected or sent."
    assert "but no category is chosen" in pane.status_label.text()
    assert "Next report" not in pane.status_label.text()


def forced(tmp_path: Path, value: str, extra: str = "") -> Services:
    registry = RegFileReader.from_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\CEP]\n"
        f'"Participation"="{value}"\n{extra}'
    )
    return Services(
        data_dir=tmp_path / "d",
        policy_locations=PolicyLocations("windows", tmp_path, registry),
        runtime_dir=tmp_path,
    )


def test_forced_on_shows_a_banner_blocks_categories_inline_and_adapts_the_intro(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = forced(tmp_path, "forced_on", '"AllowedCategories"="host_hardware,usage"\n')
    controller = AppController(services, CountingBuilder())
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert pane.toggle.isChecked() and not pane.toggle.isEnabled()
    assert pane.banner.isVisibleTo(pane)
    assert pane.banner.text.text().startswith("Managed by your organization: this computer takes")
    assert r"HKLM" not in pane.banner.text.text()  # the source is behind Details
    assert not pane.banner.details.isVisibleTo(pane)
    pane.banner.details_button.click()
    assert r"HKLM\SOFTWARE\Policies\CEP" in pane.banner.details.text()
    assert "leave at any time" not in pane.intro.text()
    assert "cannot be turned off here" in pane.intro.text()
    blocked = pane.category_boxes["host_software"]
    assert not blocked.isChecked() and not blocked.isEnabled()
    reason = pane.category_reasons["host_software"]
    assert reason.isVisibleTo(pane) and reason.text() == "Not allowed by your organization."
    assert pane.category_boxes["host_hardware"].isChecked()
    assert "as your organization requires" in pane.status_label.text()
    controller.close()


def test_forced_off_says_so_in_the_intro(qtbot: QtBot, tmp_path: Path) -> None:
    controller = AppController(forced(tmp_path, "forced_off"), CountingBuilder())
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert not pane.toggle.isChecked() and not pane.toggle.isEnabled()
    assert "turned the program off" in pane.intro.text()
    assert pane.status_label.text().startswith("Not taking part: your organization has turned")
    controller.close()


def test_a_broken_policy_is_one_plain_sentence_with_the_file_behind_details(
    qtbot: QtBot, settings: Services, tmp_path: Path
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", "{not json")
    import dataclasses

    controller = AppController(
        dataclasses.replace(settings, policy_locations=trusted(root)), CountingBuilder()
    )
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert pane.banner.isVisibleTo(pane)
    assert pane.banner.text.text() == (
        "Your organization's policy could not be read. Nothing is collected or sent until it "
        "is fixed."
    )
    assert "10-corp.json" not in pane.banner.text.text()
    assert "10-corp.json" not in pane.status_label.text()
    assert "10-corp.json" in pane.banner.details.text()
    assert not pane.toggle.isEnabled()
    assert not any(box.isChecked() for box in pane.category_boxes.values())
    controller.close()


def test_a_policy_change_underneath_is_followed_live(
    qtbot: QtBot, settings: Services, tmp_path: Path
) -> None:
    import dataclasses

    root = tmp_path / "policies"
    (root / "managed").mkdir(parents=True)
    controller = AppController(
        dataclasses.replace(settings, policy_locations=trusted(root)), CountingBuilder()
    )
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert pane.toggle.isEnabled() and not pane.banner.isVisibleTo(pane)
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    qtbot.waitUntil(lambda: pane.toggle.isChecked() and not pane.toggle.isEnabled(), timeout=5000)
    assert pane.banner.isVisibleTo(pane)
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
    assert "Last report: delivered on " in pane.status_label.text()
    assert "delivered\n" not in pane.status_label.text() + "\n"  # no stray lowercase line

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


def test_a_failed_send_is_said_once_in_plain_words(qtbot: QtBot, settings: Services) -> None:
    from tests.helpers.faults import FaultProxy

    proxy = FaultProxy(mode="error:503")
    try:
        controller = AppController(with_endpoint(settings, proxy.url), CountingBuilder())
        pane = FeedbackPane(controller)
        qtbot.addWidget(pane)
        controller.join()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        run_async(app, controller.send_now())
    finally:
        proxy.close()
    text = pane.status_label.text()
    assert text.count("503") == 1, text
    assert (
        "Last report: not delivered yet: the server had a problem (HTTP 503). Next try in" in text
    )
    assert "UTC" not in text and "retrying after" not in text
    controller.close()
