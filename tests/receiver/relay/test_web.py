"""The relay's HTTP side: held receipts, the admin's pages and actions, anonymous kept out."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.routing import Route

from cep_gui.receiver.relay.serve import RelayServer
from cep_gui.receiver.server import ReceiverServer
from tests.receiver.relay.fleet import fleet_report
from tests.receiver.relay.helpers import TOKEN, csrf_of, sign_in, start_relay, wait_for
from tests.receiver.wire import Installation, delete, key_hash, send

RULES = '[drop]\nfields = ["host_software.packages.items"]\ncategories = ["usage"]\n'


@pytest.fixture
def relay(relay_target: str, receiver: ReceiverServer) -> Iterator[RelayServer]:
    server = start_relay(relay_target, upstream=receiver, rules=RULES)
    yield server
    server.stop()


def test_a_report_is_held_with_a_receipt_that_says_so(
    relay: RelayServer, receiver: ReceiverServer
) -> None:
    doc = fleet_report(Installation())
    answer = send(relay, doc)
    assert answer.status_code == 202
    receipt = answer.json()["receipt"]
    assert receipt["held_by_relay"] is True and receipt["report_id"] == doc["report_id"]
    assert send(relay, doc).json()["code"] == "already_received"
    bad = dict(doc, deletion_key_hash="nope", report_id=str(Installation().id))
    assert send(relay, bad).status_code == 422  # validated as ever
    assert list(receiver.db.reports()) == []  # held: nothing went upstream


def test_every_review_route_is_closed_to_anonymous_clients(relay: RelayServer) -> None:
    doc = fleet_report(Installation())
    send(relay, doc)
    day = str(relay.relay.state.batches()[0].id)
    paths = []
    for route in relay.relay.starlette.routes:
        assert isinstance(route, Route)
        if not route.path.startswith("/relay") or route.path in ("/relay", "/relay/login"):
            continue
        path = route.path.replace("{batch}", day).replace("{report_id}", str(doc["report_id"]))
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                paths.append((method, path))
    assert len(paths) >= 10
    forged = {"cep_relay_session": "guessed-session-value"}
    with httpx.Client(base_url=relay.url, cookies=forged) as anonymous:
        for method, path in paths:
            answer = anonymous.request(method, path, data={"through": "999999", "days": "1"})
            expected = 303 if method == "GET" else 403
            assert answer.status_code == expected, (method, path, answer.status_code)
            if method == "GET":
                assert answer.headers["location"] == "/relay/login"
            assert str(doc["report_id"]) not in answer.text
    assert relay.relay.state.counts().held == 1  # no action had an effect
    wrong = httpx.post(f"{relay.url}/relay/login", data={"token": "not-the-token-at-all"})
    assert wrong.status_code == 401 and "cep_relay_session" not in wrong.headers.get(
        "set-cookie", ""
    )


def test_sign_in_review_and_release_sends_exactly_the_batch_with_the_rules_applied(
    relay: RelayServer, receiver: ReceiverServer
) -> None:
    machines = [Installation() for _ in range(3)]
    docs = [
        fleet_report(m, os_version=v) for m, v in zip(machines, ["12", "12", "13"], strict=True)
    ]
    for doc in docs:
        assert send(relay, doc).status_code == 202
    admin = sign_in(relay)
    cookie = admin.cookies.jar
    (session,) = [c for c in cookie if c.name == "cep_relay_session"]
    assert session.has_nonstandard_attr("HttpOnly") and session.path == "/relay"
    overview = admin.get("/relay/")
    assert overview.status_code == 200
    assert "default-src 'none'" in overview.headers["content-security-policy"]
    assert "<script" not in overview.text
    (batch_link,) = set(re.findall(r'href="(/relay/batches/[0-9-]+)"', overview.text))
    page = admin.get(batch_link).text
    assert "3 reports from 3 machines" in page
    assert "Operating system version" in page or "host_software.os.version" in page
    fleet = page[page.index('id="fleet"') :]
    version_row = fleet[fleet.index('data-field="host_software.os.version"') :]
    version_row = version_row[: version_row.index("</tr>")]
    assert (
        "<li>12 <b>&times;2</b></li>" in version_row
        and "<li>13 <b>&times;1</b></li>" in version_row
    )
    assert "removed by your rules" in fleet
    late = fleet_report(machines[0], os_version="14")
    send(relay, late)  # arrives after the page was shown
    through = re.search(r'name="through" value="(\d+)"', page)
    assert through
    # A form without the session's CSRF token is refused.
    refused = admin.post(batch_link + "/release", data={"through": through.group(1)})
    assert refused.status_code == 403
    released = admin.post(
        batch_link + "/release", data={"through": through.group(1), "csrf": csrf_of(page)}
    )
    assert released.status_code == 303 and released.headers["location"] == "/relay/?released=3"
    wait_for(lambda: len(list(receiver.db.reports())) == 3, "the upstream to get 3 reports")
    upstream = {
        json.loads(body)["report_id"]: json.loads(body) for _, _, body in receiver.db.reports()
    }
    assert set(upstream) == {d["report_id"] for d in docs}
    for doc in docs:
        sent = upstream[doc["report_id"]]
        assert "usage" not in sent["sections"]
        assert "items" not in sent["sections"]["host_software"]["packages"]
        assert sent["sections"]["host_software"]["os"] == doc["sections"]["host_software"]["os"]  # type: ignore[index]
        assert sent["deletion_key_hash"] == doc["deletion_key_hash"]
    assert relay.relay.state.counts().held == 1  # the late one waits
    wait_for(lambda: relay.relay.state.counts().delivered == 3, "the receipts to be recorded")
    activity = admin.get("/relay/activity").text
    assert activity.count("HTTP 202") == 3


def test_the_client_can_ask_what_became_of_its_report(
    relay: RelayServer, receiver: ReceiverServer
) -> None:
    mine = Installation()
    doc = fleet_report(mine)
    send(relay, doc)
    url = f"{relay.url}/v1/reports/{doc['report_id']}/status"
    proof = {"X-CEP-Deletion-Key-Hash": key_hash(mine.key)}
    assert httpx.get(url, headers=proof).json()["state"] == "held"
    assert httpx.get(url).status_code == 404  # no proof, no answer
    assert httpx.get(url, headers={"X-CEP-Deletion-Key-Hash": "0" * 64}).status_code == 404
    relay.relay.state.release(
        __import__("cep_gui.receiver.relay.state", fromlist=["Selection"]).Selection(),
        relay.relay.config.rules.redact,
        gzip.compress,
        by="test",
    )
    relay.relay.worker.wake.set()  # type: ignore[union-attr]
    wait_for(lambda: httpx.get(url, headers=proof).json()["state"] == "delivered", "delivery")
    answer = httpx.get(url, headers=proof).json()
    assert (
        answer["upstream_status"] == 202
        and answer["upstream_receipt"]["report_id"] == doc["report_id"]
    )


def test_a_deletion_is_carried_out_here_and_passed_on(
    relay: RelayServer, receiver: ReceiverServer
) -> None:
    mine = Installation()
    first, second = fleet_report(mine), fleet_report(mine)
    send(relay, first)
    relay.relay.state.release(
        __import__("cep_gui.receiver.relay.state", fromlist=["Selection"]).Selection(),
        relay.relay.config.rules.redact,
        gzip.compress,
        by="test",
    )
    relay.relay.worker.wake.set()  # type: ignore[union-attr]
    wait_for(lambda: len(list(receiver.db.reports())) == 1, "the release to arrive")
    send(relay, second)  # held
    answer = delete(relay, mine.deletion())
    assert answer.status_code == 202 and answer.json()["deleted"] == 2
    wait_for(lambda: receiver.db.deletions() == [(mine.id, 1)], "the vendor to delete")
    assert list(receiver.db.reports()) == [] and relay.relay.state.counts().held == 0
    wrong = delete(relay, Installation(id=mine.id).deletion())
    assert wrong.status_code == 403


def test_the_local_socket_is_the_admin_without_a_token(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    sock = tmp_path / "admin.sock"
    server = start_relay(
        tmp_path / "relay.sqlite3", upstream=receiver, admin_socket=sock, token=None
    )
    try:
        assert (sock.stat().st_mode & 0o777) == 0o600
        send(server, fleet_report(Installation()))
        page = httpx.get(f"{server.url}/relay/login").text
        assert "No admin token is set" in page
        local = httpx.Client(transport=httpx.HTTPTransport(uds=str(sock)), base_url="http://relay")
        overview = local.get("/relay/")
        assert overview.status_code == 200 and "held for review" in overview.text
        day = server.relay.state.batches()[0]
        answer = local.post(f"/relay/batches/{day.id}/release", data={"through": day.last_seq})
        assert answer.status_code == 303
        wait_for(lambda: len(list(receiver.db.reports())) == 1, "the release to arrive")
        assert httpx.get(f"{server.url}/relay/").status_code == 303  # TCP still needs a session
    finally:
        server.stop()
    assert not sock.exists()


def test_auto_release_is_set_on_the_page(relay: RelayServer) -> None:
    admin = sign_in(relay)
    page = admin.get("/relay/").text
    answer = admin.post("/relay/settings/auto-release", data={"days": "14", "csrf": csrf_of(page)})
    assert answer.status_code == 303
    page = admin.get(answer.headers["location"]).text
    assert "released automatically after 14 days" in page
    bad = admin.post("/relay/settings/auto-release", data={"days": "-1", "csrf": csrf_of(page)})
    assert bad.status_code == 400
    admin.post("/relay/logout", data={"csrf": csrf_of(page)})
    assert admin.get("/relay/").status_code == 303  # the session ended
    assert TOKEN not in page
