"""The issue's end-to-end path: opt in, send now to `cep-gui receiver`, compare bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli


@pytest.fixture
def receiver_process(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "received.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "cep_gui", "receiver", "--port", "0", "--db", str(db)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert "listening on" in line, line
    yield line.rsplit(" ", 1)[1].strip(), db
    proc.terminate()
    proc.wait(10)


def test_send_now_stores_exactly_the_bytes_of_the_history(
    tmp_path: Path, receiver_process: tuple[str, Path]
) -> None:
    url, db = receiver_process
    data = tmp_path / "client"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    sent = run_cli("send-now", "--endpoint", url, data_dir=data)
    assert sent.returncode == 0, sent.stderr
    assert f"delivered to {url}" in sent.stdout

    history = json.loads(run_cli("history", "--json", data_dir=data).stdout)
    assert [h["outcome"] for h in history] == ["delivered"] and history[0]["http_status"] == 202
    dump = run_cli("receiver", "--db", str(db), "--dump").stdout.splitlines()
    assert dump == [history[0]["payload"]]
    report = json.loads(dump[0])
    assert report["sections"]["host_hardware"] and report["sections"]["host_software"]

    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["last_upload"]["outcome"] == "delivered" and status["outbox"] == 0


def test_send_now_when_not_participating_exits_3(tmp_path: Path) -> None:
    result = run_cli("send-now", "--endpoint", "http://127.0.0.1:9", data_dir=tmp_path)
    assert result.returncode == 3 and "not taking part" in result.stderr


def test_send_now_to_a_dead_server_keeps_the_report(tmp_path: Path) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    result = run_cli("send-now", "--endpoint", "http://127.0.0.1:9", data_dir=tmp_path)
    assert result.returncode == 1 and "unreachable" in result.stderr
    assert json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)["outbox"] == 1


def test_plain_http_endpoint_elsewhere_is_refused(tmp_path: Path) -> None:
    result = run_cli("send-now", "--endpoint", "http://reports.example.com", data_dir=tmp_path)
    assert result.returncode == 2 and "must use https" in result.stderr
