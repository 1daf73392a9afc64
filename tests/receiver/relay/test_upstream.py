"""Sending upstream on the client's rules: Retry-After honoured, refusals final, idempotent."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cep_gui.core.http_settings import HttpSettings
from cep_gui.receiver.relay.state import RelayState, Selection, open_state
from cep_gui.receiver.relay.upstream import Upstream, UpstreamError, compress, send_due
from cep_gui.receiver.server import ReceiverServer
from tests.receiver.relay.fleet import fleet_report, hold
from tests.receiver.storage_helpers import migrated
from tests.receiver.wire import Installation

HTTP = HttpSettings(connect_timeout=2, read_timeout=5)


@pytest.fixture
def state(tmp_path: Path) -> Iterator[RelayState]:
    relay = open_state(migrated(tmp_path / "relay.sqlite3"))
    yield relay
    relay.close()


def keep(body: bytes) -> tuple[bytes, list[str]]:
    return body, []


def test_a_busy_vendor_is_retried_no_sooner_than_it_asked(
    tmp_path: Path, state: RelayState
) -> None:
    vendor = ReceiverServer("127.0.0.1", 0, tmp_path / "vendor.sqlite3", max_per_minute=1)
    vendor.start_in_thread()
    try:
        hold(migrated(tmp_path / "relay.sqlite3"), [fleet_report(Installation()) for _ in range(2)])
        state.release(Selection(), keep, compress, by="test")
        result = asyncio.run(send_due(state, Upstream(vendor.url, HTTP), random.Random(1)))
        assert len(result.delivered) == 1 and len(result.waiting) == 1
        (waiting,) = [a for a in state.activity() if a.decision.outcome is None]
        assert "busy (HTTP 429)" in str(waiting.decision.last_error)
        next_try = datetime.fromisoformat(str(waiting.decision.next_try))
        assert (next_try - datetime.now(UTC)).total_seconds() > 50  # Retry-After: about 60 s
        again = asyncio.run(send_due(state, Upstream(vendor.url, HTTP), random.Random(1)))
        assert again.tried == 0  # not yet due
    finally:
        vendor.stop()


def test_a_lost_answer_is_a_409_the_vendor_already_had(
    tmp_path: Path, state: RelayState, receiver: ReceiverServer
) -> None:
    hold(migrated(tmp_path / "relay.sqlite3"), [fleet_report(Installation())])
    state.release(Selection(), keep, compress, by="test")
    (item,) = state.exportable().reports
    # The vendor got it, but the relay never heard: it is sent again with the same key.
    from tests.receiver.wire import post

    assert post(receiver, item.body, key=item.report_id).status_code == 202
    result = asyncio.run(send_due(state, Upstream(receiver.url, HTTP), random.Random(1)))
    assert result.delivered == [item.report_id]
    assert "already had it" in result.messages[0]
    assert len(list(receiver.db.reports())) == 1


def test_a_refusal_is_final_and_recorded(
    tmp_path: Path, state: RelayState, receiver: ReceiverServer
) -> None:
    mine = Installation()
    hold(migrated(tmp_path / "relay.sqlite3"), [fleet_report(mine)])
    # The vendor already knows this installation under another deletion key: 403 ...
    impostor = Installation(id=mine.id)
    from tests.receiver.wire import send

    assert send(receiver, impostor.report()).status_code == 202
    state.release(Selection(), keep, compress, by="test")
    first = asyncio.run(send_due(state, Upstream(receiver.url, HTTP), random.Random(1)))
    assert first.waiting  # 403: credentials, retried later like the client does
    # ... while a report the vendor finds invalid (422) is refused for good.
    other = Installation()
    doc = fleet_report(other)
    doc["sections"] = []
    hold(migrated(tmp_path / "relay.sqlite3"), [doc])
    state.release(Selection(), keep, compress, by="test")
    second = asyncio.run(send_due(state, Upstream(receiver.url, HTTP), random.Random(1)))
    assert second.refused == [doc["report_id"]]
    assert state.counts().refused == 1
    assert json.loads(state.report(str(doc["report_id"])).body)["sections"] == []  # type: ignore[union-attr]


def test_the_upstream_must_be_https_or_this_computer(tmp_path: Path) -> None:
    with pytest.raises(UpstreamError, match="must use https"):
        Upstream.checked("http://vendor.example", HTTP)
    with pytest.raises(UpstreamError, match="does not exist"):
        Upstream.checked("https://vendor.example", HttpSettings(ca_file=tmp_path / "ca.pem"))
    assert Upstream.checked("https://vendor.example/", HTTP).url == "https://vendor.example"
