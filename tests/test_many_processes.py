"""Many cep-gui processes on one data folder at once, as a real desktop has them.

The tray, a system timer's ``run-due``, the product's ``usage record`` and the user's own
commands run side by side; here they are real processes against the real receiver on
127.0.0.1, with real files.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from cep_gui.core.client import CepClient
from cep_gui.core.store import Store
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.single_instance import server_name
from tests.helpers.builders import plant_report
from tests.helpers.cli import run_cli
from tests.helpers.policies import trusted
from tests.helpers.slow_relay import SlowRelay
from tests.helpers.store_edits import make_due

assert sys.platform != "win32", "POSIX only: Unix sockets and POSIX processes"

CLI = [sys.executable, "-m", "cep_gui"]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        **os.environ,
        "CEP_POLICY_DIR": str(tmp_path / "no-policies"),
        "CEP_POLICY_OWNER_UID": str(os.geteuid()),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def start(data: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "--data-dir", str(data), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(processes: Sequence[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out, err))
    return results


def reports(receiver: ReceiverServer) -> list[dict[str, Any]]:
    return [json.loads(body) for _, _, body in receiver.db.reports()]


def integrity(data: Path) -> str:
    with Store.open(data) as store:
        return str(store.read().execute("PRAGMA integrity_check").fetchone()[0])


def test_twenty_parallel_run_due_deliver_one_report_and_count_usage_once(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    data, env = tmp_path / "data", env_for(tmp_path)
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    for _ in range(3):
        run_cli("usage", "record", "viewer_opened", data_dir=data, env=env)
    make_due(data)
    results = finish([start(data, env, "run-due", "--endpoint", receiver.url) for _ in range(20)])
    codes = sorted(code for code, _, _ in results)
    assert set(codes) <= {0, 4}, results  # done, or "another process is sending"
    assert all("Traceback" not in err for _, _, err in results)
    (report,) = reports(receiver)
    assert receiver.requests == 1  # nobody sent the same report again (no 409)
    assert report["sections"]["usage"]["features"]["counts"] == {"viewer_opened": 3}
    status = json.loads(run_cli("status", "--json", data_dir=data, env=env).stdout)
    assert status["outbox"] == 0 and status["last_upload"]["outcome"] == "delivered"
    busy = [err for code, _, err in results if code == 4]
    assert all("another cep-gui process is sending" in err for err in busy)


def test_twenty_parallel_send_now_never_send_one_report_twice(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    data, env = tmp_path / "data", env_for(tmp_path)
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    results = finish([start(data, env, "send-now", "--endpoint", receiver.url) for _ in range(20)])
    assert {code for code, _, _ in results} <= {0, 4}, results
    ids = [r["report_id"] for r in reports(receiver)]
    assert ids and len(ids) == len(set(ids)) == receiver.requests
    history = json.loads(run_cli("history", "--json", data_dir=data, env=env).stdout)
    assert sorted(h["id"] for h in history) == sorted(ids)
    assert all(h["outcome"] == "delivered" for h in history)


def test_leaving_while_a_report_is_built_never_lets_the_old_id_out(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    data, env = tmp_path / "data", env_for(tmp_path)
    rng = random.Random(13)
    old_ids: set[str] = set()
    for _ in range(20):
        assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
        status = json.loads(run_cli("status", "--json", data_dir=data, env=env).stdout)
        old_ids.add(status["installation_id"])
        sender = start(data, env, "send-now", "--endpoint", receiver.url)
        time.sleep(0.15 + rng.uniform(0, 0.3))
        assert run_cli("opt-out", data_dir=data, env=env).returncode == 0
        seen_at_leave = len(reports(receiver))
        finish([sender])
        # Nothing arrived after the leave returned, and nothing waits to go later.
        assert len(reports(receiver)) == seen_at_leave
        status = json.loads(run_cli("status", "--json", data_dir=data, env=env).stdout)
        assert status["outbox"] == 0 and not status["participating"]
    before = len(reports(receiver))
    run_cli("opt-in", "--categories", "usage", data_dir=data, env=env)
    sent = run_cli("send-now", "--endpoint", receiver.url, data_dir=data, env=env)
    assert sent.returncode == 0, sent.stderr
    new = reports(receiver)[before:]
    assert len(new) == 1 and new[0]["installation_id"] not in old_ids
    assert set(new[0]["sections"]) == {"usage"}


def test_leaving_during_a_slow_upload_lets_no_byte_through(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    data, env = tmp_path / "data", env_for(tmp_path)
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    # A report far larger than what the relay's kernel takes in: the upload is still under
    # way when the user leaves, however small this machine's own report is.
    plant_large_report(data, tmp_path)
    relay = SlowRelay(receiver.server_address[1], step_bytes=128, step_seconds=0.1)
    try:
        sender = start(data, env, "send-now", "--endpoint", relay.url)
        assert relay.first_byte.wait(60), "the upload never started"
        time.sleep(0.5)
        left = run_cli("opt-out", data_dir=data, env=env)
        at_return = relay.arrived()
        assert left.returncode == 0, left.stderr
        ((code, _, err),) = finish([sender])
        deadline = time.monotonic() + 30
        while relay.resets == 0 and time.monotonic() < deadline:
            time.sleep(0.1)  # the relay reads what had reached it, then meets the reset
        assert relay.resets == 1, "the connection was closed, not reset"
        assert relay.total() == at_return, "bytes reached the relay after opt-out returned"
        assert reports(receiver) == []
        assert code == 1 and "cancelled" in err
    finally:
        relay.close()
    (entry,) = json.loads(run_cli("history", "--json", data_dir=data, env=env).stdout)
    assert entry["outcome"] == "cancelled"
    assert 0 < entry["bytes_sent"] < entry["wire_size"]
    assert entry["last_error"] == "cancelled: participation ended during the upload"


def test_leaving_after_a_relay_took_in_the_whole_report_says_the_server_may_have_it(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    """Bytes a relay has acknowledged cannot be called back. Leaving then still resets the
    connection, but the history must not pretend the report stayed here."""
    data, env = tmp_path / "data", env_for(tmp_path)
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    relay = SlowRelay(
        receiver.server_address[1], step_bytes=64, step_seconds=0.1, receive_buffer=None
    )
    try:
        sender = start(data, env, "send-now", "--endpoint", relay.url)
        assert relay.first_byte.wait(60), "the upload never started"
        time.sleep(0.5)  # the whole request waits in the relay's kernel; it reads slowly
        assert run_cli("opt-out", data_dir=data, env=env).returncode == 0
        ((code, _, err),) = finish([sender])
        assert code == 1 and "may have received it" in err
    finally:
        relay.close()
    (entry,) = json.loads(run_cli("history", "--json", data_dir=data, env=env).stdout)
    assert entry["outcome"] == "cancelled"
    assert "the server may have received it" in entry["last_error"]


def plant_large_report(data: Path, tmp_path: Path) -> None:
    """Queue a 200 kB report (hardly compressible) under the current consent."""
    client = CepClient(data, policy_locations=trusted(tmp_path / "no-policies"))
    try:
        padding = os.urandom(100_000).hex()
        plant_report(client, "large-report", json.dumps({"padding": padding}).encode())
    finally:
        client.close()


def wait_for_socket(path: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.settimeout(10)
                probe.connect(path)
                probe.sendall(b"ping\n")
                if probe.recv(16).startswith(b"ok"):
                    return
            except OSError:
                time.sleep(0.05)
    raise AssertionError("the tray never answered")


def hand_over(path: str, command: str) -> None:
    with socket.socket(socket.AF_UNIX) as conn:
        conn.settimeout(10)
        conn.connect(path)
        conn.sendall(command.encode() + b"\n")
        assert conn.recv(16).startswith(b"ok")


@pytest.mark.parametrize("rounds", [30])
def test_the_tray_and_thirty_commands_share_one_store(
    tmp_path: Path, receiver: ReceiverServer, rounds: int
) -> None:
    data = tmp_path / "data"
    env = env_for(tmp_path, CEP_ENDPOINT=receiver.url)
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    tray = subprocess.Popen(
        [*CLI, "--data-dir", str(data), "tray"], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    socket_path = server_name(data, Path(env["XDG_RUNTIME_DIR"]))
    try:
        wait_for_socket(socket_path)
        mix = [
            ["status"], ["status", "--json"], ["collect", "--json"], ["history"],
            ["history", "--json"], ["usage", "record", "viewer_opened"], ["send-now"],
            ["run-due"],
        ]  # fmt: skip
        rng = random.Random(30)
        results = finish([start(data, env, *rng.choice(mix)) for _ in range(rounds)])
        assert all(code in (0, 4) for code, _, _ in results), results
        assert all("Traceback" not in err and "disk I/O" not in err for _, _, err in results)
        assert integrity(data) == "ok"
        before = len(reports(receiver))
        hand_over(socket_path, "send-now")  # the tray itself still sends
        deadline = time.monotonic() + 60
        while len(reports(receiver)) == before and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(reports(receiver)) == before + 1, "the tray could not send any more"
        assert tray.poll() is None
    finally:
        tray.terminate()
        _, tray_errors = tray.communicate(timeout=20)
    assert "disk I/O error" not in tray_errors and "malformed" not in tray_errors
    assert integrity(data) == "ok"
