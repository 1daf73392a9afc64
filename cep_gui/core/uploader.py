"""One HTTP request to the vendor, with the wire protocol's status rules.

This module only talks HTTP and classifies the answer; what to do with the outbox
and history afterwards is :mod:`cep_gui.core.sending`'s job.

Two promises are kept here:

- **An aborted upload stops at once.** The request races an abort event (set when
  the user leaves). When it fires, the connection gets ``SO_LINGER = 0`` and the
  request task is cancelled, which closes it: closed that way it is *reset*, the
  kernel throws away what it still holds instead of sending it, and a relay in
  between sees a broken request rather than a complete one. Bytes the other side
  has already acknowledged cannot be called back: when the whole request had been
  written and acknowledged before the abort, the attempt says so
  (:attr:`Attempt.whole_request_out`), since the server may then have the report.
- **Hostile answers cannot hurt.** Answers are read up to 64 KiB, ``Retry-After`` is
  parsed defensively and clamped, redirects are never followed, and a proxy is never
  used for an endpoint on this computer.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import enum
import json
import re
import socket
import ssl
import struct
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from cep_gui import __version__
from cep_gui.core.http_settings import HttpSettings

MAX_ANSWER_BYTES = 64 * 1024
#: Never wait longer than this for a server that asks to be left alone.
MAX_RETRY_AFTER_S = 7 * 24 * 3600.0
DELIVERED = frozenset({200, 201, 202, 409})
REJECTED = frozenset({400, 413, 422})
CREDENTIALS = frozenset({401, 403})
_DIGITS = re.compile(r"[0-9]{1,12}")
#: Reset, never linger: ``struct linger {l_onoff = 1, l_linger = 0}``.
_RESET_ON_CLOSE = (socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class _Socket(Protocol):
    """What a connection's socket offers here (``socket.socket`` or asyncio's wrapper)."""

    def setsockopt(self, level: int, option: int, value: bytes, /) -> None: ...

    def getsockopt(self, level: int, option: int, size: int, /) -> bytes: ...


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"
    REJECTED = "rejected"
    RETRY = "retry"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    status: int | None
    message: str
    receipt: str | None = None
    retry_after: float | None = None
    #: For a cancelled attempt: bytes the other side had acknowledged (None: unknown).
    bytes_sent: int | None = None
    #: For a cancelled attempt: the whole request had been written and acknowledged by
    #: the other side (a relay, say) before the abort, so the server may have it.
    whole_request_out: bool = False


@dataclass
class _Progress:
    """How far a request got, as its trace events tell: the connections it opened and
    whether its body was handed to the system in full."""

    sockets: list[_Socket] = field(default_factory=list)
    body_written: bool = False


def make_http_client(settings: HttpSettings, endpoint: str) -> httpx.AsyncClient:
    """Certificates always verified (system store plus an optional extra CA file);
    the proxy chosen for this endpoint only; redirects never followed; every
    connection reset rather than drained when closed."""
    context = ssl.create_default_context()
    if settings.ca_file is not None:
        context.load_verify_locations(cafile=str(settings.ca_file))
    transport = httpx.AsyncHTTPTransport(
        verify=context,
        trust_env=False,
        proxy=settings.proxy_for(endpoint),
        retries=0,
    )
    return httpx.AsyncClient(
        transport=transport,
        trust_env=False,
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
    body: bytes,
    *,
    idempotency_key: str | None,
    token: str | None = None,
    total_timeout: float = 120.0,
    abort: asyncio.Event | None = None,
    content_encoding: str | None = "gzip",
    via_proxy: bool = False,
) -> Attempt:
    """POST ``body`` (already gzip-compressed unless ``content_encoding`` is None).

    Returns when the server answered, the request failed, the total deadline passed,
    or ``abort`` was set: then the connection is reset and the attempt is CANCELLED.
    """
    progress = _Progress()
    request = asyncio.ensure_future(
        asyncio.wait_for(
            _post(
                http,
                url,
                body,
                idempotency_key=idempotency_key,
                token=token,
                content_encoding=content_encoding,
                progress=progress,
                via_proxy=via_proxy,
            ),
            timeout=total_timeout,
        )
    )
    waiters: set[asyncio.Future[Any]] = {request}
    aborted: asyncio.Task[bool] | None = None
    if abort is not None:
        aborted = asyncio.ensure_future(abort.wait())
        waiters.add(aborted)
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        request.cancel()
        raise
    finally:
        if aborted is not None and not aborted.done():
            aborted.cancel()
    if request.done():
        try:
            return request.result()
        except TimeoutError:
            return Attempt(Outcome.RETRY, None, "the server did not answer in time")
    # Aborted: note how far it got, then reset the connection by cancelling the request.
    sent = _acknowledged(progress.sockets)
    whole = progress.body_written and _nothing_unacknowledged(progress.sockets)
    for sock in progress.sockets:
        with contextlib.suppress(OSError):
            sock.setsockopt(*_RESET_ON_CLOSE)
    request.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await request
    return Attempt(
        Outcome.CANCELLED,
        None,
        CANCELLED_AFTER_ALL_OUT if whole else CANCELLED_MIDWAY,
        bytes_sent=sent,
        whole_request_out=whole,
    )


CANCELLED_MIDWAY = "cancelled: participation ended during the upload"
CANCELLED_AFTER_ALL_OUT = (
    "cancelled: participation ended during the upload, but every byte of it had already "
    "reached the other side, so the server may have received it"
)


async def _post(
    http: httpx.AsyncClient,
    url: str,
    body: bytes,
    *,
    idempotency_key: str | None,
    token: str | None,
    content_encoding: str | None,
    progress: _Progress,
    via_proxy: bool,
) -> Attempt:
    headers = {"Content-Type": "application/json"}
    if content_encoding:
        headers["Content-Encoding"] = content_encoding
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    if token:
        headers["Authorization"] = f"Bearer {token}"

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(("connect_tcp.complete", "start_tls.complete")):
            stream = info.get("return_value")
            raw = stream.get_extra_info("socket") if stream is not None else None
            # asyncio hands out a TransportSocket: a socket's options without its I/O.
            if raw is not None and hasattr(raw, "setsockopt"):
                progress.sockets.append(raw)
        elif event == "http11.send_request_body.complete":
            progress.body_written = True

    try:
        async with http.stream(
            "POST", url, content=body, headers=headers, extensions={"trace": trace}
        ) as response:
            answer = await _read_limited(response)
            return classify(response.status_code, response.headers, answer)
    except httpx.ProxyError:
        return Attempt(Outcome.RETRY, None, "the proxy refused the connection")
    except httpx.TimeoutException:
        return Attempt(Outcome.RETRY, None, "the server did not answer in time")
    except httpx.ConnectError as exc:
        if _is_certificate_problem(exc):
            return Attempt(Outcome.RETRY, None, "the server's certificate could not be verified")
        if via_proxy:
            return Attempt(Outcome.RETRY, None, "the proxy was unreachable")
        return Attempt(Outcome.RETRY, None, "the server was unreachable")
    except (httpx.TransportError, httpx.DecodingError):
        return Attempt(Outcome.RETRY, None, "the connection broke off")


def _tcp_infos(sockets: list[_Socket]) -> list[bytes] | None:
    """Each connection's Linux ``struct tcp_info`` (at least up to ``tcpi_notsent_bytes``);
    None where that cannot be read (another system, an old kernel, a closed socket)."""
    if not sockets or not sys.platform.startswith("linux"):
        return None
    infos = []
    for sock in sockets:
        try:
            info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 160)
        except OSError:
            return None
        if len(info) < 148:
            return None
        infos.append(info)
    return infos


def _acknowledged(sockets: list[_Socket]) -> int | None:
    """Bytes the peer acknowledged (``tcpi_bytes_acked``); None where unknown."""
    infos = _tcp_infos(sockets)
    if infos is None:
        return None
    # tcpi_bytes_acked is the u64 at offset 120 (Linux 4.1 and later); it counts the SYN.
    return sum(max(0, int(struct.unpack_from("Q", info, 120)[0]) - 1) for info in infos)


def _nothing_unacknowledged(sockets: list[_Socket]) -> bool:
    """Whether the other side has acknowledged every byte written (``tcpi_unacked`` and
    ``tcpi_notsent_bytes`` both zero); False where unknown."""
    infos = _tcp_infos(sockets)
    # tcpi_unacked (segments) is the u32 at offset 24, tcpi_notsent_bytes the u32 at 144
    # (Linux 4.6 and later).
    return infos is not None and not any(
        struct.unpack_from("I", info, 24)[0] or struct.unpack_from("I", info, 144)[0]
        for info in infos
    )


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
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), clamped to
    0 s .. 7 days; anything else (garbage, other digits than 0-9) counts as absent,
    so the normal backoff applies."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        if not _DIGITS.fullmatch(value):
            return MAX_RETRY_AFTER_S  # more digits than any sane delay: the longest wait
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    except OverflowError:
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER_S)


def _receipt(answer: bytes) -> str | None:
    try:
        doc = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(doc, dict) and "receipt" in doc:
        return json.dumps(doc["receipt"], sort_keys=True)
    return None


def _error_text(answer: bytes) -> str:
    try:
        doc = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
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
