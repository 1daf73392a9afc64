"""The Feedback pane: what the program is, the participation toggle, categories, status.

It reads everything from the controller (the effective state and the one status
core computes) and turns every change a user makes into one controller call. The
participation box follows its *state*, however it changes (a click, the space bar,
an accessibility tool's "Toggle" action, which emits no ``clicked``); a guard keeps
the pane's own updates from being taken for the user's. The same holds for the two
choices under it: keep reports on this computer only, and ask before each report.

A banner says when new fields are left out until the user looks at them (*Show…*
opens "What's new in what is collected"); a button under the status opens the
report that waits for the user's review.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import load_catalog
from cep_gui.core.status import Phase
from cep_gui.ui.catalog_texts import translated
from cep_gui.ui.controller import AppController
from cep_gui.ui.dialogs import confirm_leave
from cep_gui.ui.texts import COUNTED, catalog_covered_text, line_text
from cep_gui.ui.whats_new import WhatsNewDialog, informational_pending

#: Lines the status box always has room for, so the buttons below never jump.
STATUS_ROWS = 3


class ManagedBanner(QFrame):
    """ "Managed by your organization" in plain words, with the source behind *Details*."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(self)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        column = QVBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        bold = self.text.font()
        bold.setBold(True)
        self.text.setFont(bold)
        column.addWidget(self.text)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        column.addWidget(self.details)
        row.addLayout(column, 1)
        self.details_button = QPushButton(self.tr("&Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_state(self, text: str, details: list[str], *, warning: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(QSize(size, size)))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.details.setText("\n".join(details))
        self.details_button.setVisible(bool(details))


class NoticeBanner(QFrame):
    """A line that asks for the user's attention, with the one button that resolves it."""

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(self)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(icon.pixmap(QSize(size, size)))
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.button = QPushButton(button_text)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.button.setAccessibleDescription(text)
        self.setVisible(bool(text))


class FeedbackPane(QWidget):
    showCollected = Signal()
    sendNowRequested = Signal()
    # The user wants to see the report that waits for their review.
    reviewRequested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = load_catalog()
        self._updating = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(8)

        title = QLabel(self.tr("Customer Experience Program"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # a long name in a large font wraps instead of widening
        title_row = QHBoxLayout()
        title_row.addWidget(title, 1)
        layout.addLayout(title_row)

        self.banner = ManagedBanner()
        layout.addWidget(self.banner)
        self.catalog_banner = NoticeBanner(self.tr("S&how…"))
        self.catalog_banner.button.clicked.connect(self.show_whats_new)
        self.catalog_banner.setVisible(False)
        layout.addWidget(self.catalog_banner)
        self.whats_new: WhatsNewDialog | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.intro)
        self.privacy = QPushButton(self.tr("&Privacy policy"))
        self.privacy.setFlat(True)
        self.privacy.setCursor(Qt.CursorShape.PointingHandCursor)
        link = self.privacy.palette()
        link.setColor(QPalette.ColorRole.ButtonText, link.color(QPalette.ColorRole.Link))
        self.privacy.setPalette(link)
        underlined = self.privacy.font()
        underlined.setUnderline(True)
        self.privacy.setFont(underlined)
        self.privacy.clicked.connect(self._open_privacy)
        self.privacy.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        title_row.addWidget(self.privacy, 0, Qt.AlignmentFlag.AlignVCenter)

        self.toggle = QCheckBox(self.tr("&Take part in the Customer Experience Program"))
        bold = self.toggle.font()
        bold.setBold(True)
        self.toggle.setFont(bold)
        self.toggle.toggled.connect(self._toggle_changed)
        layout.addWidget(self.toggle)

        self.local_only = QCheckBox(self.tr("&Keep reports on this computer only (send nothing)"))
        self.local_only.toggled.connect(self._local_only_changed)
        self.local_only_reason = QLabel()
        self.review = QCheckBox(self.tr("&Ask me before each report is sent"))
        self.review.toggled.connect(self._review_changed)
        self.review_reason = QLabel()
        # Side by side, under the toggle they belong to: the pane keeps fitting its
        # window in German with a large font (a test checks it).
        choices = QHBoxLayout()
        choices.setContentsMargins(24, 0, 0, 0)
        choices.setSpacing(24)
        for box, why in (
            (self.local_only, self.local_only_reason),
            (self.review, self.review_reason),
        ):
            why.setWordWrap(True)
            why.setIndent(24)
            why.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            why.setVisible(False)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(box)
            column.addWidget(why)
            column.addStretch(1)
            choices.addLayout(column)
        choices.addStretch(1)
        layout.addLayout(choices)

        self.categories_box = QGroupBox(self.tr("What may be collected"))
        categories_layout = QVBoxLayout(self.categories_box)
        self.categories_hint = QLabel()
        self.categories_hint.setWordWrap(True)
        categories_layout.addWidget(self.categories_hint)
        self.category_boxes: dict[str, QCheckBox] = {}
        self.category_reasons: dict[str, QLabel] = {}
        for category_id in controller.state.profile.categories:
            category = self.catalog.categories[category_id]
            box = QCheckBox(translated(category.title))
            box.setAccessibleDescription(translated(category.description))
            box.toggled.connect(self._categories_changed)
            note = QLabel(translated(category.description))
            note.setWordWrap(True)
            note.setIndent(24)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            why = QLabel()
            why.setIndent(24)
            why.setWordWrap(True)
            # A box, its description and its reason read as one block.
            block = QVBoxLayout()
            block.setSpacing(0)
            block.addWidget(box)
            block.addWidget(note)
            block.addWidget(why)
            categories_layout.addLayout(block)
            self.category_boxes[category_id] = box
            self.category_reasons[category_id] = why
        layout.addWidget(self.categories_box)

        status_frame = QFrame()
        status_frame.setFrameShape(QFrame.Shape.StyledPanel)
        status_layout = QVBoxLayout(status_frame)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lines = self.status_label.fontMetrics().lineSpacing() * STATUS_ROWS
        self.status_label.setMinimumHeight(lines)
        status_layout.addWidget(self.status_label)
        self.review_button = QPushButton(self.tr("&Review the report…"))
        self.review_button.clicked.connect(self.reviewRequested.emit)
        self.review_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.review_button.setVisible(False)
        status_layout.addWidget(self.review_button)
        layout.addWidget(status_frame)
        layout.addStretch(1)
        self.scroller.setWidget(content)
        outer.addWidget(self.scroller, 1)

        # The buttons stay in view at any window size and with any policy notice.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(9, 6, 9, 9)
        self.send_now = QPushButton(self.tr("&Send now"))
        self.send_now.clicked.connect(self.sendNowRequested.emit)
        self.show_collected = QPushButton(self.tr("&What is collected and sent…"))
        self.show_collected.clicked.connect(self.showCollected.emit)
        buttons.addWidget(self.send_now)
        buttons.addStretch(1)
        buttons.addWidget(self.show_collected)
        outer.addLayout(buttons)

        controller.changed.connect(self.update_view)
        controller.busyChanged.connect(lambda _busy: self.update_view())
        self.update_view()

    # -- view ------------------------------------------------------------------------

    def update_view(self) -> None:
        self._updating = True
        try:
            self._update()
        finally:
            self._updating = False

    def _update(self) -> None:
        state = self.controller.state
        view = self.controller.view
        broken = state.policy.broken
        self.intro.setText(self._intro(view.forced, broken, state.profile.interval_days))
        self._update_banner()
        self.toggle.setChecked(state.participating)
        self.toggle.setEnabled(view.forced is None and not broken and not state.leave_pending)
        taking_part = state.participating and not broken
        if broken:
            hint = self.tr("Nothing is collected while your organization's policy is broken.")
        elif not state.participating:
            hint = self.tr("Take part to choose what is collected.")
        elif not state.allowed:
            hint = self.tr("No category is chosen, so nothing is collected or sent.")
        else:
            hint = ""
        self.categories_hint.setText(hint)
        self.categories_hint.setVisible(bool(hint))
        for category_id, box in self.category_boxes.items():
            permitted = category_id in state.permitted
            box.setChecked(taking_part and permitted and category_id in state.allowed)
            box.setEnabled(taking_part and permitted)
            why = self.category_reasons[category_id]
            why.setText("" if permitted else self.tr("Not allowed by your organization."))
            why.setVisible(not permitted)
            box.setAccessibleDescription(
                translated(self.catalog.categories[category_id].description)
                + ("" if permitted else " " + why.text())
            )
        self._update_choices(taking_part)
        self._update_catalog_banner()
        self.status_label.setText("\n".join(line_text(line) for line in view.lines))
        self.review_button.setVisible(bool(view.held) and taking_part)
        self.send_now.setEnabled(
            state.may_send and bool(state.allowed) and not self.controller.busy
        )

    def _update_choices(self, taking_part: bool) -> None:
        """Local-only and review: what is in effect, and why when it is not the user's."""
        state = self.controller.state
        upload = state.policy.get("AllowUpload", mandatory_only=True)
        upload_decided = upload is not None and upload.value is False
        self.local_only.setChecked(state.local_only)
        self.local_only.setEnabled(taking_part and not upload_decided)
        why = (
            self.tr("Your organization keeps every report on this computer.")
            if upload_decided
            else ""
        )
        self.local_only_reason.setText(why)
        self.local_only_reason.setVisible(bool(why))
        self.local_only.setAccessibleDescription(why)

        managed = state.policy.get("ReviewBeforeSending", mandatory_only=True)
        broken = state.policy.broken
        self.review.setChecked(state.review)
        self.review.setEnabled(managed is None and not broken)
        if managed is None:
            why = ""
        elif state.review:
            why = self.tr("Your organization asks for each report to be reviewed first.")
        else:
            why = self.tr("Your organization decides that reports are sent without asking.")
        self.review_reason.setText(why)
        self.review_reason.setVisible(bool(why))
        self.review.setAccessibleDescription(why)

    def _update_catalog_banner(self) -> None:
        state = self.controller.state
        if not state.participating or state.policy.broken:
            text = ""
        elif state.pending_fields:
            text = COUNTED.left_out_fields(len(state.pending_fields))
        elif informational_pending(self.controller):
            text = catalog_covered_text()
        else:
            text = ""
        self.catalog_banner.show_text(text)

    def show_whats_new(self) -> WhatsNewDialog:
        """Open "What's new in what is collected" (one window, raised when open)."""
        if self.whats_new is None:
            self.whats_new = WhatsNewDialog(self.controller, self.window())
        else:
            self.whats_new.rebuild()
        self.whats_new.show()
        self.whats_new.raise_()
        self.whats_new.activateWindow()
        return self.whats_new

    def _intro(self, forced: str | None, broken: bool, interval_days: int) -> str:
        every = (
            self.tr("every 14 days") if interval_days == 14 else self.tr("every quarter (91 days)")
        )
        parts = [
            self.tr(
                "When you take part, this product sends technical facts about this computer to its maker, who uses them to decide what to improve: hardware, operating system and installed software, and the other categories below. Nothing personal is collected: no names, e-mail or postal addresses, user or computer names, network addresses, documents or keystrokes, so nobody is ever contacted."
            ),
            self.tr("The first report is sent 7 days after joining, then %1.").replace("%1", every),
        ]
        if forced == "on":
            parts.append(
                self.tr(
                    "You can see every field and every report. Your organization requires this computer to take part, so it cannot be turned off here."
                )
            )
        elif forced == "off":
            parts.append(
                self.tr(
                    "Your organization has turned the program off on this computer, so it cannot be turned on here."
                )
            )
        elif broken:
            parts.append(self.tr("You can see every field and every report."))
        else:
            parts.append(
                self.tr("You can see every field and every report, and leave at any time.")
            )
        return " ".join(parts)

    def _update_banner(self) -> None:
        view = self.controller.view
        details = [
            f"{s.name} = {_setting_text(s.value)} ({self._level(s.level)}: {s.source})"
            for s in view.managed
        ]
        if view.phase is Phase.PAUSED:
            self.banner.show_state(
                self.tr(
                    "Your organization's policy could not be read. Nothing is collected or sent until it is fixed."
                ),
                list(view.policy_problems) + details,
                warning=True,
            )
        elif view.forced == "on":
            self.banner.show_state(
                self.tr(
                    "Managed by your organization: this computer takes part in the program, and this cannot be changed here."
                ),
                details,
                warning=False,
            )
        elif view.forced == "off":
            self.banner.show_state(
                self.tr(
                    "Managed by your organization: the program is turned off on this computer."
                ),
                details,
                warning=False,
            )
        elif view.managed:
            self.banner.show_state(
                self.tr("Managed by your organization: some of these settings are set for you."),
                details,
                warning=False,
            )
        self.banner.setVisible(view.phase is Phase.PAUSED or bool(view.managed))

    def _level(self, label: str) -> str:
        """Where a setting comes from, in the user's language."""
        return {
            "machine policy": self.tr("machine policy"),
            "user policy": self.tr("user policy"),
            "recommended policy": self.tr("recommended policy"),
            "installer preset": self.tr("installer preset"),
        }.get(label, label)

    # -- actions -----------------------------------------------------------------------

    def _open_privacy(self) -> None:
        QDesktopServices.openUrl(QUrl(self.controller.state.profile.privacy_url))

    def _toggle_changed(self, on: bool) -> None:
        if self._updating or on == self.controller.state.participating:
            return
        if on:
            self.controller.join()
            return
        answer = confirm_leave(self)
        if answer.leave:
            self.controller.leave(request_deletion=answer.request_deletion)
        else:
            self.update_view()

    def _local_only_changed(self, on: bool) -> None:
        if self._updating or on == self.controller.state.local_only:
            return
        self.controller.set_local_only(on)

    def _review_changed(self, on: bool) -> None:
        if self._updating or on == self.controller.state.review:
            return
        self.controller.set_review(on)

    def _categories_changed(self) -> None:
        if self._updating:
            return
        state = self.controller.state
        chosen = [c for c, box in self.category_boxes.items() if box.isChecked()]
        # A category policy blocks keeps the user's own choice for when it is allowed again.
        before = state.consent.categories
        kept = [
            c
            for c in state.profile.categories
            if c not in state.permitted and (before is None or c in before)
        ]
        self.controller.set_categories([c for c in state.profile.categories if c in chosen + kept])


def _setting_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
