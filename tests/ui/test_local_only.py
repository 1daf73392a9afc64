"""Local-only in the app: the Feedback pane's choice under the participation toggle, a
policy that decides it, and the history that says "kept on this computer"."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from cep_gui.core.history import list_history
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.ui.conftest import run_async, with_endpoint
from tests.ui.test_feedback_pane import by_keyboard, by_mouse, by_toggle_action

LOCAL = "Reports are kept on this computer only; nothing is sent."


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def live(settings: Services, receiver: ReceiverServer) -> Iterator[AppController]:
    made = AppController(with_endpoint(settings, receiver.url), CountingBuilder())
    yield made
    made.close()


@pytest.fixture
def pane(qtbot: QtBot, live: AppController) -> FeedbackPane:
    made = FeedbackPane(live)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("way", [by_mouse, by_keyboard, by_toggle_action], ids=lambda w: w.__name__)
def test_kept_reports_stay_here_and_the_history_says_so(
    qtbot: QtBot,
    pane: FeedbackPane,
    live: AppController,
    receiver: ReceiverServer,
    way: Callable[[QtBot, QCheckBox], None],
) -> None:
    # Not taking part: the choice belongs to a participation, so it waits for one.
    assert not pane.local_only.isEnabled() and not pane.local_only.isChecked()
    by_mouse(qtbot, pane.toggle)
    assert pane.local_only.isEnabled()
    way(qtbot, pane.local_only)
    assert live.state.local_only and live.state.local_only_source == "your choice"
    assert LOCAL in pane.status_label.text()
    assert pane.send_now.isEnabled()  # builds and keeps a report, as the schedule does

    run_async(app(), live.send_now())
    assert receiver.requests == 0
    assert [e.outcome for e in list_history(live.client.store)] == ["kept"]
    assert "Last report: kept on this computer on " in pane.status_label.text()
    viewer = ViewerWindow(live)
    qtbot.addWidget(viewer)
    model = viewer.sent.model
    assert model.data(model.index(0, 2)) == "kept on this computer"

    way(qtbot, pane.local_only)  # send again
    assert not live.state.local_only and LOCAL not in pane.status_label.text()
    run_async(app(), live.send_now())
    assert receiver.requests == 1
    assert [e.outcome for e in list_history(live.client.store)] == ["delivered", "kept"]
    assert model.data(model.index(0, 2)) == "delivered"


def test_a_policy_that_keeps_reports_here_decides_the_box_and_says_why(
    qtbot: QtBot, settings: Services, tmp_path: Path, receiver: ReceiverServer
) -> None:
    root = tmp_path / "policies"
    write_policy(
        root, "managed", "10-corp.json", {"Participation": "forced_on", "AllowUpload": False}
    )
    services = dataclasses.replace(
        with_endpoint(settings, receiver.url), policy_locations=trusted(root)
    )
    controller = AppController(services, CountingBuilder())
    try:
        pane = FeedbackPane(controller)
        qtbot.addWidget(pane)
        pane.show()
        assert pane.local_only.isChecked() and not pane.local_only.isEnabled()
        why = "Your organization keeps every report on this computer."
        assert pane.local_only_reason.isVisibleTo(pane) and pane.local_only_reason.text() == why
        assert pane.local_only.accessibleDescription() == why
        assert LOCAL in pane.status_label.text()
        pane.local_only.setChecked(False)  # even if a tool forces the box, nothing changes
        assert controller.state.local_only and pane.local_only.isChecked()
        run_async(app(), controller.send_now())
        assert receiver.requests == 0
    finally:
        controller.close()
