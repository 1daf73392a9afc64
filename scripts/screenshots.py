"""Start the real app under Xvfb with a tray host and save screenshots.

    .venv/bin/python scripts/screenshots.py docs/screenshots

Needs Debian's xvfb, trayer and imagemagick (scripts/setup.sh installs the Qt
libraries; `apt-get install xvfb trayer imagemagick`). Saves feedback.png,
viewer-collected.png, viewer-sent.png and tray-menu.png into the given folder.
Demo data is made in a temp folder: the user joins, two reports go to a local
receiver, then the windows are shown exactly as a user would see them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DISPLAY = ":77"


def start_x(workdir: Path) -> list[subprocess.Popen[bytes]]:
    for tool in ("Xvfb", "trayer", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install xvfb trayer imagemagick")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = DISPLAY
    os.environ.pop("QT_QPA_PLATFORM", None)
    os.environ.pop("WAYLAND_DISPLAY", None)
    os.environ["LANG"] = os.environ.get("SCREENSHOT_LANG", "en_US.UTF-8")
    time.sleep(1.0)
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "28", "--SetDockType", "true", "--transparent", "false", "--tint", "0xdddddd"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(1.0)
    return [trayer, xvfb]


async def demo(out: Path, workdir: Path) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from cep_gui.core.clock import ManualClock
    from cep_gui.core.consent import Source
    from cep_gui.core.policy_sources import PolicyLocations
    from cep_gui.core.services import Overrides, Services
    from cep_gui.pipeline import live_builder
    from cep_gui.receiver.server import ReceiverServer
    from cep_gui.ui.controller import AppController
    from cep_gui.ui.shell import Shell

    receiver = ReceiverServer("127.0.0.1", 0, workdir / "receiver.sqlite3")
    receiver.start_in_thread()
    from datetime import UTC, datetime

    clock = ManualClock(datetime.now(UTC) - timedelta(days=21))
    settings = Services(
        data_dir=workdir / "data",
        clock=clock,
        policy_locations=PolicyLocations("linux", workdir / "no-policies"),
        overrides=Overrides(endpoint=receiver.url),
        runtime_dir=workdir,
    )
    controller = AppController(settings, live_builder())
    controller.save_settings(first_run_done=True)
    controller.client.join(Source.USER)
    controller.record("viewer_opened")
    clock.advance(timedelta(days=7))
    await controller.send_now()
    clock.advance(timedelta(days=14))
    controller.record("send_now")
    await controller.send_now()
    clock.set(datetime.now(UTC))
    controller.refresh()

    shell = Shell(controller)
    shell.start("preferences")
    app = QApplication.instance()
    assert app is not None
    prefs = shell.open_preferences()
    prefs.resize(900, 760)
    await asyncio.sleep(1.0)
    prefs.grab().save(str(out / "feedback.png"))

    viewer = shell.open_viewer()
    viewer.resize(1180, 720)
    viewer.collected.search.setText("")
    for _ in range(100):
        await asyncio.sleep(0.1)
        if viewer.next.text.toPlainText():
            break
    viewer.tabs.setCurrentIndex(0)
    tree = viewer.collected.tree
    memory = tree.model().index(8, 0, tree.model().index(0, 0))  # Hardware → Memory
    tree.setCurrentIndex(memory)
    await asyncio.sleep(0.5)
    viewer.grab().save(str(out / "viewer-collected.png"))
    viewer.tabs.setCurrentIndex(1)
    viewer.sent.table.selectRow(0)
    viewer.sent.changes.setChecked(True)
    await asyncio.sleep(0.5)
    viewer.grab().save(str(out / "viewer-sent.png"))

    viewer.hide()
    prefs.hide()
    await asyncio.sleep(0.5)
    geometry = shell.tray.icon.geometry()
    at = geometry.bottomLeft() if geometry.isValid() else QPoint(1100, 30)
    shell.tray.menu.popup(at + QPoint(-150, 4))
    await asyncio.sleep(1.0)
    crop = ["-crop", "520x240+760+0"]
    subprocess.run(["import", "-window", "root", *crop, str(out / "tray-menu.png")], check=True)
    shell.tray.menu.hide()
    receiver.stop()
    controller.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="cep-shots-"))
    processes = start_x(workdir)
    try:
        os.environ.setdefault("QT_API", "pyside6")
        import qasync
        from PySide6.QtWidgets import QApplication

        from cep_gui.ui.i18n import install_translator

        app = QApplication(sys.argv[:1])
        app.setApplicationName("cep-gui")
        install_translator(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(demo(args.folder.resolve(), workdir))
    finally:
        for process in processes:
            process.terminate()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"saved screenshots in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
