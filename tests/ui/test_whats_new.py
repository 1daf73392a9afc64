"""*What's new in what is collected*: after an upgrade adds a field to a category the
user agreed to, the field stays out of reports until the user has seen the page and
agreed, or kept it out; the Feedback pane shows a banner, the tray tells once per
catalog version, and under forced participation the page only informs."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from cep_gui.core.catalog import load_catalog
from cep_gui.core.catalog_changes import CatalogChanges, parse_changes
from cep_gui.core.history import list_history
from cep_gui.core.services import Services
from cep_gui.receiver.server import ReceiverServer
from cep_gui.ui.controller import AppController
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.row_model import KEY_ROLE, PRIVACY, VALUE
from cep_gui.ui.tray import Tray
from cep_gui.ui.viewer import ViewerWindow
from cep_gui.ui.whats_new import WhatsNewDialog
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.ui.conftest import run_async, with_endpoint
from tests.ui.test_accessibility import check_names
from tests.ui.test_i18n import assert_unique, german, labelled_mnemonics
from tests.ui.test_viewer import settle

__all__ = ["german"]  # a fixture, used by name

PROBLEMS = "usage.problems.counts"
SUMMARY = "Problem counts are now collected as well, so that frequent problems get fixed first."


VERSION_1 = {"number": 1, "date": "2026-12-01", "summary": "The first catalog."}


def one_version() -> CatalogChanges:
    """The catalog as it was when the user agreed."""
    return parse_changes({"current": 1, "versions": [VERSION_1]}, load_catalog(), "test")


def two_versions() -> CatalogChanges:
    """Version 2 of the catalog adds the problem counts to the usage category."""
    doc = {
        "current": 2,
        "versions": [
            VERSION_1,
            {"number": 2, "date": "2027-03-01", "summary": SUMMARY, "added": [PROBLEMS]},
        ],
    }
    return parse_changes(doc, load_catalog(), "test")


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def upgraded(settings: Services, receiver: ReceiverServer) -> Iterator[AppController]:
    """The user joined under catalog version 1; the program now runs version 2."""
    services = with_endpoint(settings, receiver.url)
    before = AppController(dataclasses.replace(services, catalog_changes=one_version()),
                           CountingBuilder())  # fmt: skip
    before.join()
    before.close()
    after = AppController(dataclasses.replace(services, catalog_changes=two_versions()),
                          CountingBuilder())  # fmt: skip
    yield after
    after.close()


@pytest.fixture
def pane(qtbot: QtBot, upgraded: AppController) -> FeedbackPane:
    made = FeedbackPane(upgraded)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def sent_usage(controller: AppController) -> dict[str, object]:
    newest = list_history(controller.client.store)[0]
    usage: dict[str, object] = json.loads(newest.payload)["sections"]["usage"]
    return usage


def open_page(qtbot: QtBot, pane: FeedbackPane) -> WhatsNewDialog:
    assert pane.catalog_banner.isVisibleTo(pane)
    pane.catalog_banner.button.click()
    dialog = pane.whats_new
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def label_texts(dialog: WhatsNewDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_banner_and_the_page_say_what_is_new_and_agreeing_includes_it(
    qtbot: QtBot, pane: FeedbackPane, upgraded: AppController, receiver: ReceiverServer
) -> None:
    assert upgraded.state.pending_fields == [PROBLEMS]
    assert pane.catalog_banner.text.text() == (
        "1 new field is left out of reports until you look at it."
    )
    assert "New fields are left out until you agree to them: 1." in pane.status_label.text()
    assert check_names(pane) == []  # the banner's button too
    upgraded.client.record_usage("problem", "upload_failed")
    run_async(app(), upgraded.send_now())
    assert "problems" not in sent_usage(upgraded)  # withheld until agreed

    dialog = open_page(qtbot, pane)
    text = label_texts(dialog)
    assert SUMMARY in text and "Version 2, " in text and "2027" in text
    (box,) = dialog.boxes.values()
    catalog = load_catalog()
    assert box.text() == "Problems seen" and box.isChecked()  # defaults to agree
    assert catalog.fields[PROBLEMS].description in text
    assert "Privacy: exact (sent as it is;" in text and "New in version 2." in text
    assert dialog.agree.isVisible() and dialog.keep_out.isVisible()
    assert not dialog.close_button.isVisible()

    dialog.agree.click()
    assert not dialog.isVisible()
    state = upgraded.state
    assert state.agreed_version == 2 and state.pending_fields == [] and not state.excluded_fields
    assert not pane.catalog_banner.isVisibleTo(pane)
    assert "New fields" not in pane.status_label.text()
    upgraded.client.record_usage("problem", "upload_failed")
    run_async(app(), upgraded.send_now())
    assert sent_usage(upgraded)["problems"] == {"counts": {"upload_failed": 2}}
    assert receiver.requests == 2


def test_an_unticked_field_stays_out_for_good(
    qtbot: QtBot, pane: FeedbackPane, upgraded: AppController
) -> None:
    dialog = open_page(qtbot, pane)
    dialog.boxes[PROBLEMS].click()
    assert dialog.kept_out() == [PROBLEMS]
    dialog.agree.click()
    state = upgraded.state
    assert state.agreed_version == 2 and state.pending_fields == []
    assert state.consent.withheld_fields == (PROBLEMS,) and state.excluded_fields == [PROBLEMS]
    upgraded.client.record_usage("problem", "upload_failed")
    run_async(app(), upgraded.send_now())
    assert "problems" not in sent_usage(upgraded)
    assert not pane.catalog_banner.isVisibleTo(pane)


def test_keep_these_out_and_decide_later(
    qtbot: QtBot, pane: FeedbackPane, upgraded: AppController
) -> None:
    dialog = open_page(qtbot, pane)
    dialog.later.click()  # nothing decided: still left out, still asked
    assert upgraded.state.pending_fields == [PROBLEMS] and upgraded.state.agreed_version == 1
    assert pane.catalog_banner.isVisibleTo(pane)
    assert dialog.later.isDefault()  # Enter decides nothing

    dialog = open_page(qtbot, pane)
    dialog.keep_out.click()
    state = upgraded.state
    assert state.pending_fields == [] and state.consent.withheld_fields == (PROBLEMS,)
    assert not pane.catalog_banner.isVisibleTo(pane)


def test_the_viewer_says_a_new_field_is_left_out_not_missing(
    qtbot: QtBot, upgraded: AppController
) -> None:
    viewer = ViewerWindow(upgraded)
    qtbot.addWidget(viewer)
    settle(viewer)
    rows = viewer.collected.model.rows
    key = next(k for k, row in rows.items() if row.field is not None and row.field.id == PROBLEMS)
    assert viewer.collected.select_key(key)
    index = next(i for i in viewer.collected.model.walk() if i.data(KEY_ROLE) == key)
    value = index.siblingAtColumn(VALUE).data()
    assert value == "left out until you agree to it (see What's new in what is collected)"
    assert index.siblingAtColumn(PRIVACY).data() == "left out"
    assert "left out until you agree" in viewer.collected.copy_details()
    upgraded.agree_to_catalog([PROBLEMS])
    settle(viewer)
    index = next(i for i in viewer.collected.model.walk() if i.data(KEY_ROLE) == key)
    assert index.siblingAtColumn(VALUE).data() == "left out: you chose to keep it out of reports"


def test_the_tray_tells_once_per_catalog_version_and_opens_the_page(
    qtbot: QtBot, upgraded: AppController, settings: Services, receiver: ReceiverServer
) -> None:
    tray = Tray(upgraded)
    told = [text for _, text in tray.notifications]
    assert told == ["1 new field is left out of reports until you look at it."]
    upgraded.refresh()
    assert len(tray.notifications) == 1
    opened: list[bool] = []
    tray.whatsNewRequested.connect(lambda: opened.append(True))
    tray.icon.messageClicked.emit()
    assert opened == [True]
    assert upgraded.settings().notified_catalog_version == 2
    # The next start of the tray remembers it: no second notification for version 2.
    again = AppController(
        dataclasses.replace(with_endpoint(settings, receiver.url), catalog_changes=two_versions()),
        CountingBuilder(),
    )
    try:
        assert Tray(again).notifications == []
    finally:
        again.close()


def test_a_fresh_join_has_nothing_new(qtbot: QtBot, settings: Services) -> None:
    controller = AppController(
        dataclasses.replace(settings, catalog_changes=two_versions()), CountingBuilder()
    )
    try:
        controller.join()
        pane = FeedbackPane(controller)
        qtbot.addWidget(pane)
        assert not pane.catalog_banner.isVisibleTo(pane)
        assert Tray(controller).notifications == []
        dialog = pane.show_whats_new()
        qtbot.addWidget(dialog)
        assert dialog.intro.text() == "Nothing is new in what is collected since you agreed."
        assert dialog.close_button.isVisible() and not dialog.agree.isVisible()
    finally:
        controller.close()


def test_forced_participation_shows_the_page_as_information(
    qtbot: QtBot, settings: Services, tmp_path: Path
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    services = dataclasses.replace(settings, policy_locations=trusted(root))
    first = AppController(  # joins at version 1, as IT says
        dataclasses.replace(services, catalog_changes=one_version()), CountingBuilder()
    )
    first.close()
    controller = AppController(
        dataclasses.replace(services, catalog_changes=two_versions()), CountingBuilder()
    )
    try:
        state = controller.state
        assert state.participating and state.pending_fields == []
        assert PROBLEMS not in state.excluded_fields  # the organization's consent covers it
        pane = FeedbackPane(controller)
        qtbot.addWidget(pane)
        pane.show()
        assert pane.catalog_banner.text.text().startswith("What is collected has changed.")
        tray = Tray(controller)
        assert [t for _, t in tray.notifications][-1].startswith("What is collected has changed.")
        dialog = open_page(qtbot, pane)
        assert dialog.boxes == {} and not dialog.findChildren(QCheckBox)  # nothing to choose
        assert not dialog.agree.isVisible() and not dialog.keep_out.isVisible()
        assert "This page is for your information." in dialog.intro.text()
        assert "Problems seen" in label_texts(dialog)
        dialog.close_button.click()
        assert controller.settings().seen_catalog_version == 2
        assert not pane.catalog_banner.isVisibleTo(pane)
        assert controller.state.agreed_version == 1  # nothing was agreed in the user's name
        assert PROBLEMS not in controller.state.excluded_fields
    finally:
        controller.close()


def test_the_page_has_named_controls_and_fits_in_german(
    qtbot: QtBot, german: object, upgraded: AppController, qapp: QApplication
) -> None:
    pane = FeedbackPane(upgraded)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.catalog_banner.text.text() == (
        "1 neues Feld wird in Berichten weggelassen, bis Sie es sich angesehen haben."
    )
    dialog = open_page(qtbot, pane)
    qapp.processEvents()
    assert dialog.windowTitle() == "Neu bei dem, was erfasst wird"
    assert check_names(dialog) == []
    assert_unique(labelled_mnemonics(dialog), "German WhatsNewDialog")
    assert (dialog.width(), dialog.height()) == WhatsNewDialog.DEFAULT_SIZE
    scroll = dialog.scroller
    inner = scroll.widget()
    assert inner is not None and scroll.horizontalScrollBar().maximum() == 0
    needed = inner.heightForWidth(scroll.viewport().width())
    assert needed <= scroll.viewport().height(), f"needs {needed}px"
    for widget in [*dialog.boxes.values(), dialog.agree, dialog.keep_out, dialog.later]:
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert dialog.rect().contains(corner), f"{widget.text()} is out of view"


def test_clicking_the_trays_notice_opens_the_page_over_the_feedback_pane(
    qtbot: QtBot, upgraded: AppController
) -> None:
    from cep_gui.ui.shell import Shell

    shell = Shell(upgraded)
    assert shell.tray.last_notice == "catalog"
    shell.tray.icon.messageClicked.emit()
    assert shell.preferences is not None
    qtbot.addWidget(shell.preferences)
    dialog = shell.preferences.feedback.whats_new
    assert dialog is not None and dialog.isVisible()
    assert shell.preferences.stack.currentWidget() is shell.preferences.feedback
    qtbot.addWidget(dialog)


def test_the_open_page_follows_a_change_underneath(
    qtbot: QtBot, pane: FeedbackPane, upgraded: AppController
) -> None:
    dialog = open_page(qtbot, pane)
    dialog.boxes[PROBLEMS].click()  # the user's tick survives a refresh
    upgraded.refresh()
    assert not dialog.boxes[PROBLEMS].isChecked()
    upgraded.leave()  # from the tray, say: there is nothing to agree to any more
    assert dialog.intro.text() == "You don't take part, so nothing is collected."
    assert not dialog.agree.isVisible() and dialog.close_button.isVisible()
