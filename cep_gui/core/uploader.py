"""One HTTP request to the vendor, with the wire protocol's status rules.

This module only talks HTTP and classifies the answer; what to do with the outbox
and history afterwards is :mod:`cep_gui.core.sending`'s job.
"""

from __future__ import annotations

import asyncio
import email.utils
import enum
import gzip
import json
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from cep_gui import __version__

MAX_ANSWER_BYTES = 64 * 1024
DELIVERED = frozenset({200, 201, 202, 409})
REJECTED = frozenset({400, 413, 422})
CREDENTIALS = frozenset({401, 403})


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"
    REJECTED = "rejected"
    RETRY = "retry"


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    status: int | None
    message: str
    receipt: str | None = None
    retry_after: float | None = None


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: The whole exchange, however slowly a server trickles its answer.
    total_timeout: float = 120.0
    ca_file: Path | None = None
    token: str | None = None


def make_http_client(settings: HttpSettings) -> httpx.AsyncClient:
    """Certificates always verified (system store plus an optional extra CA file);
    proxies from the environment; redirects never followed."""
    context = ssl.create_default_context()
    if settings.ca_file is not None:
        context.load_verify_locations(cafile=str(settings.ca_file))
    return httpx.AsyncClient(
        verify=context,
        trust_env=True,
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        ),
        headers={"User-Agent": f"cep-gui/{__version__}"},
    )


async def post(
    http: httpx.AsyncClient,
    url: str,
    payload: bytes,
    *,
    idempotency_key: str | None,
    token: str | None = None,
    total_timeout: float = 120.0,
) -> Attempt:
    try:
        return await asyncio.wait_for(
            _post(http, url, payload, idempotency_key=idempotency_key, token=token),
            timeout=total_timeout,
        )
    except TimeoutError:
        return Attempt(Outcome.RETRY, None, "the server did not answer in time")


async def _post(
    http: httpx.AsyncClient,
    url: str,
    payload: bytes,
    *,
    idempotency_key: str | None,
    token: str | None,
) -> Attempt:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = gzip.compress(payload, mtime=0)
    try:
        async with http.stream("POST", url, content=body, headers=headers) as response:
            answer = await _read_limited(response)
            return classify(response.status_code, response.headers, answer)
    except httpx.ProxyError:
        return Attempt(Outcome.RETRY, None, "the proxy refused the connection")
    except httpx.TimeoutException:
        return Attempt(Outcome.RETRY, None, "the server did not answer in time")
    except httpx.ConnectError as exc:
        if _is_certificate_problem(exc):
            return Attempt(Outcome.RETRY, None, "the server's certificate could not be verified")
        return Attempt(Outcome.RETRY, None, "the server was unreachable")
    except (httpx.TransportError, httpx.DecodingError):
        return Attempt(Outcome.RETRY, None, "the connection broke off")


async def _read_limited(response: httpx.Response) -> bytes:
    """Read at most 64 KiB of an answer; a huge answer must not fill the memory."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            break
    return b"".join(chunks)[:MAX_ANSWER_BYTES]


def classify(status: int, headers: httpx.Headers, answer: bytes) -> Attempt:
    if status in DELIVERED:
        receipt = _receipt(answer) if status != 409 else None
        message = "delivered" if status != 409 else "delivered (the server already had it)"
        return Attempt(Outcome.DELIVERED, status, message, receipt=receipt)
    if status in REJECTED:
        detail = _error_text(answer)
        return Attempt(
            Outcome.REJECTED,
            status,
            f"the server rejected it for good (HTTP {status}{': ' + detail if detail else ''})",
        )
    if status in CREDENTIALS:
        return Attempt(Outcome.RETRY, status, f"the server refused our credentials (HTTP {status})")
    if status == 407:
        return Attempt(Outcome.RETRY, status, "the proxy asked for a password")
    retry_after = parse_retry_after(headers.get("Retry-After"))
    if status == 429:
        return Attempt(
            Outcome.RETRY, status, "the server is busy (HTTP 429)", retry_after=retry_after
        )
    if 300 <= status < 400:
        return Attempt(
            Outcome.RETRY, status, f"the server redirected elsewhere (HTTP {status}); not followed"
        )
    return Attempt(
        Outcome.RETRY, status, f"the server had a problem (HTTP {status})", retry_after=retry_after
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _receipt(answer: bytes) -> str | None:
    try:
        doc = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(doc, dict) and "receipt" in doc:
        return json.dumps(doc["receipt"], sort_keys=True)
    return None


def _error_text(answer: bytes) -> str:
    try:
        doc = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return ""
    error = doc.get("error") if isinstance(doc, dict) else None
    return str(error)[:200] if error else ""


def _is_certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
