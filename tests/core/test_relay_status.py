"""The client learns from its organization's relay what became of a held report."""

from __future__ import annotations

import asyncio
from pathlib import Path

from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.relay_status import refresh, status_of_receipt
from cep_gui.receiver.relay.state import Selection
from cep_gui.receiver.relay.upstream import compress
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import FAST, ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.receiver.relay.helpers import start_relay, wait_for


def test_held_then_released_and_delivered_is_recorded_in_the_history(
    make_client: ClientFactory, receiver: ReceiverServer, tmp_path: Path
) -> None:
    relay = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    try:
        client = make_client(relay.url)
        client.join(Source.USER)
        asyncio.run(client.send_now(CountingBuilder()))
        (row,) = list_history(client.store)
        assert row.outcome == "delivered"  # to the relay, which holds it
        held = status_of_receipt(row.receipt)
        assert held is not None and held.text == "held by your organization's relay"
        status = asyncio.run(refresh(client.store, FAST, row.item_id))
        assert status is not None and status.state == "held" and not status.final

        state = relay.relay.state
        state.release(Selection(), relay.relay.config.rules.redact, compress, by="test")
        relay.relay.worker.wake.set()  # type: ignore[union-attr]
        wait_for(lambda: state.counts().delivered == 1, "the relay to deliver it")
        status = asyncio.run(refresh(client.store, FAST, row.item_id))
        assert status is not None and status.state == "delivered" and status.final
        (row,) = list_history(client.store)
        recorded = status_of_receipt(row.receipt)
        assert recorded is not None and recorded.upstream_status == 202
        assert recorded.text == "released by your organization's relay and delivered"
        assert [r[0] for r in receiver.db.reports()] == [row.item_id]
    finally:
        relay.stop()


def test_a_report_sent_straight_to_the_vendor_asks_no_relay(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    asyncio.run(client.send_now(CountingBuilder()))
    (row,) = list_history(client.store)
    assert status_of_receipt(row.receipt) is None
    before = receiver.requests
    assert asyncio.run(refresh(client.store, FAST, row.item_id)) is None
    assert receiver.requests == before
