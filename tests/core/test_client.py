"""Consent, usage counters and the scheduled run, through the client facade."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cep_gui.core import outbox, usage
from cep_gui.core.client import CepClient
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source, State, audit_log
from cep_gui.core.history import list_history
from cep_gui.core.schedule import installation_offset
from cep_gui.core.usage import UnknownUsageId
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder, plant_report
from tests.helpers.policies import trusted
from tests.helpers.sending import queue, send

START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def client(tmp_path: Path, clock: ManualClock) -> CepClient:
    no_policy = trusted(tmp_path / "no-policies")
    return CepClient(tmp_path / "data", clock=clock, policy_locations=no_policy)


def test_join_makes_a_new_id_each_time_and_audits(client: CepClient, clock: ManualClock) -> None:
    first = client.join(Source.USER).consent
    clock.advance(timedelta(days=1))
    client.leave(Source.USER)
    second = client.join(Source.COMMAND_LINE).consent
    assert first.installation_id and second.installation_id
    assert first.installation_id != second.installation_id
    assert second.since == START + timedelta(days=1)
    assert [(e.source, e.action) for e in audit_log(client.store)] == [
        ("user", "joined"), ("user", "left"), ("command line", "joined"),
    ]  # fmt: skip


def test_first_report_is_due_seven_days_after_joining(client: CepClient) -> None:
    state = client.join(Source.USER)
    offset = installation_offset(state.consent.installation_id or "")
    assert state.next_due == max(START + timedelta(days=7) + offset, START + timedelta(days=7))


def test_leaving_purges_outbox_and_counters_and_forgets_the_id(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    send(client)  # one report sent: its history stays after leaving
    client.record_usage("feature", "send_now")
    queue(client, CountingBuilder())
    client.record_usage("feature", "send_now")
    result = client.leave(Source.USER)
    state = result.effective
    assert state.consent.state is State.NOT_PARTICIPATING and result.purged_reports == 1
    assert state.consent.installation_id is None and state.next_due is None
    assert outbox.count(client.store) == 0
    assert usage.snapshot(client.store) == {"feature": {}, "problem": {}}
    # What was already sent stays visible until the user deletes it.
    assert [e.outcome for e in list_history(client.store)] == ["delivered"]


def test_usage_is_counted_only_while_participating(client: CepClient) -> None:
    assert client.record_usage("feature", "viewer_opened") is False
    client.join(Source.USER)
    assert client.record_usage("feature", "viewer_opened") is True
    client.record_usage("feature", "viewer_opened")
    client.record_usage("problem", "upload_failed")
    assert usage.snapshot(client.store) == {
        "feature": {"viewer_opened": 2},
        "problem": {"upload_failed": 1},
    }


def test_undeclared_usage_ids_are_refused(client: CepClient) -> None:
    client.join(Source.USER)
    with pytest.raises(UnknownUsageId, match="'typed_text' is not a declared feature id"):
        client.record_usage("feature", "typed_text")


def test_run_due_sends_once_when_due(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    builder = CountingBuilder()

    def run_due() -> str:
        return asyncio.run(client.run_due(builder)).action

    assert run_due() == "not participating"
    client.join(Source.USER)
    client.record_usage("feature", "viewer_opened")
    assert run_due() == "not due"
    clock.advance(timedelta(days=7, hours=12, seconds=1))
    assert run_due() == "sent"
    assert run_due() == "not due"
    assert len(builder.calls) == 1
    assert builder.calls[0].usage == {"feature": {"viewer_opened": 1}, "problem": {}}
    assert builder.calls[0].period_start == START.date()
    ((_, _, body),) = receiver.db.reports()
    assert b'"viewer_opened":1' in body


def test_outbox_keeps_at_most_ten_reports(client: CepClient, clock: ManualClock) -> None:
    client.join(Source.USER)
    for day in range(12):
        plant_report(client, f"r{day:02d}", b"{}")
        clock.advance(timedelta(days=1))
    assert [i.id for i in outbox.pending(client.store)] == [f"r{d:02d}" for d in range(2, 12)]
    assert sum(e.action == "report dropped" for e in audit_log(client.store)) == 2


def test_deletion_proof_secret_stays_local_and_reports_carry_only_its_hash(
    client: CepClient, clock: ManualClock
) -> None:
    import hashlib
    import json

    first = client.join(Source.USER).consent
    assert first.deletion_secret and len(first.deletion_secret) >= 40
    queue(client, CountingBuilder())
    [queued] = outbox.pending(client.store, "report")
    document = json.loads(queued.payload)
    expected = hashlib.sha256(first.deletion_secret.encode()).hexdigest()
    assert document["deletion_key_hash"] == expected
    assert first.deletion_secret not in queued.payload.decode()

    client.leave(Source.USER, request_deletion=True)
    [deletion] = outbox.pending(client.store, "deletion")
    assert json.loads(deletion.payload) == {
        "installation_id": first.installation_id,
        "deletion_key": first.deletion_secret,
    }
    assert client.effective().consent.deletion_secret is None
    second = client.join(Source.USER).consent
    assert second.deletion_secret and second.deletion_secret != first.deletion_secret
