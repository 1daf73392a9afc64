"""Benchmark of the vms collector: discovery and parsing of 200 configuration files.

    .venv/bin/python scripts/bench_vms.py            # 9 runs, median printed
    .venv/bin/python scripts/bench_vms.py --runs 21

Writes 40 files of each kind (Parallels, VirtualBox, VMware, libvirt, UTM), made
from the realistic test fixtures, into a temporary macOS-style home (libvirt
domains go into an extra folder, as on macOS there is no default for them), then
times ``VmCollector.collect`` in this process. Budget: under 0.2 s.
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
from tests.helpers.system import make_env  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "vms"
BUDGET_S = 0.2
PER_KIND = 40

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


def populate(root: Path) -> int:
    written = 0
    for source, pattern in LAYOUT:
        for n in range(PER_KIND):
            target = root / pattern.format(n=n)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(FIXTURES / source, target)
            written += not target.name.endswith((".vmsd", "Snapshots.xml"))
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-vms-") as tmp:
        root = Path(tmp)
        files = populate(root)
        env = make_env(root, platform="darwin", home=root / "Users" / "bench")
        collector = VmCollector(extra_folders=[root / "srv/libvirt/qemu"])
        timings: list[float] = []
        machines = 0
        for _ in range(args.runs + 1):  # the first run warms imports and the page cache
            errors = ErrorSink()
            start = time.perf_counter()
            values = collector.collect(env, errors)
            timings.append(time.perf_counter() - start)
            items = values["items"]
            machines = len(items) if isinstance(items, list) else 0
            if len(errors):
                print("errors:", errors.details, file=sys.stderr)
                return 1
        median = statistics.median(timings[1:])
    verdict = "within" if median < BUDGET_S else "OVER"
    print(
        f"vms collector: {files} configuration files, {machines} machines, "
        f"median {median * 1000:.1f} ms over {args.runs} runs "
        f"(min {min(timings[1:]) * 1000:.1f} ms) - {verdict} the {BUDGET_S * 1000:.0f} ms budget"
    )
    return 0 if median < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
