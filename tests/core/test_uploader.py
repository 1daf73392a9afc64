"""The HTTP layer's own rules: Retry-After read defensively, proxies only where they belong,
an aborted upload reset rather than closed."""

from __future__ import annotations

import asyncio
import fcntl
import socket
import struct
import sys
import termios
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.uploader import (
    MAX_RETRY_AFTER_S,
    Attempt,
    Outcome,
    make_http_client,
    parse_retry_after,
    post,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("1000000000000", MAX_RETRY_AFTER_S),
        ("99999999999999999999999999", MAX_RETRY_AFTER_S),
        ("²", None),
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        ("Tue, 01 Dec 2026 12:02:00 GMT", 120.0),
        ("Tue, 01 Dec 2026 11:00:00 GMT", 0.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER_S),
    ],
)
def test_retry_after_is_clamped_and_garbage_is_ignored(header: str, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds


def test_proxies_are_never_used_for_this_computer_or_no_proxy_hosts() -> None:
    settings = HttpSettings(
        proxies={"http": "http://proxy:3128", "https": "http://proxy:3128"},
        no_proxy=("corp.example", ".internal"),
    )
    assert settings.proxy_for("https://reports.vendor.example/") == "http://proxy:3128"
    for url in (
        "http://127.0.0.1:8787",
        "http://localhost:8787",
        "http://[::1]:8787",
        "https://relay.corp.example",
        "https://a.b.internal",
    ):
        assert settings.proxy_for(url) is None, url


class _SilentPeer:
    """A server that accepts one connection, reads nothing until told, and never answers:
    what the client wrote waits, complete, in this side's kernel."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = threading.Event()
        self.conn: socket.socket | None = None
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.conn, _ = self.listener.accept()
        self.accepted.set()

    def waiting_bytes(self) -> int:
        assert self.conn is not None
        return int(
            struct.unpack("i", fcntl.ioctl(self.conn.fileno(), termios.FIONREAD, b"\0" * 4))[0]
        )

    def drain(self) -> tuple[int, str]:
        """Read to the end: the bytes read, and how the stream ended ("reset" or "closed")."""
        assert self.conn is not None
        self.conn.settimeout(10)
        total = 0
        try:
            while chunk := self.conn.recv(65536):
                total += len(chunk)
        except ConnectionResetError:
            return total, "reset"
        return total, "closed"

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.listener.close()


def _abort_upload(peer: _SilentPeer, body: bytes, parked: Callable[[], bool]) -> Attempt:
    """POST ``body`` to ``peer``, abort once ``parked()`` holds, and return the attempt."""

    async def scenario() -> Attempt:
        abort = asyncio.Event()
        async with make_http_client(HttpSettings(), f"http://127.0.0.1:{peer.port}") as http:
            upload = asyncio.ensure_future(
                post(
                    http,
                    f"http://127.0.0.1:{peer.port}/v1/reports",
                    body,
                    idempotency_key="k",
                    abort=abort,
                )
            )
            deadline = time.monotonic() + 10
            while not (peer.accepted.is_set() and parked()) and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            abort.set()
            return await upload

    return asyncio.run(scenario())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on a TCP socket")
def test_an_aborted_upload_resets_the_connection_even_when_every_byte_is_already_out() -> None:
    """A request small enough to sit whole in the peer's kernel: aborting must still reset
    the connection, so a relay reading it later meets a broken request, not a complete
    request followed by an orderly end; and the attempt says the server may have it."""
    peer = _SilentPeer()
    body = b"x" * 2000
    try:
        attempt = _abort_upload(peer, body, lambda: peer.waiting_bytes() > len(body))
        read, ending = peer.drain()
    finally:
        peer.close()
    assert attempt.outcome is Outcome.CANCELLED
    assert read > len(body)  # the whole request had reached the peer before the abort
    assert ending == "reset"
    # Acknowledged bytes cannot be called back: the attempt says the server may have it.
    assert attempt.whole_request_out
    assert "may have received it" in attempt.message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on a TCP socket")
@pytest.mark.parametrize(
    "size",
    [
        256 * 1024,  # handed to this side's kernel whole, but not all taken in by the peer
        8 * 1024 * 1024,  # not even handed over whole
    ],
)
def test_an_upload_aborted_midway_is_reset_and_said_to_be_incomplete(size: int) -> None:
    """A request larger than what the peer's kernel takes in: after the abort the peer
    holds only a part of it, meets a reset, and the attempt does not claim it got out."""
    peer = _SilentPeer()
    body = b"x" * size
    stalled_at = 0.0

    def stalled() -> bool:
        # The peer's buffer is full: nothing more arrives for a while.
        nonlocal stalled_at
        if peer.waiting_bytes() == 0:
            return False
        stalled_at = stalled_at or time.monotonic()
        return time.monotonic() - stalled_at > 0.3

    try:
        attempt = _abort_upload(peer, body, stalled)
        read, ending = peer.drain()
    finally:
        peer.close()
    assert attempt.outcome is Outcome.CANCELLED
    assert ending == "reset"
    assert read < len(body)
    assert attempt.bytes_sent is not None and attempt.bytes_sent <= read
    assert not attempt.whole_request_out
    assert attempt.message == "cancelled: participation ended during the upload"
