"""``cep-gui relay`` as IT runs it: one command, rules checked at start, scripts that decide."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.receiver.relay.fleet import fleet_report, hold
from tests.receiver.relay.helpers import wait_for
from tests.receiver.storage_helpers import migrated
from tests.receiver.wire import Installation, encode, send


def test_bad_rules_stop_the_relay_at_start_naming_the_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[drop]\ncategories = ["usage"]\nfields = ["host_software.os.nmae"]\n')
    result = run_cli("relay", "--db", str(tmp_path / "r.sqlite3"), "--rules", str(rules))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{rules}, line 3: 'host_software.os.nmae' is not a field of the catalog" in (
        result.stderr
    )
    assert "did you mean 'host_software.os.name'" in result.stderr
    bad_upstream = run_cli(
        "relay", "--db", str(tmp_path / "r.sqlite3"), "--upstream", "http://vendor.example"
    )
    assert bad_upstream.returncode == 2 and "must use https" in bad_upstream.stderr


def test_the_relay_process_holds_and_a_script_releases(
    relay_target: str, tmp_path: Path, receiver: ReceiverServer
) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[count]\nfields = ["host_software.packages.items"]\n')
    log = tmp_path / "relay.log"
    with log.open("w") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cep_gui",
                "relay",
                "--db",
                relay_target,
                "--port",
                "0",
                "--upstream",
                receiver.url,
                "--rules",
                str(rules),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=dict(os.environ),
        )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "listening on" in line and "1 rules" in line, (line, log.read_text())
        url = line.rsplit(" ", 1)[1].strip()
        docs = [fleet_report(Installation()) for _ in range(2)]

        class Target:
            pass

        target = Target()
        target.url = url  # type: ignore[attr-defined]
        for doc in docs:
            assert send(target, doc).status_code == 202  # type: ignore[arg-type]
        listing = run_cli("relay", "list", "--db", relay_target, "--json")
        assert json.loads(listing.stdout)["counts"]["held"] == 2
        shown = run_cli("relay", "show", "--db", relay_target, str(docs[0]["report_id"]))
        assert shown.stdout.strip() == encode(docs[0]).decode()
        leaving = run_cli(
            "relay", "show", "--db", relay_target, "--leaving", str(docs[0]["report_id"])
        )
        assert json.loads(leaving.stdout)["sections"]["host_software"]["packages"]["items"] == 2
        released = run_cli("relay", "release", "--db", relay_target, "--all")
        assert released.returncode == 0 and released.stdout.startswith("released 2 reports")
        wait_for(lambda: len(list(receiver.db.reports())) == 2, "the running relay to send")
        for _, _, body in receiver.db.reports():
            assert json.loads(body)["sections"]["host_software"]["packages"]["items"] == 2
        assert httpx.get(f"{url}/relay/").status_code == 303
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert proc.returncode in (0, -signal.SIGTERM), log.read_text()  # uvicorn re-raises it
    assert "no admin token is set" in log.read_text()


def test_set_token_reject_and_auto_release_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "relay.sqlite3"
    database = migrated(db)
    docs = [fleet_report(Installation()) for _ in range(2)]
    hold(database, docs)
    made = run_cli("relay", "set-token", "--db", str(db))
    assert made.returncode == 0 and len(made.stdout.strip()) >= 16
    short = subprocess.run(
        [sys.executable, "-m", "cep_gui", "relay", "set-token", "--db", str(db), "--stdin"],
        input="short\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert short.returncode == 2 and "at least 16 characters" in short.stderr
    assert made.stdout.strip() not in db.read_bytes().decode("latin-1")  # only its hash
    rejected = run_cli("relay", "reject", "--db", str(db), "--report", str(docs[0]["report_id"]))
    assert rejected.stdout.startswith("rejected 1 reports")
    auto = run_cli("relay", "auto-release", "--db", str(db), "30")
    assert "after 30 days" in auto.stdout
    listing = json.loads(run_cli("relay", "list", "--db", str(db), "--json").stdout)
    assert listing["counts"]["held"] == 1 and listing["counts"]["rejected"] == 1
    nothing = run_cli("relay", "list")
    assert nothing.returncode == 2 and "--db" in nothing.stderr


def test_a_script_releases_or_rejects_one_days_batch(tmp_path: Path) -> None:
    db = tmp_path / "relay.sqlite3"
    hold(migrated(db), [fleet_report(Installation()) for _ in range(3)])
    (batch,) = json.loads(run_cli("relay", "list", "--db", str(db), "--json").stdout)["batches"]
    assert batch["reports"] == 3
    other_day = run_cli("relay", "release", "--db", str(db), "--batch", "1999-01-01")
    assert other_day.returncode == 0 and other_day.stdout.startswith("released 0 reports")
    not_a_day = run_cli("relay", "reject", "--db", str(db), "--batch", "yesterday")
    assert not_a_day.returncode == 2 and "Traceback" not in not_a_day.stderr
    assert "'yesterday' is not a day (YYYY-MM-DD)" in not_a_day.stderr
    not_an_id = run_cli("relay", "release", "--db", str(db), "--report", "batch-1")
    assert not_an_id.returncode == 2 and "'batch-1' is not a report id" in not_an_id.stderr
    released = run_cli("relay", "release", "--db", str(db), "--batch", str(batch["id"]))
    assert released.returncode == 0 and released.stdout.startswith("released 3 reports")
    again = run_cli("relay", "reject", "--db", str(db), "--batch", str(batch["id"]))
    assert again.stdout.startswith("rejected 0 reports")  # released ones stay released
    counts = json.loads(run_cli("relay", "list", "--db", str(db), "--json").stdout)["counts"]
    assert counts["held"] == 0 and counts["waiting"] == 3 and counts["rejected"] == 0
