"""``CepClient.refresh_relay_status``: the command the tray and ``cep-gui history
--refresh`` use to learn what the organization's relay did with held reports."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from cep_gui.core.consent import Source
from cep_gui.core.exceptions import Refused
from cep_gui.core.history import list_history
from cep_gui.core.relay_status import status_of_receipt
from cep_gui.receiver.relay.state import Selection
from cep_gui.receiver.relay.upstream import compress
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.receiver.relay.helpers import start_relay, wait_for


def test_held_reports_of_this_participation_are_asked_about_until_final(
    make_client: ClientFactory, receiver: ReceiverServer, tmp_path: Path
) -> None:
    relay = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    try:
        client = make_client(relay.url)
        client.join(Source.USER)
        asyncio.run(client.send_now(CountingBuilder()))
        answers = asyncio.run(client.refresh_relay_status())
        assert answers.asked == 1 and [s.state for s in answers.answers.values()] == ["held"]

        state = relay.relay.state
        state.release(Selection(), relay.relay.config.rules.redact, compress, by="test")
        relay.relay.worker.wake.set()  # type: ignore[union-attr]
        wait_for(lambda: state.counts().delivered == 1, "the relay to deliver it")
        answers = asyncio.run(client.refresh_relay_status())
        assert [s.state for s in answers.answers.values()] == ["delivered"]
        (row,) = list_history(client.store)
        found = status_of_receipt(row.receipt)
        assert found is not None and found.final
        assert asyncio.run(client.refresh_relay_status()).asked == 0  # final: not asked again

        # A report of an earlier participation is never asked about after a re-join:
        # the question would link the old installation id to the new one.
        asyncio.run(client.send_now(CountingBuilder()))  # held again
        client.leave(Source.USER)
        with pytest.raises(Refused, match="only while this computer takes part"):
            asyncio.run(client.refresh_relay_status())
        client.join(Source.USER)
        assert asyncio.run(client.refresh_relay_status()).asked == 0
        client.set_local_only(Source.USER, True)  # local-only sends nothing, not even this
        with pytest.raises(Refused):
            asyncio.run(client.refresh_relay_status())
    finally:
        relay.stop()


def test_a_vendor_receipt_asks_no_one(make_client: ClientFactory, receiver: ReceiverServer) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    asyncio.run(client.send_now(CountingBuilder()))
    before = receiver.requests
    assert asyncio.run(client.refresh_relay_status()).asked == 0
    assert receiver.requests == before
