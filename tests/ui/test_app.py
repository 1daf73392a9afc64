"""The app around the windows: tray, schedule, single instance, no display, responsiveness."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cep_gui.core.client import BuildRequest
from cep_gui.core.clock import ManualClock
from cep_gui.core.report import Report
from cep_gui.core.services import Services
from cep_gui.core.store import Store, outbox_table, settings_table
from cep_gui.ui.controller import AppController
from cep_gui.ui.scheduler import MAX_WAKE, MIN_WAKE, Scheduler
from cep_gui.ui.single_instance import SingleInstance, server_name
from cep_gui.ui.tray import Tray
from tests.helpers.builders import CountingBuilder, plant_report
from tests.ui.conftest import run_async, with_endpoint


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def test_tray_icon_state_tooltip_and_menu(qtbot: QtBot, controller: AppController) -> None:
    tray = Tray(controller)
    assert tray.state == "not-participating"
    assert "Not taking part" in tray.icon.toolTip()
    assert not tray.send_action.isEnabled()
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "&Preferences…", "&What is sent…", "&Send now", "&Quit",
    ]  # fmt: skip
    controller.join()
    assert tray.state == "participating" and tray.send_action.isEnabled()
    assert "Next report" in tray.icon.toolTip()
    plant_report(controller.client, "x", b"{}")
    with controller.client.store.transaction() as tx:
        outbox_table.record_attempt(
            tx, "x", at=controller.client.clock.now(), not_before=None,
            error="the server was unreachable",
        )  # fmt: skip
    controller.refresh()
    assert tray.state == "problem"


def test_scheduler_sleeps_long_when_nothing_can_happen(controller: AppController) -> None:
    scheduler = Scheduler(controller)
    scheduler.plan()
    now = controller.client.clock.now()
    assert scheduler.next_wake == now + MAX_WAKE
    assert scheduler.timer.interval() == int(MAX_WAKE.total_seconds() * 1000)


def test_scheduler_wakes_an_overdue_machine_a_few_minutes_after_start(
    settings: Services, clock: ManualClock
) -> None:
    early = AppController(settings, CountingBuilder())
    early.join()
    early.close()
    clock.advance(timedelta(days=20))  # the computer was off when the report fell due
    controller = AppController(settings, CountingBuilder())
    scheduler = Scheduler(controller)
    scheduler.plan()
    assert scheduler.next_wake is not None
    delay = scheduler.next_wake - clock.now()
    assert timedelta(minutes=2) <= delay <= timedelta(minutes=15)
    assert delay >= MIN_WAKE
    controller.close()


def test_a_scheduled_wake_queues_and_sends(
    settings: Services, clock: ManualClock, receiver: object
) -> None:
    from cep_gui.receiver.server import ReceiverServer

    assert isinstance(receiver, ReceiverServer)
    controller = AppController(with_endpoint(settings, receiver.url), CountingBuilder())
    controller.join()
    clock.advance(timedelta(days=8))
    run_async(app(), controller.run_due())
    assert len(list(receiver.db.reports())) == 1
    assert controller.status["last_upload"]["outcome"] == "delivered"
    controller.close()


class SlowBuilder(CountingBuilder):
    def __call__(self, request: BuildRequest) -> Report:
        time.sleep(1.5)  # a collector that takes its time (a slow disk, a busy tool)
        return super().__call__(request)


def test_the_ui_stays_responsive_during_a_slow_collection(settings: Services) -> None:
    controller = AppController(settings, SlowBuilder())
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def collect_while_ticking() -> None:
        timer.start()
        await controller.next_report()
        timer.stop()

    run_async(app(), collect_while_ticking())
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50, "the event loop did not run during the collection"
    assert max(gaps) < 0.050, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    controller.close()


def test_second_start_hands_its_command_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path, tmp_path)
    first = SingleInstance(name)
    assert first.listen()
    received: list[str] = []
    first.commandReceived.connect(received.append)
    # The second start is another process, as in real life (it waits for the answer).
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from cep_gui.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "sys.exit(0 if SingleInstance(sys.argv[1]).hand_over('viewer') else 1)\n"
    )
    second = subprocess.Popen([sys.executable, "-c", probe, name])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=15000)
    assert second.returncode == 0 and received == ["viewer"]
    assert first.server is not None
    first.server.close()
    assert not SingleInstance(name).hand_over("viewer")


def test_without_a_display_the_app_says_so_and_exits_2(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "cep_gui", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().startswith("cep-gui: no display found")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_real_app_starts_once_per_user(tmp_path: Path) -> None:
    """The real entry point, as a process: it starts (first run: Preferences), and a
    second start hands its command over instead of starting again."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    argv = [sys.executable, "-m", "cep_gui", "--data-dir", str(data)]
    first = subprocess.Popen([*argv, "tray"], env=env, stderr=subprocess.DEVNULL)
    try:
        socket_path = Path(server_name(data, runtime))
        deadline = time.monotonic() + 20
        while not socket_path.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert socket_path.exists(), "the first start never began listening"
        second = subprocess.run([*argv, "viewer"], env=env, capture_output=True, timeout=30,
                                check=False)  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # still running: the second start did not replace it
        with Store.open(data) as store, store.snapshot() as conn:
            assert settings_table.read(conn).first_run_done
    finally:
        first.terminate()
        first.wait(10)
