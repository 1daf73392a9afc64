"""Benchmark of the vms collector and of the report pipeline it feeds.

    .venv/bin/python scripts/bench_vms.py            # 9 runs, medians printed
    .venv/bin/python scripts/bench_vms.py --runs 21

1. Discovery and parsing: writes 40 files of each kind (Parallels, VirtualBox, VMware,
   libvirt, UTM), made from the realistic test fixtures, into a temporary macOS-style home
   (libvirt domains go into an extra folder, as on macOS there is no default for them), then
   times ``VmCollector.collect`` in this process. Budget: under 0.2 s.
2. The whole pipeline at 100 machines (20 of each kind): ``build_report`` (collector, privacy
   filter, validation, the report's bytes) against the collector alone, measured side by side
   in alternating runs. Budget: the pipeline costs at most 1.5x the collector's own time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cep_gui.collectors.base import ErrorSink  # noqa: E402
from cep_gui.collectors.vms.collector import VmCollector  # noqa: E402
from cep_gui.core.catalog import load_catalog  # noqa: E402
from cep_gui.pipeline import build_report  # noqa: E402
from tests.helpers.system import make_env  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "vms"
BUDGET_S = 0.2
PER_KIND = 40
#: Machines per kind in the pipeline measurement (five kinds: 100 machines).
PIPELINE_PER_KIND = 20
PIPELINE_RATIO = 1.5
CATEGORIES = ("vm_software", "vm_config")

#: (fixture, path of copy number {n} below the temp root)
LAYOUT = (
    ("parallels/ubuntu-pd18.pvm/config.pvs", "Users/bench/Parallels/VM {n}.pvm/config.pvs"),
    ("parallels/ubuntu-pd18.pvm/Snapshots.xml", "Users/bench/Parallels/VM {n}.pvm/Snapshots.xml"),
    ("virtualbox/Win11 Lab/Win11 Lab.vbox", "Users/bench/VirtualBox VMs/VM {n}/VM {n}.vbox"),
    (
        "vmware/Win11 Pro/Win11 Pro.vmx",
        "Users/bench/Virtual Machines.localized/VM {n}.vmwarevm/VM {n}.vmx",
    ),
    (
        "vmware/Win11 Pro/Win11 Pro.vmsd",
        "Users/bench/Virtual Machines.localized/VM {n}.vmwarevm/VM {n}.vmsd",
    ),
    ("libvirt/fedora-secureboot.xml", "srv/libvirt/qemu/vm-{n}.xml"),
    (
        "utm/Windows 11 ARM.utm/config.plist",
        "Users/bench/Library/Containers/com.utmapp.UTM/Data/Documents/VM {n}.utm/config.plist",
    ),
)


def populate(root: Path, per_kind: int = PER_KIND) -> int:
    written = 0
    for source, pattern in LAYOUT:
        for n in range(per_kind):
            target = root / pattern.format(n=n)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(FIXTURES / source, target)
            written += not target.name.endswith((".vmsd", "Snapshots.xml"))
    return written


def bench_collector(runs: int) -> tuple[int, int, list[float]] | None:
    with tempfile.TemporaryDirectory(prefix="bench-vms-") as tmp:
        root = Path(tmp)
        files = populate(root)
        env = make_env(root, platform="darwin", home=root / "Users" / "bench")
        collector = VmCollector(extra_folders=[root / "srv/libvirt/qemu"])
        timings: list[float] = []
        machines = 0
        for _ in range(runs + 1):  # the first run warms imports and the page cache
            errors = ErrorSink()
            start = time.perf_counter()
            values = collector.collect(env, errors)
            timings.append(time.perf_counter() - start)
            items = values["items"]
            machines = len(items) if isinstance(items, list) else 0
            if len(errors):
                print("errors:", errors.details, file=sys.stderr)
                return None
    return files, machines, timings[1:]


def bench_pipeline(runs: int) -> tuple[int, list[float], list[float]] | None:
    """The collector alone and the whole pipeline, alternating so both see the same machine."""
    catalog = load_catalog()
    with tempfile.TemporaryDirectory(prefix="bench-vms-pipeline-") as tmp:
        root = Path(tmp)
        populate(root, PIPELINE_PER_KIND)
        env = make_env(root, platform="darwin", home=root / "Users" / "bench")
        collector = VmCollector(extra_folders=[root / "srv/libvirt/qemu"])
        alone: list[float] = []
        pipeline: list[float] = []
        machines = 0
        for run in range(runs + 1):
            start = time.perf_counter()
            collector.collect(env, ErrorSink())
            collected = time.perf_counter() - start
            start = time.perf_counter()
            built = build_report(
                selected=CATEGORIES, env=env, catalog=catalog, collectors=[collector]
            )
            whole = time.perf_counter() - start
            machines = len(built.report.document["sections"].get("vms", []))
            if len(built.errors):
                print("errors:", built.errors.details, file=sys.stderr)
                return None
            if run:  # the first run warms imports and the page cache
                alone.append(collected)
                pipeline.append(whole)
    return machines, alone, pipeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    measured = bench_collector(args.runs)
    piped = bench_pipeline(args.runs)
    if measured is None or piped is None:
        return 1
    files, machines, timings = measured
    median = statistics.median(timings)
    verdict = "within" if median < BUDGET_S else "OVER"
    print(
        f"vms collector: {files} configuration files, {machines} machines, "
        f"median {median * 1000:.1f} ms over {args.runs} runs "
        f"(min {min(timings) * 1000:.1f} ms) - {verdict} the {BUDGET_S * 1000:.0f} ms budget"
    )
    count, alone, pipeline = piped
    ratio = statistics.median(pipeline) / statistics.median(alone)
    met = ratio <= PIPELINE_RATIO
    print(
        f"vms report pipeline: {count} machines, collector alone median "
        f"{statistics.median(alone) * 1000:.1f} ms, whole pipeline median "
        f"{statistics.median(pipeline) * 1000:.1f} ms: {ratio:.2f}x "
        f"({'within' if met else 'OVER'} the {PIPELINE_RATIO}x budget)"
    )
    return 0 if median < BUDGET_S and met else 1


if __name__ == "__main__":
    raise SystemExit(main())
