"""The receiver answers every request, good or hostile, by the protocol's rules.

Each test runs against both storage engines (SQLite and a real PostgreSQL server).
"""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from http import HTTPStatus

import httpx
import pytest

from cep_gui.receiver.server import ReceiverServer
from tests.receiver.wire import (
    Installation,
    delete,
    encode,
    exchange,
    head,
    key_hash,
    post,
    report,
    send,
    status_lines,
)


def stored_ids(server: ReceiverServer) -> list[str]:
    return [report_id for report_id, _, _ in server.db.reports()]


def test_accepts_once_with_a_receipt_then_409_for_the_honest_retry(
    any_receiver: ReceiverServer,
) -> None:
    doc = report()
    first = send(any_receiver, doc)
    assert first.status_code == 202
    receipt = first.json()["receipt"]
    assert receipt["report_id"] == doc["report_id"] and receipt["received"]
    again = send(any_receiver, doc)
    assert again.status_code == 409 and again.json()["code"] == "already_received"
    assert stored_ids(any_receiver) == [doc["report_id"]]
    ((_, _, body),) = any_receiver.db.reports()
    assert body == encode(doc)  # exactly the bytes received


def test_a_duplicate_id_with_another_body_is_a_conflict_not_a_retry(
    any_receiver: ReceiverServer,
) -> None:
    mine = Installation()
    doc = mine.report()
    assert send(any_receiver, doc).status_code == 202
    forged = dict(doc, sections={"host_hardware": {"cpu_cores": 1}})
    answer = send(any_receiver, forged)
    assert answer.status_code == 409 and answer.json()["code"] == "report_id_conflict"
    other = Installation().report(report_id=doc["report_id"])  # same id, another installation
    assert send(any_receiver, other).json()["code"] == "report_id_conflict"
    ((_, _, body),) = any_receiver.db.reports()
    assert body == encode(doc)
    metrics = httpx.get(any_receiver.url + "/metrics").text
    assert 'cep_receiver_rejected_total{reason="report_id_conflict"} 2.0' in metrics
    assert 'cep_receiver_rejected_total{reason="already_received"} 0.0' in metrics


@pytest.mark.parametrize(
    ("body", "encoding", "status", "code", "error"),
    [
        (b"\x1f\x8b\x08\x00garbage-that-is-not-deflate", "gzip", 400, "bad_gzip", "malformed gzip"),
        (gzip.compress(b'{"schema_version": 1,')[:-6], "gzip", 400, "bad_gzip", "truncated"),
        (gzip.compress(b"{not json"), "gzip", 400, "not_json", "not JSON"),
        (gzip.compress(b"\xff\xfe\x00\x01"), "gzip", 400, "not_json", "not JSON"),
        (gzip.compress(b'{"a": NaN}'), "gzip", 400, "not_json", "not JSON"),
        (encode(report()), None, 400, "not_gzip", "must be gzip"),
        (gzip.compress(encode(report())), "br", 400, "not_gzip", "must be gzip"),
        (gzip.compress(b"[1, 2, 3]"), "gzip", 422, "invalid_report", "JSON object"),
    ],
)
def test_malformed_bodies_get_a_clear_http_error(
    any_receiver: ReceiverServer, body: bytes, encoding: str | None, status: int, code: str,
    error: str,
) -> None:  # fmt: skip
    answer = post(any_receiver, body, key=str(uuid.uuid4()), encoding=encoding)
    assert answer.status_code == status
    assert answer.json()["code"] == code and error in answer.json()["error"]
    assert send(any_receiver, report()).status_code == 202  # still serving


@pytest.mark.parametrize(
    "tail",
    [gzip.compress(b'{"another": "member"}'), b"garbage after the member", b"\0"],
    ids=["second-member", "garbage", "one-byte"],
)
def test_anything_after_the_one_gzip_member_is_refused(
    any_receiver: ReceiverServer, tail: bytes
) -> None:
    doc = report()
    answer = post(any_receiver, gzip.compress(encode(doc)) + tail, key=str(doc["report_id"]))
    assert answer.status_code == 400 and answer.json()["code"] == "trailing_data"
    assert stored_ids(any_receiver) == []


@pytest.mark.parametrize(
    ("doc", "error"),
    [
        (report(schema_version=2), "schema_version"),
        (report(schema_version=True), "schema_version"),
        (report(report_id="../../etc/passwd"), "report_id must be a UUID"),
        (report(installation_id=None), "installation_id must be a UUID"),
        (report(sections=[]), "sections must be an object"),
        (report(deletion_key_hash=None), "deletion_key_hash"),
        (report(deletion_key_hash="AB" * 32), "deletion_key_hash"),
        (report(deletion_key_hash="ab" * 31), "deletion_key_hash"),
    ],
)
def test_wrong_documents_are_rejected_with_422(
    any_receiver: ReceiverServer, doc: dict[str, object], error: str
) -> None:
    answer = send(any_receiver, doc)
    assert answer.status_code == 422 and error in answer.json()["error"]
    assert stored_ids(any_receiver) == []


def test_text_no_engine_can_store_is_refused_alike(any_receiver: ReceiverServer) -> None:
    nul = report(sections={"usage": {"note": "a\u0000b"}})
    answer = send(any_receiver, nul)
    assert answer.status_code == 422 and answer.json()["code"] == "unstorable_text"
    # A backslash followed by the letters u0000 is ordinary text.
    literal = report(sections={"usage": {"note": "C:\\u0000"}})
    assert send(any_receiver, literal).status_code == 202


def test_idempotency_key_must_match(any_receiver: ReceiverServer) -> None:
    doc = report()
    answer = post(any_receiver, gzip.compress(encode(doc)), key=str(uuid.uuid4()))
    assert answer.status_code == 422 and answer.json()["code"] == "idempotency_key_mismatch"


def test_a_huge_declared_length_is_refused_unread_and_the_connection_closed(
    any_receiver: ReceiverServer,
) -> None:
    raw = head("POST", "/v1/reports", "Content-Encoding: gzip", f"Content-Length: {5 << 20}")
    answer = exchange(any_receiver, raw + b"\x1f\x8b" + b"\0" * 1000)
    # The reason phrase is Python's: "Content Too Large" (RFC 9110) from 3.13 on.
    phrase = HTTPStatus.REQUEST_ENTITY_TOO_LARGE.phrase
    assert status_lines(answer) == [f"HTTP/1.1 413 {phrase}".encode()]
    assert b'"body_too_large"' in answer


def test_small_gzip_bomb_is_refused(any_receiver: ReceiverServer) -> None:
    bomb = gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]")
    assert len(bomb) < 200_000
    answer = post(any_receiver, bomb, key=str(uuid.uuid4()))
    assert answer.status_code == 413 and answer.json()["code"] == "report_too_large"


@pytest.mark.parametrize("digit", [b"\xb2", "²".encode()], ids=["latin-1", "utf-8"])
def test_a_non_ascii_length_closes_the_connection_so_a_smuggled_request_never_runs(
    any_receiver: ReceiverServer, digit: bytes
) -> None:
    victim = Installation()
    assert send(any_receiver, victim.report()).status_code == 202
    smuggled_body = encode(victim.deletion())  # even with the right key
    smuggled = (
        head("POST", "/v1/deletion-requests", f"Content-Length: {len(smuggled_body)}")
        + smuggled_body
    )
    outer = b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Length: " + digit + b"\r\n\r\n"
    answer = exchange(any_receiver, outer + smuggled)
    assert status_lines(answer) == [b"HTTP/1.1 400 Bad Request"]
    assert any_receiver.db.deletions() == [] and len(stored_ids(any_receiver)) == 1


def test_length_is_required_and_chunks_are_refused(any_receiver: ReceiverServer) -> None:
    no_length = exchange(any_receiver, head("POST", "/v1/reports", "Content-Encoding: gzip"))
    assert status_lines(no_length) == [b"HTTP/1.1 411 Length Required"]
    chunked = head("POST", "/v1/reports", "Content-Encoding: gzip", "Transfer-Encoding: chunked")
    answer = exchange(any_receiver, chunked + b"5\r\nhello\r\n0\r\n\r\n")
    assert status_lines(answer) == [b"HTTP/1.1 411 Length Required"]


def test_health_metrics_and_unknown_paths(any_receiver: ReceiverServer) -> None:
    assert httpx.get(any_receiver.url + "/healthz").json()["ok"] is True
    assert httpx.get(any_receiver.url + "/v1/health").status_code == 200
    missing = httpx.post(any_receiver.url + "/admin", content=b"{}")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    wrong = httpx.get(any_receiver.url + "/v1/reports")
    assert wrong.status_code == 405 and wrong.json()["code"] == "method_not_allowed"
    metrics = httpx.get(any_receiver.url + "/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    assert 'cep_receiver_rejected_total{reason="not_found"} 1.0' in metrics.text
    assert 'cep_receiver_rejected_total{reason="bad_gzip"} 0.0' in metrics.text


def test_a_deletion_needs_the_installations_secret(any_receiver: ReceiverServer) -> None:
    mine, other = Installation(), Installation()
    kept = other.report()
    send(any_receiver, mine.report())
    send(any_receiver, mine.report())
    send(any_receiver, kept)

    guessed = delete(any_receiver, mine.deletion(key="someone-who-knows-only-the-id"))
    assert guessed.status_code == 403 and guessed.json()["code"] == "deletion_key_mismatch"
    without = delete(any_receiver, {"installation_id": mine.id})
    assert without.status_code == 422
    assert len(stored_ids(any_receiver)) == 3 and any_receiver.db.deletions() == []

    proven = delete(any_receiver, mine.deletion())
    assert proven.status_code == 202 and proven.json() == {"deleted": 2}
    assert stored_ids(any_receiver) == [kept["report_id"]]
    assert any_receiver.db.deletions() == [(mine.id, 2)]
    # A deleted installation files no more reports, not even with its own key.
    late = send(any_receiver, mine.report())
    assert late.status_code == 422 and late.json()["code"] == "installation_deleted"


def test_a_deletion_for_an_installation_never_seen_deletes_nothing(
    any_receiver: ReceiverServer,
) -> None:
    answer = delete(any_receiver, Installation().deletion())
    assert answer.status_code == 202 and answer.json() == {"deleted": 0}
    assert any_receiver.db.deletions() == []
    plain = post(any_receiver, encode(Installation().deletion()), encoding=None,
                 path="/v1/deletion-requests")  # fmt: skip
    assert plain.status_code == 202  # identity encoding is taken for deletions


def test_reports_under_a_known_installation_need_its_key(any_receiver: ReceiverServer) -> None:
    mine = Installation()
    assert send(any_receiver, mine.report()).status_code == 202
    impostor = mine.report(deletion_key_hash=key_hash("another secret"))
    answer = send(any_receiver, impostor)
    assert answer.status_code == 403 and answer.json()["code"] == "installation_key_mismatch"
    assert send(any_receiver, mine.report()).status_code == 202
    assert len(stored_ids(any_receiver)) == 2


def test_an_internal_error_answers_500_and_is_logged(
    database_target: str, caplog: pytest.LogCaptureFixture
) -> None:
    server = ReceiverServer("127.0.0.1", 0, database_target)
    server.start_in_thread()
    try:
        _break_storage(server)
        with caplog.at_level(logging.INFO, logger="cep_gui.receiver"):
            answer = send(server, report())
        assert answer.status_code == 500 and answer.json()["code"] == "internal_error"
        (logged,) = [r for r in caplog.records if getattr(r, "event", "") == "internal_error"]
        assert logged.levelno == logging.ERROR and logged.exc_info is not None
        assert "reports" in str(logged.exc_info[1])  # the table that is gone
        assert send(server, report()).status_code == 500  # still answering
    finally:
        server.stop()


def _break_storage(server: ReceiverServer) -> None:
    """A real failure: the reports table disappears under the running receiver."""
    target = server.database.describe()
    if server.database.engine == "sqlite":
        import sqlite3

        with sqlite3.connect(target) as conn:
            conn.execute("DROP TABLE reports")
    else:
        import psycopg

        from cep_gui.receiver.postgres_engine import PostgresDatabase

        assert isinstance(server.database, PostgresDatabase)
        with psycopg.connect(server.database.url, autocommit=True) as conn:
            # CASCADE: the relay's decisions refer to reports (their constraint goes too).
            conn.execute("DROP TABLE reports CASCADE")


def test_rate_limit_answers_429_with_retry_after(database_target: str) -> None:
    server = ReceiverServer("127.0.0.1", 0, database_target, max_per_minute=2)
    server.start_in_thread()
    try:
        assert send(server, report()).status_code == 202
        assert send(server, report()).status_code == 202
        limited = send(server, report())
        assert limited.status_code == 429 and 1 <= int(limited.headers["Retry-After"]) <= 61
        assert limited.json()["code"] == "rate_limited"
    finally:
        server.stop()


def test_answers_are_json_with_a_length(any_receiver: ReceiverServer) -> None:
    answer = send(any_receiver, report())
    assert answer.headers["content-type"] == "application/json"
    assert int(answer.headers["content-length"]) == len(answer.content)
    assert json.loads(answer.content)["receipt"]["id"] >= 1
