"""The transparency viewer: what is collected, what was sent, what would be sent next.

It refreshes itself whenever consent, a category or policy changes and after every
send (the controller's ``changed`` and ``historyChanged``); while it is hidden it
only notes that it is stale, and collects again when it is shown. Ctrl+F goes to
the search, Ctrl+W and Escape close the window. While a report waits for the
user's review, a first tab shows exactly that report with the three answers; it
goes away once nothing waits.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from cep_gui.core.catalog import load_catalog
from cep_gui.core.exceptions import CepError
from cep_gui.core.status import Phase
from cep_gui.ui.collected_tab import CollectedTab
from cep_gui.ui.controller import AppController
from cep_gui.ui.icons import app_icon
from cep_gui.ui.review_tab import ReviewTab
from cep_gui.ui.sent_tab import SentTab, pretty
from cep_gui.ui.texts import reason

__all__ = ["NextTab", "ViewerWindow", "pretty"]


class NextTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Collecting…"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Next report"))
        layout.addWidget(self.text)

    def show_report(self, payload: bytes) -> None:
        self.note.setText(
            self.tr(
                "This is exactly what would be sent now (%1 bytes before compression; shown with indentation)."
            ).replace("%1", QLocale().toString(len(payload)))
        )
        self.text.setPlainText(pretty(payload))

    def show_state(self, note: str, placeholder: str) -> None:
        """A state in which no report would be sent: say so, show no report."""
        self.note.setText(note)
        self.text.clear()
        self.text.setPlaceholderText(placeholder)


class ViewerWindow(QMainWindow):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        catalog = load_catalog()
        self.setWindowTitle(self.tr("What is collected and sent"))
        self.setWindowIcon(app_icon())
        self.resize(1180, 740)
        self.tabs = QTabWidget()
        self.collected = CollectedTab(catalog, controller.state.profile.categories)
        self.sent = SentTab(controller, catalog)
        self.next = NextTab()
        self.review = ReviewTab(controller, catalog)
        self.review.answered.connect(self._review_answered)
        self.tabs.addTab(self.collected, self.tr("What is &collected"))
        self.tabs.addTab(self.sent, self.tr("&Sent reports"))
        self.tabs.addTab(self.next, self.tr("&Next report"))
        self.setCentralWidget(self.tabs)
        self.sync_review()
        self._dry_run: asyncio.Task[None] | None = None
        self._again = False
        self._stale = False
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcuts(_keys(QKeySequence.StandardKey.Find, "Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcuts(_keys(QKeySequence.StandardKey.Close, "Ctrl+W", "Escape"))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.find_action)
        self.addAction(self.close_action)
        controller.changed.connect(self.changed)
        controller.historyChanged.connect(self.changed)

    # -- review before sending -----------------------------------------------------------

    def sync_review(self) -> bool:
        """Show the review tab while a report waits for review, and only then."""
        waiting = self.review.reload()
        index = self.tabs.indexOf(self.review)
        if waiting and index < 0:
            self.tabs.insertTab(0, self.review, self.tr("Waiting for re&view"))
        elif not waiting and index >= 0:
            self.tabs.removeTab(index)
        return waiting

    def show_review(self) -> bool:
        """Open on the report that waits for review (False: none waits any more)."""
        if self.sync_review():
            self.tabs.setCurrentWidget(self.review)
            return True
        return False

    def _review_answered(self, answer: str) -> None:
        self.sync_review()
        if answer in ("sent", "skipped"):
            self.tabs.setCurrentWidget(self.sent)
            if self.sent.model.rows:
                self.sent.table.selectRow(0)  # the report just answered, newest first

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.collected)
        self.collected.search.setFocus()
        self.collected.search.selectAll()

    def changed(self) -> None:
        """Consent, categories, policy or the history changed: collect again."""
        self.sync_review()
        if self.isVisible():
            self.refresh_dry_run()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stale = False
        # IT may have changed a policy meanwhile: re-check it; the refresh that follows
        # (``changed``) collects again.
        self.controller.policy_changed()

    def refresh_dry_run(self) -> None:
        """Collect in the background; the window stays responsive meanwhile."""
        if self._dry_run is None or self._dry_run.done():
            job = self._collect()
            try:
                self._dry_run = asyncio.ensure_future(job)
            except RuntimeError:  # no event loop yet: collect at the next chance
                job.close()
                self._stale = True
        else:
            self._again = True  # a change arrived while collecting: collect once more

    async def _collect(self) -> None:
        while True:
            self._again = False
            await self._collect_once()
            if not self._again:
                return

    async def _collect_once(self) -> None:
        if self.controller.closed:
            return  # the app is quitting: its store is closed, nothing to show any more
        state = self.controller.state
        view = self.controller.view
        if view.phase is Phase.PAUSED:
            message = self.tr("Nothing is collected while your organization's policy is broken.")
            self.collected.show_problem(message)
            self.next.show_state(message, "")
            return
        try:
            report = await self.controller.next_report()
        except CepError as exc:
            if self.controller.closed:
                return  # closed while collecting (the app quit): the store went with it
            message = self.tr("Nothing could be collected: %1.").replace("%1", reason(str(exc)))
            self.collected.show_problem(message)
            self.next.show_state(message, "")
            return
        except Exception as exc:  # a collector bug must not leave the window blank
            message = self.tr("Nothing could be collected: %1.").replace("%1", str(exc))
            self.collected.show_problem(message)
            self.next.show_state(message, "")
            return
        if self.controller.closed:
            return
        baseline = self._baseline() if state.participating else None
        if not state.participating:
            note = self.tr(
                "Preview: nothing is sent while you don't take part. These are the values this computer would report after you join."
            )
            self.collected.show_report(report.document, None, note)
            self.next.show_state(
                self.tr("Preview: nothing is sent while you don't take part."),
                self.tr(
                    "After you join, the next report is shown here, exactly as it will be sent."
                ),
            )
            return
        if not state.allowed:
            note = self.tr("No category is chosen, so nothing is collected or sent.")
            self.collected.show_report(report.document, baseline, note, self._left_out())
            self.next.show_state(note, "")
            return
        self.collected.show_report(report.document, baseline, "", self._left_out())
        self.next.show_report(report.payload)

    def _left_out(self) -> dict[str, str]:
        """Fields left out of reports on purpose, with the reason the viewer says."""
        state = self.controller.state
        kept = {
            field_id: self.tr("left out: you chose to keep it out of reports")
            for field_id in state.consent.withheld_fields
        }
        pending = {
            field_id: self.tr(
                "left out until you agree to it (see What's new in what is collected)"
            )
            for field_id in state.pending_fields
        }
        return kept | pending

    def _baseline(self) -> dict[str, Any] | None:
        payload = self.controller.last_delivered_payload()
        if payload is None:
            return None
        try:
            document = json.loads(payload)
        except ValueError:
            return None
        return document if isinstance(document, dict) else None


def _keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for an action plus ours, each once (a duplicate is ambiguous)."""
    found: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), *(QKeySequence(e) for e in extra)]:
        if not key.isEmpty() and key not in found:
            found.append(key)
    return found
