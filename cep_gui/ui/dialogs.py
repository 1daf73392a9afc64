"""Confirmations of destructive actions: the button names the action, Cancel is the default.

A dialog that asks "Leave?" with *Yes*/*No* makes a user read the question again to
know what *Yes* does, and a default *Yes* lets Enter destroy something. Here the
action button says what it does (*Leave*, *Delete*), and Enter and Escape both
choose *Cancel*.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget


@dataclass(frozen=True)
class LeaveAnswer:
    leave: bool
    request_deletion: bool


def confirm(
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    details: str,
    action: str,
    checkbox: QCheckBox | None = None,
) -> bool:
    ask = QMessageBox(parent)
    ask.setIcon(QMessageBox.Icon.Warning)
    ask.setWindowTitle(title)
    ask.setText(text or title)
    ask.setInformativeText(details)
    if checkbox is not None:
        ask.setCheckBox(checkbox)
    act = ask.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = ask.addButton(QMessageBox.StandardButton.Cancel)
    ask.setDefaultButton(cancel)
    ask.setEscapeButton(cancel)
    ask.exec()
    return ask.clickedButton() is act


def confirm_leave(parent: QWidget | None) -> LeaveAnswer:
    also_delete = QCheckBox(
        QCoreApplication.translate("Dialogs", "Also ask to &delete the reports already sent")
    )
    leave = confirm(
        parent,
        title=QCoreApplication.translate("Dialogs", "Leave the Customer Experience Program?"),
        text="",
        details=QCoreApplication.translate(
            "Dialogs",
            "Nothing more will be collected or sent, and reports that wait to be sent are deleted. The list of reports already sent stays on this computer until you delete it.",
        ),
        action=QCoreApplication.translate("Dialogs", "&Leave"),
        checkbox=also_delete,
    )
    return LeaveAnswer(leave, leave and also_delete.isChecked())


def confirm_delete_history(parent: QWidget | None) -> bool:
    return confirm(
        parent,
        title=QCoreApplication.translate("Dialogs", "Delete the list of sent reports?"),
        text="",
        details=QCoreApplication.translate(
            "Dialogs",
            "The copies of the reports sent from this computer are deleted from this computer. The maker keeps what it received; to ask for that to be deleted, leave the program and tick “Also ask to delete the reports already sent”.",
        ),
        action=QCoreApplication.translate("Dialogs", "&Delete"),
    )


def choose_path(
    parent: QWidget,
    title: str,
    *,
    folder: bool,
    start: str = "",
    name_filter: str = "",
) -> str | None:
    """A file or folder picker; the dialog is kept on ``parent.file_dialog`` while open."""
    dialog = QFileDialog(parent, title, start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if name_filter:
            dialog.setNameFilter(name_filter)
    parent.file_dialog = dialog  # type: ignore[attr-defined]  # for tests and AT tools
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]
