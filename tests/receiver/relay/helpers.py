"""A relay on 127.0.0.1 in front of a real upstream receiver, and a signed-in admin."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from cep_gui.core.catalog import load_catalog
from cep_gui.core.http_settings import HttpSettings
from cep_gui.receiver.relay import auth
from cep_gui.receiver.relay.rules import Rules, no_rules, parse_rules
from cep_gui.receiver.relay.serve import RelayServer
from cep_gui.receiver.relay.upstream import Upstream
from cep_gui.receiver.relay.web import RelayConfig
from cep_gui.receiver.server import ReceiverServer

TOKEN = "correct-horse-battery-staple"


def rules_of(text: str) -> Rules:
    return parse_rules(text, load_catalog(), "rules.toml") if text else no_rules(load_catalog())


def start_relay(
    db: str | Path,
    *,
    upstream: ReceiverServer | None = None,
    rules: str = "",
    admin_socket: Path | None = None,
    token: str | None = TOKEN,
) -> RelayServer:
    config = RelayConfig(
        rules=rules_of(rules),
        upstream=Upstream(upstream.url, HttpSettings(connect_timeout=2, read_timeout=5))
        if upstream
        else None,
        admin_socket=str(admin_socket) if admin_socket else None,
        poll=0.2,
    )
    relay = RelayServer("127.0.0.1", 0, db, config)
    relay.start_in_thread()
    if token:
        relay.relay.state.set_token_hash(auth.hash_token(token))
    return relay


def sign_in(relay: RelayServer, token: str = TOKEN) -> httpx.Client:
    admin = httpx.Client(base_url=relay.url, timeout=10)
    answer = admin.post("/relay/login", data={"token": token})
    assert answer.status_code == 303, answer.text
    return admin


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)
