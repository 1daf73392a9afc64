"""The German translation: complete, in sync with the code, compiled, and really shown.

The other UI tests assume English: every test here that installs the German translator
removes it again (the ``german`` fixture), and checks that English is back.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cep_gui.core import status as core_status
from cep_gui.core.catalog import load_catalog
from cep_gui.core.catalog_changes import load_changes
from cep_gui.core.consent import Source
from cep_gui.core.services import Services
from cep_gui.ui import catalog_texts, value_words
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.i18n import install_translator
from cep_gui.ui.preferences import PreferencesWindow
from cep_gui.ui.row_model import KEY_ROLE
from cep_gui.ui.texts import REASONS, STATUS_TEMPLATES, line_text, reason, reason_template
from cep_gui.ui.tray import Tray, tooltip
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.ui.conftest import shared_loop
from tests.ui.fixture_builder import FixtureBuilder
from tests.ui.test_viewer import settle

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "cep_gui_de.ts"
QM = TRANSLATIONS / "cep_gui_de.qm"
#: English needs only its plural forms ("1 match", "2 matches").
TS_EN = TRANSLATIONS / "cep_gui_en.ts"
QM_EN = TRANSLATIONS / "cep_gui_en.qm"
UPDATE_HINT = "run scripts/update_translations.sh, translate what it reports, commit .ts and .qm"

PROGRAM = "Programm zur Verbesserung der Benutzerfreundlichkeit"

PLACEHOLDER = re.compile(r"%\d+")
TAG = re.compile(r"<[^>]+>")
#: A mnemonic is a single "&" before a character; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)(.)")

Message = tuple[str, str, str]  # context, source, translation


def translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    element = message.find("translation")
    if element is None:
        return [""]
    forms = element.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [element.text or ""]


def messages(ts: Path) -> list[Message]:
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for text in translations(message):
                found.append((name, source, text))
    return found


def finished(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → translations, for finished messages only."""
    done: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            texts = translations(message)
            if element is not None and not element.get("type") and all(t.strip() for t in texts):
                done[(name, message.findtext("source") or "")] = texts
    return done


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


# -- the .ts files ------------------------------------------------------------------------


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["de", "en"])
def test_every_message_is_translated_and_keeps_its_markup(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert root.get("language") == ("de_DE" if ts == TS else "en_US")
    unfinished = [
        (message.findtext("source"), element.get("type"))
        for message in root.iter("message")
        if (element := message.find("translation")) is not None
        and (element.get("type") or not all(t.strip() for t in translations(message)))
    ]
    assert not unfinished, f"untranslated or obsolete messages ({UPDATE_HINT}): {unfinished}"
    found = messages(ts)
    assert found, "no messages in the .ts"
    for context, source, translation in found:
        where = f"{context}: {source!r} -> {translation!r}"
        wanted = Counter(PLACEHOLDER.findall(source))
        assert Counter(PLACEHOLDER.findall(translation)) == wanted, (
            f"placeholders differ in {where}"
        )
        assert Counter(TAG.findall(translation)) == Counter(TAG.findall(source)), (
            f"HTML tags differ in {where}"
        )
        assert len(mnemonics(translation)) == len(mnemonics(source)), f"mnemonic lost in {where}"
        assert translation.endswith("…") == source.endswith("…"), f"ellipsis differs in {where}"
        assert translation == translation.strip(), f"stray whitespace in {where}"


@pytest.mark.parametrize(("ts", "only"), [(TS, []), (TS_EN, ["-pluralonly"])], ids=["de", "en"])
def test_the_ts_file_is_in_sync_with_the_code(tmp_path: Path, ts: Path, only: list[str]) -> None:
    """A new or changed UI string must come with its translation."""
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cep_gui" / "ui").glob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *only, *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    committed = {(context, source) for context, source, _ in messages(ts)}
    current = {(context, source) for context, source, _ in messages(copy)}
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (
        f"the translations are out of date ({UPDATE_HINT}).\n"
        f"New in the code, not translated: {new}\nNo longer in the code: {gone}"
    )


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (TS_EN, QM_EN)], ids=["de", "en"])
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path, ts: Path, qm: Path) -> None:
    assert qm.exists(), f"{qm.name} is missing ({UPDATE_HINT})"
    compiled = tmp_path / qm.name
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date ({UPDATE_HINT})"


# -- the catalog's texts -------------------------------------------------------------------


def test_the_catalog_messages_module_is_generated_from_the_catalog() -> None:
    generated = catalog_texts.generate(load_catalog())
    assert catalog_texts.MODULE.read_text(encoding="utf-8") == generated, (
        f"cep_gui/ui/catalog_messages.py is out of date ({UPDATE_HINT})"
    )


def test_every_catalog_text_has_a_german_translation() -> None:
    """Field titles, descriptions, purposes, privacy labels, usage names and every
    enumerated value (an enum's values, a count map's keys, a record key's values): all German.
    """
    catalog = load_catalog()
    done = finished(TS)
    values = catalog_texts.value_texts(catalog)
    # the vocabularies the viewer translates: a new enum value cannot slip past this test
    assert {"none", "virtual", "hdd", "ethernet", "dpkg", "distribution_point"} <= set(values)
    assert "firefox-esr" not in values and "Debian GNU/Linux" not in values
    wanted = (
        [("Catalog", text) for text in catalog_texts.catalog_texts(catalog)]
        + [("Privacy", text) for text in catalog_texts.privacy_texts()]
        + [("Usage", text) for text in catalog_texts.usage_texts(catalog)]
        + [("CatalogValue", text) for text in values]
        + [("CatalogChanges", text) for text in catalog_texts.change_texts(load_changes())]
    )
    missing = [key for key in wanted if key not in done]
    assert not missing, f"catalog texts without a German translation ({UPDATE_HINT}): {missing}"


def test_the_ui_translates_exactly_cores_status_sentences() -> None:
    assert set(STATUS_TEMPLATES) == set(core_status.TEMPLATES)


def test_the_ui_translates_exactly_the_relay_states_core_knows() -> None:
    from cep_gui.core.relay_status import STATES, RelayStatus
    from cep_gui.ui.texts import RELAY_STATES, RELAY_UNKNOWN

    assert set(RELAY_STATES) == set(STATES.values())
    assert RelayStatus("paused").text == RELAY_UNKNOWN.replace("%1", "paused")


def test_every_reason_the_uploader_gives_is_offered_for_translation() -> None:
    """Each message of an upload attempt (HTTP statuses as placeholders) is in REASONS."""
    tree = ast.parse((ROOT / "cep_gui" / "core" / "uploader.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "Attempt"
            and len(node.args) >= 3
        ):
            message = node.args[2]
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.add(reason_template(message.value)[0])
            elif isinstance(message, ast.JoinedStr):
                # an HTTP status for the first value, nothing for optional details after it
                values = iter(["503"])
                text = "".join(
                    str(part.value) if isinstance(part, ast.Constant) else next(values, "")
                    for part in message.values
                )
                found.add(reason_template(text)[0])
    assert found, "no Attempt messages found"
    assert found <= set(REASONS), sorted(found - set(REASONS))


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
    assert QCoreApplication.translate("Status", "Not taking part.") == "Not taking part."


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
    assert pane.privacy.text() == "Datenschutz&erklärung"
    controller.join()
    assert pane.status_label.text().startswith("Teilnahme seit Samstag, 28. November 2026.")
    assert "Nächster Bericht: in 7 Tagen (Samstag, 5. Dezember 2026 um " in pane.status_label.text()


def test_status_and_reasons_speak_german(controller: AppController, german: QLocale) -> None:
    view = controller.client.status_view()
    assert [line_text(line) for line in view.lines] == [
        "Keine Teilnahme. Es wird nichts erfasst oder gesendet."
    ]
    assert tooltip(view) == f"{PROGRAM}\nKeine Teilnahme."
    controller.client.join(Source.USER)
    view = controller.client.status_view()
    assert line_text(view.summary) == "Teilnahme. Nächster Bericht in 7 Tagen."
    assert reason("the server had a problem (HTTP 503)") == (
        "der Server hatte ein Problem (HTTP 503)"
    )


def test_the_viewer_speaks_german_down_to_the_catalog(
    qtbot: QtBot, controller: AppController, german: QLocale
) -> None:
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    assert viewer.windowTitle() == "Was erfasst und gesendet wird"
    model = viewer.collected.model
    memory = next(
        model.itemFromIndex(i.siblingAtColumn(0))
        for i in model.walk()
        if i.data(Qt.ItemDataRole.UserRole + 1) == "host_hardware.memory.total_gib"
    )
    assert memory.text() == "Arbeitsspeicher"
    row = memory.row()
    parent = memory.parent()
    assert parent.child(row, 2).text() == "gerundet"
    assert (
        parent.child(row, 3).text()
        != load_catalog().fields["host_hardware.memory.total_gib"].description
    )
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Feld", "Wert", "Datenschutz", "Beschreibung"]


def shown_viewer(qtbot: QtBot, qapp: QApplication, controller: AppController) -> ViewerWindow:
    """The viewer of a joined ``controller``, shown and settled on the shared event loop."""
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    shared_loop(qapp)
    viewer.show()
    qtbot.waitExposed(viewer)
    asyncio.set_event_loop(None)
    settle(viewer)
    return viewer


def field_cells(viewer: ViewerWindow, key: str) -> list[str]:
    """The Field and Value cells of the collected tab's row for ``key``."""
    model = viewer.collected.model
    index = next(i for i in model.walk() if i.data(KEY_ROLE) == key)
    return [index.siblingAtColumn(column).data() for column in range(2)]


def test_the_viewer_says_enumerated_values_in_german_and_data_as_collected(
    qtbot: QtBot, qapp: QApplication, settings: Services, german: QLocale
) -> None:
    """The catalog's words in German ("keine", "virtuell", "Festplatte 1"); a program or a
    desktop called "none" and the OS name are data and stay as collected, and the exact JSON
    keeps the values as sent."""
    builder = FixtureBuilder()
    hardware = builder.sections["host_hardware"]
    hardware["machine"]["form_factor"] = "virtual"
    hardware["disks"]["kinds"] = {"hdd": 1}
    builder.packages.append({"name": "none", "source": "flatpak", "version": "1.0"})
    builder.sections["host_software"]["desktop"]["environment"] = "none"  # a free string
    controller = AppController(settings, builder)
    try:
        controller.join()
        viewer = shown_viewer(qtbot, qapp, controller)

        def cells(key: str) -> list[str]:
            return field_cells(viewer, key)

        assert cells("host_hardware.hypervisor.detected")[1] == "keine"
        assert cells("host_hardware.machine.form_factor")[1] == "virtuell"
        assert cells("host_hardware.disks.kinds")[1] == "Festplatte 1"
        assert cells("host_hardware.network.adapters")[1] == "Ethernet 1, WLAN 1"
        assert cells("host_hardware.network.adapters/wifi") == ["WLAN", "1"]
        assert cells("host_software.os.name")[1] == "Debian GNU/Linux"
        assert cells("host_software.desktop.environment")[1] == "none"
        program = next(
            str(i.data(KEY_ROLE))
            for i in viewer.collected.model.walk()
            if str(i.data(KEY_ROLE)).startswith("host_software.packages.items/none|")
        )
        assert cells(program) == ["none", "1.0 (flatpak)"]
        # a German search finds the German word, an English one the value as sent
        viewer.collected.search.setText("virtuell")
        assert "host_hardware.machine.form_factor" in viewer.collected.visible_field_ids()
        viewer.collected.search.setText("virtual")
        assert "host_hardware.machine.form_factor" in viewer.collected.visible_field_ids()
        # the exact document is the wire format: never translated
        document = json.loads(viewer.next.text.toPlainText())
        assert document["sections"]["host_hardware"]["hypervisor"]["detected"] == "none"
        assert document["sections"]["host_hardware"]["network"]["adapters"] == {
            "ethernet": 1, "wifi": 1,
        }  # fmt: skip
        assert "keine" not in viewer.next.text.toPlainText()
    finally:
        controller.close()


def test_every_value_german_words_has_an_english_word_or_reads_as_it_is() -> None:
    """English has no translation file for the catalog's ids: a new id that German puts in
    words ("host_only" -> "nur Host") must get its English word too, never show raw."""
    german = finished(TS)
    values = catalog_texts.value_texts(load_catalog())
    worded = [v for v in values if german[("CatalogValue", v)] != [v]]
    missing = [v for v in worded if v not in value_words.WORDS and v not in value_words.READS_AS_IS]
    assert missing == []
    # an English word never overrides a German translation that keeps the id as it is
    assert [w for w in value_words.WORDS if german[("CatalogValue", w)] == [w]] == []
    assert set(value_words.WORDS) <= set(values), "a word for a value the catalog lacks"


def test_the_english_viewer_says_enumerated_values_as_words(
    qtbot: QtBot, qapp: QApplication, settings: Services, english: None
) -> None:
    """ "hard disk 1", "host-only", "Wi-Fi": not the wire's ids; data stays as collected."""
    builder = FixtureBuilder()
    hardware = builder.sections["host_hardware"]
    hardware["disks"]["kinds"] = {"hdd": 1, "nvme": 2}
    builder.packages.append({"name": "hdd", "source": "flatpak", "version": "1.0"})
    controller = AppController(settings, builder)
    try:
        controller.join()
        viewer = shown_viewer(qtbot, qapp, controller)

        def cells(key: str) -> list[str]:
            return field_cells(viewer, key)

        assert cells("host_hardware.disks.kinds")[1] == "hard disk 1, NVMe 2"
        assert cells("host_hardware.network.adapters")[1] == "Ethernet 1, Wi-Fi 1"
        assert cells("host_hardware.firmware.type")[1] in ("UEFI", "BIOS")
        program = next(
            str(i.data(KEY_ROLE))
            for i in viewer.collected.model.walk()
            if str(i.data(KEY_ROLE)).startswith("host_software.packages.items/hdd|")
        )
        assert cells(program) == ["hdd", "1.0 (flatpak)"]  # a program's name is data
        document = json.loads(viewer.next.text.toPlainText())
        assert document["sections"]["host_hardware"]["disks"]["kinds"] == {"hdd": 1, "nvme": 2}
    finally:
        controller.close()


def test_german_field_names_are_not_cut_off_in_the_viewer(
    qtbot: QtBot, qapp: QApplication, controller: AppController, german: QLocale
) -> None:
    """A German name such as "Unterstützung für Hardwarevirtualisierung" is wider than the
    Field column's default: the column grows to the longest name, and Value keeps room."""
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    tree = viewer.collected.tree
    tree.expandAll()
    qapp.processEvents()
    needed = tree.sizeHintForColumn(0)  # Qt's own measure, indentation included
    assert needed > 260, "no German name is longer than the default column: test says nothing"
    assert tree.columnWidth(0) >= needed, (tree.columnWidth(0), needed)
    assert tree.columnWidth(1) >= 200, "Value gave the room"
    header = tree.header()
    assert header.sectionSize(3) >= header.sectionSizeHint(3) - 1, "Beschreibung is clipped"


# -- sizes: German fits at the default size ------------------------------------------------


def fits(scroll: QScrollArea) -> bool:
    return scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize(
    ("font_scale", "managed"),
    [(1.0, False), (1.2, False), (1.0, True)],
    ids=["default font", "large font", "managed, default font"],
)
def test_every_preferences_page_fits_its_default_size_in_german(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Services,
    tmp_path: Path,
    german: QLocale,
    font_scale: float,
    managed: bool,
) -> None:
    font = qapp.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * font_scale)
    qapp.setFont(bigger)
    root = tmp_path / "policies"
    if managed:  # the banner, blocked categories with their reason, the review line
        allowed = ["host_hardware", "host_software", "usage"]
        write_policy(
            root,
            "managed",
            "10-corp.json",
            {"Participation": "forced_on", "AllowedCategories": allowed},
        )
    services = dataclasses.replace(settings, policy_locations=trusted(root))
    controller = AppController(services, CountingBuilder())
    try:
        controller.client.join(Source.USER)
        controller.refresh()
        window = PreferencesWindow(controller)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert (window.width(), window.height()) == PreferencesWindow.DEFAULT_SIZE
        for page in ("general", "feedback", "advanced"):
            window.show_page(page)
            qapp.processEvents()
            scroll = window.stack.currentWidget()
            if scroll is window.feedback:
                scroll = window.feedback.scroller
            assert isinstance(scroll, QScrollArea)
            inner = scroll.widget()
            assert inner is not None
            needed = inner.heightForWidth(scroll.viewport().width())
            if needed < 0:
                needed = inner.sizeHint().height()
            assert needed <= scroll.viewport().height(), (
                f"{page} needs {needed}px, has {scroll.viewport().height()}px"
            )
            assert fits(scroll), f"{page} scrolls at the default size"
        # the buttons are on screen, not below the fold
        for button in (window.feedback.send_now, window.feedback.show_collected):
            window.show_page("feedback")
            qapp.processEvents()
            corner = button.mapTo(window, button.rect().bottomRight())
            assert window.rect().contains(corner), f"{button.text()} is below the fold"
    finally:
        qapp.setFont(font)
        controller.close()


def test_viewer_headers_are_not_clipped_in_german(
    qtbot: QtBot, qapp: QApplication, controller: AppController, german: QLocale
) -> None:
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    for index in range(viewer.tabs.count()):
        viewer.tabs.setCurrentIndex(index)
        qapp.processEvents()
        page = viewer.tabs.currentWidget()
        assert page.minimumSizeHint().width() <= viewer.width()
        assert page.minimumSizeHint().height() <= viewer.height()
        for header in page.findChildren(QHeaderView):
            if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
                continue
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                assert header.sectionSize(section) >= header.sectionSizeHint(section) - 1, (
                    f"header {header.model().headerData(section, Qt.Orientation.Horizontal)!r} "
                    "is clipped"
                )


# -- mnemonics ---------------------------------------------------------------------------------


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
        assert texts[1:] == [
            "&Teilnehmen", "&Jetzt senden", "&Einstellungen…", "&Was erfasst und gesendet wird…",
            "&Beenden",
        ]  # fmt: skip


def test_the_c_locale_writes_readable_dates(qapp: QApplication) -> None:
    """No "8 12 2026": a C locale gets the long month name, as every other locale."""
    from datetime import UTC, datetime

    from cep_gui.ui.texts import day, short_moment

    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        moment = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)
        assert "December 2026" in short_moment(moment)
        assert "December 2026" in day(moment)
    finally:
        QLocale.setDefault(previous)
