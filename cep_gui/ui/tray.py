"""The tray icon: state at a glance, the schedule's home, a short menu with a status line.

The icon, the tooltip and the menu's first line all come from the one status core
computes, so they never contradict each other or the Feedback pane. A desktop
notification is shown only when something needs the user (the server refused the
credentials, the policy is broken, a report waits for the user's review, IT turned the
program on and the user may want to look at it), once per occurrence, never for a retry that will sort itself out.
A report the user asked to be reminded of is told again once the reminder is due; a
change of what is collected is told once per catalog version (remembered in the
user's settings, so not at every start). Clicking a notification opens what it is
about: the report to review, the "What's new" page, or Preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cep_gui.core.status import Phase, Status
from cep_gui.ui.controller import AppController
from cep_gui.ui.dialogs import confirm_leave
from cep_gui.ui.icons import tray_icon
from cep_gui.ui.texts import COUNTED, catalog_covered_text, line_text
from cep_gui.ui.whats_new import informational_pending


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
    # The user clicked the notification about a report waiting for review.
    reviewRequested = Signal()
    # The user clicked the notification about a change in what is collected.
    whatsNewRequested = Signal()
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
        self.icon.messageClicked.connect(self._message_clicked)
        self.state = ""
        #: Notifications shown, as (title, text): what the user was told, in order.
        self.notifications: list[tuple[str, str]] = []
        # What the last notification was about (``review``, ``catalog``, ...).
        self.last_notice = ""
        self._notified: set[str] = set()
        # Held reports told about, with the reminder time they were told for.
        self._reviews_told: set[tuple[str, object]] = set()
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
            if attention.kind == "review":
                if self._review_due():
                    self._show("review", line_text(attention.line), warning=False)
                continue
            if attention.kind in self._notified:
                continue
            self._notified.add(attention.kind)
            self._show(
                attention.kind, line_text(attention.line), warning=attention.kind != "turned_on"
            )
        self._notify_catalog()

    def _review_due(self) -> bool:
        """A held report not told about yet, or whose "remind me tomorrow" is due now."""
        now = self.controller.client.clock.now()
        held = self.controller.held_reports()
        told = {(item.id, item.remind_at) for item in held}
        self._reviews_told &= told  # answered reports are forgotten
        due = [
            (item.id, item.remind_at)
            for item in held
            if (item.remind_at is None or item.remind_at <= now)
            and (item.id, item.remind_at) not in self._reviews_told
        ]
        self._reviews_told |= set(due)
        # a report reminded later is "told" for its new time only once that time comes
        return bool(due)

    def _notify_catalog(self) -> None:
        """What is collected changed: tell once per catalog version, across restarts."""
        state = self.controller.state
        if not state.participating or state.policy.broken:
            return
        if state.pending_fields:
            text = COUNTED.left_out_fields(len(state.pending_fields))
        elif informational_pending(self.controller):
            text = catalog_covered_text()
        else:
            return
        if self.controller.settings().notified_catalog_version >= state.catalog_version:
            return
        self.controller.client.update_settings(notified_catalog_version=state.catalog_version)
        self._show("catalog", text, warning=False)

    def _show(self, kind: str, text: str, *, warning: bool) -> None:
        title = QCoreApplication.translate("Status", "Customer Experience Program")
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if warning
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.last_notice = kind
        self.notifications.append((title, text))
        self.icon.showMessage(title, text, icon)

    def _message_clicked(self) -> None:
        if self.last_notice == "review":
            self.reviewRequested.emit()
        elif self.last_notice == "catalog":
            self.whatsNewRequested.emit()
        else:
            self.preferencesRequested.emit()

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
