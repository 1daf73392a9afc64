"""The transparency viewer: what is collected, what was sent, what would be sent next."""

from __future__ import annotations

import asyncio
import difflib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import Catalog, Field, load_catalog
from cep_gui.core.render import field_value, format_value
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.ui.catalog_texts import translated
from cep_gui.ui.controller import AppController
from cep_gui.ui.icons import app_icon
from cep_gui.ui.texts import when

AnyIndex = QModelIndex | QPersistentModelIndex


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def monospace() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def pretty(payload: bytes) -> str:
    try:
        return json.dumps(json.loads(payload), indent=2, ensure_ascii=False, sort_keys=True)
    except (ValueError, UnicodeDecodeError):
        return payload.decode("utf-8", errors="replace")


class FieldFilter(QSortFilterProxyModel):
    """Matches a search against every column, the field id and its purpose."""

    def __init__(self) -> None:
        super().__init__()
        self.needle = ""
        self.setRecursiveFilteringEnabled(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        texts = [
            str(model.index(row, column, parent).data() or "")
            for column in range(model.columnCount(parent))
        ]
        texts.append(str(model.index(row, 3, parent).data(Qt.ItemDataRole.ToolTipRole) or ""))
        return any(self.needle in text.casefold() for text in texts)


class CollectedTab(QWidget):
    """Every catalog field with its description, purpose, treatment and current value."""

    COLUMNS = ("Field", "Value", "Privacy", "Description")

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search fields, descriptions and values"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        layout.addWidget(self.search)
        self.model = QStandardItemModel(0, len(self.COLUMNS))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value"), self.tr("Privacy"), self.tr("Description")]
        )
        self.value_items: dict[str, QStandardItem] = {}
        for category in catalog.categories.values():
            parent_item = QStandardItem(translated(category.title))
            parent_item.setToolTip(translated(category.description))
            row = [parent_item] + [QStandardItem() for _ in self.COLUMNS[1:]]
            for field in catalog.in_category(category.id):
                cells = [
                    QStandardItem(field.title),
                    QStandardItem(self.tr("collecting…")),
                    QStandardItem(field.privacy),
                    QStandardItem(field.description),
                ]
                cells[0].setData(field.id, Qt.ItemDataRole.UserRole)
                # Searchable but not shown as a column: the field id and its purpose.
                cells[3].setData(
                    f"{field.description}\n{field.purpose}\n{field.id}", Qt.ItemDataRole.ToolTipRole
                )
                for cell in cells:
                    cell.setEditable(False)
                self.value_items[field.id] = cells[1]
                parent_item.appendRow(cells)
            for cell in row:
                cell.setEditable(False)
            self.model.appendRow(row)
        self.proxy = FieldFilter()
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Collected fields"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.resizeSection(0, 250)
        header.resizeSection(1, 300)
        header.resizeSection(2, 70)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Field details"))
        self.details.setMinimumHeight(86)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setText(
            self.tr(
                "Select a field to read what it is, why it is collected and how it is protected."
            )
        )
        layout.addWidget(self.details)
        self.tree.selectionModel().currentChanged.connect(
            lambda current, _prev: self._show_details(current)
        )
        self.search.textChanged.connect(self.filter)

    def _show_details(self, index: QModelIndex) -> None:
        field_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if not field_id:
            return
        field = self.catalog.fields[field_id]
        value = self.value_items[field_id].text()
        self.details.setText(
            f"<b>{_escape(field.title)}</b> <code>{field.id}</code><br>"
            + self.tr("<b>What:</b> %1").replace("%1", _escape(field.description))
            + "<br>"
            + self.tr("<b>Why:</b> %1").replace("%1", _escape(field.purpose))
            + "<br>"
            + self.tr("<b>Protection:</b> %1").replace(
                "%1", _escape(self._treatment(field.privacy))
            )
            + "<br>"
            + self.tr("<b>Value now:</b> %1").replace("%1", _escape(value))
        )

    def _treatment(self, privacy: str) -> str:
        return {
            "keep": self.tr("sent unchanged; left out if it contains anything identifying"),
            "bucket": self.tr("rounded to a common size so it cannot single out this computer"),
            "scrub": self.tr(
                "names, addresses and similar identifiers are replaced by placeholders"
            ),
            "version": self.tr("must look like a version number, otherwise left out"),
            "pseudonym": self.tr("replaced by a neutral name such as vm-1"),
        }.get(privacy, privacy)

    def filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.tree.expandAll()

    def visible_field_ids(self) -> list[str]:
        found: list[str] = []
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(parent)):
                found.append(self.proxy.index(child, 0, parent).data(Qt.ItemDataRole.UserRole))
        return found

    def show_values(self, document: dict[str, Any]) -> None:
        for field_id, item in self.value_items.items():
            field = self.catalog.fields[field_id]
            item.setText(self._value_text(document, field))

    def show_error(self, message: str) -> None:
        for item in self.value_items.values():
            item.setText(message)

    def _value_text(self, document: dict[str, Any], field: Field) -> str:
        category = self.catalog.categories[field.category]
        if field.category in document.get("withheld", []):
            return self.tr("not collected (excluded)")
        if category.kind == "list":
            values = []
            for item in document.get("sections", {}).get(category.section, []):
                value = item.get(field.subject, {}).get(field.attribute)
                if value is not None:
                    values.append(f"{item['id']}: {format_value(field, value)}")
            return "; ".join(values) or self.tr("none found")
        value = field_value(document, self.catalog, field)
        if value is None:
            return self.tr("not found on this computer")
        if isinstance(value, list) and not value:
            return self.tr("none")
        if field.type == "record_list" and isinstance(value, list):
            shown = ", ".join(" ".join(str(v) for v in r.values() if v) for r in value[:50])
            more = len(value) - 50
            return f"{len(value)}: {shown}" + (f" … (+{more})" if more > 0 else "")
        return format_value(field, value)


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
        self.outcomes = {
            "delivered": self.tr("delivered"),
            "rejected": self.tr("rejected"),
            "expired": self.tr("expired"),
            "sending": self.tr("sending"),
            "retrying": self.tr("not delivered yet"),
            "cancelled": self.tr("cancelled"),
            "dropped": self.tr("not sent"),
        }
        self.kinds = {"report": self.tr("report"), "deletion": self.tr("deletion request")}

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
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return when(row.at.isoformat())
        if column == 1:
            return self.kinds.get(row.kind, row.kind)
        if column == 2:
            return self.outcomes.get(row.outcome, row.outcome)
        if column == 3:
            return self.tr("%1 bytes").replace("%1", QLocale().toString(row.size))
        if column == 4:
            return str(row.status or "-")
        return _receipt_text(row.receipt)


def _receipt_text(receipt: str | None) -> str:
    if not receipt:
        return ""
    try:
        doc = json.loads(receipt)
    except ValueError:
        return receipt
    if isinstance(doc, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(doc.items()) if k != "report_id")
    return str(doc)


class SentTab(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sent reports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        splitter.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.changes = QCheckBox(self.tr("Show c&hanges since the previous report"))
        self.changes.toggled.connect(lambda _on: self.show_selected())
        detail_layout.addWidget(self.changes)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(monospace())
        self.text.setAccessibleName(self.tr("Report content"))
        self.text.setPlaceholderText(self.tr("Select a report to see exactly what was sent."))
        detail_layout.addWidget(self.text)
        splitter.addWidget(detail)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter)
        buttons = QHBoxLayout()
        self.export_selected = QPushButton(self.tr("&Export selected…"))
        self.export_all = QPushButton(self.tr("Export &all…"))
        self.delete = QPushButton(self.tr("&Delete history…"))
        self.export_selected.clicked.connect(lambda: self._export(selected_only=True))
        self.export_all.clicked.connect(lambda: self._export(selected_only=False))
        self.delete.clicked.connect(self._delete)
        for button in (self.export_selected, self.export_all):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout.addLayout(buttons)
        controller.historyChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.controller.history_rows())
        self.text.clear()
        empty = not self.model.rows
        for button in (self.export_all, self.delete):
            button.setEnabled(not empty)
        self.export_selected.setEnabled(False)

    def selected_rows(self) -> list[HistoryRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [self.model.rows[i.row()] for i in sorted(indexes, key=lambda i: i.row())]

    def show_selected(self) -> None:
        rows = self.selected_rows()
        self.export_selected.setEnabled(bool(rows))
        if not rows:
            self.text.clear()
            return
        row = rows[0]
        current = pretty(self.controller.history_payload(row.id))
        if self.changes.isChecked() and row.kind == "report":
            previous = self.controller.previous_payload(row.id)
            if previous is None:
                self.text.setPlainText(self.tr("This is the first report: nothing to compare."))
                return
            diff = difflib.unified_diff(
                pretty(previous).splitlines(),
                current.splitlines(),
                self.tr("previous report"),
                self.tr("this report"),
                lineterm="",
            )
            self.text.setPlainText("\n".join(diff) or self.tr("No changes."))
        else:
            self.text.setPlainText(current)

    def _export(self, *, selected_only: bool) -> None:
        rows = self.selected_rows() if selected_only else self.model.rows
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reports"), "cep-reports.json", self.tr("JSON files (*.json)")
        )
        if path:
            self.controller.export_history([r.id for r in rows], Path(path))

    def _delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the history?"),
            self.tr(
                "Delete the local copies of all reports sent from this computer? The maker keeps what it received."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_history()


class NextTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Collecting…"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(monospace())
        self.text.setAccessibleName(self.tr("Next report"))
        layout.addWidget(self.text)

    def show_report(self, payload: bytes) -> None:
        self.note.setText(
            self.tr(
                "This is exactly what would be sent now (%1 bytes before compression; shown with indentation)."
            ).replace("%1", QLocale().toString(len(payload)))
        )
        self.text.setPlainText(pretty(payload))


class ViewerWindow(QMainWindow):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("What is collected and sent"))
        self.setWindowIcon(app_icon())
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.collected = CollectedTab(load_catalog())
        self.sent = SentTab(controller)
        self.next = NextTab()
        self.tabs.addTab(self.collected, self.tr("What is &collected"))
        self.tabs.addTab(self.sent, self.tr("&Sent reports"))
        self.tabs.addTab(self.next, self.tr("&Next report"))
        self.setCentralWidget(self.tabs)
        self._dry_run: asyncio.Task[None] | None = None

    def refresh_dry_run(self) -> None:
        """Collect in the background; the window stays responsive meanwhile."""
        if self._dry_run is None or self._dry_run.done():
            self._dry_run = asyncio.ensure_future(self._collect())

    async def _collect(self) -> None:
        try:
            report = await self.controller.next_report()
        except Exception as exc:
            self.collected.show_error(self.tr("could not collect: %1").replace("%1", str(exc)))
            return
        self.collected.show_values(report.document)
        self.next.show_report(report.payload)
