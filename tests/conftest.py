"""Shared fixtures: a real receiver on 127.0.0.1 and clients in temp directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import HealthCheck, settings

# Before anything imports Qt: no display is needed, and qasync must pick PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from cep_gui.core.client import CepClient, Overrides
from cep_gui.core.clock import ManualClock
from cep_gui.core.http_settings import HttpSettings
from cep_gui.receiver.server import ReceiverServer
from tests.helpers.policies import trusted

# "ci" keeps the suite fast; HYPOTHESIS_PROFILE=long fuzzes for much longer (see README).
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[ReceiverServer]:
    server = ReceiverServer("127.0.0.1", 0, tmp_path / "receiver.sqlite3")
    server.start_in_thread()
    yield server
    server.stop()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


#: Short timeouts, so that a test of a dead or stalled server stays quick.
FAST = HttpSettings(connect_timeout=2.0, read_timeout=1.0)


class ClientFactory(Protocol):
    def __call__(
        self, endpoint: str | None = None, name: str = "client", http: HttpSettings = FAST
    ) -> CepClient: ...


@pytest.fixture
def make_client(tmp_path: Path, clock: ManualClock) -> Iterator[ClientFactory]:
    made: list[CepClient] = []

    def make(
        endpoint: str | None = None, name: str = "client", http: HttpSettings = FAST
    ) -> CepClient:
        client = CepClient(
            tmp_path / name,
            clock=clock,
            policy_locations=trusted(tmp_path / "no-policies"),
            overrides=Overrides(endpoint=endpoint),
            http=http,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
