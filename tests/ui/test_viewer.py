"""The transparency viewer: every field, search, the exact bytes that were sent."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cep_gui.core.catalog import load_catalog
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.viewer import CollectedTab, ViewerWindow, pretty
from tests.helpers.builders import CountingBuilder, fill_history
from tests.ui.conftest import run_async, with_endpoint


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def test_every_catalog_field_is_listed_and_search_filters(qtbot: QtBot) -> None:
    catalog = load_catalog()
    tab = CollectedTab(catalog)
    qtbot.addWidget(tab)
    assert sorted(tab.visible_field_ids()) == sorted(catalog.fields)
    qtbot.keyClicks(tab.search, "memory")
    shown = tab.visible_field_ids()
    assert "host_hardware.memory.total_gib" in shown
    assert "host_software.os.kernel" not in shown
    tab.search.clear()
    qtbot.keyClicks(tab.search, "host_software.os.kernel")  # ids are searchable too
    assert tab.visible_field_ids() == ["host_software.os.kernel"]
    tab.search.setText("no field has this text")
    assert tab.visible_field_ids() == []


def test_values_come_from_a_background_dry_run(qtbot: QtBot, controller: AppController) -> None:
    controller.join()
    controller.record("viewer_opened")
    window = ViewerWindow(controller)
    qtbot.addWidget(window)

    async def dry_run() -> None:
        window.refresh_dry_run()
        assert window._dry_run is not None
        await window._dry_run

    run_async(app(), dry_run())
    item = window.collected.value_items["usage.features.counts"]
    assert item.text() == "viewer_opened 1"
    skipped = window.collected.value_items["host_hardware.cpu.model"].text()
    assert skipped == "not found on this computer"  # the test builder collects usage only
    next_report = json.loads(window.next.text.toPlainText())
    assert next_report["sections"]["usage"]["features"]["counts"] == {"viewer_opened": 1}


def test_history_shows_exactly_what_the_receiver_stored(
    qtbot: QtBot, settings: Services, receiver: ReceiverServer, tmp_path: Path
) -> None:
    controller = AppController(with_endpoint(settings, receiver.url), CountingBuilder())
    controller.join()
    window = ViewerWindow(controller)
    qtbot.addWidget(window)
    run_async(app(), controller.send_now())
    controller.record("send_now")
    run_async(app(), controller.send_now())
    stored = [body for _, _, body in receiver.db.reports()]
    assert len(stored) == 2
    sent = window.sent
    assert len(sent.model.rows) == 2
    sent.table.selectRow(0)  # newest first
    assert sent.text.toPlainText() == pretty(stored[1])
    assert json.loads(sent.text.toPlainText()) == json.loads(stored[1])
    sent.changes.setChecked(True)
    diff = sent.text.toPlainText()
    assert diff.startswith("--- previous report")
    assert '-          "send_now": 1' in diff and '+          "send_now": 2' in diff

    target = tmp_path / "export.json"
    controller.export_history([r.id for r in sent.model.rows], target)
    assert json.loads(target.read_text()) == [json.loads(b) for b in reversed(stored)]
    controller.close()


def test_viewer_lists_a_thousand_reports(qtbot: QtBot, controller: AppController) -> None:
    payload = b'{"schema_version":1}'
    fill_history(controller.client, 1000, payload)
    window = ViewerWindow(controller)
    qtbot.addWidget(window)
    assert window.sent.model.rowCount() == 1000
    window.sent.table.selectRow(999)
    assert window.sent.text.toPlainText() == pretty(payload)
