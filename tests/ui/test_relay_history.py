"""The organization's relay in the app's history: a report the relay holds says so, and
the tray asks the relay now and then (at most every six hours) until it is delivered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cep_gui.core.clock import ManualClock
from cep_gui.core.services import Services
from cep_gui.receiver.relay.serve import RelayServer
from cep_gui.receiver.relay.state import Selection
from cep_gui.receiver.relay.upstream import compress
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.scheduler import RELAY_EVERY, Scheduler
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import CountingBuilder
from tests.receiver.relay.helpers import start_relay, wait_for
from tests.ui.conftest import run_async, with_endpoint
from tests.ui.test_i18n import german

__all__ = ["german"]  # a fixture, used by name

OUTCOME, RECEIPT = 2, 5


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def relay(tmp_path: Path, receiver: ReceiverServer) -> Iterator[RelayServer]:
    made = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    yield made
    made.stop()


@pytest.fixture
def behind_relay(settings: Services, relay: RelayServer) -> Iterator[AppController]:
    made = AppController(with_endpoint(settings, relay.url), CountingBuilder())
    made.join()
    yield made
    made.close()


def release_and_deliver(relay: RelayServer) -> None:
    state = relay.relay.state
    state.release(Selection(), relay.relay.config.rules.redact, compress, by="test")
    relay.relay.worker.wake.set()  # type: ignore[union-attr]
    wait_for(lambda: state.counts().delivered == 1, "the relay to deliver it")


def test_the_history_follows_the_relay_at_most_every_six_hours(
    qtbot: QtBot,
    behind_relay: AppController,
    relay: RelayServer,
    receiver: ReceiverServer,
    clock: ManualClock,
) -> None:
    run_async(app(), behind_relay.send_now())
    viewer = ViewerWindow(behind_relay)
    qtbot.addWidget(viewer)
    model = viewer.sent.model
    assert model.data(model.index(0, OUTCOME)) == "held by your organization's relay"
    receipt = model.data(model.index(0, RECEIPT))
    assert "received " in receipt and "relay" not in receipt  # no raw held_by_relay: True
    assert list(receiver.db.reports()) == []

    scheduler = Scheduler(behind_relay)
    run_async(app(), scheduler.ask_relay())  # the first wake asks: still held
    assert model.data(model.index(0, OUTCOME)) == "held by your organization's relay"
    release_and_deliver(relay)
    clock.advance(RELAY_EVERY - timedelta(minutes=1))
    run_async(app(), scheduler.ask_relay())  # asked too recently: not asked again
    assert model.data(model.index(0, OUTCOME)) == "held by your organization's relay"
    clock.advance(timedelta(minutes=2))
    run_async(app(), scheduler.ask_relay())
    assert model.data(model.index(0, OUTCOME)) == (
        "released by your organization's relay and delivered"
    )
    assert len(list(receiver.db.reports())) == 1


def test_a_scheduled_wake_runs_cores_wake_relay_questions_included(
    qtbot: QtBot, behind_relay: AppController, relay: RelayServer
) -> None:
    """The timer's wake is ``CepClient.on_schedule``, the command selftest --network proves."""
    run_async(app(), behind_relay.send_now())
    viewer = ViewerWindow(behind_relay)
    qtbot.addWidget(viewer)
    release_and_deliver(relay)
    run_async(app(), Scheduler(behind_relay)._run())
    assert viewer.sent.model.data(viewer.sent.model.index(0, OUTCOME)) == (
        "released by your organization's relay and delivered"
    )


def test_nothing_is_asked_after_leaving(behind_relay: AppController, relay: RelayServer) -> None:
    run_async(app(), behind_relay.send_now())
    behind_relay.leave()
    release_and_deliver(relay)
    assert run_async(app(), behind_relay.refresh_relay_status()) is False
    (row,) = behind_relay.history_rows()
    assert "relay_state" not in (row.receipt or "")  # the relay was never asked


def test_relay_words_in_german(
    qtbot: QtBot, german: object, behind_relay: AppController, relay: RelayServer
) -> None:
    run_async(app(), behind_relay.send_now())
    viewer = ViewerWindow(behind_relay)
    qtbot.addWidget(viewer)
    model = viewer.sent.model
    assert model.data(model.index(0, OUTCOME)) == (
        "vom Relay-Server Ihrer Organisation zurückgehalten"
    )
    release_and_deliver(relay)
    assert run_async(app(), behind_relay.refresh_relay_status())
    assert model.data(model.index(0, OUTCOME)) == (
        "vom Relay-Server Ihrer Organisation freigegeben und zugestellt"
    )


def test_the_app_and_the_command_line_use_the_same_outcome_words() -> None:
    from cep_gui.cli import OUTCOME_WORDS
    from cep_gui.ui.texts import outcome_text

    assert {outcome: outcome_text(outcome) for outcome in OUTCOME_WORDS} == OUTCOME_WORDS
