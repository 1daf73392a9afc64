"""``cep-gui status`` says what the Feedback pane and the tray say: the same lines."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from cep_gui.core.client import CepClient
from cep_gui.core.status import line_text
from tests.helpers.cli import run_cli
from tests.helpers.policies import trusted


def test_status_text_starts_with_the_panes_lines(tmp_path: Path) -> None:
    assert run_cli("opt-in", data_dir=tmp_path).returncode == 0
    text = run_cli("status", data_dir=tmp_path).stdout
    local = datetime.now().astimezone().tzinfo
    nowhere = trusted(tmp_path / "no-policies")
    with CepClient(tmp_path, policy_locations=nowhere) as client:
        lines = [line_text(line, local) for line in client.status_view().lines]
    assert lines[0].startswith("Taking part since ")
    shown = text.splitlines()
    assert shown[:3] == lines
    assert shown[1].startswith("Next report: in 7 days (")
    assert shown[2] == "No report has been sent yet."
    assert "UTC" not in text and "T00:" not in text


def test_status_json_keeps_its_keys_and_adds_the_verdict(tmp_path: Path) -> None:
    status = json.loads(run_cli("status", "--json", data_dir=tmp_path).stdout)
    assert {
        "participating", "since", "installation_id", "decided_by", "policy_pending", "profile",
        "interval_days", "next_due", "categories", "withheld", "endpoint", "policy", "outbox",
        "last_upload", "next_attempt", "problems",
    } <= set(status)  # fmt: skip
    assert status["state"] == "not_taking_part"
    assert status["sending"] is False and status["attention"] == []
