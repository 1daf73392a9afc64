"""The tray icon: state at a glance, the schedule's home, a short menu with a status line.

The icon, the tooltip and the menu's first line all come from the one status core
computes, so they never contradict each other or the Feedback pane. A desktop
notification is shown only when something needs the user (the server refused the
credentials, the policy is broken, a report waits for the user's review, IT turned the
program on and the user may want to look at it), once per occurrence, never for a retry that will sort itself out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cep_gui.core.status import Phase, Status
from cep_gui.ui.controller import AppController
from cep_gui.ui.dialogs import confirm_leave
from cep_gui.ui.icons import tray_icon
from cep_gui.ui.texts import line_text


def tray_state(view: Status) -> str:
    """``problem``, ``participating`` or ``not-participating``: what the icon shows."""
    problems = [a for a in view.attention if a.kind != "turned_on"]  # being joined is no fault
    if problems or view.phase in (Phase.PAUSED, Phase.LEAVING):
        return "problem"
    if view.participating and view.retry is not None:
        return "problem"
    return "participating" if view.participating else "not-participating"


def tooltip(view: Status) -> str:
    title = QCoreApplication.translate("Status", "Customer Experience Program")
    return title + "\n" + line_text(view.summary)


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
        self.status_action = QAction("", self.menu)
        self.status_action.setEnabled(False)
        self.take_part_action = QAction(self.tr("&Take part"), self.menu)
        self.take_part_action.setCheckable(True)
        self.preferences_action = QAction(self.tr("&Preferences…"), self.menu)
        self.viewer_action = QAction(self.tr("&What is collected and sent…"), self.menu)
        self.send_action = QAction(self.tr("&Send now"), self.menu)
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.take_part_action.toggled.connect(self._take_part_toggled)
        self.preferences_action.triggered.connect(self.preferencesRequested.emit)
        self.viewer_action.triggered.connect(self.viewerRequested.emit)
        self.send_action.triggered.connect(self.sendNowRequested.emit)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        self.menu.addAction(self.take_part_action)
        self.menu.addAction(self.send_action)
        self.menu.addSeparator()
        self.menu.addAction(self.preferences_action)
        self.menu.addAction(self.viewer_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.preferencesRequested.emit)
        self.state = ""
        #: Notifications shown, as (title, text): what the user was told, in order.
        self.notifications: list[tuple[str, str]] = []
        self._notified: set[str] = set()
        self._updating = False
        controller.changed.connect(self.update_view)
        controller.busyChanged.connect(lambda _busy: self.update_view())
        self.update_view()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def update_view(self) -> None:
        view = self.controller.view
        state = self.controller.state
        self.state = tray_state(view)
        self.icon.setIcon(tray_icon(self.state))
        self.icon.setToolTip(tooltip(view))
        self.status_action.setText(line_text(view.summary))
        self._updating = True
        try:
            self.take_part_action.setChecked(state.participating)
        finally:
            self._updating = False
        self.take_part_action.setEnabled(view.forced is None and not state.policy.broken)
        self.send_action.setEnabled(
            state.may_send and bool(state.allowed) and not self.controller.busy
        )
        self._notify(view)

    def _notify(self, view: Status) -> None:
        present = {a.kind for a in view.attention}
        self._notified &= present  # a resolved problem may be told again when it returns
        for attention in view.attention:
            if attention.kind in self._notified:
                continue
            self._notified.add(attention.kind)
            title = QCoreApplication.translate("Status", "Customer Experience Program")
            text = line_text(attention.line)
            icon = (
                QSystemTrayIcon.MessageIcon.Information
                if attention.kind in ("review", "turned_on")
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.notifications.append((title, text))
            self.icon.showMessage(title, text, icon)

    def _take_part_toggled(self, on: bool) -> None:
        if self._updating or on == self.controller.state.participating:
            return
        if on:
            self.controller.join()
            return
        answer = confirm_leave(None)
        if answer.leave:
            self.controller.leave(request_deletion=answer.request_deletion)
        else:
            self.update_view()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.preferencesRequested.emit()
