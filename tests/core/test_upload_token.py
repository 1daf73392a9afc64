"""A product whose profile uses an upload token: sent as a header, never shown anywhere."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import keyring
import pytest

from cep_gui.core import client as client_module
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.profiles import get_profile
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.faults import FaultProxy
from tests.helpers.keyring_backend import EnvKeyring, variable
from tests.helpers.sending import queue, send

TOKEN = "tok-7f3a9c2e-CANARY-upload-secret"


@pytest.fixture
def token_profile(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    needs_token = dataclasses.replace(get_profile("desktop"), upload_token=True)
    monkeypatch.setattr(client_module, "get_profile", lambda _name: needs_token)
    previous = keyring.get_keyring()
    keyring.set_keyring(EnvKeyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def test_the_token_travels_only_in_the_authorization_header(
    make_client: ClientFactory,
    receiver: ReceiverServer,
    token_profile: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(variable("upload-token"), TOKEN)
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="pass")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        summary = send(client)
        assert summary.delivered
        assert f"Authorization: Bearer {TOKEN}".encode() in proxy.last_request
        shown = [*summary.messages, *(r.getMessage() for r in caplog.records)]
        shown += [e.payload.decode() + (e.receipt or "") for e in list_history(client.store)]
        assert not any(TOKEN in text for text in shown)
    finally:
        proxy.close()


def test_without_a_saved_token_nothing_is_sent(
    make_client: ClientFactory, receiver: ReceiverServer, token_profile: None
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    summary = send(client)
    assert summary.stopped is not None and "need an upload token" in summary.stopped
    assert receiver.requests == 0 and not summary.delivered


def test_a_deletion_request_needs_no_upload_token_and_never_carries_one(
    make_client: ClientFactory,
    receiver: ReceiverServer,
    token_profile: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The right to have one's reports deleted does not depend on a token that may be gone
    by then, and the deletion request gives the server no credential to link it with."""
    monkeypatch.setenv(variable("upload-token"), TOKEN)
    proxy = FaultProxy(target_port=receiver.server_address[1], mode="pass")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        assert send(client).delivered
        monkeypatch.delenv(variable("upload-token"))  # removed from the keyring since
        client.leave(Source.USER, request_deletion=True)
        summary = send(client)
        assert len(summary.delivered) == 1 and summary.stopped is None
        assert b"/v1/deletion-requests" in proxy.last_request
        assert b"authorization:" not in proxy.last_request.lower()
        assert len(receiver.db.deletions()) == 1
    finally:
        proxy.close()
