"""*Waiting for review*: the report that waits for the user's answer before it is sent.

With "Ask me before each report is sent" on, a due report is sealed and held. This
view shows exactly that report, both as the viewer's rows (each field, each list
entry, in the user's language) and as the exact document, and offers the three
answers: *Send this report* (sent at once), *Don't send* (this period is skipped,
recorded as skipped, never sent) and *Remind me tomorrow*. A report nobody answers
within 14 days is skipped by core, never sent.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import Catalog
from cep_gui.core.client import REVIEW_TIMEOUT
from cep_gui.core.outbox import OutboxItem
from cep_gui.core.report_rows import Kind, report_rows
from cep_gui.ui.controller import AppController
from cep_gui.ui.row_model import (
    DESCRIPTION,
    FIELD,
    KEY_ROLE,
    PRIVACY,
    VALUE,
    RowModel,
    fit_field_column,
)
from cep_gui.ui.sent_tab import pretty
from cep_gui.ui.texts import moment, number


class ReviewTab(QWidget):
    # The user answered: "sent", "skipped" or "later".
    answered = Signal(str)

    def __init__(
        self, controller: AppController, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = catalog
        self.item: OutboxItem | None = None
        layout = QVBoxLayout(self)

        self.note = QLabel(
            self.tr(
                "This report waits for your review before it is sent. Below is exactly what would be sent: every field, and the document itself."
            )
        )
        self.note.setWordWrap(True)
        self.note.setAutoFillBackground(True)
        self.note.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.note.setMargin(6)
        layout.addWidget(self.note)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)

        self.model = RowModel(
            [self.tr("Field"), self.tr("Value"), self.tr("Privacy"), self.tr("Description")]
        )
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Fields of the report"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRIVACY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FIELD, 240)
        header.resizeSection(DESCRIPTION, 150)  # the document beside it says it all
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Exact document"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 400])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.send = QPushButton(self.tr("Send this re&port"))
        self.skip = QPushButton(self.tr("Don'&t send"))
        self.skip.setAccessibleDescription(
            self.tr("Skip this period: the report is recorded as skipped and never sent.")
        )
        self.later = QPushButton(self.tr("Re&mind me tomorrow"))
        self.send.clicked.connect(self._send)
        self.skip.clicked.connect(self._skip)
        self.later.clicked.connect(self._later)
        buttons.addWidget(self.send)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.later)
        layout.addLayout(buttons)
        self._sending = False
        self._task: asyncio.Task[None] | None = None
        controller.busyChanged.connect(lambda _busy: self._update_buttons())

    # -- content ---------------------------------------------------------------------

    def reload(self) -> bool:
        """Show the oldest report that waits for review; False when none waits."""
        held = self.controller.held_reports()
        item = held[0] if held else None
        if item is not None and self.item is not None and item.id == self.item.id:
            self.item = item  # the same report (perhaps reminded later): keep the view
            self._show_facts()
            self._update_buttons()
            return True
        self.item = item
        if item is None:
            self.model.set_rows([])
            self.text.clear()
            self.facts.setText("")
            self._update_buttons()
            return False
        try:
            document: Any = json.loads(item.payload)
        except ValueError:
            document = {}
        categories = self.controller.state.profile.categories
        rows = report_rows(document if isinstance(document, dict) else {}, self.catalog,
                           categories)  # fmt: skip
        self.model.set_rows(rows)
        fit_field_column(self.tree, self.model)
        for index in self.model.walk():
            row = self.model.rows.get(str(index.data(KEY_ROLE)))
            if row is not None and row.kind in (Kind.CATEGORY, Kind.ITEM):
                self.tree.setExpanded(index, True)
        self.text.setPlainText(pretty(item.payload))
        self._show_facts()
        self._update_buttons()
        return True

    def _show_facts(self) -> None:
        item = self.item
        if item is None:
            return
        lines = [
            self.tr("Built on %1; %2 bytes, shown with indentation.")
            .replace("%1", moment(item.created))
            .replace("%2", number(len(item.payload)))
        ]
        now = self.controller.client.clock.now()
        if item.remind_at is not None and item.remind_at > now:
            lines.append(
                self.tr("You asked to be reminded; the next reminder is on %1.").replace(
                    "%1", moment(item.remind_at)
                )
            )
        lines.append(
            self.tr("If you do not answer by %1, it is skipped and never sent.").replace(
                "%1", moment(item.created + REVIEW_TIMEOUT)
            )
        )
        self.facts.setText(" ".join(lines))

    def _update_buttons(self) -> None:
        usable = self.item is not None and not self.controller.busy and not self._sending
        for button in (self.send, self.skip, self.later):
            button.setEnabled(usable)

    # -- answers ---------------------------------------------------------------------

    def _send(self) -> None:
        if self.item is None:
            return
        self._sending = True
        self._update_buttons()
        self._task = asyncio.ensure_future(self._send_item(self.item.id))

    async def _send_item(self, report_id: str) -> None:
        try:
            await self.controller.send_reviewed(report_id)
        finally:
            self._sending = False
            self._update_buttons()
        self.answered.emit("sent")

    def _skip(self) -> None:
        if self.item is not None:
            self.controller.skip_review(self.item.id)
            self.answered.emit("skipped")

    def _later(self) -> None:
        if self.item is not None:
            self.controller.remind_later(self.item.id)
            self.answered.emit("later")
