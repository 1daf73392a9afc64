"""Consent, usage counters and the scheduled run, through the client facade."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cep_gui.core import outbox
from cep_gui.core.client import CepClient
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source, State, audit_log
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.core.schedule import installation_offset
from cep_gui.core.usage import UnknownUsageId
from tests.helpers.builders import CountingBuilder

START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def client(tmp_path: Path, clock: ManualClock) -> CepClient:
    no_policy = PolicyLocations("linux", tmp_path / "no-policies")
    return CepClient(tmp_path / "data", clock=clock, policy_locations=no_policy)


def test_join_makes_a_new_id_each_time_and_audits(client: CepClient, clock: ManualClock) -> None:
    first = client.opt_in(Source.USER).consent
    clock.advance(timedelta(days=1))
    client.opt_out(Source.USER)
    second = client.opt_in(Source.COMMAND_LINE).consent
    assert first.installation_id and second.installation_id
    assert first.installation_id != second.installation_id
    assert second.since == START + timedelta(days=1)
    assert [(e["source"], e["action"]) for e in audit_log(client.store)] == [
        ("user", "joined"), ("user", "left"), ("command line", "joined"),
    ]  # fmt: skip


def test_first_report_is_due_seven_days_after_joining(client: CepClient) -> None:
    state = client.opt_in(Source.USER)
    offset = installation_offset(state.consent.installation_id or "")
    assert state.next_due == max(START + timedelta(days=7) + offset, START + timedelta(days=7))


def test_leaving_purges_outbox_and_counters_and_forgets_the_id(
    client: CepClient, clock: ManualClock
) -> None:
    client.opt_in(Source.USER)
    client.record_usage("feature", "send_now")
    clock.advance(timedelta(days=8))
    assert client.run_due(CountingBuilder()).action == "queued"
    client.store.read().execute(
        "INSERT INTO history (item_id, kind, at, endpoint, status, outcome, payload) "
        "VALUES ('old', 'report', 'x', 'e', 202, 'delivered', X'7B7D')"
    )
    state = client.opt_out(Source.USER)
    assert state.consent.state is State.NOT_PARTICIPATING
    assert state.consent.installation_id is None and state.next_due is None
    assert outbox.count(client.store) == 0
    assert client.store.read().execute("SELECT COUNT(*) FROM counters").fetchone()[0] == 0
    # What was already sent stays visible until the user deletes it.
    assert client.store.read().execute("SELECT COUNT(*) FROM history").fetchone()[0] == 1


def test_usage_is_counted_only_while_participating(client: CepClient) -> None:
    assert client.record_usage("feature", "viewer_opened") is False
    client.opt_in(Source.USER)
    assert client.record_usage("feature", "viewer_opened") is True
    client.record_usage("feature", "viewer_opened")
    client.record_usage("problem", "upload_failed")
    rows = client.store.read().execute("SELECT kind, name, count FROM counters ORDER BY kind")
    assert rows.fetchall() == [("feature", "viewer_opened", 2), ("problem", "upload_failed", 1)]


def test_undeclared_usage_ids_are_refused(client: CepClient) -> None:
    client.opt_in(Source.USER)
    with pytest.raises(UnknownUsageId, match="'typed_text' is not a declared feature id"):
        client.record_usage("feature", "typed_text")


def test_run_due_queues_once_when_due(client: CepClient, clock: ManualClock) -> None:
    builder = CountingBuilder()
    assert client.run_due(builder).action == "not participating"
    client.opt_in(Source.USER)
    client.record_usage("feature", "viewer_opened")
    assert client.run_due(builder).action == "not due"
    clock.advance(timedelta(days=7, hours=12, seconds=1))
    result = client.run_due(builder)
    assert result.action == "queued"
    assert client.run_due(builder).action == "waiting"
    assert len(builder.calls) == 1
    assert builder.calls[0].usage == {"feature": {"viewer_opened": 1}, "problem": {}}
    assert builder.calls[0].period_start == START.date()
    (item,) = outbox.pending(client.store)
    assert item.id == result.report_id and b'"viewer_opened":1' in item.payload


def test_outbox_keeps_at_most_ten_reports(client: CepClient) -> None:
    client.opt_in(Source.USER)
    for day in range(12):
        outbox.seal(client.store, item_id=f"r{day:02d}", kind="report", payload=b"{}",
                    created=START + timedelta(days=day))  # fmt: skip
    assert [i.id for i in outbox.pending(client.store)] == [f"r{d:02d}" for d in range(2, 12)]
    assert sum(e["action"] == "report dropped" for e in audit_log(client.store)) == 2


def test_deletion_proof_secret_stays_local_and_reports_carry_only_its_hash(
    client: CepClient, clock: ManualClock
) -> None:
    import hashlib
    import json

    first = client.opt_in(Source.USER).consent
    assert first.deletion_secret and len(first.deletion_secret) >= 40
    clock.advance(timedelta(days=8))
    assert client.run_due(CountingBuilder()).action == "queued"
    [queued] = outbox.pending(client.store, "report")
    document = json.loads(queued.payload)
    expected = hashlib.sha256(first.deletion_secret.encode()).hexdigest()
    assert document["deletion_key_hash"] == expected
    assert first.deletion_secret not in queued.payload.decode()

    client.opt_out(Source.USER, request_deletion=True)
    [deletion] = outbox.pending(client.store, "deletion")
    assert json.loads(deletion.payload) == {
        "installation_id": first.installation_id,
        "deletion_key": first.deletion_secret,
    }
    assert client.effective().consent.deletion_secret is None
    second = client.opt_in(Source.USER).consent
    assert second.deletion_secret and second.deletion_secret != first.deletion_secret
