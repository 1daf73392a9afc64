"""Leaving is a fence: nothing built under an earlier consent is sealed or sent after it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from cep_gui.core import fence, fence_signal, outbox, sending, usage
from cep_gui.core.client import BuildRequest, CepClient, Effective, Overrides
from cep_gui.core.clock import Clock, ManualClock
from cep_gui.core.consent import Consent, Source, State, audit_log
from cep_gui.core.fence import BuiltUnder, Verdict
from cep_gui.core.history import list_history
from cep_gui.core.report import Report
from cep_gui.core.sending import SendSummary
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import FAST, ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.faults import FaultProxy
from tests.helpers.policies import trusted, write_policy
from tests.helpers.sending import queue, send

JOINED = Consent(State.PARTICIPATING, None, "id-1", None, Source.USER, "s", generation=4)
BUILT = BuiltUnder(4, "id-1", ("host_hardware", "usage"))
ALLOWED = ("host_hardware", "host_software", "usage")


def ruling(
    kind: str = "report",
    built: BuiltUnder = BUILT,
    consent: Consent = JOINED,
    *,
    participating: bool = True,
    allowed: tuple[str, ...] = ALLOWED,
    broken: bool = False,
) -> fence.Ruling:
    return fence.rule(
        kind, built, consent, participating=participating, allowed=allowed, policy_broken=broken
    )


def test_a_report_under_the_same_consent_is_sent() -> None:
    assert ruling().verdict is Verdict.SEND


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            {"built": BuiltUnder(3, "id-1", BUILT.categories)},
            "the consent changed after the report was built",
        ),
        (
            {"built": BuiltUnder(4, "id-0", BUILT.categories)},
            "the report was built for another installation id",
        ),
        (
            {"allowed": ("host_software", "usage")},
            "it holds categories no longer allowed: host_hardware",
        ),
        (
            {"built": BuiltUnder(4, "id-1", ALLOWED), "allowed": ("usage",)},
            "it holds categories no longer allowed: host_hardware, host_software",
        ),
        ({"participating": False}, "this computer no longer takes part"),
        (
            {"consent": Consent(State.NOT_PARTICIPATING, None, None, None, Source.USER)},
            "this computer no longer takes part",
        ),
    ],
)
def test_a_void_report_is_dropped(change: dict[str, object], reason: str) -> None:
    """The reason is what the audit log and the history show the user, word for word."""
    found = ruling(**change)  # type: ignore[arg-type]
    assert found.verdict is Verdict.DROP and found.reason == reason


def test_a_broken_policy_holds_everything_even_deletion_requests() -> None:
    held = "nothing is sent while the managed policy is broken"  # what status shows
    assert ruling(broken=True) == fence.Ruling(Verdict.HOLD, held)
    assert ruling("deletion", broken=True) == fence.Ruling(Verdict.HOLD, held)


def test_a_deletion_request_goes_after_leaving() -> None:
    left = Consent(State.NOT_PARTICIPATING, None, None, None, Source.USER, generation=5)
    assert ruling("deletion", consent=left, participating=False).verdict is Verdict.SEND


class LeavingBuilder(CountingBuilder):
    """Leaves (as another process would) while the report is being built."""

    def __init__(self, leave: object) -> None:
        super().__init__()
        self.leave = leave

    def __call__(self, request: BuildRequest) -> Report:
        report = super().__call__(request)
        self.leave()  # type: ignore[operator]
        return report


def test_a_report_built_across_a_leave_is_never_sealed(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    other = make_client(receiver.url)  # another handle, as another process has
    builder = LeavingBuilder(lambda: other.leave(Source.COMMAND_LINE))
    with pytest.raises(outbox.ConsentChanged, match="discarded"):
        queue(client, builder)
    assert outbox.count(client.store) == 0
    client.join(Source.USER, ["usage"])
    send(client)
    assert receiver.requests == 0  # nothing of the old consent went anywhere


def test_narrowing_the_categories_drops_a_queued_report(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    dropped = queue(client, CountingBuilder())
    client.set_categories(Source.USER, ["usage"])
    summary = send(client)
    assert summary.dropped == [dropped] and receiver.requests == 0
    assert outbox.count(client.store) == 0


def test_a_policy_that_narrows_the_categories_drops_a_queued_report(
    tmp_path: Path, receiver: ReceiverServer, make_client: ClientFactory
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    queued = queue(client, CountingBuilder())
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"AllowedCategories": ["usage"]})
    # The same data folder, now with the organization's policy in force.
    with client_under(client.data_dir, client.clock, root, receiver.url) as narrowed:
        summary = send(narrowed)
    assert summary.dropped == [queued] and receiver.requests == 0


def test_leaving_while_the_queue_is_sent_elsewhere_cancels_in_flight(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """The in-process path: the tray's own upload stops when its user leaves."""
    from tests.helpers.faults import FaultProxy

    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())

        async def scenario() -> object:
            upload = asyncio.create_task(client.send_waiting(force=True))
            while not proxy.received.is_set():
                await asyncio.sleep(0.01)
            result = client.leave(Source.USER)
            assert result.local_sender is not None
            assert await result.local_sender.quiet()
            return await upload

        summary = asyncio.run(scenario())
        assert summary.cancelled  # type: ignore[attr-defined]
        proxy.release.set()
    finally:
        proxy.close()
    (entry,) = list_history(client.store)
    assert entry.outcome == "cancelled" and receiver.requests == 0
    assert json.loads(entry.payload)["installation_id"] is not None


def test_leaving_ends_an_attempt_the_history_shows_as_still_going(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    from tests.core.test_sending import dead_endpoint

    client = make_client(dead_endpoint(tmp_path))
    client.join(Source.USER)
    queue(client, CountingBuilder())
    assert send(client).waiting
    assert [e.outcome for e in list_history(client.store)] == ["retrying"]
    client.leave(Source.USER)
    (entry,) = list_history(client.store)
    assert (
        entry.outcome == "dropped" and entry.row.last_error == "deleted when you left the program"
    )


def test_a_dropped_report_gives_back_its_usage_counts_and_says_why(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """A report that may no longer leave is dropped, not lost without a trace: the usage it
    counted goes back for the next report, and the history and the audit log say why."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="error:503")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        client.record_usage("feature", "viewer_opened")
        client.record_usage("feature", "viewer_opened")
        dropped = queue(client, CountingBuilder())
        assert usage.snapshot(client.store)["feature"] == {}  # sealed into the report
        assert send(client).waiting == [dropped]  # tried once: the history has its row
        clock.advance(timedelta(hours=1))
        client.set_categories(Source.USER, ["usage"])
        proxy.mode = "pass"
        summary = send(client)
        assert summary.dropped == [dropped] and proxy.requests == 1 and receiver.requests == 0
    finally:
        proxy.close()
    assert usage.snapshot(client.store)["feature"] == {"viewer_opened": 2}
    (entry,) = list_history(client.store)
    assert (entry.outcome, entry.row.at) == ("dropped", clock.now())
    reason = "the consent changed after the report was built"  # choosing categories did
    assert entry.row.last_error == reason
    (audited,) = [e for e in audit_log(client.store) if e.action == "report dropped"]
    assert (audited.at, audited.source) == (clock.now(), Source.PROGRAM.value)
    assert audited.detail == f"{dropped}: {reason}"


def test_consent_that_changes_after_the_fence_check_still_stops_the_upload(
    make_client: ClientFactory,
    receiver: ReceiverServer,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fence is checked again in the transaction that starts the attempt: a change made
    (by another window or process) just after the first check still keeps the report home."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    queued = queue(client, CountingBuilder())
    real_ruling = sending.ruling_for

    def then_the_user_narrows(item: outbox.OutboxItem, state: Effective) -> fence.Ruling:
        ruling = real_ruling(item, state)
        with CepClient(
            client.data_dir, clock=clock, policy_locations=trusted(client.data_dir / "none")
        ) as other:
            other.set_categories(Source.USER, ["usage"])
        return ruling

    monkeypatch.setattr(sending, "ruling_for", then_the_user_narrows)
    summary = send(client)
    assert summary.dropped == [queued] and receiver.requests == 0
    assert outbox.count(client.store) == 0 and list_history(client.store) == []
    assert [e.detail for e in audit_log(client.store) if e.action == "report dropped"] == [
        f"{queued}: the consent changed"
    ]


def test_a_report_purged_after_the_fence_check_is_never_sent(
    make_client: ClientFactory,
    receiver: ReceiverServer,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Leaving (in another process) right after the first check purges the outbox: the
    attempt's transaction finds the report gone and sends nothing, records nothing."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    queued = queue(client, CountingBuilder())
    real_ruling = sending.ruling_for

    def then_the_user_leaves(item: outbox.OutboxItem, state: Effective) -> fence.Ruling:
        ruling = real_ruling(item, state)
        with CepClient(
            client.data_dir, clock=clock, policy_locations=trusted(client.data_dir / "none")
        ) as other:
            other.leave(Source.USER)
        return ruling

    monkeypatch.setattr(sending, "ruling_for", then_the_user_leaves)
    summary = send(client)
    assert summary.dropped == [queued] and receiver.requests == 0
    assert outbox.count(client.store) == 0 and list_history(client.store) == []


def test_a_report_voided_at_its_attempt_does_not_stop_the_run(
    make_client: ClientFactory,
    receiver: ReceiverServer,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The user narrows the categories (in another window) just after the first report's
    fence check: the attempt's transaction drops that report, and the run goes on, so the
    report behind it, void under the new consent too, is dropped in the same run. The uses
    both carried are counted again at once, not one run (one report) later."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.record_usage("feature", "viewer_opened")
    first = queue(client, CountingBuilder())
    client.record_usage("feature", "viewer_opened")
    client.record_usage("feature", "viewer_opened")
    second = queue(client, CountingBuilder())
    assert usage.snapshot(client.store)["feature"] == {}
    real_ruling = sending.ruling_for
    narrowed: list[str] = []

    def then_the_user_narrows(item: outbox.OutboxItem, state: Effective) -> fence.Ruling:
        ruling = real_ruling(item, state)
        if not narrowed:
            narrowed.append(item.id)
            with CepClient(
                client.data_dir, clock=clock, policy_locations=trusted(client.data_dir / "none")
            ) as other:
                other.set_categories(Source.USER, ["usage"])
        return ruling

    monkeypatch.setattr(sending, "ruling_for", then_the_user_narrows)
    summary = send(client)
    assert narrowed == [first] and summary.dropped == [first, second]
    assert receiver.requests == 0 and outbox.count(client.store) == 0
    assert usage.snapshot(client.store)["feature"] == {"viewer_opened": 3}


def test_a_broken_policy_holds_a_waiting_deletion_request_until_it_is_fixed(
    tmp_path: Path, receiver: ReceiverServer, make_client: ClientFactory
) -> None:
    """Deletion requests ignore consent but not a broken managed policy: it waits, is
    neither sent nor lost, and goes once the policy is readable again."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    assert send(client).delivered
    client.leave(Source.USER, request_deletion=True)
    (deletion,) = outbox.pending(client.store)
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", "{ not json")
    with client_under(client.data_dir, client.clock, root, receiver.url) as broken:
        summary = send(broken)
    assert summary.stopped == "nothing is sent while the managed policy is broken"
    assert receiver.requests == 1 and receiver.db.deletions() == []
    assert [i.id for i in outbox.pending(client.store)] == [deletion.id]
    assert send(client).delivered == [deletion.id] and len(receiver.db.deletions()) == 1


def client_under(data_dir: Path, clock: Clock, policies: Path, endpoint: str) -> CepClient:
    """A client of ``data_dir`` that reads its organization's policy from ``policies``."""
    return CepClient(
        data_dir,
        clock=clock,
        policy_locations=trusted(policies),
        overrides=Overrides(endpoint=endpoint),
        http=FAST,
    )


def send_and_meanwhile(
    client: CepClient, proxy: FaultProxy, change: Callable[[], object], *, announce: bool = True
) -> SendSummary:
    """Send what waits; while the request is held in flight, ``change`` something the client
    does not write itself (a policy file), then say ``fence`` on the sender's socket, as any
    process does that changed something: the sender checks the rule again, and answers only
    once its upload is dead or allowed to go on. Without ``announce`` nobody says anything,
    as when an administrator's tool rewrites the policy files."""

    async def scenario() -> SendSummary:
        loop = asyncio.get_running_loop()
        proxy.received.clear()  # from now on: this run's request
        upload = asyncio.create_task(client.send_waiting(force=True))
        deadline = loop.time() + 10
        while not proxy.received.is_set():
            assert loop.time() < deadline, "the request never reached the proxy"
            await asyncio.sleep(0.01)
        change()
        if announce:
            where = fence_signal.socket_path(client.data_dir, client.services.sockets_dir)
            assert await asyncio.to_thread(fence_signal.notify, where)  # off the sender's loop
        summary: SendSummary = await upload
        return summary

    return asyncio.run(scenario())


def test_a_deletion_request_cut_off_in_flight_still_goes_once_it_may(
    tmp_path: Path, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """A deletion request is the user's right after leaving: when a broken managed policy
    stops it in flight, it is not thrown away with the cancelled upload. It waits while the
    policy is broken, and goes once the policy is readable again."""
    root = tmp_path / "policies"
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="pass")
    try:
        with client_under(tmp_path / "client", clock, root, proxy.url) as client:
            client.join(Source.USER)
            installation_id = client.effective().consent.installation_id
            queue(client, CountingBuilder())
            assert send(client).delivered  # the receiver has a report of this installation
            client.leave(Source.USER, request_deletion=True)
            (deletion,) = outbox.pending(client.store)
            proxy.mode = "hold"
            policy = root / "managed" / "10-corp.json"

            summary = send_and_meanwhile(
                client, proxy, lambda: write_policy(root, "managed", policy.name, "{ not json")
            )
            assert summary.cancelled == [deletion.id] and summary.delivered == []
            assert receiver.db.deletions() == []  # the proxy still holds the cut-off request
            proxy.release.set()
            assert [i.id for i in outbox.pending(client.store)] == [deletion.id]

            held = send(client)
            assert held.stopped == "nothing is sent while the managed policy is broken"
            assert [i.id for i in outbox.pending(client.store)] == [deletion.id]

            policy.unlink()  # the administrator fixed it
            proxy.mode = "pass"
            assert send(client).delivered == [deletion.id]
            assert receiver.db.deletions() == [(installation_id, 1)]
            assert list(receiver.db.reports()) == [] and outbox.count(client.store) == 0
    finally:
        proxy.close()


def test_a_report_cut_off_by_a_policy_in_flight_gives_its_usage_counts_back(
    tmp_path: Path, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """Still taking part, under the same consent, but the organization's policy took back a
    category while the report was on its way: the upload is cut off, and the report is then
    dropped by the fence like any void report, so the uses it counted are counted again for
    the next report instead of being lost with it."""
    root = tmp_path / "policies"
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        with client_under(tmp_path / "client", clock, root, proxy.url) as client:
            client.join(Source.USER)
            client.record_usage("feature", "viewer_opened")
            client.record_usage("feature", "viewer_opened")
            report = queue(client, CountingBuilder())
            assert usage.snapshot(client.store)["feature"] == {}  # sealed into the report
            generation = client.effective().consent.generation

            summary = send_and_meanwhile(
                client,
                proxy,
                lambda: write_policy(
                    root, "managed", "10-corp.json", {"AllowedCategories": ["usage"]}
                ),
            )
            assert summary.cancelled == [report] and summary.delivered == []
            proxy.release.set()
            state = client.effective()
            assert state.participating and state.consent.generation == generation

            again = send(client)
            assert again.dropped == [report] and outbox.count(client.store) == 0
            assert usage.snapshot(client.store)["feature"] == {"viewer_opened": 2}
            (entry,) = list_history(client.store)
            assert entry.outcome == "dropped"
            assert (entry.row.last_error or "").startswith("it holds categories no longer allowed")
    finally:
        proxy.close()
    assert proxy.forwarded == 0 and receiver.requests == 0


def test_a_policy_file_narrowed_during_an_upload_cuts_it_off_unannounced(
    tmp_path: Path, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """An administrator's tool rewrites the policy files; no cep-gui process says ``fence``.
    The sender still sees it while its request is in flight and cuts the upload off before
    the report with the refused category can get through."""
    root = tmp_path / "policies"
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        with client_under(tmp_path / "client", clock, root, proxy.url) as client:
            client.join(Source.USER)
            report = queue(client, CountingBuilder())
            summary = send_and_meanwhile(
                client,
                proxy,
                lambda: write_policy(
                    root, "managed", "10-corp.json", {"AllowedCategories": ["usage"]}
                ),
                announce=False,
            )
            assert summary.cancelled == [report] and summary.delivered == []
            proxy.release.set()
            assert send(client).dropped == [report]
    finally:
        proxy.close()
    assert proxy.forwarded == 0 and receiver.requests == 0
