"""The review page in a real browser (headless Chromium, no script): sign in, review, release."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cep_gui.receiver.relay.serve import RelayServer
from cep_gui.receiver.server import ReceiverServer
from tests.receiver.relay.browser import require_browser, start_chromium
from tests.receiver.relay.fleet import fleet_report
from tests.receiver.relay.helpers import TOKEN, start_relay, wait_for
from tests.receiver.wire import Installation, send

RULES = '[drop]\nfields = ["host_software.packages.items"]\n\n[count]\nfields = []\n'


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    require_browser()
    driver = start_chromium(tmp_path / "chromium-profile")
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def relay(relay_target: str, receiver: ReceiverServer) -> Iterator[RelayServer]:
    server = start_relay(relay_target, upstream=receiver, rules=RULES)
    yield server
    server.stop()


def test_sign_in_review_a_held_batch_and_release_it(
    browser: Any, relay: RelayServer, receiver: ReceiverServer
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    docs = [
        fleet_report(Installation(), os_version=version, packages=["firefox-esr", secret])
        for version, secret in [("12", "project-x-tool"), ("12", "payroll-app"), ("13", "cad")]
    ]
    for doc in docs:
        assert send(relay, doc).status_code == 202

    wait = WebDriverWait(browser, 30)
    browser.get(f"{relay.url}/relay/")
    assert browser.current_url.endswith("/relay/login")  # anonymous: sent to sign in
    browser.find_element(By.ID, "token").send_keys("a wrong token, surely")
    browser.find_element(By.ID, "sign-in").click()
    error = wait.until(expected_conditions.presence_of_element_located((By.CLASS_NAME, "error")))
    assert "That is not the admin token." in error.text
    browser.find_element(By.ID, "token").send_keys(TOKEN)
    browser.find_element(By.ID, "sign-in").click()
    wait.until(expected_conditions.url_to_be(f"{relay.url}/relay/"))
    cookie = browser.get_cookie("cep_relay_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"

    batches = browser.find_element(By.ID, "batches")
    assert "3" in batches.text
    batches.find_element(By.LINK_TEXT, "Review").click()
    fleet = wait.until(expected_conditions.presence_of_element_located((By.ID, "fleet")))
    assert "3 reports from 3 machines" in browser.page_source
    version = fleet.find_element(By.CSS_SELECTOR, 'tr[data-field="host_software.os.version"]')
    assert "12 \u00d72" in version.text and "13 \u00d71" in version.text
    software = fleet.find_element(By.CSS_SELECTOR, 'tr[data-field="host_software.packages.items"]')
    assert "removed by your rules" in software.text and "payroll-app" in software.text
    rules = browser.find_element(By.ID, "rules").text
    assert "Installed software (host_software.packages.items) is removed" in rules

    batch_page = browser.current_url
    report_id = str(docs[0]["report_id"])
    browser.find_element(By.PARTIAL_LINK_TEXT, report_id).click()
    exact = wait.until(expected_conditions.presence_of_element_located((By.ID, "exact"))).text
    assert json.loads(exact) == docs[0]  # the exact JSON as received
    assert "project-x-tool" not in browser.find_element(By.ID, "leaving").text
    browser.get(batch_page)
    wait.until(expected_conditions.presence_of_element_located((By.ID, "release")))

    browser.find_element(By.ID, "release").click()
    notice = wait.until(expected_conditions.presence_of_element_located((By.ID, "notice")))
    assert "3 reports released." in notice.text
    wait_for(lambda: len(list(receiver.db.reports())) == 3, "the upstream to get the batch")
    arrived = {json.loads(b)["report_id"]: json.loads(b) for _, _, b in receiver.db.reports()}
    assert set(arrived) == {d["report_id"] for d in docs}
    for doc in docs:
        sent = arrived[doc["report_id"]]
        assert "items" not in sent["sections"]["host_software"]["packages"]
        assert sent["sections"]["host_software"]["os"] == doc["sections"]["host_software"]["os"]  # type: ignore[index]
    assert "Nothing is held" in browser.find_element(By.ID, "batches").text
    wait_for(lambda: relay.relay.state.counts().delivered == 3, "the receipts")
    browser.find_element(By.LINK_TEXT, "Sent and decided").click()
    activity = wait.until(expected_conditions.presence_of_element_located((By.ID, "activity")))
    assert activity.text.count("HTTP 202") == 3
