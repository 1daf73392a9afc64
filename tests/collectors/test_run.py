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


def test_the_registry_knows_each_collectors_categories_without_importing_it() -> None:
    from cep_gui.collectors.registry import CATEGORIES_OF, all_collectors

    by_class = {type(c).__module__.split(".")[2]: c.categories for c in all_collectors()}
    assert {name: frozenset(cats) for name, cats in by_class.items()} == CATEGORIES_OF


def test_a_run_imports_only_the_collectors_of_its_categories() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from cep_gui.collectors.registry import collectors_for\n"
        "collectors_for(['host_hardware', 'usage'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('cep_gui.collectors.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    assert "cep_gui.collectors.hardware.collector" in out
    assert "cep_gui.collectors.sccm" not in out and "cep_gui.collectors.vms" not in out
