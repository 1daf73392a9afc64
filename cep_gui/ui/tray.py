"""The tray icon: state at a glance, the schedule's home, a short menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cep_gui.ui.controller import AppController
from cep_gui.ui.icons import tray_icon
from cep_gui.ui.texts import tooltip


def tray_state(status: dict[str, object]) -> str:
    if status.get("problems") or (status.get("participating") and status.get("next_attempt")):
        return "problem"
    return "participating" if status.get("participating") else "not-participating"


class Tray(QObject):
    preferencesRequested = Signal()
    viewerRequested = Signal()
    sendNowRequested = Signal()
    quitRequested = Signal()

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Customer Experience Program"))
        self.preferences_action = QAction(self.tr("&Preferences…"), self.menu)
        self.viewer_action = QAction(self.tr("&What is sent…"), self.menu)
        self.send_action = QAction(self.tr("&Send now"), self.menu)
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.preferences_action.triggered.connect(self.preferencesRequested.emit)
        self.viewer_action.triggered.connect(self.viewerRequested.emit)
        self.send_action.triggered.connect(self.sendNowRequested.emit)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        self.menu.addAction(self.preferences_action)
        self.menu.addAction(self.viewer_action)
        self.menu.addAction(self.send_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.state = ""
        controller.changed.connect(self.update_view)
        controller.busyChanged.connect(lambda _busy: self.update_view())
        self.update_view()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def update_view(self) -> None:
        status = self.controller.status
        self.state = tray_state(status)
        self.icon.setIcon(tray_icon(self.state))
        self.icon.setToolTip(tooltip(status))
        self.send_action.setEnabled(self.controller.state.may_send and not self.controller.busy)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.preferencesRequested.emit()
