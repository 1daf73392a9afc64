"""Reports reach the vendor once, safely: the uploader against the real receiver."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest

from cep_gui.core import outbox, usage
from cep_gui.core.client import CepClient
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.report import MAX_REPORT_BYTES
from cep_gui.core.schedule import installation_offset
from cep_gui.core.sending import BACKOFF_CAP, BACKOFF_FLOOR, SendSummary, backoff_delay
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder, plant_report
from tests.helpers.faults import FaultProxy
from tests.helpers.policies import trusted
from tests.helpers.sending import queue, send


def stored(receiver: ReceiverServer) -> list[bytes]:
    return [body for _, _, body in receiver.db.reports()]


def joined_with_report(
    make_client: ClientFactory, endpoint: str, name: str = "client"
) -> CepClient:
    client = make_client(endpoint, name)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    return client


def test_happy_path_receiver_stores_exactly_the_history_bytes(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = joined_with_report(make_client, receiver.url)
    summary = send(client)
    assert len(summary.delivered) == 1
    (entry,) = list_history(client.store)
    assert entry.outcome == "delivered" and entry.status == 202
    assert entry.endpoint == receiver.url
    assert stored(receiver) == [entry.payload]
    assert json.loads(entry.receipt or "{}")["report_id"] == entry.item_id
    assert outbox.count(client.store) == 0
    assert client.status()["last_upload"]["outcome"] == "delivered"


def test_receiver_down_then_up_delivers_exactly_once(
    make_client: ClientFactory, tmp_path: Path, clock: ManualClock
) -> None:
    probe = ReceiverServer("127.0.0.1", 0, tmp_path / "probe.sqlite3")
    port = probe.server_address[1]
    probe.server_close()
    probe.db.close()
    client = joined_with_report(make_client, f"http://127.0.0.1:{port}")
    first = send(client)
    assert first.waiting and "unreachable" in first.messages[0]
    (item,) = outbox.pending(client.store)
    assert item.attempts == 1 and item.not_before is not None
    assert item.not_before >= clock.now() + timedelta(seconds=BACKOFF_FLOOR)
    assert send(client, force=False).waiting == [item.id]  # backing off: no request yet

    server = ReceiverServer("127.0.0.1", port, tmp_path / "up.sqlite3")
    server.start_in_thread()
    try:
        clock.advance(timedelta(hours=7))
        assert send(client, force=False).delivered == [item.id]
        assert send(client, force=True).delivered == []
        assert len(stored(server)) == 1 and server.requests == 1
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("mode", "retry_after", "message"),
    [
        ("error:500", None, "the server had a problem (HTTP 500)"),
        ("error:503", "120", "the server had a problem (HTTP 503)"),
        ("error:429", "600", "the server is busy (HTTP 429)"),
        ("error:401", None, "the server refused our credentials (HTTP 401)"),
        ("error:407", None, "the proxy asked for a password"),
        ("error:302", None, "redirected elsewhere (HTTP 302); not followed"),
        ("drop", None, "the connection broke off"),
    ],
)
def test_failures_are_retried_later_with_a_plain_reason(
    make_client: ClientFactory, clock: ManualClock, mode: str, retry_after: str | None, message: str
) -> None:
    proxy = FaultProxy(mode=mode, retry_after=retry_after)
    try:
        client = joined_with_report(make_client, proxy.url)
        summary = send(client)
        assert not summary.delivered and len(summary.waiting) == 1
        assert message in summary.messages[0]
        (item,) = outbox.pending(client.store)
        assert item.attempts == 1 and message in (item.last_error or "")
        wait = float(retry_after) if retry_after else BACKOFF_FLOOR
        assert item.not_before is not None and item.not_before >= clock.now() + timedelta(
            seconds=wait
        )
        # The attempt is in the history before the next one, with what went wrong.
        status = int(mode.partition(":")[2]) if mode.startswith("error:") else None
        assert [(e.outcome, e.status, e.row.last_error) for e in list_history(client.store)] == [
            ("retrying", status, item.last_error)
        ]
    finally:
        proxy.close()


def test_a_stalled_server_costs_only_the_timeout(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="stall")
    try:
        client = joined_with_report(make_client, proxy.url)
        started = time.monotonic()
        summary = send(client)
        assert time.monotonic() - started < 5
        assert "did not answer in time" in summary.messages[0]
        assert outbox.count(client.store) == 1
    finally:
        proxy.close()


def test_429_from_the_receivers_rate_limit_is_honoured(
    make_client: ClientFactory, tmp_path: Path, clock: ManualClock
) -> None:
    server = ReceiverServer("127.0.0.1", 0, tmp_path / "r.sqlite3", max_per_minute=1)
    server.start_in_thread()
    try:
        one = joined_with_report(make_client, server.url, "one")
        two = joined_with_report(make_client, server.url, "two")
        assert send(one).delivered
        summary = send(two)
        assert "busy (HTTP 429)" in summary.messages[0]
        (item,) = outbox.pending(two.store)
        assert item.not_before is not None
        assert item.not_before >= clock.now() + timedelta(seconds=50)
    finally:
        server.stop()


def test_oversized_report_is_never_sent(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    huge = json.dumps({"schema_version": 1, "pad": "x" * (2 * 1024 * 1024)}).encode()
    plant_report(client, "00000000-0000-4000-8000-00000000beef", huge)
    summary = send(client)
    assert summary.rejected and "never sent" in summary.messages[0]
    assert [e.outcome for e in list_history(client.store)] == ["rejected"]
    assert outbox.count(client.store) == 0 and receiver.requests == 0
    # Rejected for good, so this period is over: no new report until one interval from now.
    assert client.effective().last_success == clock.now()


def test_a_report_of_exactly_one_mebibyte_is_still_sent(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """The limit is "above 1 MiB" (the receiver takes 1 MiB), so the last byte still counts."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    head = json.dumps({"schema_version": 1, "pad": ""}).encode()
    exact = head[:-2] + b"x" * (MAX_REPORT_BYTES - len(head)) + head[-2:]
    assert len(exact) == MAX_REPORT_BYTES
    plant_report(client, "00000000-0000-4000-8000-00000000cafe", exact)
    summary = send(client)
    assert receiver.requests == 1 and not any("never sent" in m for m in summary.messages)


def test_a_413_answer_is_rejected_for_good(make_client: ClientFactory, clock: ManualClock) -> None:
    proxy = FaultProxy(mode="error:413")
    try:
        client = joined_with_report(make_client, proxy.url)
        summary = send(client)
        assert summary.rejected and "HTTP 413" in summary.messages[0]
        assert send(client).rejected == [] and proxy.requests == 1  # never retried
        assert [e.outcome for e in list_history(client.store)] == ["rejected"]
    finally:
        proxy.close()


def test_reports_expire_after_thirty_days_of_failed_attempts(
    make_client: ClientFactory, tmp_path: Path, clock: ManualClock
) -> None:
    client = joined_with_report(make_client, dead_endpoint(tmp_path))
    for _ in range(32):  # down for a month and a day, tried every day, the last try failed too
        assert not send(client).delivered
        clock.advance(timedelta(days=1))
    fresh = queue(client, CountingBuilder())
    summary = send(client)
    assert "expired after 30 days without delivery" in summary.messages[0]
    assert summary.waiting == [fresh]  # the expired one does not stop the run
    assert [e.outcome for e in list_history(client.store)] == ["retrying", "expired"]
    assert [i.id for i in outbox.pending(client.store)] == [fresh]
    # Expired is not delivered: the period is not over, so a new report is due at once.
    state = client.effective()
    assert state.last_success is None
    assert state.next_due is not None and state.next_due <= clock.now()


def test_a_clock_jump_does_not_expire_an_untried_report(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = joined_with_report(make_client, receiver.url)
    clock.advance(timedelta(days=31))  # one run with the clock a month ahead
    summary = send(client)
    assert len(summary.delivered) == 1 and len(stored(receiver)) == 1


def dead_endpoint(tmp_path: Path) -> str:
    probe = ReceiverServer("127.0.0.1", 0, tmp_path / "probe.sqlite3")
    port = probe.server_address[1]
    probe.server_close()
    probe.db.close()
    return f"http://127.0.0.1:{port}"


def test_plain_http_to_another_host_is_never_used(make_client: ClientFactory) -> None:
    client = joined_with_report(make_client, "http://reports.example.com")
    summary = send(client)
    assert summary.stopped and "must use https" in summary.stopped
    assert outbox.count(client.store) == 1


def test_usage_counts_reset_only_for_what_was_sent(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.record_usage("feature", "viewer_opened")
    client.record_usage("feature", "viewer_opened")
    queue(client, CountingBuilder())
    client.record_usage("feature", "viewer_opened")  # after the report was sealed
    send(client)
    assert usage.snapshot(client.store) == {"feature": {"viewer_opened": 1}, "problem": {}}
    (entry,) = list_history(client.store)
    assert json.loads(entry.payload)["sections"]["usage"]["features"]["counts"] == {
        "viewer_opened": 2
    }


def test_opting_out_during_an_upload_cancels_it(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        client = joined_with_report(make_client, proxy.url)

        async def scenario() -> SendSummary:
            upload = asyncio.create_task(client.send_waiting(force=True))
            while not proxy.received.is_set():
                await asyncio.sleep(0.02)
            client.leave(Source.USER)  # what the Feedback pane does
            summary: SendSummary = await upload
            proxy.release.set()
            return summary

        summary = asyncio.run(scenario())
        assert "cancelled" in (summary.stopped or "")
        time.sleep(0.3)
        assert proxy.forwarded == 0 and stored(receiver) == []
        assert outbox.count(client.store) == 0
        (entry,) = list_history(client.store)
        assert entry.outcome == "cancelled"
        # The history says why and how much had left: all of it, the proxy holds it, so it
        # also says the server may have the report (a proxy could still pass it on).
        assert entry.row.last_error == (
            "cancelled: participation ended during the upload, but every byte of it had "
            "already reached the other side, so the server may have received it"
        )
        assert entry.row.bytes_sent == len(proxy.last_request)
    finally:
        proxy.close()


def test_not_participating_for_months_makes_zero_requests(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.leave(Source.USER)
    builder = CountingBuilder()

    async def six_months() -> None:
        for _ in range(180 * 4):  # every six hours for six months
            await client.run_due(builder)
            clock.advance(timedelta(hours=6))

    asyncio.run(six_months())
    assert receiver.requests == 0 and builder.calls == []


def test_deletion_request_is_sent_only_when_asked(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    plain = joined_with_report(make_client, receiver.url, "plain")
    send(plain)
    plain.leave(Source.USER)
    send(plain)
    assert receiver.db.deletions() == [] and len(stored(receiver)) == 1

    asking = joined_with_report(make_client, receiver.url, "asking")
    installation_id = asking.effective().consent.installation_id
    send(asking)
    asking.leave(Source.USER, request_deletion=True)
    assert send(asking).delivered
    assert receiver.db.deletions() == [(installation_id, 1)]
    assert len(stored(receiver)) == 1  # only the other installation's report is left
    assert [e.kind for e in list_history(asking.store)] == ["deletion", "report"]


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from cep_gui.core.client import CepClient, Overrides
    from cep_gui.core.policy_sources import PolicyLocations
    from cep_gui.core.http_settings import HttpSettings
    import os
    client = CepClient(Path(sys.argv[1]), overrides=Overrides(endpoint=sys.argv[2]),
                       policy_locations=PolicyLocations("linux", Path(sys.argv[1]) / "none",
                                                        trusted_uid=os.geteuid()),
                       http=HttpSettings(read_timeout=60))
    asyncio.run(client.send_waiting(force=True))
    """
)


def test_killed_after_the_receiver_stored_it_resends_and_gets_409(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    from cep_gui.core.client import CepClient, Overrides

    data = tmp_path / "killed"
    nowhere = trusted(data / "none")
    with CepClient(data, overrides=Overrides(endpoint=receiver.url), policy_locations=nowhere) as c:
        c.join(Source.USER)
        report_id = queue(c, CountingBuilder())
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="forward_then_hold")
    try:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data), proxy.url])
        assert proxy.answered_upstream.wait(30), "the receiver never got the report"
        assert len(stored(receiver)) == 1
        child.kill()  # SIGKILL: no chance to record anything
        child.wait(10)
    finally:
        proxy.close()
    with CepClient(data, overrides=Overrides(endpoint=receiver.url), policy_locations=nowhere) as c:
        assert [i.id for i in outbox.pending(c.store)] == [report_id]
        summary = send(c)
        assert summary.delivered == [report_id]
        (entry,) = list_history(c.store)
        assert entry.status == 409 and entry.outcome == "delivered"
    assert len(stored(receiver)) == 1


def test_a_report_the_receiver_refuses_restarts_the_interval(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """A final refusal ends the period as a delivery does (README, *Schedule*): without
    that, the client would build and send a new report at every run until one is taken."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    clock.advance(timedelta(days=20))  # past the first report's date: a report is due
    state = client.effective()
    assert state.next_due is not None and state.next_due <= clock.now()
    # A report from a newer program: the real receiver refuses it for good (422).
    plant_report(
        client,
        "00000000-0000-4000-8000-00000000f00d",
        json.dumps({"schema_version": 99, "sections": {}}).encode(),
    )
    refused_at = clock.now()
    summary = send(client, force=False)
    assert summary.rejected == ["00000000-0000-4000-8000-00000000f00d"]
    assert "HTTP 422" in summary.messages[0] and receiver.requests == 1
    state = client.effective()
    installation_id = state.consent.installation_id
    assert installation_id is not None
    interval = timedelta(days=state.profile.interval_days)
    assert state.last_success == refused_at
    assert state.next_due == refused_at + interval + installation_offset(installation_id)
    # So the next run builds nothing and asks the receiver nothing.
    builder = CountingBuilder()
    result = asyncio.run(client.run_due(builder))
    assert result.action == "not due" and builder.calls == [] and receiver.requests == 1


def test_a_report_backing_off_is_not_sent_until_its_time(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """Backoff spares a struggling server: while an item waits for its retry time, neither
    a scheduled run nor *send waiting* makes a request; once the time has come, it goes."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="error:503")
    try:
        client = joined_with_report(make_client, proxy.url)
        assert send(client, force=False).waiting
        (item,) = outbox.pending(client.store)
        assert item.not_before is not None and proxy.requests == 1
        proxy.mode = "pass"  # the server is well again, but the retry time has not come
        clock.set(item.not_before - timedelta(seconds=1))
        assert send(client, force=False).waiting == [item.id]
        builder = CountingBuilder()
        result = asyncio.run(client.run_due(builder))
        assert result.action == "waiting" and builder.calls == []
        assert proxy.requests == 1 and receiver.requests == 0 and stored(receiver) == []
        clock.set(item.not_before)
        assert send(client, force=False).delivered == [item.id]
        assert proxy.requests == 2 and receiver.requests == 1 and len(stored(receiver)) == 1
    finally:
        proxy.close()


@pytest.mark.parametrize(
    ("attempts", "ceiling"),
    [(1, 60), (2, 120), (3, 240), (6, 1920), (9, 15360), (10, BACKOFF_CAP), (40, BACKOFF_CAP)],
)
def test_the_wait_doubles_with_each_failure_up_to_six_hours_with_full_jitter(
    attempts: int, ceiling: float
) -> None:
    """A server that fails is asked less and less often, and thousands of clients that
    failed at once do not come back at once: each waits a random time up to the ceiling."""
    rng = random.Random(attempts)
    waits = [backoff_delay(attempts, None, rng) for _ in range(2000)]
    assert min(waits) >= BACKOFF_FLOOR  # never sooner than 30 s
    assert max(waits) <= ceiling and max(waits) > 0.95 * ceiling
    assert len({round(w) for w in waits if w > BACKOFF_FLOOR}) > 20  # spread, not one value


def test_the_server_s_retry_after_wins_over_a_shorter_wait() -> None:
    rng = random.Random(3)
    assert backoff_delay(1, 7200.0, rng) == 7200.0  # far beyond the first ceiling of 60 s
    assert backoff_delay(1, 5.0, rng) >= BACKOFF_FLOOR  # but never below the floor


def test_narrowing_the_categories_during_an_upload_cancels_it_and_drops_the_report(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """Still taking part, but the report in flight holds what the user just took back: the
    upload is cut off and the report leaves the outbox at once, never to be tried again."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        client = joined_with_report(make_client, proxy.url)

        async def scenario() -> SendSummary:
            upload = asyncio.create_task(client.send_waiting(force=True))
            while not proxy.received.is_set():
                await asyncio.sleep(0.02)
            client.set_categories(Source.USER, ["usage"])  # what the Feedback pane does
            summary: SendSummary = await upload
            proxy.release.set()
            return summary

        summary = asyncio.run(scenario())
        (entry,) = list_history(client.store)
        assert "cancelled" in (summary.stopped or "") and summary.cancelled == [entry.item_id]
        assert client.effective().participating
        assert outbox.count(client.store) == 0
        time.sleep(0.3)
        assert proxy.forwarded == 0 and stored(receiver) == []
        assert [e.outcome for e in list_history(client.store)] == ["cancelled"]
    finally:
        proxy.close()


class TopOfTheRange(random.Random):
    """Jitter that always draws the longest wait, so the ceiling itself can be read."""

    def uniform(self, a: float, b: float) -> float:
        return b


def test_each_failure_of_the_same_report_doubles_its_wait(
    make_client: ClientFactory, clock: ManualClock
) -> None:
    proxy = FaultProxy(mode="error:500")
    try:
        client = joined_with_report(make_client, proxy.url)
        waits: list[timedelta] = []
        for _ in range(3):
            asyncio.run(client.send_waiting(force=True, rng=TopOfTheRange()))
            (item,) = outbox.pending(client.store)
            assert item.not_before is not None
            waits.append(item.not_before - clock.now())
        assert waits == [timedelta(seconds=60), timedelta(seconds=120), timedelta(seconds=240)]
        assert proxy.requests == 3
    finally:
        proxy.close()


def test_a_failed_attempt_keeps_the_date_of_the_last_delivery(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """The interval runs from the last delivery: a later report that fails must not make
    the schedule forget it (and so build a new report at once, run after run)."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="pass")
    try:
        client = joined_with_report(make_client, proxy.url)
        assert send(client).delivered
        delivered_at = clock.now()
        clock.advance(timedelta(days=15))
        queue(client, CountingBuilder())
        proxy.mode = "error:503"
        assert send(client).waiting
        assert client.effective().last_success == delivered_at
    finally:
        proxy.close()


def test_a_deletion_request_goes_before_new_reports(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    """Left with deletion, then joined again: when the server takes one request a minute,
    the deletion is the one it takes; the new report waits for the next run."""
    server = ReceiverServer("127.0.0.1", 0, tmp_path / "r.sqlite3", max_per_minute=2)
    server.start_in_thread()
    try:
        client = joined_with_report(make_client, server.url)
        assert send(client).delivered  # the first of two requests this minute
        client.leave(Source.USER, request_deletion=True)
        client.join(Source.USER)
        report = queue(client, CountingBuilder())
        summary = send(client)
        assert len(summary.delivered) == 1 and summary.waiting == [report]
        assert len(server.db.deletions()) == 1
    finally:
        server.stop()


def test_a_void_report_does_not_hold_back_the_valid_one_behind_it(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = joined_with_report(make_client, receiver.url)
    (void,) = outbox.pending(client.store)
    client.set_categories(Source.USER, ["usage"])
    valid = queue(client, CountingBuilder())
    summary = send(client)
    assert summary.dropped == [void.id] and summary.delivered == [valid]
    assert len(stored(receiver)) == 1


def test_a_report_held_for_review_does_not_hold_back_the_one_behind_it(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.set_review(True)
    clock.advance(timedelta(days=8))
    held = asyncio.run(client.run_due(CountingBuilder())).report_id
    assert held is not None and receiver.requests == 0
    client.set_review(False)
    free = queue(client, CountingBuilder())
    summary = send(client)
    assert summary.held == [held] and summary.delivered == [free]
    assert [i.id for i in outbox.pending(client.store)] == [held]
