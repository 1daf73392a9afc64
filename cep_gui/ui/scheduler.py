"""Runs the schedule inside the tray: one single-shot timer, never more than once a minute.

The timer is set for the next moment something can happen (a report falls due, a
waiting report may be retried, a "remind me tomorrow" is due), at least a minute and
at most an hour away, so an idle tray wakes rarely and uses no CPU in between. A
report that waits for the user's review wakes nothing: only the user's answer (or
its reminder) moves it. On the same wakes, and at most every six hours, the tray
asks the organization's relay what became of the reports it holds.
"""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer

from cep_gui.core.schedule import RELAY_EVERY, wake_time
from cep_gui.ui.controller import AppController

MIN_WAKE = timedelta(minutes=1)
MAX_WAKE = timedelta(hours=1)
__all__ = ["MAX_WAKE", "MIN_WAKE", "RELAY_EVERY", "Scheduler"]


class Scheduler(QObject):
    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.started = controller.client.clock.now()
        self.rng = random.Random()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(self.timer.timerType().VeryCoarseTimer)
        self.timer.timeout.connect(self._wake)
        self.next_wake: datetime | None = None
        # When the relay was last asked (None: not yet in this run of the tray).
        self.relay_asked: datetime | None = None
        self._running: asyncio.Task[None] | None = None
        controller.changed.connect(self.plan)

    def plan(self) -> None:
        now = self.controller.client.clock.now()
        wake = self._next_event(now)
        delay = MAX_WAKE if wake is None else min(max(wake - now, MIN_WAKE), MAX_WAKE)
        self.next_wake = now + delay
        self.timer.start(int(delay.total_seconds() * 1000))

    def _next_event(self, now: datetime) -> datetime | None:
        state = self.controller.state
        candidates: list[datetime] = []
        waiting = self.controller.client.waiting()
        # The due report waits for the user's review: its due date wakes nothing more.
        held = any(item.held is not None for item in waiting)
        if state.may_send and not held:
            due = wake_time(state.next_due, now, self.started, self.rng)
            if due is not None:
                candidates.append(due)
        for item in waiting:
            if item.held is not None:
                if item.remind_at is not None and item.remind_at > now:
                    candidates.append(item.remind_at)
                continue
            candidates.append(item.not_before or now)
        return min(candidates) if candidates else None

    def _wake(self) -> None:
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        try:
            await self.controller.on_schedule(ask_relay=self._relay_turn())
        finally:
            self.plan()

    async def ask_relay(self) -> None:
        """Ask the relay about held reports, unless it was asked in the last six hours."""
        if self._relay_turn():
            await self.controller.refresh_relay_status()

    def _relay_turn(self) -> bool:
        """True (and noted) when the relay was not asked in the last six hours."""
        now = self.controller.client.clock.now()
        if self.relay_asked is not None and now - self.relay_asked < RELAY_EVERY:
            return False
        self.relay_asked = now
        return True
