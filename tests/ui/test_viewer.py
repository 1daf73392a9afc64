"""The transparency viewer: every field and list entry, search, filters, live refresh,
plain history with a coloured changes list, export of the exact bytes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cep_gui.core.catalog import load_catalog
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.row_model import KEY_ROLE, match_colours
from cep_gui.ui.sent_tab import change_colour, pretty
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import fill_history
from tests.ui.conftest import run_async, shared_loop, with_endpoint
from tests.ui.fixture_builder import FixtureBuilder

DESKTOP = ("host_hardware", "host_software", "vm_software", "vm_config", "usage")


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def builder() -> FixtureBuilder:
    return FixtureBuilder()


@pytest.fixture
def live(
    settings: Services, receiver: ReceiverServer, builder: FixtureBuilder
) -> Iterator[AppController]:
    made = AppController(with_endpoint(settings, receiver.url), builder)
    yield made
    made.close()


@pytest.fixture
def window(qtbot: QtBot, live: AppController) -> ViewerWindow:
    made = ViewerWindow(live)
    qtbot.addWidget(made)
    shared_loop(app())  # as in the app: showing it schedules a collection on the loop
    made.show()
    qtbot.waitExposed(made)
    asyncio.set_event_loop(None)
    return made


def settle(window: ViewerWindow) -> None:
    """Let the background dry run (and any rerun it asked for) finish."""

    async def done() -> None:
        window.refresh_dry_run()
        for _ in range(3):
            task = window._dry_run
            if task is not None:
                await task
            await asyncio.sleep(0)

    run_async(app(), done())


def test_every_field_of_the_profile_and_nothing_else(window: ViewerWindow) -> None:
    settle(window)
    tab = window.collected
    catalog = load_catalog()
    shown = set(tab.visible_field_ids())
    expected = {f.id for c in DESKTOP for f in catalog.in_category(c)}
    assert shown == expected
    assert not any(key.startswith("sccm") for key in tab.visible_keys())


def test_a_search_finds_a_program_inside_installed_software(
    window: ViewerWindow, live: AppController
) -> None:
    live.join()
    settle(window)
    tab = window.collected
    tab.search.setText("libssl")
    keys = tab.visible_keys()
    entry = next(k for k in keys if "libssl3" in k)
    assert entry.startswith("host_software.packages.items/")
    assert "host_software" in keys and "host_software.packages.items" in keys
    assert "host_hardware" not in keys
    assert tab.matches.text() == "1 match"
    row = tab.model.rows[entry]
    assert (row.name, row.version, row.source) == ("libssl3", "3.0.15-1~deb12u1", "dpkg")
    # ids, descriptions and purposes are searched too
    tab.search.setText("host_software.os.kernel")
    assert tab.visible_field_ids() == ["host_software.os.kernel"]
    tab.search.setText("the product must be tested and tuned on")  # a purpose
    assert "host_hardware.cpu.model" in tab.visible_field_ids()
    tab.search.setText("no field has this text")
    assert tab.visible_keys() == [] and tab.matches.text() == "0 matches"


def test_filters_by_category_what_is_sent_and_what_changed(
    window: ViewerWindow, live: AppController, builder: FixtureBuilder
) -> None:
    live.join()
    settle(window)
    tab = window.collected
    assert not tab.only_changed.isEnabled()  # nothing delivered yet in this participation
    run_async(app(), live.send_now())
    builder.packages[1]["version"] = "3.0.16-1~deb12u1"
    settle(window)
    tab.category.setCurrentIndex(tab.category.findData("vm_config"))
    assert {k.split("/")[0].split(".")[0] for k in tab.visible_keys()} == {"vm_config"}
    tab.category.setCurrentIndex(0)
    tab.only_sent.setChecked(True)
    sent = tab.visible_keys()
    assert "host_hardware.cpu.model" in sent
    assert "host_software.os.edition" not in sent or tab.model.rows["host_software.os.edition"].sent
    tab.only_sent.setChecked(False)
    assert tab.only_changed.isEnabled()
    tab.only_changed.setChecked(True)
    changed = tab.visible_keys()
    assert any("libssl3" in key for key in changed)
    assert not any("firefox-esr" in key for key in changed)
    assert "host_hardware.cpu.model" not in changed


def test_a_line_hidden_by_the_filter_leaves_the_details(window: ViewerWindow) -> None:
    settle(window)
    tab = window.collected
    assert tab.select_key("host_hardware.memory.total_gib")
    assert "Memory" in tab.details.toPlainText()
    assert "rounded" in tab.details.toPlainText()
    tab.search.setText("kernel")
    assert "Memory" not in tab.details.toPlainText()
    assert tab.details.toPlainText().startswith("Select a line")


def test_details_can_be_reached_selected_and_copied(
    qtbot: QtBot, window: ViewerWindow, live: AppController
) -> None:
    live.join()
    settle(window)
    tab = window.collected
    assert tab.select_key("host_hardware.cpu.model")
    details = tab.details
    assert details.focusPolicy() != Qt.FocusPolicy.NoFocus
    flags = details.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    details.setFocus()
    qtbot.keyClick(details, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(details, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz" in copied
    assert "Why it is collected:" in copied


def test_live_refresh_after_leave_category_change_and_send(
    window: ViewerWindow, live: AppController
) -> None:
    live.join()
    settle(window)
    installation = live.state.consent.installation_id
    assert installation and installation in window.next.text.toPlainText()
    assert window.next.note.text().startswith("This is exactly what would be sent now")

    live.set_categories(["host_hardware"])
    settle(window)
    sent = json.loads(window.next.text.toPlainText())
    assert "host_software" not in sent["sections"]
    software = window.collected.model.rows["host_software"]
    assert not software.sent

    run_async(app(), live.send_now())
    settle(window)
    assert window.sent.model.rowCount() == 1

    live.leave()
    settle(window)
    assert window.next.note.text() == "Preview: nothing is sent while you don't take part."
    assert window.next.text.toPlainText() == ""  # no report with a null id shown as "sent"
    assert installation not in window.next.text.toPlainText()
    assert window.collected.state_note.text().startswith("Preview: nothing is sent")


def test_not_taking_part_is_a_preview(window: ViewerWindow) -> None:
    settle(window)
    assert "exactly what would be sent" not in window.next.note.text()
    assert window.next.text.toPlainText() == ""
    assert window.collected.state_note.isVisibleTo(window)


def test_keys_find_and_close(qtbot: QtBot, window: ViewerWindow) -> None:
    window.tabs.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.collected
    assert window.collected.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.collected.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.collected.tree, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_history_in_plain_words_and_local_time(window: ViewerWindow, live: AppController) -> None:
    live.join()
    run_async(app(), live.send_now())
    model = window.sent.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    sent, kind, outcome, _size, status, receipt = cells
    assert kind == "report" and outcome == "delivered" and status == "202"
    assert "T" not in sent and "+00:00" not in sent and "2026" in sent
    assert receipt.startswith("received ") and "receipt no. 1" in receipt
    assert "T" not in receipt.split(",")[0]  # no ISO timestamp


def test_changes_are_a_coloured_field_level_list(
    window: ViewerWindow, live: AppController, builder: FixtureBuilder
) -> None:
    live.join()
    run_async(app(), live.send_now())
    builder.packages[1]["version"] = "3.0.16-1~deb12u1"
    del builder.packages[3]
    builder.sections["host_hardware"]["memory"]["total_gib"] = 32
    run_async(app(), live.send_now())
    sent = window.sent
    sent.table.selectRow(0)
    sent.changes.setChecked(True)
    changes = sent.change_list
    items = [changes.topLevelItem(i) for i in range(changes.topLevelItemCount())]
    lines = [[item.text(c) for c in range(4)] for item in items if item is not None]
    assert [
        "↑ upgraded",
        "Installed software: libssl3",
        "3.0.15-1~deb12u1",
        "3.0.16-1~deb12u1",
    ] in lines
    assert ["\N{MINUS SIGN} removed", "Installed software: org.gimp.GIMP", "2.10.38", ""] in lines
    assert ["~ changed", "Memory", "16 GiB", "32 GiB"] in lines
    assert not any("report_id" in " ".join(line) or "created" in " ".join(line) for line in lines)
    removed = next(item for item in items if item is not None and item.text(0).endswith("removed"))
    palette = changes.palette()
    from cep_gui.core.report_changes import ChangeKind

    assert removed.foreground(0).color() == change_colour(ChangeKind.REMOVED, palette)
    assert change_colour(ChangeKind.REMOVED, palette) != change_colour(ChangeKind.ADDED, palette)


def test_changes_never_cross_a_leave(window: ViewerWindow, live: AppController) -> None:
    live.join()
    run_async(app(), live.send_now())
    live.leave()
    live.join()
    run_async(app(), live.send_now())
    sent = window.sent
    sent.table.selectRow(0)
    sent.changes.setChecked(True)
    assert sent.change_list.topLevelItemCount() == 0
    assert sent.note.text().startswith("This is the first report of this participation")


def answer_file_dialog(target: Path, seen: list[str]) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.directory().absolutePath())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(target))
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_export_through_a_dialog_in_documents_with_the_exact_bytes(
    window: ViewerWindow, live: AppController, receiver: ReceiverServer, tmp_path: Path
) -> None:
    QStandardPaths.setTestModeEnabled(True)
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    try:
        live.join()
        run_async(app(), live.send_now())
        run_async(app(), live.send_now())
        target = tmp_path / "reports.json"
        seen: list[str] = []
        answer_file_dialog(target, seen)
        assert window.sent.export(selected_only=False) == target
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert seen == [str(documents)]
    raw = target.read_bytes()
    for _, _, body in receiver.db.reports():
        assert body in raw
    items = json.loads(raw)["items"]
    assert [item["http_status"] for item in items] == [202, 202]
    assert all(item["endpoint"] == receiver.url and item["receipt"] for item in items)
    assert window.sent.confirmation.text() == f"Saved 2 reports to {target}."


def test_delete_names_the_action_and_defaults_to_cancel(
    window: ViewerWindow, live: AppController
) -> None:
    live.join()
    run_async(app(), live.send_now())
    seen: list[tuple[list[str], str]] = []

    def answer(choose_delete: bool) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, lambda: answer(choose_delete))
            return
        default = dialog.defaultButton()
        seen.append(([b.text() for b in dialog.buttons()], default.text() if default else ""))
        for button in dialog.buttons():
            role = dialog.buttonRole(button)
            if choose_delete and role == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
                return
        dialog.escapeButton().click()

    QTimer.singleShot(20, lambda: answer(False))
    window.sent.delete.click()
    assert window.sent.model.rowCount() == 1
    texts, default = seen[0]
    assert "&Delete" in texts and default.replace("&", "") == "Cancel"
    QTimer.singleShot(20, lambda: answer(True))
    window.sent.delete.click()
    assert window.sent.model.rowCount() == 0


def test_viewer_lists_a_thousand_reports(qtbot: QtBot, controller: AppController) -> None:
    payload = b'{"schema_version":1}'
    fill_history(controller.client, 1000, payload)
    window = ViewerWindow(controller)
    qtbot.addWidget(window)
    assert window.sent.model.rowCount() == 1000
    window.sent.table.selectRow(999)
    assert window.sent.text.toPlainText() == pretty(payload)


def test_the_sccm_profile_shows_its_own_categories(qtbot: QtBot, settings: Services) -> None:
    import dataclasses

    from cep_gui.core.services import Overrides

    controller = AppController(
        dataclasses.replace(settings, overrides=Overrides(profile="sccm")), FixtureBuilder()
    )
    window = ViewerWindow(controller)
    qtbot.addWidget(window)
    tops = [
        str(window.collected.model.index(i, 0).data(KEY_ROLE))
        for i in range(window.collected.model.rowCount())
    ]
    assert tops == list(controller.state.profile.categories)
    assert "sccm_infrastructure" in tops and "vm_config" not in tops
    controller.close()


def test_usage_counts_are_shown_in_words(window: ViewerWindow, live: AppController) -> None:
    live.join()
    live.record("categories_changed")
    settle(window)
    counts = window.collected.model.rows["usage.features.counts"]
    entry = next(child for child in counts.children if child.name == "categories_changed")
    items = window.collected.model.findItems(
        "Categories changed", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    assert items and entry.key == items[0].data(KEY_ROLE)
    value = window.collected.model.rows["usage.features.counts"]
    assert value.sent


def marked_columns(image: QImage, colour: QColor) -> list[int]:
    """The x positions in ``image`` where the search marker colour is painted."""
    return sorted(
        {
            x
            for x in range(image.width())
            for y in range(image.height())
            if QColor(image.pixel(x, y)).rgb() == colour.rgb()
        }
    )


def test_a_search_match_is_painted_marked_and_only_the_match(
    window: ViewerWindow, live: AppController
) -> None:
    """The user sees "libssl" marked in amber inside "libssl3", and no mark without a search."""
    live.join()
    settle(window)
    tab = window.collected
    tab.search.setText("libssl")
    app().processEvents()
    proxy_index = next(
        index
        for index in tab.proxy.match(
            tab.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, "libssl3", -1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
    )  # fmt: skip
    tab.tree.scrollTo(proxy_index)
    app().processEvents()
    rect = tab.tree.visualRect(proxy_index)
    assert not rect.isEmpty()
    marker, _text = match_colours(tab.tree.palette())
    marked = marked_columns(tab.tree.viewport().grab(rect).toImage(), marker)
    assert marked, "the match is not marked"
    # the mark covers "libssl", not the "3" after it nor the whole cell
    wanted = tab.tree.fontMetrics().horizontalAdvance("libssl")
    assert abs((marked[-1] - marked[0] + 1) - wanted) <= 3
    assert marked[-1] - marked[0] + 1 < rect.width() // 2
    tab.search.setText("")
    app().processEvents()
    tab.tree.expandAll()
    index = next(
        index
        for index in tab.proxy.match(
            tab.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, "libssl3", -1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
    )  # fmt: skip
    tab.tree.scrollTo(index)
    app().processEvents()
    image = tab.tree.viewport().grab(tab.tree.visualRect(index)).toImage()
    assert not marked_columns(image, marker), "a mark stays without a search"


def test_the_tree_stays_usable_in_a_small_window(qtbot: QtBot, window: ViewerWindow) -> None:
    """At the narrowest width the window allows, the tree keeps most of the width and shows
    rows to read; the details stay beside it, and no drag of the splitter hides the tree."""
    settle(window)
    narrow = window.minimumSizeHint().width()
    assert narrow <= 800, "the viewer cannot be made small"
    window.resize(narrow, 440)
    qtbot.waitUntil(lambda: window.width() == narrow, timeout=2000)
    app().processEvents()
    tab = window.collected
    tree, details = tab.tree, tab.details
    assert tree.isVisible() and details.isVisible()
    assert tree.width() > 2 * details.width(), (tree.width(), details.width())
    assert details.width() >= 100
    # several rows show, and the field column is readable, not squeezed to nothing
    assert tree.viewport().height() >= 8 * tree.sizeHintForRow(0)
    assert tree.columnWidth(0) >= 150
    # dragging the splitter all the way leaves the tree there (children do not collapse)
    tab.splitter.setSizes([0, narrow])
    app().processEvents()
    assert tree.width() >= tree.minimumSizeHint().width() > 0
