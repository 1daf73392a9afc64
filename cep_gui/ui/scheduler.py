"""Runs the schedule inside the tray: one single-shot timer, never more than once a minute.

The timer is set for the next moment something can happen (a report falls due, a
waiting report may be retried), at least a minute and at most an hour away, so an
idle tray wakes rarely and uses no CPU in between.
"""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer

from cep_gui.core.schedule import wake_time
from cep_gui.ui.controller import AppController

MIN_WAKE = timedelta(minutes=1)
MAX_WAKE = timedelta(hours=1)


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
        if state.may_send:
            due = wake_time(state.next_due, now, self.started, self.rng)
            if due is not None:
                candidates.append(due)
        for item in self.controller.client.waiting():
            candidates.append(item.not_before or now)
        return min(candidates) if candidates else None

    def _wake(self) -> None:
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        try:
            await self.controller.run_due()
        finally:
            self.plan()
