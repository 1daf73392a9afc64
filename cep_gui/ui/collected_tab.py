"""*What is collected*: every field of the product's categories with its current value.

One line per field, per virtual machine and per list entry (each installed program),
from a background dry run. A search over names, descriptions, purposes, ids and
values marks its matches and counts them; filters narrow the tree to a category,
to what is sent, or to what changed since the last report of this participation.
The details of the selected line sit beside the tree in a splitter, as text that can
be selected and copied.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import Catalog
from cep_gui.core.report_changes import Change, report_changes
from cep_gui.core.report_rows import Kind, Row, report_rows
from cep_gui.ui import values
from cep_gui.ui.catalog_texts import translated
from cep_gui.ui.row_model import (
    DESCRIPTION,
    FIELD,
    KEY_ROLE,
    PRIVACY,
    VALUE,
    HighlightDelegate,
    RowFilter,
    RowModel,
    count_matches,
    fit_field_column,
)

ALL = ""


class CollectedTab(QWidget):
    def __init__(
        self, catalog: Catalog, categories: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.categories = list(categories)
        self.changes: dict[str, Change] = {}
        self._left_out: Mapping[str, str] = {}
        self._expanded: set[str] = set()
        self._current_key: str | None = None
        layout = QVBoxLayout(self)

        self.state_note = QLabel()
        self.state_note.setWordWrap(True)
        self.state_note.setAutoFillBackground(True)
        self.state_note.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.state_note.setMargin(6)
        self.state_note.setVisible(False)
        layout.addWidget(self.state_note)

        bar = QHBoxLayout()
        search_label = QLabel(self.tr("Sea&rch:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Field names, descriptions and values"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        search_label.setBuddy(self.search)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search"))
        self.matches = QLabel()
        self.matches.setAccessibleName(self.tr("Matches"))
        # Its visible text is its name ("All categories"): what a voice user says.
        self.category = QComboBox()
        self.category.setAccessibleDescription(self.tr("Show one category only"))
        self.category.addItem(self.tr("All categories"), ALL)
        for category_id in self.categories:
            self.category.addItem(translated(catalog.categories[category_id].title), category_id)
        self.only_sent = QCheckBox(self.tr("&Only what is sent"))
        self.only_changed = QCheckBox(self.tr("Changed since the &last report"))
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.matches)
        bar.addSpacing(12)
        bar.addWidget(self.category, 1)
        bar.addWidget(self.only_sent)
        bar.addWidget(self.only_changed)
        layout.addLayout(bar)

        self.model = RowModel(
            [self.tr("Field"), self.tr("Value"), self.tr("Privacy"), self.tr("Description")]
        )
        self.proxy = RowFilter()
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Collected fields"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(HighlightDelegate(self.proxy, self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRIVACY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FIELD, 260)
        header.resizeSection(DESCRIPTION, 240)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setOpenLinks(False)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 300])
        layout.addWidget(self.splitter, 1)

        self.tree.selectionModel().currentChanged.connect(
            lambda current, _previous: self._current_changed(current)
        )
        self.tree.expanded.connect(lambda index: self._remember(index, True))
        self.tree.collapsed.connect(lambda index: self._remember(index, False))
        self.search.textChanged.connect(self._search_changed)
        self.category.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.only_sent.toggled.connect(lambda _on: self._filters_changed())
        self.only_changed.toggled.connect(lambda _on: self._filters_changed())
        self.set_collecting()

    # -- content -------------------------------------------------------------------------

    def set_collecting(self) -> None:
        self._show_rows(report_rows({}, self.catalog, self.categories), self.tr("collecting…"))
        self._no_details()

    def show_report(
        self,
        document: Mapping[str, Any],
        baseline: Mapping[str, Any] | None,
        note: str,
        left_out: Mapping[str, str] | None = None,
    ) -> None:
        """Show a dry run; ``baseline``: the last report of this participation (or None);
        ``left_out``: field id → why it is left out on purpose (not "not found")."""
        rows = report_rows(document, self.catalog, self.categories)
        self._left_out = left_out or {}
        self.changes = {}
        if baseline is not None:
            found = report_changes(baseline, document, self.catalog, self.categories)
            self.changes = {change.key: change for change in found}
        self.only_changed.setEnabled(baseline is not None)
        self.only_changed.setToolTip(
            ""
            if baseline is not None
            else self.tr("No report has been delivered in this participation yet.")
        )
        if baseline is None and self.only_changed.isChecked():
            self.only_changed.setChecked(False)
        self.set_note(note)
        self._show_rows(rows, None)

    def show_problem(self, message: str) -> None:
        self._left_out = {}
        self.set_note(message)
        self._show_rows(report_rows({}, self.catalog, self.categories), message)

    def set_note(self, note: str) -> None:
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))

    def _show_rows(self, rows: list[Row], pending: str | None) -> None:
        keep = self._current_key
        self.model.set_rows(rows, pending=pending, left_out=self._left_out)
        fit_field_column(self.tree, self.model)
        self._apply_filters()
        self._restore_expansion()
        if keep is not None and not self._select(keep):
            self._no_details()

    # -- filters ---------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.configure(needle=text)
        self._after_filter()

    def _filters_changed(self) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        category = self.category.currentData()
        changed = set(self.changes) if self.only_changed.isChecked() else None
        self.proxy.configure(
            needle=self.search.text(),
            category=category or None,
            only_sent=self.only_sent.isChecked(),
            changed=changed,
        )
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.needle:
            count = count_matches(self.model, self.proxy)
            self.matches.setText(self.tr("%n matches", None, count))
        else:
            self.matches.setText("")
        if self.proxy.active:
            self.tree.expandAll()
        else:
            self._restore_expansion()
        if self._current_key is not None and not self._select(self._current_key):
            self._no_details()  # the selected line is hidden now: say so, show nothing stale

    def visible_keys(self) -> list[str]:
        """Keys of every line the tree shows now (for tests and accessibility checks)."""
        found: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for number in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(number, 0, parent)
                found.append(str(index.data(KEY_ROLE)))
                walk(index)

        walk(QModelIndex())
        return found

    def visible_field_ids(self) -> list[str]:
        return [
            row.field.id
            for key in self.visible_keys()
            if (row := self.model.rows.get(key)) is not None
            and row.kind is Kind.FIELD
            and row.field is not None
        ]

    # -- expansion and selection -----------------------------------------------------------

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if self.proxy.active:
            return  # expanding for a search is not the user's choice
        key = str(index.data(KEY_ROLE))
        if expanded:
            self._expanded.add(key)
        else:
            self._expanded.discard(key)

    def _restore_expansion(self) -> None:
        self.tree.blockSignals(True)
        try:
            self.tree.collapseAll()
            for index in self.model.walk():
                row = self.model.rows.get(str(index.data(KEY_ROLE)))
                if row is None:
                    continue
                default = row.kind in (Kind.CATEGORY, Kind.ITEM)
                if default or row.key in self._expanded:
                    self.tree.setExpanded(self.proxy.mapFromSource(index), True)
        finally:
            self.tree.blockSignals(False)

    def select_key(self, key: str) -> bool:
        return self._select(key)

    def _select(self, key: str) -> bool:
        for index in self.model.walk():
            if index.data(KEY_ROLE) == key:
                mapped = self.proxy.mapFromSource(index)
                if not mapped.isValid():
                    return False
                self.tree.selectionModel().setCurrentIndex(
                    mapped,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.scrollTo(mapped)
                self._show_details(key)
                return True
        return False

    def _current_changed(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        key = current.siblingAtColumn(0).data(KEY_ROLE)
        if key:
            self._current_key = str(key)
            self._show_details(str(key))

    def _no_details(self) -> None:
        self._current_key = None
        self.tree.selectionModel().clearSelection()
        self.details.setHtml(
            "<p>"
            + html.escape(
                self.tr(
                    "Select a line to read what it is, why it is collected and how it is protected."
                )
            )
            + "</p>"
        )

    def _show_details(self, key: str) -> None:
        row = self.model.rows.get(key)
        if row is None:
            self._no_details()
            return
        self.details.setHtml(self.details_html(row))

    def details_html(self, row: Row) -> str:
        def line(label: str, text: str) -> str:
            return f"<p><b>{html.escape(label)}</b> {html.escape(text)}</p>"

        parts = [f"<h3>{html.escape(values.title(row))}</h3>"]
        label, explanation = values.privacy(row)
        if row.kind is Kind.CATEGORY:
            category = self.catalog.categories[row.category]
            parts.append(f"<p>{html.escape(translated(category.description))}</p>")
            state = values.value(row) or self.tr("collected")
            parts.append(line(self.tr("State:"), state))
        elif row.kind is Kind.ITEM:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "A virtual machine found on this computer. Its name is replaced by %1, so it says nothing about the machine."
                    ).replace("%1", row.title)
                )
                + "</p>"
            )
        else:
            fld = row.field
            if row.kind is Kind.ENTRY and fld is not None:
                parts.append(line(self.tr("Part of:"), translated(fld.title)))
                for caption, text in (
                    (self.tr("Name:"), values.entry_name(fld, row.name or "")),
                    (self.tr("Version:"), row.version or ""),
                    (self.tr("Source:"), values.entry_source(row)),
                ):
                    if text:
                        parts.append(line(caption, text))
            why = self.model.left_out_reason(row)
            parts.append(line(self.tr("Value:"), why if why is not None else values.value(row)))
            if fld is not None:
                parts.append(line(self.tr("What it is:"), translated(fld.description)))
                parts.append(line(self.tr("Why it is collected:"), translated(fld.purpose)))
                parts.append(f"<p><code>{html.escape(fld.id)}</code></p>")
            else:
                parts.append(
                    line(self.tr("What it is:"), self.tr("a value this version does not describe"))
                )
        if label and self.model.left_out_reason(row) is None:
            parts.append(line(self.tr("Privacy:"), f"{label}: {explanation}"))
        change = self.changes.get(row.key)
        if change is not None:
            before, after = values.change_values(change)
            text = values.change_kind(change)
            if before or after:
                text += f": {before} → {after}" if before and after else f": {before or after}"
            parts.append(line(self.tr("Since the last report:"), text))
        return "".join(parts)

    def copy_details(self) -> str:
        return self.details.toPlainText()
