"""Limits that keep a hostile or slow client from costing unbounded time or memory."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cep_gui.receiver.limits import MAX_BODY_BYTES, Limits
from cep_gui.receiver.server import ReceiverServer
from tests.receiver.process import start_receiver
from tests.receiver.wire import encode, head, read_until_closed, report, send


@pytest.fixture
def limited(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ReceiverServer]:
    server = ReceiverServer("127.0.0.1", 0, tmp_path / "r.sqlite3", limits=request.param)
    server.start_in_thread()
    yield server
    server.stop()


def open_upload(server: ReceiverServer, body: bytes, sent: int) -> socket.socket:
    """A report upload that has sent its headers and ``sent`` bytes of its body, and waits."""
    sock = socket.create_connection(server.server_address, timeout=10)
    doc_id = "00000000-0000-4000-8000-000000000000"
    sock.sendall(
        head("POST", "/v1/reports", "Content-Encoding: gzip", f"Idempotency-Key: {doc_id}",
             f"Content-Length: {len(body)}")
        + body[:sent]
    )  # fmt: skip
    return sock


def wait_until(condition: object, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.01)


@pytest.mark.parametrize("limited", [Limits(max_in_flight=2, busy_retry_after=7)], indirect=True)
def test_beyond_the_concurrency_limit_clients_are_told_when_to_come_back(
    limited: ReceiverServer,
) -> None:
    body = gzip.compress(encode(report()))
    held = [open_upload(limited, body, 10) for _ in range(2)]
    try:
        wait_until(lambda: limited.app.in_flight == 2)
        answer = send(limited, report())
        assert answer.status_code == 503 and answer.headers["Retry-After"] == "7"
        assert answer.json()["code"] == "overloaded"
        assert httpx.get(limited.url + "/healthz").status_code == 200  # never limited
    finally:
        for sock in held:
            sock.close()
    wait_until(lambda: limited.app.in_flight == 0)
    assert send(limited, report()).status_code == 202


@pytest.mark.parametrize("limited", [Limits(header_timeout=1)], indirect=True)
def test_headers_sent_a_byte_at_a_time_lose_the_connection(limited: ReceiverServer) -> None:
    with socket.create_connection(limited.server_address, timeout=10) as sock:
        closed_after = None
        started = time.monotonic()
        for byte in b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed_after = time.monotonic() - started
                break
            time.sleep(0.1)
            sock.setblocking(False)
            try:
                if sock.recv(1) == b"":
                    closed_after = time.monotonic() - started
                    break
            except BlockingIOError:
                pass
            finally:
                sock.setblocking(True)
        assert closed_after is not None, "the slow client kept its connection"
    assert send(limited, report()).status_code == 202


@pytest.mark.parametrize("limited", [Limits(header_timeout=1)], indirect=True)
def test_a_connection_that_sends_nothing_is_closed(limited: ReceiverServer) -> None:
    with socket.create_connection(limited.server_address, timeout=10) as sock:
        assert read_until_closed(sock, 10) == b""


@pytest.mark.parametrize("limited", [Limits(body_timeout=1)], indirect=True)
def test_a_body_that_does_not_arrive_in_time_is_answered_408(limited: ReceiverServer) -> None:
    body = gzip.compress(encode(report()))
    with open_upload(limited, body, len(body) // 2) as sock:
        answer = read_until_closed(sock, 10)
    assert answer.startswith(b"HTTP/1.1 408 ") and b'"body_timeout"' in answer


@pytest.mark.parametrize("limited", [Limits(body_memory=500_000)], indirect=True)
def test_bodies_beyond_the_memory_budget_are_refused_not_buffered(
    limited: ReceiverServer,
) -> None:
    big = gzip.compress(json.dumps({"pad": "x" * 200_000}).encode(), compresslevel=0)
    first = open_upload(limited, big, len(big) - 10)  # ~200 kB as sent + ~200 kB inflated
    wait_until(lambda: limited.app.budget.used > 350_000)
    try:
        with open_upload(limited, big, len(big)) as second:
            answer = read_until_closed(second, 10)
        assert answer.startswith(b"HTTP/1.1 503 ") and b'"memory_budget"' in answer
        assert b"Retry-After: " in answer or b"retry-after: " in answer
    finally:
        first.close()
    wait_until(lambda: limited.app.budget.used == 0)
    assert send(limited, report()).status_code == 202


@pytest.mark.parametrize("pieces", [1, 40])
def test_headers_beyond_16_kib_are_refused(receiver: ReceiverServer, pieces: int) -> None:
    raw = head("GET", "/healthz", "X-Big: " + "a" * 20_000)
    with socket.create_connection(receiver.server_address, timeout=10) as sock:
        step = len(raw) // pieces + 1
        for i in range(0, len(raw), step):
            try:
                sock.sendall(raw[i : i + step])
            except OSError:
                break  # refused and closed before the rest was sent
            time.sleep(0.01)
        try:
            answer = read_until_closed(sock, 10)
        except ConnectionResetError:
            answer = b""
    # h11 refuses headers that arrive in pieces (400), the app those that come at once
    # (431); either way the connection is closed (b"": a reset took the answer with it).
    assert answer.startswith((b"HTTP/1.1 400 ", b"HTTP/1.1 431 ")) or answer == b""


def test_two_hundred_slow_big_uploads_do_not_grow_memory_without_bound(tmp_path: Path) -> None:
    """The stdlib receiver went from 27 to 171 MB: one thread and one body each."""
    receiver = start_receiver(
        str(tmp_path / "r.sqlite3"), tmp_path / "log", "--log-level", "warning",
        env={"CEP_RECEIVER_BODY_MEMORY": str(16 << 20), "CEP_RECEIVER_BODY_TIMEOUT": "120"},
    )  # fmt: skip
    sockets: list[socket.socket] = []
    try:
        # Stored (level 0) gzip of ~1 MiB: inflates to as much as it sends, the worst case.
        body = gzip.compress(b'{"pad": "' + b"x" * 1_040_000 + b'"}', compresslevel=0)
        assert len(body) <= MAX_BODY_BYTES and len(body) > 1_000_000
        baseline = receiver.rss_kib()
        peak = baseline
        answers: list[bytes] = []
        lock = threading.Lock()

        def upload() -> None:
            sock = socket.create_connection(("127.0.0.1", receiver.port), timeout=60)
            with lock:
                sockets.append(sock)
            sock.sendall(
                head(
                    "POST", "/v1/reports", "Content-Encoding: gzip", f"Content-Length: {len(body)}"
                )
                + body[:-100]
            )  # fmt: skip  (the last bytes never come: every upload stays in flight)
            sock.settimeout(0.5)
            try:
                answer = sock.recv(4096)
            except TimeoutError:
                answer = b""
            with lock:
                answers.append(answer)

        threads = [threading.Thread(target=upload) for _ in range(200)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
            peak = max(peak, receiver.rss_kib())
        peak = max(peak, receiver.rss_kib())
        refused = [a for a in answers if a.startswith(b"HTTP/1.1 503 ")]
        assert len(answers) == 200 and refused, "nobody was refused: every body was buffered"
        assert peak - baseline < 40 * 1024, f"grew from {baseline} to {peak} KiB"
        assert httpx.get(receiver.url + "/healthz", timeout=10).status_code == 200
    finally:
        for sock in sockets:
            sock.close()
        receiver.stop()


def test_connections_are_accepted_with_nagle_off(receiver: ReceiverServer) -> None:
    """Headers and body are two writes: with Nagle on, each answer waits for a delayed ACK."""
    sock = receiver.socket
    assert sock.proto == socket.IPPROTO_TCP  # what asyncio checks before it sets TCP_NODELAY
    assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    with socket.create_connection(receiver.server_address, timeout=5):
        pass
