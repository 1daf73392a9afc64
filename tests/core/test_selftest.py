"""``selftest --network`` runs exactly what the tray runs on schedule, relay questions
included, and finds no connection while the computer does not take part."""

from __future__ import annotations

import asyncio
from pathlib import Path

from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.relay_status import status_of_receipt
from cep_gui.core.selftest import run_network_selftest
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.receiver.relay.helpers import start_relay


def test_a_scheduled_wake_asks_the_relay_about_a_held_report(
    make_client: ClientFactory, receiver: ReceiverServer, tmp_path: Path
) -> None:
    """The tray's wake is one core command, and asking the relay is part of it."""
    relay = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    try:
        client = make_client(relay.url)
        client.join(Source.USER)
        asyncio.run(client.send_now(CountingBuilder()))
        (row,) = list_history(client.store)
        assert status_of_receipt(row.receipt) is not None  # held by the relay, not final
        wake = asyncio.run(client.on_schedule(CountingBuilder()))
        assert wake.relay is not None and wake.relay.asked == 1
        (row,) = list_history(client.store)
        found = status_of_receipt(row.receipt)
        assert found is not None and found.state == "held"
        assert "relay_state" in (row.receipt or "")  # the answer was recorded
    finally:
        relay.stop()


def test_the_self_test_checks_the_relay_step_and_finds_no_connection(
    make_client: ClientFactory, receiver: ReceiverServer, tmp_path: Path
) -> None:
    relay = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    try:
        client = make_client(relay.url)
        client.join(Source.USER)
        asyncio.run(client.send_now(CountingBuilder()))  # a history row held by the relay
        client.leave(Source.USER)
        requests = relay.relay.state.counts()
        result = run_network_selftest(client.services)
        assert relay.relay.state.counts() == requests
    finally:
        relay.stop()
    assert result.connections == 0 and len(result.scenarios) == 2
    for scenario in result.scenarios:
        # Every scheduled wake reached the relay step (and it refused: not taking part).
        assert scenario.relay_checks == scenario.runs >= 4 * 15
