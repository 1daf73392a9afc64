"""The Advanced page's *Test connection* button against the fake AdminService."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cep_gui.collectors.sccm.errors import MESSAGES
from cep_gui.ui.controller import AppController
from cep_gui.ui.preferences import AdvancedPage
from cep_gui.ui.texts import REASONS
from tests.helpers.fake_adminservice import Behaviour, Fakes
from tests.helpers.tls import make_certificate
from tests.ui.conftest import run_async


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Fakes]:
    fakes = Fakes(tmp_path)
    yield fakes
    fakes.stop()


def click_and_wait(app: QApplication, page: AdvancedPage, qtbot: QtBot) -> list[int]:
    """Click the button as a user would; count timer ticks while the check runs."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))

    async def scenario() -> None:
        timer.start(10)
        qtbot.mouseClick(page.test_connection, Qt.MouseButton.LeftButton)
        task = page._connection_test
        assert task is not None and not page.test_connection.isEnabled()
        await task
        timer.stop()

    run_async(app, scenario())
    return ticks


def test_a_working_connection_shows_the_site_version(
    qtbot: QtBot, qapp: QApplication, controller: AppController, serve: Fakes
) -> None:
    fake = serve(account=None, behaviour=Behaviour(stall=0.3))
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.sccm_url.setText(fake.url)
    ticks = click_and_wait(qapp, page, qtbot)
    assert page.connection_note.text() == (
        "Connected: the AdminService answered (site version 5.00.9128.1000)."
    )
    assert page.test_connection.isEnabled()
    assert controller.settings().sccm_url == fake.url
    assert len(ticks) >= 5, "the window must keep working while the server is slow"


def test_a_failed_connection_says_why(
    qtbot: QtBot, qapp: QApplication, controller: AppController
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.sccm_url.setText(f"http://127.0.0.1:{port}/AdminService")
    text = run_async(qapp, page.connection_test())
    assert text == "The connection failed: the server was unreachable."
    assert page.connection_note.text() == text


def test_a_self_signed_site_works_once_its_certificate_file_is_given(
    qtbot: QtBot, qapp: QApplication, controller: AppController, serve: Fakes, tmp_path: Path
) -> None:
    certificate = make_certificate(tmp_path / "tls")
    fake = serve(account=None, certificate=certificate)
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    page.sccm_url.setText(fake.url)
    untrusted = run_async(qapp, page.connection_test())
    assert untrusted == (
        "The connection failed: the server's certificate could not be verified "
        "(give its certificate file)."
    )
    page.sccm_ca_file.setText(str(certificate.cert_file))
    assert run_async(qapp, page.connection_test()).startswith("Connected:")
    assert controller.settings().sccm_ca_file == str(certificate.cert_file)
    again = AdvancedPage(controller)
    qtbot.addWidget(again)
    assert again.sccm_ca_file.text() == str(certificate.cert_file)


def test_no_url_is_named(qtbot: QtBot, qapp: QApplication, controller: AppController) -> None:
    page = AdvancedPage(controller)
    qtbot.addWidget(page)
    text = run_async(qapp, page.connection_test())
    assert text == "The connection failed: no AdminService URL is configured."


def test_every_fixed_sccm_message_is_offered_for_translation() -> None:
    assert set(MESSAGES) <= set(REASONS)
