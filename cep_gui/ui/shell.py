"""The running app: one controller, the tray, the windows (made on first use)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from cep_gui.ui.controller import AppController
from cep_gui.ui.scheduler import Scheduler
from cep_gui.ui.tray import Tray

if TYPE_CHECKING:  # the windows' modules load when a window is first opened, not at start
    from cep_gui.ui.preferences import PreferencesWindow
    from cep_gui.ui.viewer import ViewerWindow


class Shell(QObject):
    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.preferences: PreferencesWindow | None = None
        self.viewer: ViewerWindow | None = None
        self.tray = Tray(controller, self)
        self.tray.preferencesRequested.connect(lambda: self.open_preferences())
        self.tray.viewerRequested.connect(self.open_viewer)
        self.tray.reviewRequested.connect(self.open_review)
        self.tray.whatsNewRequested.connect(self.open_whats_new)
        self.tray.sendNowRequested.connect(self.send_now)
        self.tray.quitRequested.connect(self.quit)
        self.scheduler = Scheduler(controller, self)
        self._tasks: set[asyncio.Task[object]] = set()

    def start(self, command: str) -> None:
        """``tray`` (the default), ``preferences`` or ``viewer``."""
        has_tray = Tray.available()
        if has_tray:
            self.tray.show()
        self.scheduler.plan()
        first_run = not self.controller.settings().first_run_done
        if first_run:
            self.controller.save_settings(first_run_done=True)
        if command == "viewer":
            self.open_viewer()
        elif command == "preferences" or first_run or not has_tray:
            self.open_preferences()
        if not has_tray and self.preferences is not None:
            self.preferences.statusBar().showMessage(
                self.tr(
                    "No system tray was found, so there is no tray icon. Reports are sent on schedule while this window is open (minimized is fine)."
                )
            )
            QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]

    def handle(self, command: str) -> None:
        """A second start of the app asked for something: show it here."""
        if command == "ping":  # asked only whether this app is up and responding
            return
        if command == "viewer":
            self.open_viewer()
        elif command == "send-now":  # a launcher's "Send feedback now", or a script
            self.send_now()
        else:
            self.open_preferences()

    def open_preferences(self, page: str = "feedback") -> PreferencesWindow:
        if self.preferences is None:
            from cep_gui.ui.preferences import PreferencesWindow

            self.preferences = PreferencesWindow(self.controller)
            self.preferences.showCollected.connect(self.open_viewer)
            self.preferences.reviewRequested.connect(self.open_review)
            self.preferences.feedback.sendNowRequested.connect(self.send_now)
            self.controller.record("preferences_opened")
        self.preferences.show_page(page)
        _raise(self.preferences)
        return self.preferences

    def open_viewer(self) -> ViewerWindow:
        if self.viewer is None:
            from cep_gui.ui.viewer import ViewerWindow

            self.viewer = ViewerWindow(self.controller)
            self.controller.record("viewer_opened")
        if self.viewer.isVisible():
            self.viewer.refresh_dry_run()  # shown again: collect afresh
        _raise(self.viewer)  # showing it re-checks policy and collects
        return self.viewer

    def open_review(self) -> ViewerWindow:
        """The viewer, on the report that waits for the user's review."""
        viewer = self.open_viewer()
        viewer.show_review()
        return viewer

    def open_whats_new(self) -> None:
        """ "What's new in what is collected", over the Feedback pane it belongs to."""
        self.open_preferences().feedback.show_whats_new()

    def send_now(self) -> None:
        task = asyncio.ensure_future(self.controller.send_now())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def quit(self) -> None:
        self.controller.close()
        QApplication.quit()


def _raise(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
