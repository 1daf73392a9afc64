"""Review before each report, in the app: the Feedback pane's setting, the tray's
notice, the viewer's review tab with exactly the held report, and the three answers
(*Send this report*, *Don't send*, *Remind me tomorrow*) against a real receiver."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cep_gui.core.clock import ManualClock
from cep_gui.core.history import list_history
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.row_model import KEY_ROLE, VALUE
from cep_gui.ui.scheduler import MAX_WAKE, Scheduler
from cep_gui.ui.shell import Shell
from cep_gui.ui.tray import Tray
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.ui.conftest import run_async, with_endpoint
from tests.ui.test_accessibility import check_names
from tests.ui.test_feedback_pane import by_keyboard, by_mouse, by_toggle_action
from tests.ui.test_i18n import assert_unique, german, labelled_mnemonics

__all__ = ["german"]  # a fixture, used by name

WAITS = "A report waits for your review before it is sent."


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def live(settings: Services, receiver: ReceiverServer) -> Iterator[AppController]:
    made = AppController(with_endpoint(settings, receiver.url), CountingBuilder())
    made.join()
    yield made
    made.close()


@pytest.fixture
def pane(qtbot: QtBot, live: AppController) -> FeedbackPane:
    made = FeedbackPane(live)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def hold_a_report(live: AppController, clock: ManualClock) -> str:
    """The schedule's next report falls due with review on: it is sealed and held."""
    clock.advance(timedelta(days=8))
    live.record("viewer_opened")
    run_async(app(), live.run_due())
    (held,) = live.held_reports()
    return held.id


@pytest.mark.parametrize("way", [by_mouse, by_keyboard, by_toggle_action], ids=lambda w: w.__name__)
def test_the_setting_follows_its_box_every_way(
    qtbot: QtBot, pane: FeedbackPane, live: AppController, way: object
) -> None:
    assert not pane.review.isChecked() and pane.review.isEnabled()
    way(qtbot, pane.review)  # type: ignore[operator]
    assert live.state.review and live.settings().review_before_sending
    way(qtbot, pane.review)  # type: ignore[operator]
    assert not live.state.review


def test_a_held_report_is_shown_exactly_and_sent_when_the_user_says_so(
    qtbot: QtBot,
    pane: FeedbackPane,
    live: AppController,
    clock: ManualClock,
    receiver: ReceiverServer,
) -> None:
    by_mouse(qtbot, pane.review)
    tray = Tray(live)
    report_id = hold_a_report(live, clock)
    assert receiver.requests == 0
    assert WAITS in pane.status_label.text() and pane.review_button.isVisibleTo(pane)
    assert check_names(pane) == []  # the review button too
    assert [text for _, text in tray.notifications] == [WAITS]
    assert tray.status_action.text() == "A report waits for your review."

    shell = Shell(live)
    assert shell.tray.notifications == [(shell.tray.notifications[0][0], WAITS)]
    # From the Feedback pane's status: *Review the report…* opens the viewer on it.
    preferences = shell.open_preferences()
    qtbot.addWidget(preferences)
    preferences.feedback.review_button.click()
    viewer = shell.viewer
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert viewer.tabs.currentWidget() is viewer.review
    viewer.tabs.setCurrentWidget(viewer.sent)
    shell.tray.icon.messageClicked.emit()  # the user clicks the tray's notification
    assert viewer.tabs.currentWidget() is viewer.review
    assert viewer.tabs.tabText(0) == "Waiting for re&view"
    review = viewer.review
    held = live.held_reports()[0]
    assert review.item is not None and review.item.id == report_id
    document = json.loads(held.payload)
    assert json.loads(review.text.toPlainText()) == document  # the exact document
    assert f"{len(held.payload):,} bytes" in review.facts.text()
    counts = next(i for i in review.model.walk() if i.data(KEY_ROLE) == "usage.features.counts")
    assert counts.siblingAtColumn(VALUE).data() == "Viewer opened 1"  # the rows, in words
    assert check_names(viewer) == []

    async def send() -> None:  # a click, on the app's event loop
        review.send.click()
        assert not review.send.isEnabled()  # one click sends once
        assert review._task is not None
        await review._task

    run_async(app(), send())
    assert viewer.tabs.indexOf(review) < 0  # nothing waits any more
    assert receiver.requests == 1
    assert [json.loads(body) for _, _, body in receiver.db.reports()] == [document]
    (entry,) = list_history(live.client.store)
    assert entry.outcome == "delivered" and entry.payload == held.payload
    assert viewer.tabs.currentWidget() is viewer.sent  # the outcome, where it is listed
    assert viewer.sent.model.data(viewer.sent.model.index(0, 2)) == "delivered"
    assert WAITS not in pane.status_label.text() and not pane.review_button.isVisibleTo(pane)
    shell.tray.icon.hide()


def test_dont_send_skips_the_period_and_says_so_in_the_history(
    qtbot: QtBot, pane: FeedbackPane, live: AppController, clock: ManualClock,
    receiver: ReceiverServer,
) -> None:  # fmt: skip
    live.set_review(True)
    hold_a_report(live, clock)
    viewer = ViewerWindow(live)
    qtbot.addWidget(viewer)
    assert viewer.show_review()
    viewer.review.skip.click()
    assert receiver.requests == 0 and live.held_reports() == []
    assert viewer.tabs.indexOf(viewer.review) < 0
    assert viewer.tabs.currentWidget() is viewer.sent
    outcome = viewer.sent.model.data(viewer.sent.model.index(0, 2))
    assert outcome == "skipped at review: you chose not to send it"
    # The period is over: nothing is due, nothing is sent.
    run_async(app(), live.run_due())
    assert receiver.requests == 0 and live.held_reports() == []


def test_remind_me_tomorrow_waits_and_the_tray_asks_again_a_day_later(
    qtbot: QtBot, live: AppController, clock: ManualClock, receiver: ReceiverServer
) -> None:
    live.set_review(True)
    tray = Tray(live)
    hold_a_report(live, clock)
    assert len(tray.notifications) == 1
    viewer = ViewerWindow(live)
    qtbot.addWidget(viewer)
    viewer.show_review()
    viewer.review.later.click()
    assert viewer.tabs.currentWidget() is viewer.review  # it still waits
    assert "the next reminder is on" in viewer.review.facts.text()
    (held,) = live.held_reports()
    assert held.remind_at == clock.now() + timedelta(days=1)
    scheduler = Scheduler(live)
    scheduler.plan()
    assert scheduler.next_wake == clock.now() + MAX_WAKE  # no minute-by-minute wakes
    clock.advance(timedelta(hours=6))
    live.refresh()
    assert len(tray.notifications) == 1  # not yet
    clock.advance(timedelta(hours=19))
    run_async(app(), live.run_due())  # the scheduler's next wake
    assert [text for _, text in tray.notifications] == [WAITS, WAITS]
    live.refresh()
    assert len(tray.notifications) == 2  # told once per reminder
    assert receiver.requests == 0


def test_a_held_report_does_not_wake_the_tray_every_minute(
    live: AppController, clock: ManualClock
) -> None:
    live.set_review(True)
    hold_a_report(live, clock)
    assert not live.client.has_work_due()  # no "Sending…" flash at each wake either
    scheduler = Scheduler(live)
    scheduler.plan()
    assert scheduler.next_wake == clock.now() + MAX_WAKE


def test_policy_decides_review_and_the_box_says_why(
    qtbot: QtBot, settings: Services, tmp_path: Path
) -> None:
    for value, reason in (
        (True, "Your organization asks for each report to be reviewed first."),
        (False, "Your organization decides that reports are sent without asking."),
    ):
        root = tmp_path / f"policies-{value}"
        write_policy(root, "managed", "10-corp.json", {"ReviewBeforeSending": value})
        controller = AppController(
            dataclasses.replace(settings, data_dir=tmp_path / f"d-{value}",
                                policy_locations=trusted(root)),
            CountingBuilder(),
        )  # fmt: skip
        try:
            pane = FeedbackPane(controller)
            qtbot.addWidget(pane)
            assert pane.review.isChecked() is value and not pane.review.isEnabled()
            assert pane.review_reason.isVisibleTo(pane) and pane.review_reason.text() == reason
            assert pane.review.accessibleDescription() == reason
        finally:
            controller.close()


def test_the_review_tab_in_german(
    qtbot: QtBot, german: object, live: AppController, clock: ManualClock
) -> None:
    live.set_review(True)
    hold_a_report(live, clock)
    viewer = ViewerWindow(live)
    qtbot.addWidget(viewer)
    assert viewer.show_review()
    assert viewer.tabs.tabText(0) == "Zur &Prüfung"
    assert [b.text() for b in (viewer.review.send, viewer.review.skip, viewer.review.later)] == [
        "Diesen Bericht &senden", "Nich&t senden", "&Morgen erinnern",
    ]  # fmt: skip
    assert_unique(labelled_mnemonics(viewer), "German viewer with the review tab")
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.review.minimumSizeHint().width() <= viewer.width()
    for button in (viewer.review.send, viewer.review.skip, viewer.review.later):
        corner = button.mapTo(viewer, button.rect().bottomRight())
        assert viewer.rect().contains(corner), f"{button.text()} is out of view"
