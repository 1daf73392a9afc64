"""Translations: the system locale picks one of the shipped .qm files.

English is the language of the code, but its plural forms ("1 match", "2 matches")
come from ``cep_gui_en.qm`` too: it is loaded whenever no translation exists for the
user's language (an English, a C or an untranslated locale).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def install_translator(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the app's and Qt's own translations for the locale."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    folder = str(resources.files("cep_gui.resources").joinpath("translations"))
    ours = QTranslator(app)
    if ours.load(locale, "cep_gui", "_", folder) or ours.load("cep_gui_en", folder):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
