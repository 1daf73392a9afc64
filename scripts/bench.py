"""Benchmarks for the budgets in docs/architecture.md: whole processes, side by side.

    .venv/bin/python scripts/bench.py                 # everything available
    .venv/bin/python scripts/bench.py --runs 21       # more runs for steadier medians
    .venv/bin/python scripts/bench.py --only collect,history

Every command runs as its own process under GNU time (``/usr/bin/time``), so the peak
memory is the command's own (a process forked from this harness would start at the
harness's size). Commands run alternately (ours, floor, peer, ours ...) so a busy
moment of the machine hits all of them alike, and each figure is printed beside its
floor with the ratio the budget names. Temporary data is removed at the end.

Peers and floors used when installed: inxi, neofetch, popularity-contest, hw-probe
(``apt-get install time inxi neofetch popularity-contest hw-probe xvfb trayer``).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

assert sys.platform != "win32", "POSIX only: GNU time, /proc and mount namespaces"

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "scripts")]
VENV_BIN = Path(sys.executable).parent
FLOORS = REPO / "scripts" / "bench_floors"
GNU_TIME = "/usr/bin/time"


@dataclass
class Sample:
    name: str
    argv: list[str]
    env: dict[str, str] | None = None
    wall: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)
    failed: int = 0

    def run_once(self) -> None:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            started = time.perf_counter()
            proc = subprocess.run(
                [GNU_TIME, "-f", "%M", "-o", report.name, *self.argv],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env=self.env, check=False,
            )  # fmt: skip
            elapsed = time.perf_counter() - started
            text = Path(report.name).read_text().strip().splitlines()
        if proc.returncode != 0:
            self.failed += 1
        self.wall.append(elapsed)
        self.rss_mib.append(int(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan"))

    @property
    def ms(self) -> float:
        return statistics.median(self.wall) * 1000

    @property
    def mib(self) -> float:
        return statistics.median(self.rss_mib)


def alternate(samples: Sequence[Sample], runs: int) -> None:
    for sample in samples:  # warm the page cache once, for everybody
        sample.run_once()
        sample.wall.clear()
        sample.rss_mib.clear()
    for _ in range(runs):
        for sample in samples:
            sample.run_once()


def installed(argv0: str) -> bool:
    return shutil.which(argv0) is not None or Path(argv0).exists()


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(samples: Sequence[Sample], reference: Sample) -> None:
    print(f"  {'command':40} {'median':>9} {'peak RSS':>10} {'vs ours':>8} {'runs':>5}")
    for s in samples:
        note = f"  ({s.failed} failed)" if s.failed else ""
        print(
            f"  {s.name:40} {s.ms:6.0f} ms {s.mib:7.1f} MiB {s.ms / reference.ms:7.2f}x "
            f"{len(s.wall):5}{note}"
        )


def machine_details() -> str:
    packages = "?"
    status = Path("/var/lib/dpkg/status")
    if status.exists():
        packages = str(status.read_text(errors="replace").count("Status: install ok installed"))
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} CPUs · "
        f"Python {platform.python_version()} · {packages} dpkg packages installed"
    )


def compile_package() -> None:
    """Write bytecode as a normal installation has it (pip compiles on install)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "cep_gui")],
        check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""},
    )  # fmt: skip


def runtime_closure() -> list[metadata.Distribution]:
    """The distributions a plain ``pip install cep-gui`` brings: its requirements without
    extras, and theirs, for this platform."""
    from packaging.requirements import Requirement

    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [("cep-gui", frozenset())]
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found and not extras:
            continue
        dist = found.setdefault(key, metadata.distribution(name))
        for line in dist.requires or []:
            req = Requirement(line)
            wanted = [{"extra": e} for e in (*extras, "")]
            if req.marker is None or any(req.marker.evaluate(w) for w in wanted):
                todo.append((req.name, frozenset(req.extras)))
    del found["cep-gui"]
    return list(found.values())


def runtime_dependencies(target: Path) -> Path:
    """A folder holding only the runtime dependencies (links into this venv): what a user's
    installation imports, without the test tools that would load themselves into it
    (httpcore imports trio when it is present, httpx imports click and pygments)."""
    target.mkdir()
    for dist in runtime_closure():
        root = Path(str(dist.locate_file("")))
        tops = {Path(str(f)).parts[0] for f in dist.files or ()}
        for top in sorted(tops - {"..", "__pycache__"}):
            if (root / top).exists() and not (target / top).exists():
                (target / top).symlink_to(root / top)
    return target


def installed_command(work: Path) -> str:
    """cep-gui installed as a user installs it: a venv of its own, the package copied in
    (not the development checkout's editable hook, which costs every start ~15 ms) and
    byte-compiled, with only its runtime dependencies (linked from this venv)."""
    target = work / "installed"
    if not (target / "bin" / "cep-gui").exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
        site = next((target / "lib").glob("python3*/site-packages"))
        deps = runtime_dependencies(work / "runtime-dependencies")
        (site / "cep-bench-dependencies.pth").write_text(str(deps) + "\n")
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(target / "bin" / "python"), "install",
             "-q", "--no-deps", "--disable-pip-version-check", str(REPO)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        subprocess.run([str(target / "bin" / "python"), "-m", "compileall", "-q", str(site)],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return str(target / "bin" / "cep-gui")


def quiet_env(work: Path) -> dict[str, str]:
    """No policy, a data folder of the benchmark's own."""
    return {
        **os.environ,
        "CEP_POLICY_DIR": str(work / "no-policies"),
        "CEP_DATA_DIR": str(work / "data"),
        "XDG_CACHE_HOME": str(work / "cache"),
    }


# -- collection ---------------------------------------------------------------------------


def bench_collect(work: Path, runs: int) -> None:
    env = quiet_env(work)
    ours = Sample("cep-gui collect --json", [installed_command(work), "collect", "--json"], env)
    floor = Sample(
        "floor: minimal Python collector",
        [sys.executable, str(FLOORS / "collect_floor.py")],
    )
    peers = [
        Sample("inxi -F", ["inxi", "-F"]),
        Sample("neofetch --stdout", ["neofetch", "--stdout"]),
        Sample("popularity-contest", ["/usr/sbin/popularity-contest"]),
        Sample("hw-probe -all -show (no upload)", ["hw-probe", "-all", "-show"]),
    ]
    present = [p for p in peers if installed(p.argv[0])]
    missing = [p.name for p in peers if p not in present]
    alternate([ours, floor, *present], runs)
    print("\nCollection as a whole process")
    table([ours, floor, *present], ours)
    if missing:
        print(f"  (not installed, so not compared: {', '.join(missing)})")
    inxi = next((p for p in present if p.name == "inxi -F"), None)
    goals = [
        f"{ours.ms / floor.ms:.2f}x the floor (at most 1.6x: {verdict(ours.ms <= 1.6 * floor.ms)})",
        f"{ours.mib:.1f} MiB (at most 30 MiB: {verdict(ours.mib <= 30)})",
    ]
    if inxi is not None:
        goals.insert(0, f"{ours.ms / inxi.ms:.2f}x inxi -F (at most 0.2x: "
                        f"{verdict(ours.ms <= 0.2 * inxi.ms)})")  # fmt: skip
    print("  goals: " + "; ".join(goals))


def synthetic_status(count: int, target: Path) -> None:
    """A dpkg status file of ``count`` installed packages with realistic entries."""
    lines = []
    for n in range(count):
        lines.append(
            f"Package: bench-package-{n:06d}-with-a-realistic-name\n"
            "Status: install ok installed\nPriority: optional\nSection: libs\n"
            f"Installed-Size: {100 + n % 900}\nMaintainer: Debian <debian@example.org>\n"
            f"Architecture: amd64\nVersion: {1 + n % 7}.{n % 13}.{n % 31}-{1 + n % 3}\n"
            "Description: a package of the benchmark\n"
        )
    target.write_text("\n".join(lines), encoding="utf-8")


def bench_growth(work: Path, runs: int) -> None:
    """``collect`` with 1,000 and with 20,000 packages, in a mount namespace where a
    synthetic dpkg status file stands in for the real one (needs root)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("\nGrowth with packages: skipped (needs root for a private mount namespace)")
        return
    env = quiet_env(work)
    samples = []
    for count in (1_000, 20_000):
        status = work / f"status-{count}"
        synthetic_status(count, status)
        script = (
            f"mount --bind {status} /var/lib/dpkg/status && "
            f"exec {VENV_BIN / 'cep-gui'} collect --json --category host_software"
        )
        samples.append(
            Sample(f"collect, {count:,} packages", ["unshare", "-m", "sh", "-c", script], env)
        )
    alternate(samples, runs)
    print("\nGrowth with installed packages (host_software only, synthetic dpkg status)")
    table(samples, samples[0])
    ratio = samples[1].ms / samples[0].ms
    print(f"  goal: 20k at most 2x the 1k figure: {ratio:.2f}x ({verdict(ratio <= 2)})")


# -- history ---------------------------------------------------------------------------------


def bench_history(work: Path, runs: int, reports: int = 10_000) -> None:
    from bench_support import fill_history

    from cep_gui.core.client import CepClient
    from cep_gui.core.consent import Source
    from cep_gui.core.store import DB_NAME
    from cep_gui.environment import build_services
    from cep_gui.pipeline import live_builder

    env = quiet_env(work)
    data = Path(env["CEP_DATA_DIR"])
    services = build_services(env, data_dir=data)
    with CepClient(services=services) as client:
        client.join(Source.USER)
        payload = client.dry_run(live_builder()).payload
        fill_history(client, reports, payload)
        client.store.read().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (data / DB_NAME).stat().st_size
    cli = str(VENV_BIN / "cep-gui")
    listing = Sample(f"cep-gui history ({reports:,} reports)", [cli, "history"], env)
    as_json = Sample(f"cep-gui history --json ({reports:,})", [cli, "history", "--json"], env)
    floor = Sample("floor: cep-gui --version", [cli, "--version"], env)
    alternate([listing, as_json, floor], max(3, runs // 2))
    print("\nHistory")
    per_report = size / reports / 1024
    print(
        f"  store: {size / 2**20:.1f} MiB for {reports:,} reports of {len(payload):,} bytes each: "
        f"{per_report:.1f} KB a report (at most 12 KB: {verdict(per_report <= 12)})"
    )
    table([listing, as_json, floor], listing)
    ok = listing.mib <= 40 and listing.ms <= 300
    print(f"  goal: history at most 40 MiB and 0.3 s: {listing.mib:.1f} MiB, {listing.ms:.0f} ms "
          f"({verdict(ok)}); --json streams: {as_json.mib:.1f} MiB")  # fmt: skip


# -- main -----------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[Path, int, argparse.Namespace], None]] = {
    "collect": lambda work, runs, args: bench_collect(work, runs),
    "growth": lambda work, runs, args: bench_growth(work, runs),
    "history": lambda work, runs, args: bench_history(work, runs),
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--idle", type=float, default=60.0, help="seconds to watch the idle tray")
    parser.add_argument(
        "--only", default="", help="comma-separated sections: " + ", ".join(
            [*SECTIONS, "tray", "viewer", "vms", "fleet", "receiver"]
        ),
    )  # fmt: skip
    args = parser.parse_args()
    if not Path(GNU_TIME).exists():
        print("cep-gui: the benchmark needs GNU time (apt-get install time)", file=sys.stderr)
        return 2
    chosen = {s for s in args.only.split(",") if s} or {*SECTIONS, "tray", "viewer", "vms", "fleet"}
    print("cep-gui benchmarks")
    print(machine_details())
    compile_package()
    with tempfile.TemporaryDirectory(prefix="cep-bench-") as temp:
        work = Path(temp)
        for name, section in SECTIONS.items():
            if name in chosen:
                (work / name).mkdir()
                section(work / name, args.runs, args)
        if "tray" in chosen:
            from bench_ui import report_tray

            (work / "tray").mkdir()
            report_tray(installed_command(work), work / "tray", args.idle)
        if "viewer" in chosen:
            from bench_ui import report_viewer

            (work / "viewer").mkdir()
            report_viewer(work / "viewer")
    if "vms" in chosen:
        print("\nVirtual machines")
        vms = subprocess.run(
            [sys.executable, str(REPO / "scripts" / "bench_vms.py")],
            capture_output=True, text=True, check=False, cwd=REPO,
        )  # fmt: skip
        print("  " + (vms.stdout or vms.stderr).strip().replace("\n", "\n  "))
    if "fleet" in chosen:
        from bench_support import report_fleet

        report_fleet()
    if "receiver" in chosen:
        bench_receiver = REPO / "scripts" / "bench_receiver.py"
        if bench_receiver.exists():
            subprocess.run([sys.executable, str(bench_receiver)], check=False, cwd=REPO)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
