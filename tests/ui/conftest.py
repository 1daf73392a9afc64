"""Real widgets on Qt's offscreen platform, driven by a real controller and store."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from cep_gui.core.clock import ManualClock
from cep_gui.core.services import Overrides, Services
from cep_gui.ui.controller import AppController
from tests.conftest import FAST
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted

T = TypeVar("T")


_loop: qasync.QEventLoop | None = None


def run_async(app: QApplication, job: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on the qasync loop, as the app does (Qt timers keep firing).

    One loop serves the whole session, as in the app: a loop closed while qasync still
    has Qt timers registered lets such a timer fire later at a deleted object.
    """
    global _loop
    if _loop is None:
        _loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(_loop)
    try:
        result: T = _loop.run_until_complete(job)
        return result
    finally:
        asyncio.set_event_loop(None)


def pytest_sessionfinish() -> None:
    if _loop is not None:
        _loop.close()  # stops qasync's worker threads before the interpreter exits


@pytest.fixture
def settings(tmp_path: Path, clock: ManualClock) -> Services:
    """The services a test app runs with: its own folders, clock and no policy."""
    return Services(
        data_dir=tmp_path / "data",
        clock=clock,
        policy_locations=trusted(tmp_path / "no-policies"),
        http=FAST,
        runtime_dir=tmp_path,
    )


@pytest.fixture
def controller(settings: Services) -> Iterator[AppController]:
    made = AppController(settings, CountingBuilder())
    yield made
    made.close()


def with_endpoint(settings: Services, url: str) -> Services:
    return dataclasses.replace(settings, overrides=Overrides(endpoint=url))
