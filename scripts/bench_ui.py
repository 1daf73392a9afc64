"""UI budgets: the tray against a bare Qt tray (its floor), and the viewer's first shows.

Used by scripts/bench.py. The tray runs as a real process under Xvfb with a tray host
when both are installed (offscreen otherwise); "ready" is the moment its event loop
answers a ping on the single-instance socket, measured the same way for the floor.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

assert sys.platform != "win32", "POSIX only: Xvfb, /proc and Unix sockets"

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "scripts" / "bench_floors"
STARTS = 5


@dataclass
class TrayFigures:
    ready_s: float
    uss_mib: float
    rss_mib: float
    threads: int


@contextmanager
def display() -> Iterator[tuple[dict[str, str], str]]:
    """Xvfb with a tray host when available (a real tray icon); offscreen otherwise."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        yield {**os.environ, "QT_QPA_PLATFORM": "offscreen"}, "offscreen, no tray host"
        return
    xvfb = subprocess.Popen(["Xvfb", ":78", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1.0)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":78"
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--widthtype", "request"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(1.0)
    try:
        yield env, "Xvfb with a tray host"
    finally:
        trayer.terminate()
        xvfb.terminate()
        trayer.wait(10)
        xvfb.wait(10)


def ping(path: str, timeout: float = 30.0) -> float | None:
    """Seconds until the process behind ``path`` answers from its running event loop."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            with socket.socket(socket.AF_UNIX) as probe:
                probe.settimeout(timeout)
                probe.connect(path)
                probe.sendall(b"ping\n")
                if probe.recv(16).startswith(b"ok"):
                    return time.perf_counter() - started
        except OSError:
            time.sleep(0.002)
    return None


def hand_over(path: str, command: str) -> None:
    with socket.socket(socket.AF_UNIX) as conn:
        conn.settimeout(30)
        conn.connect(path)
        conn.sendall(command.encode() + b"\n")
        conn.recv(16)


def figures(pid: int) -> tuple[float, float, int]:
    import psutil

    process = psutil.Process(pid)
    memory = process.memory_full_info()
    return memory.uss / 2**20, memory.rss / 2**20, process.num_threads()


def switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def start_floor(env: dict[str, str], work: Path) -> tuple[subprocess.Popen[bytes], str]:
    path = str(work / "floor.sock")
    proc = subprocess.Popen([sys.executable, str(FLOORS / "tray_floor.py"), path], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return proc, path


def start_ours(
    command: str, env: dict[str, str], data: Path, runtime: Path
) -> tuple[subprocess.Popen[bytes], str]:
    from cep_gui.ui.single_instance import server_name

    proc = subprocess.Popen(
        [command, "--data-dir", str(data), "tray"],
        env={**env, "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return proc, server_name(data, runtime)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def report_tray(command: str, work: Path, idle_seconds: float) -> None:
    """``command`` is cep-gui as installed (bench.installed_command): the tray, and the
    child processes it builds reports in, run as a user's installation runs them."""
    from cep_gui.core.client import CepClient
    from cep_gui.core.consent import Source
    from cep_gui.environment import build_services
    from cep_gui.receiver.server import ReceiverServer

    receiver = ReceiverServer("127.0.0.1", 0, work / "receiver.sqlite3")
    receiver.start_in_thread()
    data, runtime = work / "data", work / "runtime"
    runtime.mkdir(mode=0o700)
    base = {**os.environ, "CEP_POLICY_DIR": str(work / "no-policies"),
            "CEP_ENDPOINT": receiver.url}  # fmt: skip
    with CepClient(services=build_services(base, data_dir=data)) as client:
        client.join(Source.USER)
        client.update_settings(first_run_done=True)  # no Preferences window on start
    try:
        with display() as (env, where):
            env = {**env, **{k: base[k] for k in ("CEP_POLICY_DIR", "CEP_ENDPOINT")}}
            ready_ours, ready_floor = [], []
            for _ in range(STARTS):  # alternate, as the other benchmarks do
                proc, path = start_ours(command, env, data, runtime)
                ready_ours.append(ping(path) or float("nan"))
                stop(proc)
                proc, path = start_floor(env, work)
                ready_floor.append(ping(path) or float("nan"))
                stop(proc)
            proc, path = start_floor(env, work)
            ping(path)
            time.sleep(10)
            floor = TrayFigures(statistics.median(ready_floor), *figures(proc.pid))
            stop(proc)

            proc, path = start_ours(command, env, data, runtime)
            ping(path)
            time.sleep(10)
            fresh = figures(proc.pid)
            for number in range(10):
                hand_over(path, "send-now")
                deadline = time.monotonic() + 60
                while len(list(receiver.db.reports())) <= number and time.monotonic() < deadline:
                    time.sleep(0.05)
            time.sleep(15)  # long enough for idle worker threads to end
            ours = TrayFigures(statistics.median(ready_ours), *figures(proc.pid))
            cpu_before = sum(__import__("psutil").Process(proc.pid).cpu_times()[:2])
            switches_before = switches(proc.pid)
            time.sleep(idle_seconds)
            cpu = sum(__import__("psutil").Process(proc.pid).cpu_times()[:2]) - cpu_before
            wakeups = (switches(proc.pid) - switches_before) / (idle_seconds / 60)
            sent = len(list(receiver.db.reports()))
            stop(proc)
    finally:
        receiver.stop()
    ratio = ours.ready_s / floor.ready_s
    print(f"\nTray (real processes; {where}; ready: median of {STARTS} alternating starts)")
    print(f"  {'':34} {'ready':>9} {'USS':>9} {'RSS':>9} {'threads':>8}")
    print(f"  {'floor: bare QApplication + tray':34} {floor.ready_s * 1000:6.0f} ms "
          f"{floor.uss_mib:5.1f} MiB {floor.rss_mib:5.1f} MiB {floor.threads:8}")  # fmt: skip
    print(f"  {'cep-gui tray, just started':34} {'':9} {fresh[0]:5.1f} MiB {fresh[1]:5.1f} MiB "
          f"{fresh[2]:8}")  # fmt: skip
    print(f"  {f'cep-gui tray, after {sent} sends':34} {ours.ready_s * 1000:6.0f} ms "
          f"{ours.uss_mib:5.1f} MiB {ours.rss_mib:5.1f} MiB {ours.threads:8}")  # fmt: skip
    extra = ours.uss_mib - floor.uss_mib
    print(
        f"  goals: ready {ratio:.2f}x the floor (at most 1.5x: {_verdict(ratio <= 1.5)}); "
        f"idle USS floor + {extra:.1f} MiB after 10 sends (at most + 15 MiB: "
        f"{_verdict(extra <= 15)}); {cpu:.2f} s CPU and {wakeups:.1f} context switches a "
        f"minute over {idle_seconds:.0f} s idle"
    )


def report_viewer(work: Path, reports: int = 1000, runs: int = 7) -> None:
    """Open time of the viewer with many reports, each tab's first show, and search."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_support import fill_history
    from PySide6.QtWidgets import QApplication

    from cep_gui.core.client import CepClient
    from cep_gui.core.consent import Source
    from cep_gui.environment import build_services
    from cep_gui.pipeline import live_builder
    from cep_gui.ui.controller import AppController
    from cep_gui.ui.viewer import ViewerWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    env = {**os.environ, "CEP_POLICY_DIR": str(work / "no-policies")}
    services = build_services(env, data_dir=work / "data")
    with CepClient(services=services) as client:
        client.join(Source.USER)
        report = client.dry_run(live_builder())
        fill_history(client, reports, report.payload)
    controller = AppController(services, live_builder())
    opens: list[float] = []
    firsts: dict[int, list[float]] = {}
    searches: list[float] = []
    names: list[str] = []
    for _ in range(runs):
        start = time.perf_counter()
        window = ViewerWindow(controller)
        window.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        names = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        for index in range(window.tabs.count()):
            start = time.perf_counter()
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            firsts.setdefault(index, []).append(time.perf_counter() - start)
        window.tabs.setCurrentIndex(0)
        # search the rows of a real report (each installed program is a row of its own)
        window.collected.show_report(report.document, None, "")
        for needle in ("memory", "kernel", "zzz-nothing", "installed", "libssl", ""):
            start = time.perf_counter()
            window.collected.search.setText(needle)
            app.processEvents()
            searches.append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        app.processEvents()
    controller.close()
    opened = statistics.median(opens)
    searched = statistics.median(searches)
    print(f"\nViewer with {reports:,} reports in the history (in-process, offscreen, {runs} runs)")
    print(f"  opens in {opened * 1000:.0f} ms (under 300 ms: {_verdict(opened < 0.3)}); search "
          f"{searched * 1000:.1f} ms (under 50 ms: {_verdict(searched < 0.05)})")  # fmt: skip
    for index, times in firsts.items():
        first = statistics.median(times)
        print(f"  first show of '{names[index]}': {first * 1000:.0f} ms "
              f"(under 60 ms: {_verdict(first < 0.06)})")  # fmt: skip


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"
