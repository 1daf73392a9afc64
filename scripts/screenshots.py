"""Start the real app under Xvfb with a tray host and save screenshots.

    .venv/bin/python scripts/screenshots.py docs/screenshots            # English
    .venv/bin/python scripts/screenshots.py docs/screenshots --lang de  # German

Needs Debian's xvfb, trayer and imagemagick (scripts/setup.sh installs the Qt
libraries; `apt-get install xvfb trayer imagemagick`). Saves, with a ``-de`` suffix
for German: feedback.png (the Feedback pane), managed.png (the pane when IT requires
taking part), viewer-search.png (a search hit inside installed software),
viewer-sent.png (sent reports with the changes view), tray-menu.png (the tray
menu with its status line), whats-new.png ("What's new in what is collected" for a
user who agreed before the catalog's latest version) and viewer-review.png (a
report that waits for the user's review).

Demo data is made in a temp folder: the user joins, two reports go to a local
receiver three weeks apart, then the windows are shown as a user would see them.
The receiver stamps its receipts with the demo's manual clock too, so each receipt
says the day its report was sent (not the day the screenshots were made).
The only thing staged is the difference between the two reports (the first one
records an older version of one program, libssl3 or else libc6, and lacks another),
so the changes view has something to show on a machine whose software did not change
in a minute; and,
for the "What's new" page, the user's agreement to the catalog as it was before its
latest version (``Services.catalog_changes`` holds the older versions while joining).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DISPLAY = ":77"
#: The demo's policy files are written by this user, so they are trusted as root's are.
if sys.platform == "win32":
    OWNER = 0
else:
    OWNER = os.geteuid()
LANGS = {"en": ("en_US.UTF-8", "en"), "de": ("de_DE.UTF-8", "de")}


def first_catalog_version() -> Any:
    """The packaged catalog's versions as they were before its latest one: a user who
    agreed then sees the latest on the "What's new" page after the update."""
    from cep_gui.core.catalog_changes import CatalogChanges, load_changes

    packaged = load_changes()
    if packaged.current < 2:
        raise SystemExit("the catalog has one version only: nothing to show as new")
    return CatalogChanges(current=packaged.current - 1, versions=packaged.versions[:-1])


def start_x(lang: str) -> list[subprocess.Popen[bytes]]:
    for tool in ("Xvfb", "trayer", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install xvfb trayer imagemagick")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = DISPLAY
    os.environ.pop("QT_QPA_PLATFORM", None)
    os.environ.pop("WAYLAND_DISPLAY", None)
    os.environ["LANG"], os.environ["LANGUAGE"] = LANGS[lang]
    os.environ["LC_ALL"] = LANGS[lang][0]
    time.sleep(1.0)
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "28", "--SetDockType", "true", "--transparent", "false", "--tint", "0xdddddd"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(1.0)
    return [trayer, xvfb]


#: Programs the demo's first report records one version older, in order of preference,
#: with that older version and the search the viewer shows: the first one this computer
#: reports with a version is used (a version apt's lists do not hold yet, such as a fresh
#: security update, is sent empty, and an empty version cannot show an upgrade).
STAGED_VERSIONS = {"libssl3": ("3.0.11-1~deb12u2", "libssl"), "libc6": ("2.36-9+deb12u4", "libc6")}


class DemoBuilder:
    """The live builder; its first report records one program (libssl3, else libc6) one
    version older and lacks the newest-listed one, so the second report has changes to show."""

    def __init__(self) -> None:
        from cep_gui.pipeline import live_builder

        self.live = live_builder()
        self.calls = 0
        #: The program whose older version the first report holds ("" when none fits).
        self.staged = ""

    def __call__(self, request: Any) -> Any:
        from cep_gui.core.report import Report, serialize

        report = self.live(request)
        self.calls += 1
        if self.calls > 1:
            return report
        document = json.loads(report.payload)
        software = document.get("sections", {}).get("host_software", {})
        items = software.get("packages", {}).get("items", [])
        versioned = {item.get("name"): item for item in items if item.get("version")}
        for name, (older, _search) in STAGED_VERSIONS.items():
            if name in versioned:
                versioned[name]["version"] = older
                self.staged = name
                break
        if items:
            items.pop()  # the last program was installed after the first report
        return Report(document=document, payload=serialize(document))


def receive_on(clock: Any) -> None:
    """Let the in-process receiver (SQLite) read the time from the demo's clock.

    The history's times come from the client's manual clock; a receiver on the real
    clock would stamp reports "sent" three weeks ago as received today."""
    from datetime import UTC

    from cep_gui.receiver import sqlite_engine

    def now() -> str:
        moment: Any = clock.now().astimezone(UTC)
        return str(moment.isoformat(timespec="seconds"))

    sqlite_engine._now = now


async def settle_viewer(viewer: Any) -> None:
    for _ in range(200):
        await asyncio.sleep(0.1)
        task = viewer._dry_run
        if task is not None and task.done() and viewer.next.note.text() != "Collecting…":
            return


async def demo(out: Path, workdir: Path, suffix: str) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from cep_gui.core.clock import ManualClock
    from cep_gui.core.consent import Source
    from cep_gui.core.policy_sources import PolicyLocations
    from cep_gui.core.services import Overrides, Services
    from cep_gui.receiver.server import ReceiverServer
    from cep_gui.ui.controller import AppController
    from cep_gui.ui.preferences import PreferencesWindow
    from cep_gui.ui.shell import Shell
    from cep_gui.ui.viewer import ViewerWindow

    clock = ManualClock(datetime.now(UTC) - timedelta(days=23))
    receiver = ReceiverServer("127.0.0.1", 0, workdir / "receiver.sqlite3")
    receive_on(clock)
    receiver.start_in_thread()
    settings = Services(
        data_dir=workdir / "data",
        clock=clock,
        policy_locations=PolicyLocations("linux", workdir / "no-policies"),
        overrides=Overrides(endpoint=receiver.url),
        runtime_dir=workdir,
    )
    builder = DemoBuilder()
    controller = AppController(settings, builder)
    controller.save_settings(first_run_done=True)
    controller.client.join(Source.USER)
    controller.record("viewer_opened")
    clock.advance(timedelta(days=7))
    await controller.send_now()
    clock.advance(timedelta(days=14))
    controller.record("send_now")
    controller.record("viewer_opened")
    await controller.send_now()
    clock.set(datetime.now(UTC))
    controller.refresh()

    shell = Shell(controller)
    shell.start("preferences")
    app = QApplication.instance()
    assert isinstance(app, QGuiApplication)
    prefs = shell.open_preferences()
    await asyncio.sleep(1.0)
    prefs.grab().save(str(out / f"feedback{suffix}.png"))

    viewer = shell.open_viewer()
    await settle_viewer(viewer)
    viewer.tabs.setCurrentIndex(0)
    staged = builder.staged or "libssl3"
    viewer.collected.search.setText(STAGED_VERSIONS[staged][1])
    await asyncio.sleep(0.3)
    keys = [k for k in viewer.collected.visible_keys() if f"/{staged}|" in k]
    if keys:
        viewer.collected.select_key(keys[0])
    await asyncio.sleep(0.5)
    viewer.grab().save(str(out / f"viewer-search{suffix}.png"))
    viewer.collected.search.clear()
    viewer.tabs.setCurrentIndex(1)
    viewer.sent.table.selectRow(0)
    viewer.sent.changes.setChecked(True)
    await asyncio.sleep(0.5)
    viewer.grab().save(str(out / f"viewer-sent{suffix}.png"))

    viewer.hide()
    prefs.hide()
    await asyncio.sleep(0.5)
    geometry = shell.tray.icon.geometry()
    at = geometry.bottomLeft() if geometry.isValid() else QPoint(1100, 30)
    shell.tray.menu.popup(at + QPoint(-260, 4))
    await asyncio.sleep(1.0)
    shown = shell.tray.menu.geometry()
    if geometry.isValid():
        shown = shown.united(geometry)
    shown = shown.adjusted(-6, -2, 6, 6).intersected(app.primaryScreen().geometry())
    crop = ["-crop", f"{shown.width()}x{shown.height()}+{shown.x()}+{shown.y()}"]
    subprocess.run(["import", "-window", "root", *crop, str(out / f"tray-menu{suffix}.png")],
                   check=True)  # fmt: skip
    shell.tray.menu.hide()

    # The same pane on a computer where IT requires taking part.
    policies = workdir / "policies"
    (policies / "managed").mkdir(parents=True)
    allowed = ["host_hardware", "host_software", "usage"]
    policy = {"Participation": "forced_on", "AllowedCategories": allowed}
    (policies / "managed" / "10-corp.json").write_text(json.dumps(policy), encoding="utf-8")
    managed = AppController(
        Services(
            data_dir=workdir / "managed-data",
            clock=clock,
            policy_locations=PolicyLocations("linux", policies, trusted_uid=OWNER),
            overrides=Overrides(endpoint=receiver.url),
            runtime_dir=workdir,
        ),
        DemoBuilder(),
    )
    window = PreferencesWindow(managed)
    window.show()
    # Details closed: they list the raw policy settings and the demo's temp folder.
    window.feedback.banner.details_button.setChecked(False)
    await asyncio.sleep(1.0)
    window.grab().save(str(out / f"managed{suffix}.png"))
    window.hide()
    managed.close()

    # After an update: the user agreed to the catalog before its latest version.
    upgraded_services = Services(
        data_dir=workdir / "upgraded-data",
        clock=clock,
        policy_locations=PolicyLocations("linux", workdir / "no-policies"),
        overrides=Overrides(endpoint=receiver.url),
        runtime_dir=workdir,
    )
    before = AppController(
        dataclasses.replace(upgraded_services, catalog_changes=first_catalog_version()),
        DemoBuilder(),
    )
    before.save_settings(first_run_done=True)
    before.client.join(Source.USER)
    before.close()
    upgraded = AppController(upgraded_services, DemoBuilder())
    window = PreferencesWindow(upgraded)
    window.show()
    page = window.feedback.show_whats_new()
    await asyncio.sleep(1.0)
    page.grab().save(str(out / f"whats-new{suffix}.png"))
    page.hide()
    window.hide()
    upgraded.close()

    # Review before each report: the report that fell due waits for the user's answer.
    review_clock = ManualClock(datetime.now(UTC) - timedelta(days=8))
    reviewing = AppController(
        Services(
            data_dir=workdir / "review-data",
            clock=review_clock,
            policy_locations=PolicyLocations("linux", workdir / "no-policies"),
            overrides=Overrides(endpoint=receiver.url),
            runtime_dir=workdir,
        ),
        DemoBuilder(),
    )
    reviewing.client.join(Source.USER)
    reviewing.set_review(True)
    review_clock.set(datetime.now(UTC))
    reviewing.record("viewer_opened")
    await reviewing.run_due()
    review_viewer = ViewerWindow(reviewing)
    review_viewer.show()
    review_viewer.show_review()
    await settle_viewer(review_viewer)
    review_viewer.tabs.setCurrentWidget(review_viewer.review)
    await asyncio.sleep(0.5)
    review_viewer.grab().save(str(out / f"viewer-review{suffix}.png"))
    review_viewer.hide()
    reviewing.close()

    receiver.stop()
    controller.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=sorted(LANGS), default="en")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="cep-shots-"))
    processes = start_x(args.lang)
    try:
        os.environ.setdefault("QT_API", "pyside6")
        import qasync
        from PySide6.QtWidgets import QApplication

        from cep_gui.ui.i18n import install_translator
        from cep_gui.ui.style import install_focus_style

        app = QApplication(sys.argv[:1])
        app.setApplicationName("cep-gui")
        install_focus_style(app)
        install_translator(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        with loop:
            loop.run_until_complete(demo(args.folder.resolve(), workdir, suffix))
    finally:
        for process in processes:
            process.terminate()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"saved screenshots in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
