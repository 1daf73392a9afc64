"""Send what waits in the outbox, and record each outcome atomically.

Consent and policy are checked again right before every request, and while a
request is in flight: if the user leaves (in this process or another) the request
is cancelled. A report moves from the outbox to the history in one transaction,
so a crash can at worst resend it, and the idempotency key makes that harmless.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from cep_gui.core import outbox, usage
from cep_gui.core.client import CepClient, Effective, Refused
from cep_gui.core.outbox import EXPIRES_AFTER, OutboxItem
from cep_gui.core.policy import check_url
from cep_gui.core.report import MAX_REPORT_BYTES
from cep_gui.core.uploader import Attempt, HttpSettings, Outcome, make_http_client, post

BACKOFF_BASE = 60.0
BACKOFF_CAP = 6 * 3600.0
BACKOFF_FLOOR = 30.0
WATCH_INTERVAL = 0.5
PATHS = {"report": "/v1/reports", "deletion": "/v1/deletion-requests"}


@dataclass
class SendSummary:
    delivered: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    stopped: str | None = None


def backoff_delay(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    """Exponential backoff with full jitter; never sooner than the server asked."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    return max(retry_after or 0.0, BACKOFF_FLOOR, rng.uniform(0, ceiling))


def _still_allowed(client: CepClient, item: OutboxItem) -> bool:
    return _allowed(client.effective(), item)


def _allowed(state: Effective, item: OutboxItem) -> bool:
    if state.policy.broken:
        return False
    # A deletion request is the user's right after leaving; reports need consent.
    return item.kind == "deletion" or state.may_send


async def send_pending(
    client: CepClient,
    *,
    force: bool = False,
    http: httpx.AsyncClient | None = None,
    settings: HttpSettings | None = None,
    rng: random.Random | None = None,
) -> SendSummary:
    """Try every item that is due (all of them with ``force``, as *Send now* does)."""
    rng = rng or random.Random()
    summary = SendSummary()
    token = settings.token if settings else None
    if token is None:
        try:
            token = client.upload_token(client.effective())
        except Refused as exc:
            summary.stopped = str(exc)
            return summary
    own_http = http is None
    http = http or make_http_client(settings or HttpSettings())
    try:
        for item in sorted(outbox.pending(client.store), key=lambda i: i.kind != "deletion"):
            now = client.clock.now()
            if now - item.created > EXPIRES_AFTER:
                _finish(client, item, "expired", None, None, now, "")
                summary.messages.append(f"{item.id}: expired after 30 days without delivery")
                continue
            if len(item.payload) > MAX_REPORT_BYTES:
                _finish(client, item, "rejected", None, None, now, "")
                summary.rejected.append(item.id)
                summary.messages.append(f"{item.id}: larger than 1 MiB, so it was never sent")
                continue
            if not force and item.not_before is not None and item.not_before > now:
                summary.waiting.append(item.id)
                continue
            state = client.effective()
            if not _allowed(state, item):
                summary.stopped = "not allowed to send now (consent or policy)"
                break
            try:
                base = check_url(state.endpoint).rstrip("/")
            except ValueError as exc:
                summary.stopped = f"the endpoint cannot be used: {exc}"
                break
            attempt = await _watched(
                post(
                    http,
                    base + PATHS[item.kind],
                    item.payload,
                    idempotency_key=item.id,
                    token=token,
                    total_timeout=(settings or HttpSettings()).total_timeout,
                ),
                functools.partial(_still_allowed, client, item),
            )
            if attempt is None:
                summary.stopped = "cancelled: participation ended during the upload"
                break
            _record(client, item, attempt, state.endpoint, rng, summary)
    finally:
        if own_http:
            await http.aclose()
    return summary


async def _watched(
    request: asyncio.Future[Attempt] | asyncio.Task[Attempt] | object,
    still_allowed: Callable[[], bool],
) -> Attempt | None:
    """Run the request, cancelling it as soon as sending is no longer allowed."""
    task: asyncio.Task[Attempt] = asyncio.ensure_future(request)  # type: ignore[arg-type]
    while True:
        done, _ = await asyncio.wait({task}, timeout=WATCH_INTERVAL)
        if done:
            return task.result()
        if not still_allowed():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return None


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
        _finish(client, item, "delivered", attempt.status, attempt.receipt, now, endpoint)
        summary.delivered.append(item.id)
    elif attempt.outcome is Outcome.REJECTED:
        _finish(client, item, "rejected", attempt.status, None, now, endpoint)
        summary.rejected.append(item.id)
    else:
        delay = backoff_delay(item.attempts + 1, attempt.retry_after, rng)
        retry_at = now + timedelta(seconds=delay)
        with client.store.transaction() as tx:
            tx.execute(
                "UPDATE outbox SET attempts = attempts + 1, not_before = ?, last_error = ? "
                "WHERE id = ?",
                (retry_at.isoformat(), attempt.message, item.id),
            )
            if item.kind == "report":
                tx.execute(
                    "UPDATE schedule SET last_attempt = ?, last_result = ?",
                    (now.isoformat(), attempt.message),
                )
        summary.waiting.append(item.id)
        attempt_message = f"{attempt.message}; retrying after {retry_at:%Y-%m-%d %H:%M} UTC"
        summary.messages.append(attempt_message)
        return
    summary.messages.append(attempt.message)


def _finish(
    client: CepClient,
    item: OutboxItem,
    outcome: str,
    status: int | None,
    receipt: str | None,
    now: datetime,
    endpoint: str,
) -> None:
    """Move an item from the outbox to the history, all at once."""
    with client.store.transaction() as tx:
        removed = tx.execute("DELETE FROM outbox WHERE id = ?", (item.id,)).rowcount
        if not removed:
            return  # purged meanwhile (the user left): record nothing
        tx.execute(
            "INSERT INTO history (item_id, kind, at, endpoint, status, outcome, receipt, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.id, item.kind, now.isoformat(), endpoint, status, outcome, receipt, item.payload),
        )
        if item.kind == "report" and outcome in ("delivered", "rejected"):
            tx.execute(
                "UPDATE schedule SET last_success = ?, last_attempt = ?, last_result = ?",
                (now.isoformat(), now.isoformat(), outcome),
            )
        if outcome == "delivered" and item.usage_snapshot:
            usage.subtract(tx, item.usage_snapshot)
