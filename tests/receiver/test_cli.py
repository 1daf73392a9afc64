"""``cep-gui receiver`` as people run it: one command, workers, dumps and plain errors."""

from __future__ import annotations

import gzip
import json
import socket
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.helpers.cli import run_cli
from tests.receiver.process import start_receiver
from tests.receiver.wire import Installation, encode


def post_report(url: str, doc: dict[str, object]) -> httpx.Response:
    headers = {
        "Content-Encoding": "gzip",
        "Content-Type": "application/json",
        "Idempotency-Key": str(doc["report_id"]),
    }
    return httpx.post(f"{url}/v1/reports", content=gzip.compress(encode(doc)), headers=headers)


def log_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serves_stores_counts_and_dumps_on_each_engine(
    database_target: str, tmp_path: Path, workers: str
) -> None:
    receiver = start_receiver(
        database_target, tmp_path / "log", "--workers", workers, "--log-level", "debug"
    )
    docs = [Installation().report() for _ in range(12)]
    try:
        assert all(post_report(receiver.url, doc).status_code == 202 for doc in docs)
        assert post_report(receiver.url, docs[0]).json()["code"] == "already_received"
        # Any worker answers a scrape with the sum over all workers.
        metrics = [httpx.get(f"{receiver.url}/metrics").text for _ in range(4)]
        assert all("cep_receiver_reports_stored_total 12.0" in m for m in metrics), metrics[0]
        assert httpx.get(f"{receiver.url}/healthz").json()["ok"] is True
    finally:
        log = receiver.stop()
    dump = run_cli("receiver", "--db", database_target, "--dump")
    assert dump.returncode == 0, dump.stderr
    assert sorted(dump.stdout.splitlines()) == sorted(encode(d).decode() for d in docs)
    entries = log_lines(log)  # every line is a JSON object ...
    requests = [e for e in entries if e.get("event") == "request"]
    assert len(requests) >= 13 and {"route", "status", "ms"} <= set(requests[0])
    assert "127.0.0.1" not in log  # ... and none names a client


def test_an_internal_error_is_answered_and_logged_with_its_cause(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    receiver = start_receiver(str(db), tmp_path / "log")
    try:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TABLE reports")
        answer = post_report(receiver.url, Installation().report())
        assert answer.status_code == 500 and answer.json()["code"] == "internal_error"
    finally:
        log = receiver.stop()
    (error,) = [e for e in log_lines(log) if e.get("event") == "internal_error"]
    assert error["level"] == "error" and "no such table: reports" in str(error["exception"])


def test_the_secret_and_its_hash_never_reach_the_log(tmp_path: Path) -> None:
    mine = Installation()
    receiver = start_receiver(str(tmp_path / "r.sqlite3"), tmp_path / "log", "--log-level",
                              "debug")  # fmt: skip
    try:
        assert post_report(receiver.url, mine.report()).status_code == 202
        body = gzip.compress(encode(mine.deletion(key="wrong")))
        httpx.post(f"{receiver.url}/v1/deletion-requests", content=body,
                   headers={"Content-Encoding": "gzip"})  # fmt: skip
        body = gzip.compress(encode(mine.deletion()))
        httpx.post(f"{receiver.url}/v1/deletion-requests", content=body,
                   headers={"Content-Encoding": "gzip"})  # fmt: skip
    finally:
        log = receiver.stop()
    doc = mine.report()
    for secret in (mine.key, "wrong", str(doc["deletion_key_hash"]), mine.id):
        assert secret not in log


def test_dump_of_what_is_not_a_receiver_database_is_one_plain_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 50)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    cases = {
        str(tmp_path / "missing.sqlite3"): "does not exist",
        str(notes): "not a receiver database",
        str(foreign): "not a receiver database",
        f"postgresql://nobody@/nothing?host={tmp_path}/no-such-socket-dir": "cannot connect",
        "postgresql://x@/db?port=notaport&connect_timeout=zz": "",
    }
    for target, message in cases.items():
        result = run_cli("receiver", "--db", target, "--dump")
        assert result.returncode == 1, (target, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
        assert message in result.stderr, result.stderr
    assert notes.read_text().startswith("not a database")


def test_serving_errors_are_plain_too(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    bad_port = run_cli("receiver", "--db", db, "--port", "99999")
    assert bad_port.returncode == 2 and "Traceback" not in bad_port.stderr
    assert "99999 is out of range (0-65535)" in bad_port.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = run_cli("receiver", "--db", db, "--port", port)
    assert busy.returncode == 1 and "cannot listen on 127.0.0.1:" in busy.stderr
    assert len(busy.stderr.splitlines()) == 1
    unreachable = run_cli(
        "receiver", "--db", f"postgresql://cep@/db?host={tmp_path}&connect_timeout=2"
    )
    assert unreachable.returncode == 1 and "cannot connect to PostgreSQL" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr
    nothing = run_cli("receiver")
    assert nothing.returncode == 2 and "--db" in nothing.stderr
    env_typo = run_cli("receiver", "--db", db, env={"CEP_RECEIVER_WORKERS": "many"})
    assert env_typo.returncode == 2 and "CEP_RECEIVER_WORKERS" in env_typo.stderr


def test_the_environment_configures_a_service(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite3"
    receiver = start_receiver(
        str(tmp_path / "ignored.sqlite3"), tmp_path / "log",
        env={"CEP_RECEIVER_MAX_PER_MINUTE": "1"},
    )  # fmt: skip
    try:
        assert post_report(receiver.url, Installation().report()).status_code == 202
        assert post_report(receiver.url, Installation().report()).status_code == 429
    finally:
        receiver.stop()
    # The command line wins over the environment.
    result = run_cli("receiver", "--db", str(db), "--dump", env={"CEP_RECEIVER_DB": "/nowhere"})
    assert "does not exist" in result.stderr and str(db) in result.stderr
