"""Hostile requests to the reference receiver: always an HTTP answer, never a crash."""

from __future__ import annotations

import gzip
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cep_gui.receiver.server import ReceiverServer

# Never a 500: whatever the bytes, the answer is a refusal the client's rules know.
ALLOWED = {200, 202, 400, 403, 404, 405, 408, 409, 411, 413, 422, 429, 431, 503}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReceiverServer]:
    running = ReceiverServer("127.0.0.1", 0, Path(tmp_path_factory.mktemp("r")) / "r.sqlite3")
    running.start_in_thread()
    yield running
    running.stop()


def exchange(server: ReceiverServer, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=15) as sock:
        try:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # refused and closed before all was sent; the answer is still there
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
    return answer


bodies = st.binary(max_size=2048) | st.binary(max_size=512).map(gzip.compress)
headers = st.lists(
    st.tuples(
        st.sampled_from(["Content-Encoding", "Content-Type", "Idempotency-Key", "X-Junk",
                         "Transfer-Encoding", "Content-Length"]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
    ),
    max_size=5,
)  # fmt: skip


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["POST", "GET", "PUT", "DELETE", "BREW"]),
    path=st.sampled_from(
        ["/v1/reports", "/v1/deletion-requests", "/", "/v1/reports?x=1", "//..%2f"]
    ),
    head=headers,
    body=bodies,
    honest_length=st.booleans(),
)
def test_any_request_gets_an_http_answer(
    server: ReceiverServer, method: str, path: str, head: list[tuple[str, str]], body: bytes,
    honest_length: bool,
) -> None:  # fmt: skip
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in head if name != "Content-Length"]
    if honest_length:
        lines.append(f"Content-Length: {len(body)}")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
    answer = exchange(server, raw)
    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.startswith(b"HTTP/1."), answer[:200]
    assert int(status_line.split()[1]) in ALLOWED, status_line
    assert httpx.get(server.url + "/healthz", timeout=5).status_code == 200
