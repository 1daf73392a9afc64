"""The Feedback pane: what the program is, the participation toggle, categories, status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cep_gui.core.catalog import load_catalog
from cep_gui.ui.catalog_texts import translated
from cep_gui.ui.controller import AppController
from cep_gui.ui.texts import status_lines


class FeedbackPane(QWidget):
    """Reads everything from the controller; every click becomes one controller call."""

    showCollected = Signal()
    sendNowRequested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = load_catalog()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        title = QLabel(self.tr("Customer Experience Program"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setOpenExternalLinks(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.intro)

        self.toggle = QCheckBox(self.tr("&Take part in the Customer Experience Program"))
        self.toggle.setAccessibleName(self.tr("Take part in the Customer Experience Program"))
        bold = self.toggle.font()
        bold.setBold(True)
        self.toggle.setFont(bold)
        self.toggle.clicked.connect(self._toggled)
        layout.addWidget(self.toggle)

        self.managed = QLabel()
        self.managed.setWordWrap(True)
        self.managed.setAccessibleName(self.tr("Managed by your organization"))
        self.managed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.managed)

        self.categories_box = QGroupBox(self.tr("What may be collected"))
        categories_layout = QVBoxLayout(self.categories_box)
        self.category_boxes: dict[str, QCheckBox] = {}
        for category_id in controller.state.profile.categories:
            category = self.catalog.categories[category_id]
            box = QCheckBox(translated(category.title))
            box.setAccessibleName(translated(category.title))
            box.setAccessibleDescription(translated(category.description))
            box.clicked.connect(self._categories_changed)
            note = QLabel(translated(category.description))
            note.setWordWrap(True)
            note.setIndent(24)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            categories_layout.addWidget(box)
            categories_layout.addWidget(note)
            self.category_boxes[category_id] = box
        layout.addWidget(self.categories_box)

        status_frame = QFrame()
        status_frame.setFrameShape(QFrame.Shape.StyledPanel)
        status_layout = QVBoxLayout(status_frame)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_layout.addWidget(self.status_label)
        layout.addWidget(status_frame)

        buttons = QHBoxLayout()
        self.send_now = QPushButton(self.tr("&Send now"))
        self.send_now.setAccessibleName(self.tr("Send a report now"))
        self.send_now.clicked.connect(self.sendNowRequested.emit)
        self.show_collected = QPushButton(self.tr("Show &what is collected…"))
        self.show_collected.setAccessibleName(self.tr("Show what is collected"))
        self.show_collected.clicked.connect(self.showCollected.emit)
        buttons.addWidget(self.send_now)
        buttons.addStretch(1)
        buttons.addWidget(self.show_collected)
        layout.addLayout(buttons)
        layout.addStretch(1)

        controller.changed.connect(self.update_view)
        controller.busyChanged.connect(lambda _busy: self.update_view())
        controller.notice.connect(self._notice)
        self._last_notice = ""
        self.update_view()

    # -- view ------------------------------------------------------------------------

    def update_view(self) -> None:
        state = self.controller.state
        status = self.controller.status
        profile = state.profile
        every = (
            self.tr("every 14 days")
            if profile.interval_days == 14
            else self.tr("every quarter (91 days)")
        )
        self.intro.setText(
            self.tr(
                'When you take part, this product sends technical facts about this computer to its maker, who uses them to decide what to improve: hardware, operating system and installed software, and the other categories below. Nothing personal is collected: no names, e-mail or postal addresses, user or computer names, network addresses, documents or keystrokes, so nobody is ever contacted. The first report is sent 7 days after you join, then %1. You can see every field and every report, and leave at any time. <a href="%2">Privacy policy</a>'
            )
            .replace("%1", every)
            .replace("%2", profile.privacy_url)
        )
        self.toggle.setChecked(state.participating)
        decided = status["decided_by"]
        blocked = state.policy.broken
        self.toggle.setEnabled(not decided["managed"] and not blocked)
        if decided["managed"]:
            self.managed.setText(
                self.tr("Managed by your organization (%1: %2).")
                .replace("%1", self._level(decided["level"]))
                .replace("%2", decided["source"])
            )
        elif blocked:
            self.managed.setText(
                self.tr("Paused: your organization's policy could not be read. %1").replace(
                    "%1", " ".join(state.problems)
                )
            )
        self.managed.setVisible(decided["managed"] or blocked)

        allowed_by_policy = self._allowed_by_policy()
        for category_id, box in self.category_boxes.items():
            permitted = category_id in allowed_by_policy
            box.setChecked(permitted and category_id in state.allowed)
            box.setEnabled(state.participating and permitted and not blocked)
            box.setToolTip("" if permitted else self.tr("Not allowed by your organization"))

        lines = status_lines(status)
        if self.controller.busy:
            lines.append(self.tr("Sending…"))
        elif self._last_notice:
            lines.append(self._last_notice)
        self.status_label.setText("\n".join(lines))
        self.send_now.setEnabled(state.may_send and not self.controller.busy)

    def _allowed_by_policy(self) -> set[str]:
        return set(self.controller.state.permitted)

    def _level(self, label: str) -> str:
        return {
            "machine policy": self.tr("machine policy"),
            "user policy": self.tr("user policy"),
        }.get(label, label)

    def _notice(self, text: str) -> None:
        self._last_notice = text
        self.update_view()

    # -- actions -----------------------------------------------------------------------

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.controller.join()
            return
        ask = QMessageBox(self)
        ask.setIcon(QMessageBox.Icon.Question)
        ask.setWindowTitle(self.tr("Leave the Customer Experience Program?"))
        ask.setText(self.tr("Leave the Customer Experience Program?"))
        ask.setInformativeText(
            self.tr(
                "Nothing more will be collected or sent, and reports that wait to be sent are "
                "deleted. The list of reports already sent stays on this computer until you "
                "delete it."
            )
        )
        also_delete = QCheckBox(self.tr("Also ask to &delete the reports already sent"))
        ask.setCheckBox(also_delete)
        leave = ask.addButton(self.tr("&Leave"), QMessageBox.ButtonRole.AcceptRole)
        ask.addButton(QMessageBox.StandardButton.Cancel)
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_dialog = ask  # for tests and accessibility tools
        ask.exec()
        if ask.clickedButton() is leave:
            self.controller.leave(request_deletion=also_delete.isChecked())
        else:
            self.update_view()

    def _categories_changed(self) -> None:
        chosen = [c for c, box in self.category_boxes.items() if box.isChecked()]
        self.controller.set_categories(chosen)
