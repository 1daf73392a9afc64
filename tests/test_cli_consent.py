"""The consent commands as a user types them: ``whats-new``, ``review``, ``selftest
--network`` and the consent keys of ``status --json``, each in a real ``cep-gui`` process
on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.helpers.policies import trusted_env, write_policy
from tests.helpers.store_edits import agreed_to, make_due

NEW = "host_software.packages.unnamed"  # added by catalog version 2


def status(data: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    result = run_cli("status", "--json", data_dir=data, env=env)
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def test_whats_new_agree_keep_withholding_and_include(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    assert status(data)["catalog"] == {
        "version": 2, "agreed": 2, "pending_fields": [], "withheld_fields": []
    }  # fmt: skip
    agreed_to(data, 1)  # consent from before the upgrade that added NEW
    assert status(data)["catalog"]["pending_fields"] == [NEW]

    shown = run_cli("whats-new", data_dir=data)
    assert shown.returncode == 0
    assert "left out of reports until you agree" in shown.stdout
    assert f"{NEW}: Installed software counted without names" in shown.stdout
    assert "new in version 2" in shown.stdout

    alone = run_cli("whats-new", "--keep-withholding", NEW, data_dir=data)
    assert alone.returncode == 2 and alone.stdout == ""
    assert alone.stderr.strip().splitlines() == [
        "cep-gui: --keep-withholding only goes with --agree "
        "(cep-gui whats-new --agree --keep-withholding FIELD)"
    ]
    assert status(data)["catalog"]["agreed"] == 1  # nothing was decided

    kept = run_cli("whats-new", "--agree", "--keep-withholding", NEW, data_dir=data)
    assert kept.returncode == 0, kept.stderr
    assert f"Agreed to catalog version 2; still left out: {NEW}." in kept.stdout
    catalog = status(data)["catalog"]
    assert catalog["agreed"] == 2 and catalog["pending_fields"] == []
    assert catalog["withheld_fields"] == [NEW]
    again = run_cli("whats-new", data_dir=data)
    assert f"Kept out at your choice: {NEW}" in again.stdout
    assert "Nothing new since you agreed (catalog version 2)." in again.stdout

    back = run_cli("whats-new", "--include", NEW, data_dir=data)
    assert back.returncode == 0 and f"Back in reports: {NEW}." in back.stdout
    assert status(data)["catalog"]["withheld_fields"] == []
    unknown = run_cli("whats-new", "--include", NEW, data_dir=data)
    assert unknown.returncode == 2 and unknown.stderr.startswith("cep-gui: not kept out")

    agreed_to(data, 1)
    plain = run_cli("whats-new", "--agree", data_dir=data)
    assert plain.returncode == 0 and "Agreed to catalog version 2." in plain.stdout
    assert status(data)["catalog"]["pending_fields"] == []


def test_whats_new_while_not_taking_part_says_nothing_is_collected(tmp_path: Path) -> None:
    shown = run_cli("whats-new", data_dir=tmp_path / "data")
    assert shown.returncode == 0, shown.stderr
    assert "until you agree" not in shown.stdout and NEW not in shown.stdout
    assert shown.stdout.splitlines()[0] == (
        "You are not taking part, so nothing is collected or sent. Joining "
        "(cep-gui opt-in) agrees to what is collected as it is now (catalog version 2)."
    )
    refused = run_cli("whats-new", "--agree", data_dir=tmp_path / "data")
    assert refused.returncode == 3 and "not taking part" in refused.stderr


def test_whats_new_under_forced_participation_shows_the_changes_as_information(
    tmp_path: Path,
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    env = trusted_env(root)
    data = tmp_path / "data"
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    assert status(data, env)["participating"] is True
    agreed_to(data, 1)  # the organization's consent predates catalog version 2
    assert status(data, env)["catalog"]["pending_fields"] == []  # covered: nothing held back

    shown = run_cli("whats-new", data_dir=data, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "Nothing new" not in shown.stdout and "until you agree" not in shown.stdout
    assert "Catalog version 2 (2026-12-01): Installed software" in shown.stdout
    assert "your organization's consent covers these changes" in shown.stdout
    assert f"  {NEW}: Installed software counted without names" in shown.stdout
    assert "Agree with" not in shown.stdout


def test_review_later_send_and_off(tmp_path: Path, receiver: ReceiverServer) -> None:
    data = tmp_path / "data"
    env = {"CEP_ENDPOINT": receiver.url}
    assert run_cli("opt-in", data_dir=data).returncode == 0
    on = run_cli("review", "--on", data_dir=data)
    assert on.stdout.strip() == "Each report now waits for your review."
    make_due(data)
    due = run_cli("run-due", data_dir=data, env=env, timeout=180)
    assert "waits for your review" in due.stdout, due.stdout + due.stderr
    assert list(receiver.db.reports()) == []
    review = status(data)["review"]
    assert review["on"] is True and review["source"] == "your choice"
    (waiting,) = review["waiting"]
    assert waiting["remind_at"] is None

    shown = run_cli("review", data_dir=data)
    assert f"Report {waiting['report_id']} (built " in shown.stdout
    document = shown.stdout.split("It is exactly this document:\n", 1)[1]
    exact = json.loads(document.rsplit("\nAnswer with:", 1)[0])
    assert exact["report_id"] == waiting["report_id"]

    later = run_cli("review", "--later", data_dir=data)
    assert later.stdout.strip() == (
        f"Report {waiting['report_id']} keeps waiting; you are asked again tomorrow."
    )
    (postponed,) = status(data)["review"]["waiting"]
    assert postponed["remind_at"] is not None
    assert list(receiver.db.reports()) == []

    sent = run_cli("review", "--send", data_dir=data, env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == f"Report {waiting['report_id']} was delivered."
    assert [report_id for report_id, _, _ in receiver.db.reports()] == [waiting["report_id"]]
    assert status(data)["review"]["waiting"] == []

    off = run_cli("review", "--off", data_dir=data)
    assert off.stdout.strip() == "Reports are sent without asking."
    assert status(data)["review"]["on"] is False


def test_status_json_says_local_only_and_who_decided(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert status(data)["local_only"] == {"on": False, "source": None}
    assert run_cli("opt-in", "--local-only", data_dir=data).returncode == 0
    assert status(data)["local_only"] == {"on": True, "source": "your choice"}
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"AllowUpload": False})
    assert run_cli("opt-in", "--send", data_dir=data).returncode == 0
    managed = status(data, trusted_env(root))["local_only"]
    assert managed["on"] is True and "10-corp.json" in managed["source"]


def test_selftest_network_finds_no_connection_while_off(tmp_path: Path) -> None:
    result = run_cli("selftest", "--network", data_dir=tmp_path / "data", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "0 connections: nothing was sent."
    assert lines[0].startswith("not taking part (as now): ")
    assert lines[1].startswith("after joining and leaving: ")
    for line in lines[:2]:
        runs = line.split(": ", 1)[1].split(" scheduled runs")[0]
        assert f"({runs} with the relay step)" in line and "0 connection attempts" in line
    assert status(tmp_path / "data")["participating"] is False


def test_selftest_network_exits_1_and_names_what_was_attempted(tmp_path: Path) -> None:
    """A deletion request the user asked for, still waiting, is the one thing sent after
    leaving: the self-test sees its attempts and says so."""
    data = tmp_path / "data"
    env = {"CEP_ENDPOINT": "http://127.0.0.1:9"}  # nothing listens: it keeps waiting
    assert run_cli("opt-in", data_dir=data, env=env).returncode == 0
    left = run_cli("opt-out", "--request-deletion", data_dir=data, env=env)
    assert left.returncode == 1 and "not delivered yet" in left.stderr
    result = run_cli("selftest", "--network", data_dir=data, env=env, timeout=180)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "  attempted: socket." in result.stdout
    assert result.stdout.splitlines()[-1].endswith(" connection attempts.")
    assert "0 connections" not in result.stdout
