"""How a send run's requests are addressed and bounded, seen from the wire.

Which URL each request goes to (the endpoint's trailing ``/`` trimmed, nothing else of its
path), which request carries the upload token (a report, never a deletion request), which
proxy it goes through and what the user is told when that proxy or the server cannot be
reached, how long a server may trickle its answer, which items an unusable endpoint, a
report above 1 MiB or a deletion request waiting to retry keeps from being tried in the same
run, and that a consent change while a
deletion request is on its way does not cut it off. Everything runs against real parts: the
project's receiver on 127.0.0.1 (noting what arrived), real sockets and SQLite files.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from starlette.types import Receive, Scope, Send

from cep_gui.core import client as client_module
from cep_gui.core import outbox
from cep_gui.core.client import CepClient
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.profiles import get_profile
from cep_gui.core.sending import SendSummary
from cep_gui.receiver.app import ReceiverApp
from cep_gui.receiver.limits import Limits
from cep_gui.receiver.metrics import Metrics
from cep_gui.receiver.server import ReceiverServer
from cep_gui.receiver.storage import Storage
from tests.conftest import FAST, ClientFactory
from tests.helpers.builders import CountingBuilder, plant_report
from tests.helpers.faults import FaultProxy
from tests.helpers.keyring_backend import EnvKeyring, variable
from tests.helpers.sending import queue, send

TOKEN = "tok-5d1e-requests-upload-secret"
#: Not on this computer, so a configured proxy is used; ``.invalid`` never resolves
#: (RFC 6761), so only a request that really goes through the proxy gets anywhere.
REMOTE = "https://reports.example.invalid"


@dataclass(frozen=True)
class Seen:
    """One request as it reached the receiver."""

    path: str
    authorization: str | None


class RecordingReceiver(ReceiverApp):
    """The real receiver app, noting each request's path and Authorization header before
    it handles it. With ``mount`` it is served under that path prefix, as behind a reverse
    proxy that forwards ``<mount>/v1/...`` to the receiver's ``/v1/...``."""

    def __init__(
        self, storage: Storage, limits: Limits, metrics: Metrics, engine: str, mount: str
    ) -> None:
        super().__init__(storage, limits, metrics, engine)
        self.mount = mount
        self.seen: list[Seen] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            headers = dict(scope["headers"])
            authorization = headers.get(b"authorization")
            self.seen.append(Seen(path, authorization.decode() if authorization else None))
            if self.mount and path.startswith(self.mount + "/"):
                inner = path[len(self.mount) :]
                scope = {**scope, "path": inner, "raw_path": inner.encode()}
        await super().__call__(scope, receive, send)


StartReceiver = Callable[[str], tuple[ReceiverServer, RecordingReceiver]]


@pytest.fixture
def recording_receiver(tmp_path: Path) -> Iterator[StartReceiver]:
    """Start a recording receiver (mounted under the given prefix, "" for none)."""
    started: list[ReceiverServer] = []

    def start(mount: str) -> tuple[ReceiverServer, RecordingReceiver]:
        def factory(storage: Storage, limits: Limits, metrics: Metrics, engine: str) -> ReceiverApp:
            return RecordingReceiver(storage, limits, metrics, engine, mount)

        db = tmp_path / f"recording-{len(started)}.sqlite3"
        server = ReceiverServer("127.0.0.1", 0, db, app_factory=factory)
        server.start_in_thread()
        started.append(server)
        assert isinstance(server.app, RecordingReceiver)
        return server, server.app

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def token_profile(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A product whose reports need an upload token, and that token in the keyring."""
    needs_token = dataclasses.replace(get_profile("desktop"), upload_token=True)
    monkeypatch.setattr(client_module, "get_profile", lambda _name: needs_token)
    monkeypatch.setenv(variable("upload-token"), TOKEN)
    previous = keyring.get_keyring()
    keyring.set_keyring(EnvKeyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then let go)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def joined_with_report(make_client: ClientFactory, endpoint: str, http: HttpSettings) -> CepClient:
    client = make_client(endpoint, http=http)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    return client


def history_errors(client: CepClient) -> list[tuple[str, str | None]]:
    return [(e.outcome, e.row.last_error) for e in list_history(client.store)]


# -- the token ------------------------------------------------------------------------------


def test_the_token_goes_with_the_report_and_not_with_the_deletion_request_beside_it(
    make_client: ClientFactory, recording_receiver: StartReceiver, token_profile: None
) -> None:
    """Left with a deletion request, then joined again: one run sends both. The token is
    loaded once for the run (a report waits), yet only the report carries it; the deletion
    request must give the server no credential to link it with."""
    server, app = recording_receiver("")
    client = make_client(server.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    assert send(client).delivered  # something of this installation for the server to delete
    client.leave(Source.USER, request_deletion=True)
    client.join(Source.USER)
    report = queue(client, CountingBuilder())
    app.seen.clear()
    summary = send(client)
    assert len(summary.delivered) == 2 and summary.delivered[-1] == report
    assert app.seen == [
        Seen("/v1/deletion-requests", None),
        Seen("/v1/reports", f"Bearer {TOKEN}"),
    ]
    # The first report was deleted; the one left is the new installation's.
    assert len(server.db.deletions()) == 1 and len(list(server.db.reports())) == 1


# -- the address ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "mount"),
    [("/", ""), ("//", ""), ("/INBOX/", "/INBOX"), ("/INBOX//", "/INBOX")],
)
def test_an_endpoint_with_a_trailing_slash_posts_to_its_v1_path_exactly(
    make_client: ClientFactory, recording_receiver: StartReceiver, suffix: str, mount: str
) -> None:
    """``https://host/`` as typed or set by policy: the request goes to ``/v1/reports``,
    not ``//v1/reports`` (which the receiver does not know). Only slashes are trimmed: a
    receiver behind a path prefix (here one ending in ``X``) keeps the whole prefix."""
    server, app = recording_receiver(mount)
    endpoint = server.url + suffix
    client = joined_with_report(make_client, endpoint, FAST)
    summary = send(client)
    assert [s.path for s in app.seen] == [f"{mount}/v1/reports"]
    assert len(summary.delivered) == 1 and len(list(server.db.reports())) == 1
    # The history names the endpoint as configured: that is what the user set.
    assert [(e.outcome, e.endpoint) for e in list_history(client.store)] == [
        ("delivered", endpoint)
    ]


# -- the whole exchange's deadline ----------------------------------------------------------


def test_a_server_that_trickles_its_answer_is_given_up_on_at_the_total_timeout(
    make_client: ClientFactory,
) -> None:
    """One byte every 0.2 s: each read is quick, so the read timeout never fires; only the
    deadline for the whole exchange ends the attempt, and it is the configured one."""
    proxy = FaultProxy(mode="trickle")
    try:
        http = dataclasses.replace(FAST, total_timeout=1.0)
        client = joined_with_report(make_client, proxy.url, http)

        async def run() -> SendSummary:
            summary: SendSummary = await client.send_waiting(force=True)
            return summary

        try:
            # Generous, yet far below post's own default of 120 s.
            summary = asyncio.run(asyncio.wait_for(run(), timeout=10.0))
        except TimeoutError:
            pytest.fail("still waiting after 10 s: the configured total timeout (1 s) was ignored")
        (item,) = outbox.pending(client.store)
        assert summary.waiting == [item.id]
        assert summary.messages == ["the server did not answer in time"]
        assert history_errors(client) == [("retrying", "the server did not answer in time")]
        assert proxy.requests == 1
    finally:
        proxy.close()


# -- proxies --------------------------------------------------------------------------------


def test_an_unreachable_proxy_is_named_as_the_proxy(make_client: ClientFactory) -> None:
    """The user (or an administrator) has to fix the proxy setting, not the server: the
    message must say which one could not be reached."""
    http = dataclasses.replace(FAST, proxies={"https": f"http://127.0.0.1:{closed_port()}"})
    client = joined_with_report(make_client, REMOTE, http)
    summary = send(client)
    assert summary.messages == ["the proxy was unreachable"]
    assert history_errors(client) == [("retrying", "the proxy was unreachable")]
    assert outbox.count(client.store) == 1


def test_an_unreachable_server_on_this_computer_is_named_as_the_server(
    make_client: ClientFactory,
) -> None:
    """Proxies are configured, but an endpoint on this computer never goes through one: when
    it is down, it is the server that could not be reached."""
    proxies = {scheme: f"http://127.0.0.1:{closed_port()}" for scheme in ("http", "https")}
    http = dataclasses.replace(FAST, proxies=proxies)
    client = joined_with_report(make_client, f"http://127.0.0.1:{closed_port()}", http)
    summary = send(client)
    assert summary.messages == ["the server was unreachable"]
    assert history_errors(client) == [("retrying", "the server was unreachable")]


def test_the_proxy_for_the_endpoint_is_the_one_the_request_goes_through(
    make_client: ClientFactory,
) -> None:
    """Where the network allows only the proxy, a request that went direct could never get
    out: the proxy must receive the tunnel request for the endpoint's host. This one then
    refuses it, and the user is told so."""
    proxy = FaultProxy(mode="error:403")
    try:
        http = dataclasses.replace(FAST, proxies={"https": proxy.url})
        client = joined_with_report(make_client, REMOTE, http)
        summary = send(client)
        assert proxy.requests == 1
        assert proxy.last_request.startswith(b"CONNECT reports.example.invalid:443 HTTP/1.1\r\n")
        assert summary.messages == ["the proxy refused the connection"]
        assert history_errors(client) == [("retrying", "the proxy refused the connection")]
    finally:
        proxy.close()


# -- what one item's fate does to the rest of the run --------------------------------------


def huge_report() -> bytes:
    return json.dumps({"schema_version": 1, "pad": "x" * (2 * 1024 * 1024)}).encode()


def test_an_unusable_endpoint_stops_the_run_before_anything_is_touched(
    make_client: ClientFactory,
) -> None:
    """Plain http to another host is refused at the first item that would be sent, and
    the run ends there: the item behind it (one that would never need the endpoint, a
    report above 1 MiB) is neither tried nor ended, both still wait, and no history row
    claims anything happened."""
    client = joined_with_report(make_client, "http://reports.example.com", FAST)
    plant_report(client, "00000000-0000-4000-8000-0000000000b2", huge_report())
    summary = send(client)
    assert summary.stopped is not None
    assert summary.stopped.startswith("the endpoint cannot be used: ")
    assert "must use https" in summary.stopped
    assert summary.rejected == [] and summary.messages == []
    pending = outbox.pending(client.store)
    assert len(pending) == 2 and [i.attempts for i in pending] == [0, 0]
    assert list_history(client.store) == []


def test_a_report_above_one_mebibyte_does_not_hold_back_the_one_behind_it(
    make_client: ClientFactory, recording_receiver: StartReceiver
) -> None:
    server, app = recording_receiver("")
    client = make_client(server.url)
    client.join(Source.USER)
    huge = "00000000-0000-4000-8000-0000000000b1"
    plant_report(client, huge, huge_report())  # oldest, so it comes first
    valid = queue(client, CountingBuilder())
    summary = send(client)
    assert summary.rejected == [huge] and summary.delivered == [valid]
    assert [s.path for s in app.seen] == ["/v1/reports"] and len(list(server.db.reports())) == 1
    assert outbox.count(client.store) == 0


# -- the summary ----------------------------------------------------------------------------


def test_a_report_the_receiver_refuses_is_listed_by_its_id(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """The summary is what *Send now* shows: a refused report must be named, not a blank."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    refused = "00000000-0000-4000-8000-0000000000c1"
    plant_report(client, refused, json.dumps({"schema_version": 99, "sections": {}}).encode())
    summary = send(client)
    assert summary.rejected == [refused]
    assert "HTTP 422" in summary.messages[0] and receiver.requests == 1


# -- a consent change while a deletion request is on its way --------------------------------


def test_joining_again_while_the_deletion_request_is_on_its_way_does_not_cut_it_off(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """Left with a deletion request, then joined again while that request is in flight:
    the join changes the consent, so the sender checks its request against the fence. A
    deletion request is the user's right whatever the consent is now, so it goes on (a
    report built under the old consent would be cut off)."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="hold")
    try:
        proxy.mode = "pass"
        client = make_client(proxy.url)
        client.join(Source.USER)
        old_id = client.effective().consent.installation_id
        queue(client, CountingBuilder())
        assert send(client).delivered  # something of this installation for the server to delete
        client.leave(Source.USER, request_deletion=True)
        proxy.mode = "hold"
        proxy.received.clear()
        (deletion,) = outbox.pending(client.store)

        async def scenario() -> SendSummary:
            upload = asyncio.create_task(client.send_waiting(force=True))
            deadline = asyncio.get_running_loop().time() + 10.0
            while not proxy.received.is_set():
                assert asyncio.get_running_loop().time() < deadline, "no request arrived"
                await asyncio.sleep(0.02)
            client.join(Source.USER)  # what the Feedback pane does
            # A wrongly tripped upload needs a turn of the loop to give up; give it a few
            # before the held request may go on (nothing waits here when all is right).
            await asyncio.sleep(0.1)
            proxy.release.set()
            summary: SendSummary = await upload
            return summary

        summary = asyncio.run(scenario())
        assert summary.stopped is None and summary.cancelled == []
        assert summary.delivered == [deletion.id]
        assert proxy.forwarded == 2 and proxy.gone_before_forward == 0
        assert [d[0] for d in receiver.db.deletions()] == [old_id]
        assert [(e.kind, e.outcome) for e in list_history(client.store)] == [
            ("deletion", "delivered"),
            ("report", "delivered"),
        ]
        assert client.effective().participating
    finally:
        proxy.close()


def test_a_deletion_request_waiting_to_retry_does_not_hold_back_a_new_report(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """Left with deletion while the server was failing, then joined again: the deletion
    request waits for its retry time, and the new installation's report, due now, is not
    kept waiting behind it."""
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="pass")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        assert send(client).delivered  # the receiver knows the installation
        client.leave(Source.USER, request_deletion=True)
        proxy.mode = "error:503"
        (deletion,) = send(client, force=False).waiting
        proxy.mode = "pass"
        client.join(Source.USER)
        report = queue(client, CountingBuilder())
        summary = send(client, force=False)  # the clock has not moved: the deletion waits
        assert summary.delivered == [report]
        assert summary.waiting == [deletion]
        assert receiver.db.deletions() == []
    finally:
        proxy.close()
