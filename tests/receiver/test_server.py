"""The reference receiver answers every request, good or hostile, with HTTP, never a crash."""

from __future__ import annotations

import gzip
import json
import socket
import uuid

import httpx
import pytest

from cep_gui.receiver.server import ReceiverServer


def report(**overrides: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "schema_version": 1,
        "report_id": str(uuid.uuid4()),
        "installation_id": str(uuid.uuid4()),
        "sections": {},
    }
    doc.update(overrides)
    return doc


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
    raw = json.dumps(doc).encode()
    return post(server, gzip.compress(raw), key=str(doc.get("report_id")))


def test_accepts_once_with_a_receipt_then_409(receiver: ReceiverServer) -> None:
    doc = report()
    first = send(receiver, doc)
    assert first.status_code == 202
    assert first.json()["receipt"]["report_id"] == doc["report_id"]
    assert send(receiver, doc).status_code == 409
    assert [r[0] for r in receiver.db.reports()] == [doc["report_id"]]


@pytest.mark.parametrize(
    ("body", "encoding", "status", "error"),
    [
        (b"\x1f\x8b\x08\x00garbage-that-is-not-deflate", "gzip", 400, "malformed gzip"),
        (gzip.compress(b'{"schema_version": 1,')[:-6], "gzip", 400, "malformed gzip"),
        (gzip.compress(b"{not json"), "gzip", 400, "not JSON"),
        (gzip.compress(b"\xff\xfe\x00\x01"), "gzip", 400, "not JSON"),
        (json.dumps(report()).encode(), None, 400, "must be gzip"),
        (gzip.compress(b"[1, 2, 3]"), "gzip", 422, "JSON object"),
    ],
)
def test_malformed_bodies_get_a_clear_http_error(
    receiver: ReceiverServer, body: bytes, encoding: str | None, status: int, error: str
) -> None:
    answer = post(receiver, body, key=str(uuid.uuid4()), encoding=encoding)
    assert answer.status_code == status and error in answer.json()["error"]
    assert send(receiver, report()).status_code == 202  # still serving


@pytest.mark.parametrize(
    ("doc", "error"),
    [
        (report(schema_version=2), "schema_version"),
        (report(report_id="../../etc/passwd"), "report_id must be a UUID"),
        (report(installation_id=None), "installation_id must be a UUID"),
        (report(sections=[]), "sections"),
    ],
)
def test_wrong_documents_are_rejected_with_422(
    receiver: ReceiverServer, doc: dict[str, object], error: str
) -> None:
    answer = send(receiver, doc)
    assert answer.status_code == 422 and error in answer.json()["error"]


def test_idempotency_key_must_match(receiver: ReceiverServer) -> None:
    doc = report()
    answer = post(receiver, gzip.compress(json.dumps(doc).encode()), key=str(uuid.uuid4()))
    assert answer.status_code == 422


def test_five_mebibyte_body_is_refused_unread(receiver: ReceiverServer) -> None:
    answer = post(receiver, b"\0" * (5 * 1024 * 1024), key=str(uuid.uuid4()))
    assert answer.status_code == 413


def test_small_gzip_bomb_is_refused(receiver: ReceiverServer) -> None:
    bomb = gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]")
    assert len(bomb) < 200_000
    answer = post(receiver, bomb, key=str(uuid.uuid4()))
    assert answer.status_code == 413


def test_missing_length_and_unknown_paths(receiver: ReceiverServer) -> None:
    with socket.create_connection(("127.0.0.1", receiver.server_address[1]), timeout=5) as sock:
        sock.sendall(b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n\r\n")
        assert b" 411 " in sock.recv(4096).split(b"\r\n", 1)[0] + b" "
    assert httpx.get(receiver.url + "/v1/health").json() == {"ok": True}
    assert httpx.post(receiver.url + "/admin", content=b"{}").status_code == 404


def test_deletion_request_removes_an_installations_reports(receiver: ReceiverServer) -> None:
    mine, other = report(), report()
    send(receiver, mine)
    send(receiver, other)
    body = json.dumps({"installation_id": mine["installation_id"]}).encode()
    answer = post(receiver, body, encoding=None, path="/v1/deletion-requests")
    assert answer.status_code == 202 and answer.json() == {"deleted": 1}
    assert [r[0] for r in receiver.db.reports()] == [other["report_id"]]


def test_rate_limit_answers_429_with_retry_after(tmp_path: object) -> None:
    from pathlib import Path

    server = ReceiverServer("127.0.0.1", 0, Path(str(tmp_path)) / "r.db", max_per_minute=2)
    server.start_in_thread()
    try:
        assert send(server, report()).status_code == 202
        assert send(server, report()).status_code == 202
        limited = send(server, report())
        assert limited.status_code == 429 and 1 <= int(limited.headers["Retry-After"]) <= 61
    finally:
        server.stop()
