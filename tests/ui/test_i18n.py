"""The German translation: complete, in sync with the code, compiled, and really shown.

The other UI tests assume English: every test here that installs the German translator
removes it again (the ``german`` fixture), and checks that English is back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cep_gui.core.catalog import load_catalog
from cep_gui.ui.catalog_texts import CATEGORY_TEXTS
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.i18n import install_translator
from cep_gui.ui.preferences import PreferencesWindow
from cep_gui.ui.texts import status_lines, tooltip
from cep_gui.ui.tray import Tray
from cep_gui.ui.viewer import ViewerWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "cep_gui_de.ts"
QM = TRANSLATIONS / "cep_gui_de.qm"
UPDATE_HINT = "run scripts/update_translations.sh, translate what it reports, commit .ts and .qm"

PROGRAM = "Programm zur Verbesserung der Benutzerfreundlichkeit"

PLACEHOLDER = re.compile(r"%\d+")
TAG = re.compile(r"<[^>]+>")
#: A mnemonic is a single "&" before a character; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)(.)")

Message = tuple[str, str, str]  # context, source, translation


def messages(ts: Path) -> list[Message]:
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source") or "", message.findtext("translation") or "")
            )
    return found


def qt_tool(name: str) -> str:
    """The pyside6-* tool next to the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found; install PySide6 in the environment running the tests")
    return found


def mnemonics(text: str) -> list[str]:
    return [letter.casefold() for letter in MNEMONIC.findall(text.replace("&&", ""))]


# -- the .ts file ------------------------------------------------------------------------


def test_every_message_is_translated_and_keeps_its_markup() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "de_DE"
    unfinished = [
        (message.findtext("source"), element.get("type"))
        for message in root.iter("message")
        if (element := message.find("translation")) is not None
        and (element.get("type") or not (element.text or "").strip())
    ]
    assert not unfinished, f"untranslated or obsolete messages ({UPDATE_HINT}): {unfinished}"
    found = messages(TS)
    assert found, "no messages in the .ts"
    for context, source, translation in found:
        where = f"{context}: {source!r} -> {translation!r}"
        assert Counter(PLACEHOLDER.findall(translation)) == Counter(PLACEHOLDER.findall(source)), (
            f"placeholders differ in {where}"
        )
        assert Counter(TAG.findall(translation)) == Counter(TAG.findall(source)), (
            f"HTML tags differ in {where}"
        )
        assert len(mnemonics(translation)) == len(mnemonics(source)), f"mnemonic lost in {where}"
        assert translation.endswith("…") == source.endswith("…"), f"ellipsis differs in {where}"
        assert translation == translation.strip(), f"stray whitespace in {where}"


def test_the_ts_file_is_in_sync_with_the_code(tmp_path: Path) -> None:
    """A new or changed UI string must come with its German translation."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cep_gui" / "ui").glob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    committed = {(context, source) for context, source, _ in messages(TS)}
    current = {(context, source) for context, source, _ in messages(copy)}
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (
        f"the translations are out of date ({UPDATE_HINT}).\n"
        f"New in the code, not translated: {new}\nNo longer in the code: {gone}"
    )


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    assert QM.exists(), f"{QM.name} is missing ({UPDATE_HINT})"
    compiled = tmp_path / QM.name
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), f"{QM.name} is out of date ({UPDATE_HINT})"


def test_category_texts_match_the_catalog() -> None:
    expected = tuple(
        text
        for category in load_catalog().categories.values()
        for text in (category.title, category.description)
    )
    assert expected == CATEGORY_TEXTS, (
        "cep_gui/ui/catalog_texts.py must list the catalog's category titles and descriptions "
        f"in order; then {UPDATE_HINT}"
    )


# -- the app in German ------------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QLocale]:
    """The app as a German system shows it; English again afterwards."""
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    previous_default = QLocale()
    installed = install_translator(qapp, locale)
    QLocale.setDefault(locale)
    try:
        assert installed, "the German translation did not load"
        yield locale
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous_default)
    assert QCoreApplication.translate("Status", "Not taking part") == "Not taking part"


def test_the_feedback_pane_speaks_german(
    qtbot: QtBot, controller: AppController, german: QLocale
) -> None:
    pane = FeedbackPane(controller)
    qtbot.addWidget(pane)
    assert PROGRAM in [label.text() for label in pane.findChildren(QLabel)]
    assert pane.toggle.text() == f"Am {PROGRAM} &teilnehmen"
    assert pane.send_now.text() == "&Jetzt senden"
    assert pane.category_boxes["host_hardware"].text() == "Hardware dieses Computers"
    assert "Keine Teilnahme" in pane.status_label.text()
    assert "alle 14 Tage" in pane.intro.text()
    assert "Datenschutzerklärung</a>" in pane.intro.text()
    controller.join()
    assert pane.status_label.text().startswith("Teilnahme seit Samstag, 28. November 2026.")
    assert "Nächster Bericht: " in pane.status_label.text()


def test_status_lines_and_tooltip_speak_german(german: QLocale) -> None:
    status = {
        "participating": True,
        "since": "2026-11-28",
        "next_due": "2026-12-05T12:00:00+00:00",
        "last_upload": {"at": "2026-11-29T12:00:00+00:00", "outcome": "delivered"},
        "next_attempt": {
            "reason": "the server was unreachable",
            "not_before": "2026-11-30T12:00:00+00:00",
        },
        "problems": [],
    }
    lines = status_lines(status)
    assert lines[0] == "Teilnahme seit Samstag, 28. November 2026."
    assert lines[1].startswith("Nächster Bericht: 05.12.26")
    assert lines[2].startswith("Letzter Bericht: 29.11.26") and lines[2].endswith(" (zugestellt).")
    assert lines[3].startswith(
        "Der letzte Versuch ist fehlgeschlagen: der Server war nicht erreichbar. Neuer Versuch am "
    )
    assert status_lines({"participating": False}) == [
        "Keine Teilnahme. Es wird nichts erfasst oder gesendet."
    ]
    assert tooltip({"participating": False}) == f"{PROGRAM}\nKeine Teilnahme"


def labelled_mnemonics(widget: QWidget) -> list[str]:
    """The mnemonic letters active together in one window (or one page of it)."""
    texts = [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    for bar in widget.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    letters: list[str] = []
    for text in texts:
        letters += mnemonics(text)
    return letters


def assert_unique(letters: list[str], where: str) -> None:
    twice = sorted(letter for letter, count in Counter(letters).items() if count > 1)
    assert not twice, f"{where}: mnemonic letters used twice: {twice} (of {sorted(letters)})"


LANGUAGES = ["English", "German"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    """English as the code has it, or German through the translator."""
    name: str = request.param
    if name == "German":
        request.getfixturevalue("german")
    return name


def test_preferences_mnemonics_do_not_collide(
    qtbot: QtBot, controller: AppController, language: str
) -> None:
    preferences = PreferencesWindow(controller)
    qtbot.addWidget(preferences)
    # The pages share one window but only one is shown at a time.
    for page in (preferences.general, preferences.feedback, preferences.advanced):
        letters = labelled_mnemonics(page)
        assert letters, f"no mnemonics found on {type(page).__name__}"
        assert_unique(letters, f"{language} {type(page).__name__}")


@pytest.mark.parametrize("language", ["English", "German"], indirect=True)
def test_viewer_mnemonics_do_not_collide(
    qtbot: QtBot, controller: AppController, language: str
) -> None:
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    assert_unique(labelled_mnemonics(viewer), f"{language} ViewerWindow")
    if language == "German":
        assert viewer.windowTitle() == "Was erfasst und gesendet wird"


def test_tray_menu_mnemonics_do_not_collide(
    qapp: QApplication, controller: AppController, language: str
) -> None:
    tray = Tray(controller)
    texts = [action.text() for action in tray.menu.actions() if action.text()]
    assert_unique([letter for text in texts for letter in mnemonics(text)], f"{language} tray menu")
    if language == "German":
        assert texts == ["&Einstellungen…", "&Was gesendet wird…", "&Jetzt senden", "&Beenden"]
