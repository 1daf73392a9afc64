"""The relay's state on both engines: held until decided, decided once, sent and recorded."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from cep_gui.core.catalog import load_catalog
from cep_gui.receiver.relay.rules import parse_rules
from cep_gui.receiver.relay.state import RelayState, Selection, open_state
from cep_gui.receiver.relay.upstream import auto_release, compress
from cep_gui.receiver.storage import Database, open_database
from tests.receiver.relay.fleet import fleet_report, hold
from tests.receiver.wire import Installation


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@pytest.fixture
def database(relay_target: str) -> Database:
    db = open_database(relay_target)
    db.migrate()
    return db


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def state(database: Database, clock: Clock) -> Iterator[RelayState]:
    relay = open_state(database, clock)
    yield relay
    relay.close()


def keep(body: bytes) -> tuple[bytes, list[str]]:
    return body, []


def test_reports_are_held_until_released_and_a_release_covers_what_was_seen(
    database: Database, state: RelayState
) -> None:
    machines = [Installation() for _ in range(3)]
    first = [fleet_report(m) for m in machines]
    hold(database, first)
    (batch,) = state.batches()
    assert (batch.reports, batch.machines) == (3, 3)
    assert state.counts().held == 3
    late = fleet_report(machines[0], os_version="13")
    hold(database, [late])  # arrives after the reviewer looked
    released = state.release(Selection(batch.id, batch.last_seq), keep, compress, by="test")
    assert sorted(released) == sorted(str(d["report_id"]) for d in first)
    assert [h.report_id for h in state.held()] == [late["report_id"]]
    again = state.release(Selection(batch.id, batch.last_seq), keep, compress, by="test")
    assert again == []  # decided once
    counts = state.counts()
    assert (counts.held, counts.waiting) == (1, 3)
    shown = state.report(str(first[0]["report_id"]))
    assert shown is not None and shown.decision is not None
    assert shown.decision.label == "released" and shown.released_body == shown.body
    assert json.loads(shown.body) == first[0]


def test_release_applies_the_rules_and_reject_sends_nothing(
    database: Database, state: RelayState
) -> None:
    rules = parse_rules('[drop]\ncategories = ["usage"]\n', load_catalog())
    kept, dropped = fleet_report(Installation()), fleet_report(Installation())
    hold(database, [kept, dropped])
    assert state.reject(Selection(report_ids=(str(dropped["report_id"]),)), by="test") == [
        dropped["report_id"]
    ]
    assert state.release(Selection(), rules.redact, compress, by="test") == [kept["report_id"]]
    (outgoing,) = state.claim(lease=timedelta(minutes=5))
    document = json.loads(gzip.decompress(outgoing.body))
    assert "usage" not in document["sections"] and "host_software" in document["sections"]
    assert document["report_id"] == kept["report_id"]
    assert document["deletion_key_hash"] == kept["deletion_key_hash"]
    assert state.claim(lease=timedelta(minutes=5)) == []  # leased: not claimed twice
    state.record_delivered(outgoing.seq, 202, '{"id": 1}')
    counts = state.counts()
    assert (counts.delivered, counts.rejected, counts.held) == (1, 1, 0)
    by_id = {a.report_id: a.decision for a in state.activity()}
    assert by_id[str(kept["report_id"])].label == "delivered"
    assert by_id[str(kept["report_id"])].upstream_status == 202
    assert by_id[str(dropped["report_id"])].label == "rejected"


def test_a_retry_waits_for_its_time(database: Database, state: RelayState, clock: Clock) -> None:
    hold(database, [fleet_report(Installation())])
    state.release(Selection(), keep, compress, by="test")
    (item,) = state.claim(lease=timedelta(minutes=5))
    state.record_retry(item.seq, 503, "busy", clock() + timedelta(minutes=10))
    assert state.claim(lease=timedelta(minutes=5)) == []
    clock.offset = timedelta(minutes=11)
    (again,) = state.claim(lease=timedelta(minutes=5))
    assert again.attempts == 1 and again.report_id == item.report_id


def test_auto_release_after_n_days(database: Database, state: RelayState, clock: Clock) -> None:
    rules = parse_rules("", load_catalog())
    hold(database, [fleet_report(Installation())])
    assert auto_release(state, rules) == []  # not configured
    state.set_setting("auto_release_days", "7")
    assert auto_release(state, rules) == []  # held one second, not seven days
    clock.offset = timedelta(days=7, minutes=1)
    (released,) = auto_release(state, rules)
    assert state.report(released) is not None
    decision = state.report(released).decision  # type: ignore[union-attr]
    assert decision is not None and decision.decided_by == "auto (7 days)"


def test_sessions_end_with_a_new_token(state: RelayState, clock: Clock) -> None:
    state.set_token_hash("first")
    state.add_session("s1", "csrf1", clock() + timedelta(hours=1))
    assert state.session("s1") == "csrf1"
    state.set_token_hash("second")
    assert state.session("s1") is None
    state.add_session("s2", "csrf2", clock() + timedelta(hours=1))
    clock.offset = timedelta(hours=2)
    assert state.session("s2") is None  # expired


def test_deleted_reports_take_their_decisions_with_them(
    database: Database, state: RelayState
) -> None:
    import asyncio

    from cep_gui.receiver.validation import ValidDeletion, deletion_key_hash

    mine = Installation()
    hold(database, [fleet_report(mine), fleet_report(mine)])
    state.release(Selection(), keep, compress, by="test")

    async def delete() -> int:
        storage = database.open_storage(1)
        await storage.start()
        try:
            result = await storage.delete_installation(
                ValidDeletion(mine.id, deletion_key_hash(mine.key))
            )
            return result.deleted
        finally:
            await storage.close()

    assert asyncio.run(delete()) == 2
    assert state.counts().waiting == 0 and state.activity() == []
