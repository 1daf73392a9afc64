"""Build a report in a short-lived child process, for the long-lived tray.

The tray runs for weeks and builds a report every two weeks or so. Building one loads
every collector, the VM parsers and the report code; kept in the tray, that memory
stays for good. A child process gives it back when it ends, and a collector that
crashes or hangs can only end the child. The child is the program itself (``cep-gui
_build-report``, also in a frozen bundle): it reads the build request as JSON on its
standard input and writes the report's exact bytes on its standard output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from cep_gui.core.client import BuildRequest
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.exceptions import Failed
from cep_gui.core.report import Report

#: A build that takes longer than this is stopped (collectors have their own deadline).
CHILD_TIMEOUT_S = 300.0
COMMAND = "_build-report"


def request_to_json(request: BuildRequest) -> str:
    return json.dumps(
        {
            "selected": list(request.selected),
            "withheld": list(request.withheld),
            "profile": request.profile,
            "installation_id": request.installation_id,
            "deletion_key_hash": request.deletion_key_hash,
            "today": request.today.isoformat(),
            "period_start": request.period_start.isoformat(),
            "usage": request.usage,
            "config": asdict(request.config),
            "excluded_fields": list(request.excluded_fields),
        }
    )


def request_from_json(text: str) -> BuildRequest:
    raw: dict[str, Any] = json.loads(text)
    config: Mapping[str, Any] = raw["config"]
    return BuildRequest(
        selected=tuple(raw["selected"]),
        withheld=tuple(raw["withheld"]),
        profile=str(raw["profile"]),
        installation_id=raw["installation_id"],
        deletion_key_hash=raw["deletion_key_hash"],
        today=date.fromisoformat(raw["today"]),
        period_start=date.fromisoformat(raw["period_start"]),
        usage={kind: dict(names) for kind, names in raw["usage"].items()},
        config=CollectConfig(
            sccm_url=config.get("sccm_url"),
            sccm_account=config.get("sccm_account"),
            sccm_ca_file=config.get("sccm_ca_file"),
            vm_folders=tuple(config.get("vm_folders", ())),
        ),
        excluded_fields=tuple(raw.get("excluded_fields", ())),
    )


class ChildProcessBuilder:
    """A :class:`~cep_gui.core.client.ReportBuilder` that builds in a child process."""

    def __init__(self, command: Sequence[str], environ: Mapping[str, str] | None = None) -> None:
        self.command = [*command, COMMAND]
        self.environ = dict(environ) if environ is not None else None

    def __call__(self, request: BuildRequest) -> Report:
        try:
            done = subprocess.run(
                self.command,
                input=request_to_json(request).encode("utf-8"),
                capture_output=True,
                env=self.environ,
                timeout=CHILD_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise Failed("building the report took too long, so it was stopped") from exc
        except OSError as exc:
            raise Failed(f"the report could not be built: {exc.strerror or exc}") from exc
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise Failed("the report could not be built" + (f": {reason[-1]}" if reason else ""))
        payload = done.stdout
        return Report(document=json.loads(payload), payload=payload)


def run_child() -> int:
    """The child's side: one request in, the report's bytes out."""
    from cep_gui.pipeline import live_builder

    request = request_from_json(sys.stdin.read())
    report = live_builder()(request)
    sys.stdout.buffer.write(report.payload)
    sys.stdout.flush()
    return 0
