"""The tray builds each report in a child process that gives its memory back when it ends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from cep_gui.child_builder import ChildProcessBuilder, request_from_json, request_to_json
from cep_gui.core.client import BuildRequest
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.exceptions import Failed
from cep_gui.receiver.server import ReceiverServer

REQUEST = BuildRequest(
    selected=("host_hardware", "usage"),
    withheld=("host_software", "vm_software", "vm_config"),
    profile="desktop",
    installation_id="0b9f0b4e-0000-4000-8000-000000000001",
    deletion_key_hash="a" * 64,
    today=date(2026, 12, 5),
    period_start=date(2026, 11, 28),
    usage={"feature": {"send_now": 2}, "problem": {}},
    config=CollectConfig(vm_folders=("/srv/vms",)),
    excluded_fields=("usage.problems.counts",),
)


def test_a_request_travels_to_the_child_unchanged() -> None:
    assert request_from_json(request_to_json(REQUEST)) == REQUEST


def test_the_child_builds_the_report_the_request_asks_for() -> None:
    builder = ChildProcessBuilder([sys.executable, "-m", "cep_gui"])
    report = builder(REQUEST)
    assert json.loads(report.payload) == report.document
    assert report.document["installation_id"] == REQUEST.installation_id
    assert report.document["deletion_key_hash"] == "a" * 64
    assert set(report.document["sections"]) == {"host_hardware", "usage"}
    assert report.document["sections"]["usage"]["features"]["counts"] == {"send_now": 2}
    assert report.document["withheld"] == sorted(REQUEST.withheld)


def test_a_failing_child_is_one_plain_error() -> None:
    builder = ChildProcessBuilder([sys.executable, "-c", "import sys; sys.exit('no disk')"])
    with pytest.raises(Failed, match="the report could not be built: no disk"):
        builder(REQUEST)


PARENT = textwrap.dedent(
    """
    import asyncio, os, sys
    from pathlib import Path
    from cep_gui.child_builder import ChildProcessBuilder
    from cep_gui.core.client import CepClient, Overrides
    from cep_gui.core.consent import Source
    from cep_gui.core.policy_sources import PolicyLocations
    data = Path(sys.argv[1])
    client = CepClient(data, overrides=Overrides(endpoint=sys.argv[2]),
                       policy_locations=PolicyLocations("linux", data / "none",
                                                        trusted_uid=os.geteuid()))
    client.join(Source.USER)
    result = asyncio.run(client.send_now(ChildProcessBuilder([sys.executable, "-m", "cep_gui"])))
    loaded = sorted(m for m in sys.modules if m.startswith("cep_gui.collectors."))
    print(result.delivered, loaded)
    """
)


def test_the_sending_process_never_loads_a_collector(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PARENT, str(tmp_path / "data"), receiver.url],
        capture_output=True, text=True, check=True, timeout=120, env=dict(os.environ),
    ).stdout  # fmt: skip
    assert out.strip() == "True []"
    ((_, _, body),) = receiver.db.reports()
    assert json.loads(body)["sections"]


def test_a_cep_gui_folder_in_the_working_folder_is_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tray may be started from any folder; a folder there named like the program must
    not be what builds the report."""
    from cep_gui.core.autostart import app_command

    planted = tmp_path / "cep_gui"
    planted.mkdir()
    (planted / "__init__.py").write_text("raise SystemExit('the planted copy ran')\n")
    (planted / "__main__.py").write_text("raise SystemExit('the planted copy ran')\n")
    monkeypatch.chdir(tmp_path)
    report = ChildProcessBuilder(app_command())(REQUEST)
    assert report.document["installation_id"] == REQUEST.installation_id
