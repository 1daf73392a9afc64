"""Proof that off means off: run the scheduled work and watch every network attempt.

``cep-gui selftest --network`` copies the store into a temporary folder (nothing of
the user's state changes), then runs what the tray runs on each scheduled wake
(``CepClient.on_schedule``, the very command its scheduler calls: the due run and the
questions to the organization's relay) and what waits to be sent, with the
clock advanced through two full report intervals, once in the state the computer is
in (when it does not take part) and once after joining and leaving. Every attempt to
reach the network in this process is stopped and recorded through Python's audit
hooks (``socket.connect``, ``socket.getaddrinfo`` and friends), whichever code made
it, so the count is not just what the uploader reports about itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source
from cep_gui.core.schedule import RELAY_EVERY
from cep_gui.core.services import Services

NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.sendto",
        "socket.sendmsg",
        "http.client.connect",
    }
)
STEP = RELAY_EVERY


class NetworkBlocked(OSError):
    """Raised inside the program when it tries the network during the self-test."""


@dataclass
class Recorder:
    attempts: list[str] = field(default_factory=list)
    active: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or event not in NETWORK_EVENTS:
            return
        with self.lock:
            self.attempts.append(f"{event} {_describe(args)}")
        raise NetworkBlocked(f"network use blocked by the self-test ({event})")


_RECORDER = Recorder()
_INSTALLED = False


@contextlib.contextmanager
def network_watched() -> Iterator[Recorder]:
    """Within this block, every network attempt of this process is stopped and listed."""
    global _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_RECORDER.hook)  # audit hooks cannot be removed; it stays idle after
        _INSTALLED = True
    _RECORDER.attempts = []
    _RECORDER.active = True
    try:
        yield _RECORDER
    finally:
        _RECORDER.active = False


@dataclass(frozen=True)
class Scenario:
    name: str
    runs: int
    builds: int
    attempts: list[str]
    #: Wakes on which the relay step ran (and, while off, refused to ask).
    relay_checks: int = 0


@dataclass(frozen=True)
class SelftestResult:
    scenarios: list[Scenario]
    skipped: str | None = None

    @property
    def connections(self) -> int:
        return sum(len(s.attempts) for s in self.scenarios)


def run_network_selftest(services: Services) -> SelftestResult:
    from cep_gui.core.client import BuildRequest, CepClient

    built: list[str] = []

    def builder(request: BuildRequest) -> Any:
        built.append(request.profile)
        from cep_gui.pipeline import live_builder

        return live_builder()(request)

    scenarios: list[Scenario] = []
    with tempfile.TemporaryDirectory(prefix="cep-selftest-") as temp:
        copy = Path(temp) / "data"
        with CepClient(services=services) as real:
            state = real.effective()
            real.store.copy_to(copy)
        clock = ManualClock(services.clock.now())
        test_services = dataclasses.replace(
            services, data_dir=copy, clock=clock, runtime_dir=Path(temp)
        )
        span = 2 * timedelta(days=state.profile.interval_days) + timedelta(days=8)
        with CepClient(services=test_services) as client:
            if not state.participating:
                scenarios.append(
                    _run("not taking part (as now)", client, clock, span, builder, built)
                )
            with contextlib.suppress(Exception):  # policy may forbid joining, or leaving
                client.join(Source.COMMAND_LINE)
            with contextlib.suppress(Exception):
                client.leave(Source.COMMAND_LINE)
            if not client.effective().participating:
                scenarios.append(
                    _run("after joining and leaving", client, clock, span, builder, built)
                )
    skipped = (
        "this computer takes part now, so its reports are sent as they should be; only the "
        "state after leaving was tested"
        if state.participating
        else None
    )
    return SelftestResult(scenarios, skipped)


def _run(
    name: str, client: Any, clock: ManualClock, span: timedelta, builder: Any, built: list[str]
) -> Scenario:
    runs = relay_checks = 0
    builds_before = len(built)
    end = clock.now() + span
    with network_watched() as recorder:
        while clock.now() < end:
            # STEP is RELAY_EVERY: the tray would ask the relay on each of these wakes.
            with contextlib.suppress(Exception):  # the attempts are what matters here
                wake = asyncio.run(client.on_schedule(builder, ask_relay=True))
                relay_checks += wake.relay_checked
            with contextlib.suppress(Exception):
                asyncio.run(client.send_waiting())
            runs += 1
            clock.advance(STEP)
        attempts = list(recorder.attempts)
    return Scenario(name, runs, len(built) - builds_before, attempts, relay_checks)


def _describe(args: tuple[Any, ...]) -> str:
    parts = []
    for value in args[:3]:
        text = repr(value)
        parts.append(text if len(text) < 80 else text[:77] + "...")
    return ", ".join(parts)
