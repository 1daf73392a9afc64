"""Building reports and talking to a receiver, politely (httpx) or not (raw sockets)."""

from __future__ import annotations

import gzip
import hashlib
import json
import secrets
import socket
import time
import uuid
from dataclasses import dataclass, field

import httpx

from cep_gui.receiver.server import ReceiverServer


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class Installation:
    """What a joined client holds: its id and its deletion secret."""

    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    key: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def report(self, **overrides: object) -> dict[str, object]:
        doc: dict[str, object] = {
            "schema_version": 1,
            "report_id": str(uuid.uuid4()),
            "installation_id": self.id,
            "deletion_key_hash": key_hash(self.key),
            "sections": {"host_hardware": {"cpu_cores": 8}},
        }
        doc.update(overrides)
        return doc

    def deletion(self, key: str | None = None) -> dict[str, object]:
        return {"installation_id": self.id, "deletion_key": self.key if key is None else key}


def report(**overrides: object) -> dict[str, object]:
    return Installation().report(**overrides)


def encode(doc: object) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def post(
    server: ReceiverServer,
    body: bytes,
    *,
    key: str | None = None,
    encoding: str | None = "gzip",
    path: str = "/v1/reports",
) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding
    if key:
        headers["Idempotency-Key"] = key
    return httpx.post(server.url + path, content=body, headers=headers, timeout=10)


def send(server: ReceiverServer, doc: dict[str, object]) -> httpx.Response:
    return post(server, gzip.compress(encode(doc)), key=str(doc.get("report_id")))


def delete(server: ReceiverServer, request: dict[str, object]) -> httpx.Response:
    """As the client sends it: gzip JSON."""
    return post(server, gzip.compress(encode(request)), path="/v1/deletion-requests")


def exchange(server: ReceiverServer, raw: bytes, *, timeout: float = 15) -> bytes:
    """Send raw bytes, then read until the server closes the connection."""
    with socket.create_connection(server.server_address, timeout=timeout) as sock:
        sock.sendall(raw)
        return read_until_closed(sock, timeout)


def read_until_closed(sock: socket.socket, timeout: float) -> bytes:
    answer = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        except ConnectionResetError:
            return answer
        if not chunk:
            return answer
        answer += chunk
    raise AssertionError(f"the server kept the connection open; it sent {answer[:300]!r}")


def status_lines(answer: bytes) -> list[bytes]:
    return [line for line in answer.split(b"\r\n") if line.startswith(b"HTTP/1.")]


def head(method: str, path: str, *headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
