"""Real widgets on Qt's offscreen platform, driven by a real controller and store."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from cep_gui.core.client import Overrides
from cep_gui.core.clock import ManualClock
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.ui.controller import AppController, ClientSettings
from tests.helpers.builders import CountingBuilder

T = TypeVar("T")


def run_async(app: QApplication, job: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on a qasync loop, as the app does (Qt timers keep firing)."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        result: T = loop.run_until_complete(job)
        return result
    finally:
        loop.close()  # also stops qasync's worker threads
        asyncio.set_event_loop(None)


@pytest.fixture
def settings(tmp_path: Path, clock: ManualClock) -> ClientSettings:
    return ClientSettings(
        tmp_path / "data",
        clock=clock,
        policy_locations=PolicyLocations("linux", tmp_path / "no-policies"),
    )


@pytest.fixture
def controller(settings: ClientSettings) -> Iterator[AppController]:
    made = AppController(settings, CountingBuilder())
    yield made
    made.close()


def with_endpoint(settings: ClientSettings, url: str) -> ClientSettings:
    settings.overrides = Overrides(endpoint=url)
    return settings
