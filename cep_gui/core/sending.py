"""Send what waits in the outbox, and record each attempt before the next.

Runs only inside :meth:`CepClient.sending` (the one sender of a data folder). For
each item, in one transaction with the history row that records the attempt, the
fence is checked against the consent and policy *now*: an item built under another
consent generation or installation id, or holding a category no longer allowed, is
dropped before a byte leaves. The attempt is written before the request starts, so
its space is taken while the disk still has it and a report whose outcome cannot be
recorded is not sent again until it can be. The request races the abort event: a
leave resets the connection at once.
"""

from __future__ import annotations

import gzip
import random
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from cep_gui.core import consent as consent_mod
from cep_gui.core import fence, outbox
from cep_gui.core.consent import Source
from cep_gui.core.exceptions import CepError, StoreError
from cep_gui.core.fence import BuiltUnder, Verdict
from cep_gui.core.history import prune
from cep_gui.core.outbox import OutboxItem
from cep_gui.core.policy import check_url
from cep_gui.core.report import MAX_REPORT_BYTES
from cep_gui.core.store import (
    history_table,
    outbox_table,
    schedule_table,
    settings_table,
    usage_table,
)
from cep_gui.core.store.schedule_table import ScheduleRow
from cep_gui.core.uploader import Attempt, Outcome, make_http_client, post

if TYPE_CHECKING:
    from cep_gui.core.client import CepClient, Effective, SendSession

BACKOFF_BASE = 60.0
BACKOFF_CAP = 6 * 3600.0
BACKOFF_FLOOR = 30.0
PATHS = {"report": "/v1/reports", "deletion": "/v1/deletion-requests"}


@dataclass
class SendSummary:
    delivered: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    #: Local-only: kept on this computer instead of sent.
    kept: list[str] = field(default_factory=list)
    #: Waiting for the user's review.
    held: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    stopped: str | None = None


def backoff_delay(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    """Exponential backoff with full jitter; never sooner than the server asked."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    return max(retry_after or 0.0, BACKOFF_FLOOR, rng.uniform(0, ceiling))


def built_under(item: OutboxItem) -> BuiltUnder:
    return BuiltUnder(item.generation, item.installation_id, item.categories)


def ruling_for(item: OutboxItem, state: Effective) -> fence.Ruling:
    return fence.rule(
        item.kind,
        built_under(item),
        state.consent,
        participating=state.participating,
        allowed=state.allowed,
        policy_broken=state.policy.broken,
    )


async def send_queue(
    client: CepClient,
    session: SendSession,
    *,
    force: bool = False,
    rng: random.Random | None = None,
) -> SendSummary:
    """Try every item that is due (all of them with ``force``, as *Send now* does)."""
    rng = rng or random.Random()
    summary = SendSummary()
    sender = session.sender
    items = sorted(outbox.pending(client.store), key=lambda i: i.kind != "deletion")
    if not items:
        return summary
    state = client.effective()
    try:
        token = client.upload_token(state) if any(i.kind == "report" for i in items) else None
    except CepError as exc:
        summary.stopped = str(exc)
        return summary
    settings = client.services.http
    for item in items:
        if sender.abort.is_set():
            summary.stopped = "cancelled: participation ended"
            break
        now = client.clock.now()
        state = client.effective()
        ruling = ruling_for(item, state)
        if ruling.verdict is Verdict.HOLD:
            summary.stopped = ruling.reason
            break
        if ruling.verdict is Verdict.DROP:
            _drop(client, item, ruling.reason, now, state.endpoint)
            summary.dropped.append(item.id)
            continue
        if item.held == "review":
            summary.held.append(item.id)
            continue
        if state.local_only and item.kind == "report":
            _end_unsent(client, item, "kept", now, "kept on this computer")
            summary.kept.append(item.id)
            continue
        if outbox.expired(item, now):
            _end_unsent(client, item, "expired", now, state.endpoint)
            summary.messages.append(f"{item.id}: expired after 30 days without delivery")
            continue
        if len(item.payload) > MAX_REPORT_BYTES:
            _end_unsent(client, item, "rejected", now, state.endpoint)
            summary.rejected.append(item.id)
            summary.messages.append(f"{item.id}: larger than 1 MiB, so it was never sent")
            continue
        if not force and item.not_before is not None and item.not_before > now:
            summary.waiting.append(item.id)
            continue
        try:
            base = check_url(state.endpoint).rstrip("/")
        except ValueError as exc:
            summary.stopped = f"the endpoint cannot be used: {exc}"
            break
        body = gzip.compress(item.payload, mtime=0)
        try:
            if not _start_attempt(client, item, body, now, state.endpoint):
                summary.dropped.append(item.id)
                continue
        except StoreError as exc:
            summary.stopped = (
                "there is not enough free disk space to record the attempt, so nothing was sent"
                if exc.disk_full
                else str(exc)
            )
            break
        sender.begin_request(item.kind, built_under(item))
        try:
            async with make_http_client(settings, base) as http:
                attempt = await post(
                    http,
                    base + PATHS[item.kind],
                    body,
                    idempotency_key=item.id,
                    token=token if item.kind == "report" else None,
                    total_timeout=settings.total_timeout,
                    abort=sender.abort,
                    via_proxy=settings.proxy_for(base) is not None,
                )
            try:
                _record(client, item, attempt, state.endpoint, rng, summary)
            except StoreError as exc:
                # Not recorded: the attempt row stays "sending" and the item waits; it is
                # tried again only once an attempt can be written.
                summary.stopped = str(exc)
                break
        finally:
            sender.end_request()
        if attempt.outcome is Outcome.CANCELLED:
            summary.stopped = attempt.message
            break
    return summary


def _start_attempt(
    client: CepClient, item: OutboxItem, body: bytes, now: datetime, endpoint: str
) -> bool:
    """Write the attempt (and take its space) before the request; check the fence again
    inside the same transaction. False when the item turned out void and was dropped."""
    with client.store.transaction() as tx:
        if outbox_table.get(tx, item.id) is None:
            return False  # purged meanwhile (the user left)
        if item.kind == "report":
            consent = consent_mod.read(tx)
            built = built_under(item)
            if (
                not consent.participating
                or consent.generation != built.generation
                or consent.installation_id != built.installation_id
            ):
                _drop_in(tx, item, "the consent changed", now, endpoint)
                return False
        history_table.start_attempt(
            tx,
            item_id=item.id,
            kind=item.kind,
            at=now,
            endpoint=endpoint,
            body=body,
            size=len(item.payload),
        )
    return True


def _record(
    client: CepClient,
    item: OutboxItem,
    attempt: Attempt,
    endpoint: str,
    rng: random.Random,
    summary: SendSummary,
) -> None:
    now = client.clock.now()
    if attempt.outcome is Outcome.DELIVERED:
        _finish(client, item, "delivered", now, attempt)
        summary.delivered.append(item.id)
        summary.messages.append(attempt.message)
        return
    if attempt.outcome is Outcome.REJECTED:
        _finish(client, item, "rejected", now, attempt)
        summary.rejected.append(item.id)
        summary.messages.append(attempt.message)
        return
    if attempt.outcome is Outcome.CANCELLED:
        with client.store.transaction() as tx:
            history_table.finish(
                tx,
                item.id,
                outcome="cancelled",
                at=now,
                bytes_sent=attempt.bytes_sent,
                error=attempt.message,
            )
            state_now = consent_mod.read(tx)
            if item.kind == "report" and (
                not state_now.participating or state_now.generation != item.generation
            ):
                outbox_table.delete(tx, item.id)
        summary.cancelled.append(item.id)
        return
    delay = backoff_delay(item.attempts + 1, attempt.retry_after, rng)
    retry_at = now + timedelta(seconds=delay)
    with client.store.transaction() as tx:
        outbox_table.record_attempt(tx, item.id, at=now, not_before=retry_at, error=attempt.message)
        history_table.finish(
            tx, item.id, outcome="retrying", at=now, status=attempt.status, error=attempt.message
        )
        if item.kind == "report":
            schedule = schedule_table.read(tx)
            schedule_table.write(tx, ScheduleRow(schedule.last_success, now, attempt.message))
    summary.waiting.append(item.id)
    summary.messages.append(attempt.message)


def _finish(
    client: CepClient, item: OutboxItem, outcome: str, now: datetime, attempt: Attempt
) -> None:
    """Move an item from the outbox into its final history state, all at once."""
    with client.store.transaction() as tx:
        history_table.finish(
            tx,
            item.id,
            outcome=outcome,
            at=now,
            status=attempt.status,
            receipt=attempt.receipt,
        )
        if not outbox_table.delete(tx, item.id):
            return  # purged meanwhile (the user left): the history still says what happened
        if item.kind == "report":
            # Delivered, or rejected for good: either way the next interval starts now.
            schedule_table.write(tx, ScheduleRow(now, now, outcome))
        prune(tx, settings_table.read(tx), now)


def _end_unsent(
    client: CepClient, item: OutboxItem, outcome: str, now: datetime, endpoint: str
) -> None:
    """An item that ends without a request: expired, or too large to ever send."""
    with client.store.transaction() as tx:
        if not outbox_table.delete(tx, item.id):
            return
        history_table.add_final(
            tx,
            item_id=item.id,
            kind=item.kind,
            at=now,
            endpoint=endpoint,
            body=gzip.compress(item.payload, mtime=0),
            size=len(item.payload),
            outcome=outcome,
        )
        if item.kind == "report" and outcome in ("rejected", "kept"):
            # The interval restarts as after a delivery: local-only builds on schedule.
            schedule_table.write(tx, ScheduleRow(now, now, outcome))


def skip_report(tx: sqlite3.Connection, item_id: str, now: datetime, reason: str) -> bool:
    """*Don't send*: the report is recorded as skipped and this period is over."""
    item = outbox_table.get(tx, item_id)
    if item is None or item.held != "review":
        return False
    outbox_table.delete(tx, item_id)
    history_table.add_final(
        tx, item_id=item.id, kind=item.kind, at=now, endpoint="not sent",
        body=gzip.compress(item.payload, mtime=0), size=len(item.payload), outcome="skipped",
    )  # fmt: skip
    history_table.finish(tx, item_id, outcome="skipped", at=now, error=reason)
    schedule_table.write(tx, ScheduleRow(now, now, "skipped"))
    consent_mod.audit(tx, now, Source.USER, "report skipped", f"{item_id}: {reason}")
    return True


def _drop(client: CepClient, item: OutboxItem, reason: str, now: datetime, endpoint: str) -> None:
    with client.store.transaction() as tx:
        _drop_in(tx, item, reason, now, endpoint)


def _drop_in(
    tx: sqlite3.Connection, item: OutboxItem, reason: str, now: datetime, endpoint: str
) -> None:
    """Void: removed before a byte leaves; its usage counts go back if it was ours."""
    if not outbox_table.delete(tx, item.id):
        return
    consent = consent_mod.read(tx)
    if (
        item.usage_snapshot
        and consent.participating
        and consent.installation_id == item.installation_id
    ):
        usage_table.add(tx, item.usage_snapshot)
    if history_table.by_item(tx, item.id) is not None:
        history_table.finish(tx, item.id, outcome="dropped", at=now, error=reason)
    consent_mod.audit(tx, now, Source.PROGRAM, "report dropped", f"{item.id}: {reason}")
