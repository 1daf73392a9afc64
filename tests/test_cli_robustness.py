"""Junk environments, hostile peers and odd invocations: one plain line, never a traceback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.helpers.faults import FaultProxy
from tests.helpers.policies import IS_ROOT, write_policy

REPO = Path(__file__).resolve().parents[1]


def plain_failure(
    result: subprocess.CompletedProcess[str], code: int, *, error: bool = True
) -> str:
    """One line on stderr with the exit code; ``error``: an error line ("cep-gui: ...")
    rather than a command's own result ("Report ... was not delivered: ...")."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cep-gui: ") == error, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"HTTP_PROXY": "::garbage::"}, "HTTP_PROXY or ALL_PROXY is not a usable proxy URL"),
        ({"https_proxy": "http://proxy.example:99999"}, "not a usable proxy URL"),
        ({"ALL_PROXY": "gopher://old.example"}, "not a usable proxy URL"),
        ({"CEP_CA_FILE": "/nonexistent/ca.pem"}, "CEP_CA_FILE names /nonexistent/ca.pem"),
        ({"CEP_SCCM_CA_FILE": "/nonexistent/cm.pem"}, "CEP_SCCM_CA_FILE names"),
        ({"CEP_DATA_DIR": ""}, "CEP_DATA_DIR is set but empty"),
    ],
)
def test_a_junk_environment_gets_one_plain_line(
    tmp_path: Path, env: dict[str, str], says: str
) -> None:
    data = None if "CEP_DATA_DIR" in env else tmp_path
    line = plain_failure(run_cli("status", data_dir=data, env=env), 2)
    assert says in line


def test_a_socks_proxy_is_used_and_its_failure_said_plainly(tmp_path: Path) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody_listens = probe.getsockname()[1]
    env = {"ALL_PROXY": f"socks5://127.0.0.1:{nobody_listens}"}
    result = run_cli(
        "send-now", "--endpoint", "https://reports.example.com", data_dir=tmp_path, env=env
    )
    assert "the proxy was unreachable" in plain_failure(result, 1, error=False)


def test_an_empty_data_dir_is_bad_usage(tmp_path: Path) -> None:
    result = run_cli("--data-dir", "", "status", env={"CEP_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2 and "needs a folder name" in result.stderr
    assert not (Path.cwd() / "cep.sqlite3").exists()


def test_a_closed_pipe_ends_quietly(tmp_path: Path, receiver: ReceiverServer) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    for _ in range(3):
        run_cli("send-now", "--endpoint", receiver.url, data_dir=tmp_path)
    for args in (["history"], ["history", "--json"]):
        reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL)  # fmt: skip
        env = {**os.environ, "CEP_POLICY_DIR": "/nonexistent"}
        writer = subprocess.run(
            [sys.executable, "-m", "cep_gui", "--data-dir", str(tmp_path), *args],
            stdout=reader.stdin, stderr=subprocess.PIPE, text=True, env=env, check=False,
        )  # fmt: skip
        assert reader.stdin is not None
        reader.stdin.close()
        reader.wait(10)
        assert writer.returncode == 0 and writer.stderr == "", writer.stderr


def test_run_due_exits_1_when_a_due_report_was_not_delivered(tmp_path: Path) -> None:
    from tests.helpers.store_edits import make_due

    run_cli("opt-in", data_dir=tmp_path)
    make_due(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    result = run_cli("run-due", "--endpoint", dead, data_dir=tmp_path)
    assert result.returncode == 1 and "unreachable" in result.stdout
    again = run_cli("run-due", "--endpoint", dead, data_dir=tmp_path)  # backing off: still due
    assert again.returncode == 1


def test_opt_out_with_request_deletion_sends_one(tmp_path: Path, receiver: ReceiverServer) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)
    assert run_cli("send-now", "--endpoint", receiver.url, data_dir=tmp_path).returncode == 0
    left = run_cli("opt-out", "--request-deletion", "--endpoint", receiver.url, data_dir=tmp_path)
    assert left.returncode == 0 and "deletion request was delivered" in left.stdout, left.stderr
    assert receiver.db.deletions() == [(status["installation_id"], 1)]
    # The id is gone: asking again has nothing to ask about, and says so.
    again = run_cli("opt-out", "--request-deletion", "--endpoint", receiver.url, data_dir=tmp_path)
    assert "no installation id" in again.stdout and len(receiver.db.deletions()) == 1


@pytest.mark.parametrize(
    ("header", "longest"),
    [("1000000000000", 7 * 24 * 3600.0), ("²", 6 * 3600.0), ("soon", 6 * 3600.0)],
)
def test_a_hostile_retry_after_is_clamped_and_the_attempt_recorded(
    tmp_path: Path, header: str, longest: float
) -> None:
    from datetime import datetime

    proxy = FaultProxy(mode="error:503", retry_after=header)
    try:
        run_cli("opt-in", data_dir=tmp_path)
        result = run_cli("send-now", "--endpoint", proxy.url, data_dir=tmp_path)
        plain_failure(result, 1, error=False)
        status = json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)
    finally:
        proxy.close()
    attempt = status["next_attempt"]
    assert attempt["attempts"] == 1 and "HTTP 503" in attempt["reason"]
    wait = datetime.fromisoformat(attempt["not_before"]) - datetime.fromisoformat(
        status["last_upload"]["at"]
    )
    assert 0 < wait.total_seconds() <= longest + 60


def test_no_proxy_is_used_for_an_endpoint_on_this_computer(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    trap = FaultProxy(mode="error:502")  # a proxy that would see the whole plaintext POST
    try:
        run_cli("opt-in", data_dir=tmp_path)
        env = {"HTTP_PROXY": trap.url, "http_proxy": trap.url, "ALL_PROXY": trap.url}
        sent = run_cli("send-now", "--endpoint", receiver.url, data_dir=tmp_path, env=env)
        assert sent.returncode == 0, sent.stderr
        assert trap.requests == 0 and len(list(receiver.db.reports())) == 1
    finally:
        trap.close()


def test_a_world_writable_folder_above_the_policy_fails_closed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    root = shared / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_off"})
    os.chmod(shared, 0o777)  # anyone could rename policies/ away and escape forced_off
    result = run_cli("opt-in", data_dir=tmp_path / "d", env={"CEP_POLICY_DIR": str(root)})
    assert result.returncode == 3 and str(shared) in result.stderr
    assert "other users can write to it" in result.stderr


def test_policy_file_names_are_matched_case_insensitively(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-CEP.JSON", {"Participation": "forced_off"})
    result = run_cli("opt-in", data_dir=tmp_path / "d", env={"CEP_POLICY_DIR": str(root)})
    assert result.returncode == 3 and "turned off by your organization" in result.stderr


def test_a_policy_folder_the_user_cannot_read_fails_closed(tmp_path: Path) -> None:
    # Root reads everything through its capabilities: the command runs without any (same
    # user id, so the checkout stays readable wherever it is, even in a 0700 folder).
    prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] if IS_ROOT else []
    base, data = tmp_path, tmp_path / "d"
    root = base / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_off"})
    os.chmod(root / "managed", 0o000)
    env = {**os.environ, "CEP_POLICY_DIR": str(root), "PYTHONPATH": str(REPO),
           "HOME": str(data)}  # fmt: skip
    env.pop("CEP_POLICY_OWNER_UID", None)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "cep_gui", "--data-dir", str(data), "opt-in"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.chmod(root / "managed", 0o755)
    assert result.returncode == 3, result.stderr
    assert "permission denied" in result.stderr and "Traceback" not in result.stderr


def test_a_second_user_cannot_take_the_tray_socket_name(tmp_path: Path) -> None:
    from cep_gui.ui.single_instance import server_name

    name = server_name(tmp_path / "data", tmp_path / "runtime")
    assert name.startswith(str(tmp_path / "runtime"))  # inside the user's private folder


def test_purge_removes_the_keyring_secrets(tmp_path: Path) -> None:
    log = tmp_path / "deleted.txt"
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backend.RecordingKeyring",
        "PYTHONPATH": str(REPO),
        "CEP_TEST_KEYRING_LOG": str(log),
    }
    run_cli("opt-in", data_dir=tmp_path / "d")
    result = run_cli("purge-user-data", "--yes", data_dir=tmp_path / "d", env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(log.read_text().split()) == ["sccm-password", "upload-token"]


def test_an_unexpected_error_is_reported_as_a_bug_with_the_log(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "import cep_gui.cli as cli\n"
        "def broken(args):\n"
        "    raise ZeroDivisionError('boom')\n"
        "cli._cmd_status = broken\n"
        "sys.exit(cli.main(['--data-dir', sys.argv[1], 'status']))\n"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "d")], capture_output=True, text=True,
        env=env, timeout=60, check=False,
    )  # fmt: skip
    line = plain_failure(result, 1)
    assert "this is a bug, please report it (ZeroDivisionError)" in line
    log = line.rsplit("details are in ", 1)[1]
    assert "ZeroDivisionError: boom" in Path(log).read_text()


def test_parallel_first_commands_on_a_new_folder(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    env = {**os.environ, "CEP_POLICY_DIR": "/nonexistent"}
    argv = [sys.executable, "-m", "cep_gui", "--data-dir", str(data), "status"]
    processes = []
    for _ in range(30):
        processes.append(
            subprocess.Popen(
                argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
            )
        )
    errors = [p.communicate(timeout=120)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * 30, errors
    assert not any("already exists" in e for e in errors)


def test_a_command_busy_elsewhere_exits_4(tmp_path: Path, receiver: ReceiverServer) -> None:
    from cep_gui.core.sender_lock import SenderLock

    run_cli("opt-in", data_dir=tmp_path)
    lock = SenderLock(tmp_path)
    assert lock.try_acquire()
    try:
        busy = run_cli("send-now", "--endpoint", receiver.url, data_dir=tmp_path)
    finally:
        lock.release()
    assert plain_failure(busy, 4).endswith("another cep-gui process is sending a report; "
                                           "try again in a moment")  # fmt: skip
    assert receiver.requests == 0
