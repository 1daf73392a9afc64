"""The command line as users and administrators' scripts use it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cep_gui import __version__
from tests.helpers.cli import run_cli
from tests.helpers.policies import write_policy


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.strip() == f"cep-gui {__version__}"
    help_text = run_cli("--help").stdout
    for command in ("collect", "status", "opt-in", "opt-out", "run-due", "usage"):
        assert command in help_text


def test_opt_in_then_status_shows_participation_and_first_due(tmp_path: Path) -> None:
    data = tmp_path / "data"
    joined = run_cli("opt-in", data_dir=data)
    assert joined.returncode == 0, joined.stderr
    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["participating"] is True
    assert status["since"] == datetime.now(UTC).date().isoformat()
    assert len(status["installation_id"]) == 36
    assert status["profile"] == "desktop" and status["interval_days"] == 14
    due = datetime.fromisoformat(status["next_due"])
    first = datetime.fromisoformat(status["since"] + "T00:00:00+00:00") + timedelta(days=7)
    assert first - timedelta(hours=12) <= due <= first + timedelta(days=1, hours=12)
    desktop = ["host_hardware", "host_software", "vm_software", "vm_config", "usage"]
    assert status["categories"] == desktop
    assert status["outbox"] == 0 and status["last_upload"] is None and status["problems"] == []
    assert set(status) >= {"endpoint", "policy"}


def test_opt_in_with_categories_and_unknown_category(tmp_path: Path) -> None:
    ok = run_cli("opt-in", "--categories", "host_hardware,usage", data_dir=tmp_path)
    assert ok.returncode == 0
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)
    assert status["categories"] == ["host_hardware", "usage"]
    bad = run_cli("opt-in", "--categories", "contacts", data_dir=tmp_path)
    assert bad.returncode == 2 and "unknown category contacts" in bad.stderr


def test_opt_out_stops_everything(tmp_path: Path) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    assert run_cli("usage", "record", "viewer_opened", data_dir=tmp_path).returncode == 0
    left = run_cli("opt-out", data_dir=tmp_path)
    assert left.returncode == 0 and "left the program" in left.stdout
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)
    assert status["participating"] is False and status["installation_id"] is None
    assert status["next_due"] is None
    recorded = run_cli("usage", "record", "viewer_opened", data_dir=tmp_path)
    assert "Not recorded" in recorded.stderr


def test_usage_record_refuses_undeclared_ids(tmp_path: Path) -> None:
    run_cli("opt-in", data_dir=tmp_path)
    result = run_cli("usage", "record", "keystrokes", data_dir=tmp_path)
    assert result.returncode == 2 and "not a declared feature id" in result.stderr


def test_forced_off_policy_wins_and_opt_in_exits_3(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    path = write_policy(policies, "managed", "10-corp.json", {"Participation": "forced_off"})
    env = {"CEP_POLICY_DIR": str(policies)}
    refused = run_cli("opt-in", data_dir=tmp_path / "d", env=env)
    assert refused.returncode == 3
    assert "turned off by your organization" in refused.stderr and str(path) in refused.stderr
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path / "d", env=env).stdout)
    assert status["participating"] is False
    assert status["decided_by"] == {"level": "machine policy", "source": str(path), "managed": True}
    assert status["policy"]["Participation"] == {
        "value": "forced_off", "level": "machine policy", "source": str(path),
    }  # fmt: skip


def test_broken_policy_is_reported_and_blocks(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    write_policy(policies, "managed", "10-corp.json", "{ broken")
    env = {"CEP_POLICY_DIR": str(policies)}
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path, env=env).stdout)
    assert any("10-corp.json" in p and "not valid JSON" in p for p in status["problems"])
    collect = run_cli("collect", "--json", data_dir=tmp_path, env=env)
    assert collect.returncode == 3 and "policy is broken" in collect.stderr


def test_newer_store_gives_a_clear_error(tmp_path: Path) -> None:
    import sqlite3

    tmp_path.mkdir(exist_ok=True)
    conn = sqlite3.connect(tmp_path / "cep.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = run_cli("status", data_dir=tmp_path)
    assert result.returncode == 1 and "newer version of cep-gui" in result.stderr


def test_collect_shows_a_category_outside_the_profile_on_request(tmp_path: Path) -> None:
    # An administrator checks what the SCCM categories would hold on a desktop install.
    result = run_cli("collect", "--json", "--category", "sccm_infrastructure", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert "host_hardware" not in doc["sections"]  # only what was asked for
    assert "host_hardware" in doc["withheld"]


def test_collect_refuses_a_category_the_organization_forbids(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    write_policy(policies, "managed", "10-corp.json", {"AllowedCategories": ["host_hardware"]})
    env = {"CEP_POLICY_DIR": str(policies)}
    refused = run_cli("collect", "--category", "host_software", data_dir=tmp_path, env=env)
    assert refused.returncode == 3 and "not allowed by your organization" in refused.stderr
    allowed = run_cli(
        "collect", "--json", "--category", "host_hardware", data_dir=tmp_path, env=env
    )
    assert allowed.returncode == 0 and json.loads(allowed.stdout)["sections"]["host_hardware"]
