"""A wrong clock, for one run or for years, cannot hold reports or the schedule hostage."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cep_gui.core import outbox
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source, audit_log
from cep_gui.core.history import list_history
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import START, ClientFactory
from tests.core.test_sending import dead_endpoint
from tests.helpers.builders import CountingBuilder
from tests.helpers.sending import queue, send

FIVE_YEARS = timedelta(days=5 * 365)


def test_five_years_ahead_with_the_server_down_then_the_right_time(
    make_client: ClientFactory, clock: ManualClock, tmp_path: Path, receiver: ReceiverServer
) -> None:
    client = make_client(dead_endpoint(tmp_path))
    client.join(Source.USER)
    clock.advance(FIVE_YEARS)  # one run with the clock five years ahead ...
    queue(client, CountingBuilder())
    assert send(client).waiting  # ... and the server down: retried later, "in 2031"
    clock.set(START + timedelta(days=1))  # the clock is right again
    fixed = make_client(receiver.url)
    fixed.prepare()
    (item,) = outbox.pending(fixed.store)
    assert item.created <= clock.now() and (item.not_before or clock.now()) <= clock.now()
    assert send(fixed, force=False).delivered == [item.id]  # not held until 2031
    assert any(e.action == "dates from the future clamped" for e in audit_log(fixed.store))


def test_a_delivery_with_the_clock_ahead_cannot_push_the_next_report_out(
    make_client: ClientFactory, clock: ManualClock, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    clock.advance(FIVE_YEARS)
    queue(client, CountingBuilder())
    assert send(client).delivered
    clock.set(START + timedelta(days=2))
    # A status query already bounds it, without writing anything ...
    due = client.effective().next_due
    assert due is not None and due <= clock.now() + timedelta(days=14, hours=12)
    # ... and the next command puts the delivery date back to now, with an audit line.
    state = client.prepare()
    assert state.last_success == clock.now()
    assert [e.outcome for e in list_history(client.store)] == ["delivered"]


def test_a_status_query_never_writes(make_client: ClientFactory, clock: ManualClock) -> None:
    client = make_client()
    client.join(Source.USER)
    clock.advance(FIVE_YEARS)
    queue(client, CountingBuilder())
    clock.set(START)
    before = client.store.read().execute("SELECT total_changes()").fetchone()[0]
    client.effective()
    client.status()
    assert client.store.read().execute("SELECT total_changes()").fetchone()[0] == before
