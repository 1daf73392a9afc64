"""*What's new in what is collected*: the catalog's changes since the user agreed.

A field added to a category the user agreed to, or collected more exactly than
before, is left out of every report until the user has read what changed here
and agreed; each such field can also be kept out for good (untick it, or *Keep
these out* for all of them). Core decides what is pending (``Effective``); this
page only shows it in plain words (``core.client.whats_new``, which ``cep-gui whats-new``
prints too) and turns the answer into one core command.

Under forced participation the organization's consent covers the change: the page
then informs only (no choice to make) and remembers that it was read.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import load_catalog
from cep_gui.core.catalog_changes import CatalogVersion, NewField, WhatsNew
from cep_gui.core.client import whats_new
from cep_gui.core.report_rows import PRIVACY_LABELS
from cep_gui.ui.catalog_texts import change_summary, privacy_text, translated
from cep_gui.ui.controller import AppController
from cep_gui.ui.texts import medium_date


def informational_pending(controller: AppController) -> bool:
    """Forced participation, and the page has news the user has not read yet."""
    state = controller.state
    if controller.view.forced != "on" or not state.participating:
        return False
    if state.settings.seen_catalog_version >= state.catalog_version:
        return False
    news = whats_new(state, controller.catalog_changes(), load_catalog())
    return not news.empty


class WhatsNewDialog(QDialog):
    """The page, as a window of its own (opened from the Feedback pane and the tray)."""

    DEFAULT_SIZE = (760, 600)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = load_catalog()
        self.setWindowTitle(self.tr("What's new in what is collected"))
        self.resize(*self.DEFAULT_SIZE)
        # The user's ticks, kept while the page is rebuilt (a refresh underneath).
        self._included: dict[str, bool] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self.news = WhatsNew((), (), False)

        outer = QVBoxLayout(self)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroller, 1)

        buttons = QHBoxLayout()
        self.agree = QPushButton(self.tr("&Agree"))
        self.agree.setAccessibleDescription(
            self.tr("Include the ticked fields in reports; unticked ones stay out.")
        )
        self.keep_out = QPushButton(self.tr("&Keep these out"))
        self.keep_out.setAccessibleDescription(
            self.tr("None of these fields is ever included in a report.")
        )
        self.later = QPushButton(self.tr("Decide &later"))
        self.later.setAccessibleDescription(
            self.tr("Nothing changes: the new fields stay out until you decide.")
        )
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.agree, self.keep_out, self.later, self.close_button):
            button.setAutoDefault(False)
        self.later.setDefault(True)  # Enter decides nothing
        self.agree.clicked.connect(self._agree)
        self.keep_out.clicked.connect(self._keep_out)
        self.later.clicked.connect(self.reject)
        self.close_button.clicked.connect(self._close)
        buttons.addWidget(self.agree)
        buttons.addWidget(self.keep_out)
        buttons.addStretch(1)
        buttons.addWidget(self.later)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        controller.changed.connect(self._changed)
        self.rebuild()

    def _changed(self) -> None:
        """Consent or policy changed underneath: follow it while shown (a hidden page is
        rebuilt when it is opened again)."""
        if self.isVisible():
            self.rebuild()

    # -- content ---------------------------------------------------------------------

    def rebuild(self) -> None:
        """Show what is new now; keep the user's ticks of fields still shown."""
        for field_id, box in self.boxes.items():
            self._included[field_id] = box.isChecked()
        self.news = whats_new(
            self.controller.state, self.controller.catalog_changes(), self.catalog
        )
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        title = QLabel(self.tr("What's new in what is collected"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.intro = _wrapped(self._intro_text())
        layout.addWidget(self.intro)
        for version in self.news.versions:
            layout.addWidget(_wrapped(self._version_html(version), rich=True))
        self.boxes = {}
        if self.news.fields:
            heading = QLabel(
                self.tr("What is new or collected more exactly:")
                if self.news.informational
                else self.tr(
                    "Ticked fields are included from the next report; unticked ones stay out:"
                )
            )
            heading.setWordWrap(True)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            layout.addWidget(heading)
            for new in self.news.fields:
                layout.addWidget(self._field_block(new))
        layout.addStretch(1)
        self.scroller.setWidget(content)
        choice = not self.news.empty and not self.news.informational
        self.agree.setVisible(choice)
        self.keep_out.setVisible(choice)
        self.later.setVisible(choice)
        self.close_button.setVisible(not choice)

    def _intro_text(self) -> str:
        if not self.controller.state.participating:
            return self.tr("You don't take part, so nothing is collected.")
        if self.news.empty:
            return self.tr("Nothing is new in what is collected since you agreed.")
        if self.news.informational:
            return self.tr(
                "Since this computer started taking part, the program has changed what it collects. Your organization requires this computer to take part, and its consent covers these changes: the fields below are collected as your organization decided. This page is for your information."
            )
        return self.tr(
            "Since you agreed to what is collected, the program has changed what it can collect. The fields below are left out of every report until you decide: include them, or keep them out for good. Everything else stays as you chose."
        )

    def _version_html(self, version: CatalogVersion) -> str:
        when = QDate.fromString(version.date, "yyyy-MM-dd")
        heading = (
            self.tr("Version %1, %2")
            .replace("%1", QLocale().toString(version.number))
            .replace("%2", medium_date(when))
            if when.isValid()
            else self.tr("Version %1").replace("%1", QLocale().toString(version.number))
        )
        return f"<b>{html.escape(heading)}</b><br>{html.escape(change_summary(version.summary))}"

    def _field_block(self, new: NewField) -> QWidget:
        fld = self.catalog.fields[new.field_id]
        category = self.catalog.categories[fld.category]
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(block)
        layout.setSpacing(2)
        title = translated(fld.title)
        if self.news.informational:
            name = QLabel(title)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            name.setWordWrap(True)
            layout.addWidget(name)
        else:
            box = QCheckBox(title)
            box.setChecked(self._included.get(new.field_id, True))
            box.setAccessibleDescription(translated(fld.description))
            layout.addWidget(box)
            self.boxes[new.field_id] = box
        label, explanation = PRIVACY_LABELS.get(fld.privacy, (fld.privacy, ""))
        change = (
            self.tr("Collected more exactly since version %1.")
            if new.widened
            else self.tr("New in version %1.")
        ).replace("%1", QLocale().toString(new.version))
        lines = [
            translated(fld.description),
            self.tr("Category: %1.").replace("%1", translated(category.title)),
            self.tr("Privacy: %1 (%2).")
            .replace("%1", privacy_text(label))
            .replace("%2", privacy_text(explanation)),
            change,
        ]
        for number, text in enumerate(lines):
            note = _wrapped(text)
            note.setIndent(24)
            if number:  # the description reads first; the facts about it are quieter
                note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(note)
        return block

    # -- answers ---------------------------------------------------------------------

    def kept_out(self) -> list[str]:
        """The fields the user unticked."""
        return [f for f, box in self.boxes.items() if not box.isChecked()]

    def _agree(self) -> None:
        if self.controller.agree_to_catalog(self.kept_out()):
            self.accept()

    def _keep_out(self) -> None:
        if self.controller.agree_to_catalog([f.field_id for f in self.news.fields]):
            self.accept()

    def _close(self) -> None:
        if self.news.informational and not self.news.empty:
            self.controller.catalog_seen()
        self.accept()


def _wrapped(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
