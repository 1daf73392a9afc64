"""The viewer's tree: value-model rows as Qt items, a filter, and highlighted matches.

Each row of :mod:`cep_gui.core.report_rows` becomes one line with four columns
(field, value, privacy, description); list entries (each installed program) are
lines of their own, so a search for "libssl" finds ``libssl3``. The filter combines
the search (over every field name, description, purpose, id and value, in the
user's language and in English), a category, "only what is sent" and "changed since
the last report"; a line is shown when it passes, or when a line below it does.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from cep_gui.core.report_rows import LEFT_OUT, Kind, Presence, Row
from cep_gui.ui import values
from cep_gui.ui.catalog_texts import privacy_text

AnyIndex = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SENT_ROLE = Qt.ItemDataRole.UserRole + 3
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 5

COLUMNS = 4
FIELD, VALUE, PRIVACY, DESCRIPTION = range(COLUMNS)


class RowModel(QStandardItemModel):
    """Items for value-model rows; :attr:`rows` maps a row key back to its row."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, COLUMNS)
        self.setHorizontalHeaderLabels(headers)
        self.rows: dict[str, Row] = {}
        # Field id → why the field is left out of reports on purpose (new in the catalog
        # and not agreed to yet, or kept out by the user): said instead of "not found".
        self.left_out: Mapping[str, str] = {}

    def set_rows(
        self,
        rows: Iterable[Row],
        *,
        pending: str | None = None,
        left_out: Mapping[str, str] | None = None,
    ) -> None:
        """Replace the content; ``pending`` replaces every value (while collecting)."""
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self.rows = {}
            self.left_out = left_out or {}
            root = self.invisibleRootItem()
            for row in rows:
                root.appendRow(self._items(row, pending))
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def left_out_reason(self, row: Row) -> str | None:
        """Why this field is missing from the report, when it is left out on purpose."""
        if (
            row.kind is not Kind.FIELD
            or row.field is None
            or row.presence is not (Presence.NOT_FOUND)
        ):
            return None
        return self.left_out.get(row.field.id)

    def _items(self, row: Row, pending: str | None) -> list[QStandardItem]:
        self.rows[row.key] = row
        shown = pending if pending is not None and row.kind is Kind.FIELD else values.value(row)
        label, explanation = values.privacy(row)
        why = self.left_out_reason(row) if pending is None else None
        if why is not None:
            shown, label, explanation = why, privacy_text(LEFT_OUT[0]), why
        cells = [
            QStandardItem(values.title(row)),
            QStandardItem(shown),
            QStandardItem(label),
            QStandardItem(values.description(row)),
        ]
        cells[PRIVACY].setToolTip(explanation)
        if row.kind is Kind.CATEGORY:
            bold = cells[FIELD].font()
            bold.setBold(True)
            cells[FIELD].setFont(bold)
        first = cells[FIELD]
        first.setData(row.key, KEY_ROLE)
        first.setData(values.search_text(row, shown), SEARCH_ROLE)
        first.setData(row.sent, SENT_ROLE)
        first.setData(row.category, CATEGORY_ROLE)
        first.setData(row.kind.value, KIND_ROLE)
        for cell in cells:
            cell.setEditable(False)
        for child in row.children:
            first.appendRow(self._items(child, pending))
        return cells

    def walk(self, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
        """Every first-column index, depth first."""
        parent = parent or QModelIndex()
        for number in range(self.rowCount(parent)):
            index = self.index(number, 0, parent)
            yield index
            yield from self.walk(index)


#: The widest the Field column grows to fit its names; the Value column keeps the rest.
FIELD_LIMIT = 330
#: The narrowest the Description column gets to make room for them.
DESCRIPTION_FLOOR = 100
#: The tree's property saying its Field column was fitted once.
FITTED = "cepFieldFitted"


def fit_field_column(tree: QTreeView, model: RowModel) -> None:
    """Widen the Field column to its longest name, taking the room from Description.

    Names are longer in German ("Unterstützung für Hardwarevirtualisierung") than the
    column's default width; the description is the least needed column (the details say
    it in full), so it gives the room, and Value keeps its width. Up to
    :data:`FIELD_LIMIT`, and once per tree: after that a width the user chose stays."""
    if tree.property(FITTED) or model.rowCount() == 0:
        return
    tree.setProperty(FITTED, True)
    header = tree.header()
    wanted = 0
    for index in model.walk():
        depth = 1
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else tree.fontMetrics()
        text = str(index.data() or "")
        # the indentation, the text and the cell's margins (a few pixels each side)
        wanted = max(wanted, depth * tree.indentation() + metrics.horizontalAdvance(text) + 12)
    gain = min(wanted, FIELD_LIMIT) - header.sectionSize(FIELD)
    if gain <= 0:
        return
    header.resizeSection(FIELD, header.sectionSize(FIELD) + gain)
    description = header.sectionSize(DESCRIPTION)
    header.resizeSection(DESCRIPTION, max(DESCRIPTION_FLOOR, description - gain))


class RowFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.needle = ""
        self.category: str | None = None
        self.only_sent = False
        #: Keys of rows that changed since the last report; None: the filter is off.
        self.changed: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def configure(
        self,
        *,
        needle: str | None = None,
        category: str | bool | None = False,
        only_sent: bool | None = None,
        changed: set[str] | bool | None = False,
    ) -> None:
        """Change any of the filters at once (``False`` keeps a setting as it is)."""
        self.beginFilterChange()
        if needle is not None:
            self.needle = needle.strip().casefold()
        if category is not False:
            self.category = category if isinstance(category, str) else None
        if only_sent is not None:
            self.only_sent = only_sent
        if changed is not False:
            self.changed = changed if isinstance(changed, set) else None
        self.endFilterChange()

    @property
    def active(self) -> bool:
        return bool(self.needle) or self.only_sent or self.changed is not None

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.category is not None and index.data(CATEGORY_ROLE) != self.category:
            return False
        if self.only_sent and not index.data(SENT_ROLE):
            return False
        if self.changed is not None and not self._changed(index):
            return False
        if self.needle:
            return self.matches(index) or self._ancestor_matches(index)
        return True

    def matches(self, index: QModelIndex) -> bool:
        return self.needle in str(index.data(SEARCH_ROLE) or "")

    def _ancestor_matches(self, index: QModelIndex) -> bool:
        """A line under a matching field is shown (a search for "installed software")."""
        parent = index.parent()
        while parent.isValid():
            if parent.data(KIND_ROLE) in (Kind.FIELD.value, Kind.ITEM.value) and self.matches(
                parent
            ):
                return True
            parent = parent.parent()
        return False

    def _changed(self, index: QModelIndex) -> bool:
        assert self.changed is not None
        current = index
        while current.isValid():
            if current.data(KEY_ROLE) in self.changed:
                return True
            current = current.parent()
        return False


class HighlightDelegate(QStyledItemDelegate):
    """Draws a cell's text with every occurrence of the search marked."""

    def __init__(self, proxy: RowFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        needle = self.proxy.needle
        text = str(index.data() or "")
        if not needle or needle not in text.casefold():
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        document = self._document(text, needle, option)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        offset = max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(0, offset)
        document.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _document(text: str, needle: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        marked, mark_text = match_colours(option.palette)
        folded = text.casefold()
        parts: list[str] = []
        start = 0
        while True:
            found = folded.find(needle, start)
            if found < 0 or len(folded) != len(text):
                parts.append(html.escape(text[start:]))
                break
            parts.append(html.escape(text[start:found]))
            parts.append(
                f'<span style="background-color:{marked.name()};color:{mark_text.name()}">'
                f"{html.escape(text[found : found + len(needle)])}</span>"
            )
            start = found + len(needle)
        document.setHtml("<span style='white-space:pre'>" + "".join(parts) + "</span>")
        return document


def match_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A find-in-page marker (amber), unlike the selection colour, on light and dark."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor("#8a6d00"), QColor("#ffffff")
    return QColor("#ffd84d"), QColor("#000000")


def count_matches(model: RowModel, proxy: RowFilter) -> int:
    """Lines whose own text matches the search and that the other filters let through."""
    if not proxy.needle:
        return 0
    found = 0
    for index in model.walk():
        if proxy.matches(index):
            mapped = proxy.mapFromSource(index)
            if mapped.isValid():
                found += 1
    return found
