"""Sending released reports (and clients' deletion requests) to the vendor.

With the client's own uploader rules, because they are the rules the vendor's
receiver is built for: :func:`cep_gui.core.uploader.make_http_client` (certificates
always verified, an optional extra CA file, no redirects, no proxy from the
environment), :func:`cep_gui.core.uploader.post` and its classification of
answers, and :func:`cep_gui.core.sending.backoff_delay` (exponential backoff with
full jitter, never sooner than ``Retry-After``). The client's report id is the
``Idempotency-Key``, so a retry after a lost answer is a 409 the vendor already
had, never a second report.

Items are *claimed* before they are sent (their next try is pushed one lease
ahead in the same transaction that picks them), so several relays sharing one
PostgreSQL database never send the same report at once; an item whose relay died
mid-request is tried again when its lease runs out.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import logging
import random
from dataclasses import dataclass, field
from datetime import timedelta

from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.policy import check_url
from cep_gui.core.sending import backoff_delay
from cep_gui.core.uploader import Attempt, Outcome, make_http_client, post
from cep_gui.receiver.logs import LOGGER
from cep_gui.receiver.relay.rules import Rules
from cep_gui.receiver.relay.state import RelayState, Selection

log = logging.getLogger(LOGGER)

LEASE = timedelta(minutes=5)
AUTO_RELEASE_SETTING = "auto_release_days"


class UpstreamError(ValueError):
    """An upstream URL or CA file that cannot be used."""


@dataclass(frozen=True)
class Upstream:
    url: str
    http: HttpSettings = field(default_factory=HttpSettings)

    @classmethod
    def checked(cls, url: str, http: HttpSettings) -> Upstream:
        try:
            base = check_url(url).rstrip("/")
        except ValueError as exc:
            raise UpstreamError(f"--upstream: {exc}") from exc
        if http.ca_file is not None and not http.ca_file.is_file():
            raise UpstreamError(f"--upstream-ca-file: {http.ca_file} does not exist")
        return cls(base, http)


@dataclass
class RoundResult:
    delivered: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    deletions_sent: int = 0
    deletions_waiting: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def tried(self) -> int:
        return len(self.delivered) + len(self.refused) + len(self.waiting)


def compress(document: bytes) -> bytes:
    """The wire form of a report, as the client makes it."""
    return gzip.compress(document, mtime=0)


def auto_release_days(state: RelayState) -> int | None:
    value = state.setting(AUTO_RELEASE_SETTING)
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def auto_release(state: RelayState, rules: Rules) -> list[str]:
    """Release what has been held longer than the configured number of days."""
    days = auto_release_days(state)
    if days is None:
        return []
    cutoff = state.clock() - timedelta(days=days)
    return state.release(
        Selection(received_before=cutoff), rules.redact, compress, by=f"auto ({days} days)"
    )


async def send_due(
    state: RelayState, upstream: Upstream, rng: random.Random, *, limit: int = 20
) -> RoundResult:
    """One round: every released report and deletion that is due, at most ``limit`` each."""
    result = RoundResult()
    reports = await asyncio.to_thread(state.claim, lease=LEASE, limit=limit)
    deletions = await asyncio.to_thread(state.claim_deletions, lease=LEASE, limit=limit)
    if not reports and not deletions:
        return result
    settings = upstream.http
    async with make_http_client(settings, upstream.url) as http:
        for deletion in deletions:
            attempt = await _post(
                http, upstream, "/v1/deletion-requests", compress(deletion.body), None
            )
            if attempt.outcome in (Outcome.DELIVERED, Outcome.REJECTED):
                error = None if attempt.outcome is Outcome.DELIVERED else attempt.message
                await asyncio.to_thread(
                    state.record_deletion,
                    deletion.seq,
                    status=attempt.status,
                    error=error,
                    next_try=None,
                )
                result.deletions_sent += 1
            else:
                delay = backoff_delay(deletion.attempts + 1, attempt.retry_after, rng)
                await asyncio.to_thread(
                    state.record_deletion,
                    deletion.seq,
                    status=attempt.status,
                    error=attempt.message,
                    next_try=state.clock() + timedelta(seconds=delay),
                )
                result.deletions_waiting += 1
        for report in reports:
            attempt = await _post(http, upstream, "/v1/reports", report.body, report.report_id)
            result.messages.append(f"{report.report_id}: {attempt.message}")
            if attempt.outcome is Outcome.DELIVERED:
                assert attempt.status is not None
                await asyncio.to_thread(
                    state.record_delivered, report.seq, attempt.status, attempt.receipt
                )
                result.delivered.append(report.report_id)
            elif attempt.outcome is Outcome.REJECTED:
                await asyncio.to_thread(
                    state.record_refused, report.seq, attempt.status, attempt.message
                )
                result.refused.append(report.report_id)
            else:
                delay = backoff_delay(report.attempts + 1, attempt.retry_after, rng)
                await asyncio.to_thread(
                    state.record_retry,
                    report.seq,
                    attempt.status,
                    attempt.message,
                    state.clock() + timedelta(seconds=delay),
                )
                result.waiting.append(report.report_id)
    return result


async def _post(
    http: object, upstream: Upstream, path: str, body: bytes, key: str | None
) -> Attempt:
    import httpx

    assert isinstance(http, httpx.AsyncClient)
    return await post(
        http,
        upstream.url + path,
        body,
        idempotency_key=key,
        total_timeout=upstream.http.total_timeout,
        via_proxy=upstream.http.proxy_for(upstream.url) is not None,
    )


class RelayWorker:
    """The relay's background work: auto-release and sending, every few seconds or when woken."""

    def __init__(
        self,
        state: RelayState,
        rules: Rules,
        upstream: Upstream | None,
        *,
        poll: float = 5.0,
        rng: random.Random | None = None,
    ) -> None:
        self.state = state
        self.rules = rules
        self.upstream = upstream
        self.poll = poll
        self.rng = rng or random.Random()
        self.wake = asyncio.Event()
        self.rounds = 0

    async def run(self) -> None:
        while True:
            await self.round()
            self.wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=self.poll)

    async def round(self) -> RoundResult | None:
        try:
            released = await asyncio.to_thread(auto_release, self.state, self.rules)
            if released:
                log.info(
                    "auto-released", extra={"event": "auto_released", "reports": len(released)}
                )
            if self.upstream is None:
                return None
            result = await send_due(self.state, self.upstream, self.rng)
            if result.tried or result.deletions_sent or result.deletions_waiting:
                log.info(
                    "sent upstream",
                    extra={
                        "event": "upstream",
                        "delivered": len(result.delivered),
                        "refused": len(result.refused),
                        "waiting": len(result.waiting),
                        "deletions": result.deletions_sent,
                    },
                )
            return result
        except Exception:
            log.exception("relay round failed", extra={"event": "relay_round_failed"})
            return None
        finally:
            self.rounds += 1
