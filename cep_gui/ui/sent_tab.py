"""*Sent reports*: the history in plain words and local time, what changed, and export.

Thousands of rows open at once (the model reads rows without their bodies). The
selected report is shown exactly as it was sent (indented for reading), or as a
coloured "what changed" list against the report delivered before it in the same
participation: never against a report of an earlier participation. Export writes
the exact documents sent with their metadata through a save dialog that starts in
the user's documents folder, and says where the file went.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import Catalog
from cep_gui.core.exceptions import CepError
from cep_gui.core.report_changes import ChangeKind, report_changes, same_participation
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.ui import values
from cep_gui.ui.controller import AppController
from cep_gui.ui.dialogs import confirm_delete_history
from cep_gui.ui.texts import (
    history_outcome,
    kind_text,
    number,
    reason,
    receipt_text,
    short_moment,
)

AnyIndex = QModelIndex | QPersistentModelIndex
#: Rows measured to size the history's columns.
CONTENT_ROWS = 100

#: The symbol before each change, so the list reads without colour too.
SYMBOLS = {
    ChangeKind.ADDED: "+",
    ChangeKind.REMOVED: "\N{MINUS SIGN}",
    ChangeKind.CHANGED: "~",
    ChangeKind.UPGRADED: "↑",
    ChangeKind.DOWNGRADED: "↓",
    ChangeKind.NOW_COLLECTED: "+",
    ChangeKind.NO_LONGER_COLLECTED: "\N{MINUS SIGN}",
}


def pretty(payload: bytes) -> str:
    try:
        return json.dumps(json.loads(payload), indent=2, ensure_ascii=False, sort_keys=True)
    except (ValueError, UnicodeDecodeError):
        return payload.decode("utf-8", errors="replace")


def change_colour(kind: ChangeKind, palette: QPalette) -> QColor:
    """Green for added, red for removed, blue for changed: readable on light and dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    light_colours = {"added": "#1a7f37", "removed": "#cf222e", "changed": "#0550ae"}
    dark_colours = {"added": "#3fb950", "removed": "#ff7b72", "changed": "#79c0ff"}
    group = {
        ChangeKind.ADDED: "added",
        ChangeKind.NOW_COLLECTED: "added",
        ChangeKind.REMOVED: "removed",
        ChangeKind.NO_LONGER_COLLECTED: "removed",
    }.get(kind, "changed")
    return QColor((dark_colours if dark else light_colours)[group])


class HistoryModel(QAbstractTableModel):
    """The sent history without payloads: thousands of rows open instantly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []
        self.headers = [
            self.tr("Sent"),
            self.tr("Kind"),
            self.tr("Outcome"),
            self.tr("Size"),
            self.tr("HTTP"),
            self.tr("Receipt"),
        ]

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.last_error:
            return reason(row.last_error)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return short_moment(row.at) if row.at != datetime.min else ""
        if column == 1:
            return kind_text(row.kind)
        if column == 2:
            return history_outcome(row)
        if column == 3:
            return self.tr("%1 bytes").replace("%1", number(row.size))
        if column == 4:
            return str(row.status) if row.status else "-"
        return receipt_text(row.receipt)


class SentTab(QWidget):
    def __init__(
        self, controller: AppController, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = catalog
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sent reports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the newest rows only: measuring every row of a long history
        # would cost more than the rest of opening the viewer.
        header.setResizeContentsPrecision(CONTENT_ROWS)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        splitter.addWidget(self.table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.changes = QCheckBox(self.tr("Show c&hanges since the previous report"))
        self.changes.toggled.connect(lambda _on: self.show_selected())
        detail_layout.addWidget(self.changes)
        self.note = QLabel()
        self.note.setWordWrap(True)
        detail_layout.addWidget(self.note)
        self.stack = QStackedWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Report content"))
        self.text.setPlaceholderText(self.tr("Select a report to see exactly what was sent."))
        self.change_list = QTreeWidget()
        self.change_list.setAccessibleName(self.tr("Changes"))
        self.change_list.setRootIsDecorated(False)
        self.change_list.setAlternatingRowColors(True)
        self.change_list.setHeaderLabels(
            [self.tr("Change"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.change_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stack.addWidget(self.text)
        self.stack.addWidget(self.change_list)
        detail_layout.addWidget(self.stack, 1)
        splitter.addWidget(detail)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.export_selected = QPushButton(self.tr("&Export selected…"))
        self.export_all = QPushButton(self.tr("Export &all…"))
        self.delete = QPushButton(self.tr("&Delete the list…"))
        self.export_selected.clicked.connect(lambda: self.export(selected_only=True))
        self.export_all.clicked.connect(lambda: self.export(selected_only=False))
        self.delete.clicked.connect(self._delete)
        buttons.addWidget(self.export_selected)
        buttons.addWidget(self.export_all)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout.addLayout(buttons)
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirmation.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.confirmation)
        controller.historyChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        selected = [r.id for r in self.selected_rows()]
        self.model.set_rows(self.controller.history_rows())
        empty = not self.model.rows
        for button in (self.export_all, self.delete):
            button.setEnabled(not empty)
        for number_, row in enumerate(self.model.rows):
            if row.id in selected:
                self.table.selectRow(number_)
        self.show_selected()

    def selected_rows(self) -> list[HistoryRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [
            self.model.rows[i.row()]
            for i in sorted(indexes, key=lambda i: i.row())
            if i.row() < len(self.model.rows)
        ]

    def show_selected(self) -> None:
        rows = self.selected_rows()
        self.export_selected.setEnabled(bool(rows))
        self.changes.setEnabled(bool(rows) and rows[0].kind == "report")
        if not rows:
            self.text.clear()
            self.change_list.clear()
            self.note.setText("")
            self.stack.setCurrentWidget(self.text)
            return
        row = rows[0]
        current = self.controller.history_payload(row.id)
        if not (self.changes.isChecked() and row.kind == "report"):
            self.note.setText(
                self.tr(
                    "Exactly what was sent (%1 bytes), shown with indentation; export keeps the exact bytes."
                ).replace("%1", number(row.size))
            )
            self.text.setPlainText(pretty(current))
            self.stack.setCurrentWidget(self.text)
            return
        self.stack.setCurrentWidget(self.change_list)
        self.show_changes(current, self.controller.previous_payload(row.id))

    def show_changes(self, current: bytes, previous: bytes | None) -> None:
        self.change_list.clear()
        try:
            after = json.loads(current)
            before = json.loads(previous) if previous is not None else None
        except ValueError:
            self.note.setText(self.tr("This report cannot be read, so it cannot be compared."))
            return
        if before is None or not same_participation(before, after):
            self.note.setText(
                self.tr(
                    "This is the first report of this participation: there is nothing to compare it with."
                )
            )
            return
        changes = report_changes(before, after, self.catalog)
        if not changes:
            self.note.setText(self.tr("Nothing changed since the previous report."))
            return
        self.note.setText(
            self.tr(
                "%n changes since the previous report of this participation:", None, len(changes)
            )
        )
        for change in changes:
            before_text, after_text = values.change_values(change)
            item = QTreeWidgetItem(
                [
                    f"{SYMBOLS[change.kind]} {values.change_kind(change)}",
                    values.change_subject(change),
                    before_text,
                    after_text,
                ]
            )
            colour = change_colour(change.kind, self.change_list.palette())
            for column in range(4):
                item.setForeground(column, colour)
            self.change_list.addTopLevelItem(item)

    # -- export and delete ---------------------------------------------------------------

    def export(self, *, selected_only: bool) -> Path | None:
        rows = self.selected_rows() if selected_only else self.model.rows
        if not rows:
            return None
        target = self.ask_export_path(self._suggested_name())
        if target is None:
            return None
        try:
            written = self.controller.export_history([r.id for r in rows], target)
        except CepError as exc:
            self.confirmation.setText(
                self.tr("The export failed: %1.").replace("%1", reason(str(exc)))
            )
            return None
        self.confirmation.setText(
            self.tr("Saved %n reports to %1.", None, written).replace("%1", str(target))
        )
        return target

    def _suggested_name(self) -> str:
        today = self.controller.client.clock.now().date().isoformat()
        return f"cep-reports-{today}.json"

    def ask_export_path(self, name: str) -> Path | None:
        """The save dialog, starting in the user's documents folder."""
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        if not folder.is_dir():
            folder = Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            )
        dialog = QFileDialog(self, self.tr("Export reports"), str(folder / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(name)
        self.export_dialog = dialog  # for tests and accessibility tools
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _delete(self) -> None:
        if confirm_delete_history(self):
            self.controller.delete_history()
            self.confirmation.setText(self.tr("The list of sent reports was deleted."))
