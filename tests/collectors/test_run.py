"""Collectors run side by side; a hanging or crashing one costs only its own fields."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.run import run_collectors
from cep_gui.collectors.system import SystemEnv
from tests.helpers.system import make_env


class Fixed:
    categories = frozenset({"host_hardware"})
    fields = frozenset({"host_hardware.cpu.sockets"})

    def __init__(self, name: str, values: FieldValues) -> None:
        self.name = name
        self.values = values

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        return self.values


class Hangs(Fixed):
    release = threading.Event()

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        self.release.wait(30)
        return {"host_hardware.cpu.sockets": 9}


class Crashes(Fixed):
    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        raise RuntimeError("boom")


def test_a_hanging_collector_times_out_and_others_still_report(tmp_path: Path) -> None:
    errors = ErrorSink()
    started = time.monotonic()
    results = run_collectors(
        [Fixed("good", {"host_hardware.cpu.sockets": 1}), Hangs("stuck", {}), Crashes("bad", {})],
        make_env(tmp_path),
        errors,
        deadline=0.5,
    )
    Hangs.release.set()
    assert time.monotonic() - started < 5
    assert [(r.collector, dict(r.values)) for r in results] == [
        ("good", {"host_hardware.cpu.sockets": 1}),
        ("bad", {}),
    ]
    assert errors.as_report() == [
        {"collector": "bad", "code": "failed", "count": 1},
        {"collector": "stuck", "code": "timeout", "count": 1},
    ]
