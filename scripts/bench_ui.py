"""UI budgets: tray start, idle cost, viewer open and search times."""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

assert sys.platform != "win32", "POSIX only: Xvfb and Unix sockets"


@dataclass
class TrayResult:
    ready_s: float
    rss_mib: float
    cpu_s: float
    wakeups_per_min: float
    idle_s: float
    where: str


def _socket_path(data_dir: Path, runtime: Path) -> str:
    from cep_gui.ui.single_instance import server_name

    return server_name(data_dir, runtime)


def _switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def _display() -> tuple[dict[str, str], list[subprocess.Popen[bytes]], str]:
    """Xvfb with a tray host when available (a real tray icon); offscreen otherwise."""
    if shutil.which("Xvfb") and shutil.which("trayer"):
        xvfb = subprocess.Popen(["Xvfb", ":78", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = ":78"
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--widthtype", "request"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(1.0)
        return env, [trayer, xvfb], "Xvfb with a tray host"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}, [], "offscreen, no tray host"


def bench_tray(idle_seconds: float) -> TrayResult:
    """Start the real tray process, wait until it answers, then watch it idle."""
    import psutil

    from cep_gui.core.store import Store, settings_table
    from cep_gui.core.store.settings_table import UserSettings

    data = Path(tempfile.mkdtemp(prefix="cep-tray-"))
    runtime = Path(tempfile.mkdtemp(prefix="cep-tray-run-"))
    with Store.open(data) as store, store.transaction() as tx:
        # Not the first run: no Preferences window opens.
        settings_table.write(tx, UserSettings(first_run_done=True))
    env, helpers, where = _display()
    env["XDG_RUNTIME_DIR"] = str(runtime)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cep_gui", "--data-dir", str(data), "tray"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    path = _socket_path(data, runtime)
    ready = None
    while time.perf_counter() - started < 30:
        try:
            with socket.socket(socket.AF_UNIX) as probe:
                probe.settimeout(30)
                probe.connect(path)
                probe.sendall(b"ping\n")
                if probe.recv(16).startswith(b"ok"):  # answered from the running event loop
                    ready = time.perf_counter() - started
                    break
        except OSError:
            time.sleep(0.005)
    try:
        if ready is None:
            raise RuntimeError("the tray did not become ready within 30 s")
        process = psutil.Process(proc.pid)
        time.sleep(10)
        rss = process.memory_info().rss / 2**20
        cpu_before = sum(process.cpu_times()[:2])
        switches_before = _switches(proc.pid)
        time.sleep(idle_seconds)
        cpu = sum(process.cpu_times()[:2]) - cpu_before
        wakeups = (_switches(proc.pid) - switches_before) / (idle_seconds / 60)
    finally:
        proc.terminate()
        proc.wait(10)
        for helper in helpers:
            helper.terminate()
    return TrayResult(ready, rss, cpu, wakeups, idle_seconds, where)


def bench_viewer(reports: int = 1000, runs: int = 7) -> tuple[float, float]:
    """Open time of the viewer with many reports in the history, and search time (medians)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cep_gui.core.client import CepClient
    from cep_gui.core.consent import Source
    from cep_gui.core.history import list_history
    from cep_gui.environment import build_services
    from cep_gui.pipeline import live_builder
    from cep_gui.ui.controller import AppController
    from cep_gui.ui.viewer import ViewerWindow
    from tests.helpers.builders import fill_history

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="cep-viewer-"))
    services = build_services(data_dir=data)
    with CepClient(services=services) as client:
        client.join(Source.USER)
        report = client.dry_run(live_builder())
        payload = report.payload
        fill_history(client, reports, payload)
        assert len(list_history(client.store)) == reports
    controller = AppController(services, live_builder())
    opens: list[float] = []
    searches: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        window = ViewerWindow(controller)
        window.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
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
    return statistics.median(opens), statistics.median(searches)
