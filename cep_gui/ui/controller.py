"""The bridge between the windows and the client: observes state, runs core's commands.

Windows hold no business logic: they read :attr:`AppController.state`, call its
methods and listen to its signals; every method here adapts one core command.
Anything slow (collecting, building a report) runs off the UI thread (core's
commands use worker threads for it; uploads are asyncio tasks on the Qt event loop
through qasync), so the UI never waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cep_gui.core.client import CepClient, Effective, ReportBuilder, SendNowResult
from cep_gui.core.consent import Source
from cep_gui.core.exceptions import Busy, CepError
from cep_gui.core.report import Report
from cep_gui.core.services import Services
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.core.store.settings_table import UserSettings


class AppController(QObject):
    changed = Signal()
    historyChanged = Signal()
    busyChanged = Signal(bool)
    #: A short result for the status line ("Report delivered", a plain error ...).
    notice = Signal(str)

    def __init__(
        self,
        services: Services,
        builder: ReportBuilder,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.builder = builder
        self.client = CepClient(services=services)
        self.busy = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self.state: Effective = self.client.prepare()
        self.status: dict[str, Any] = self.client.status()

    def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        self.client.close()

    # -- observing ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.state = self.client.effective()
        self.status = self.client.status()
        self.changed.emit()

    def settings(self) -> UserSettings:
        return self.client.settings()

    def history_rows(self) -> list[HistoryRow]:
        return self.client.history_rows()

    def history_payload(self, row_id: int) -> bytes:
        return self.client.history_payload(row_id)

    def previous_payload(self, row_id: int) -> bytes | None:
        return self.client.previous_payload(row_id)

    # -- commands ------------------------------------------------------------------------

    def join(self, categories: Sequence[str] | None = None) -> None:
        self._command(lambda: self.client.join(Source.USER, categories))

    def leave(self, *, request_deletion: bool = False) -> None:
        """Leave at once: the fence holds when this returns; an upload in flight in
        this process is reset, and the view refreshes once it is dead."""
        try:
            result = self.client.leave(Source.USER, request_deletion=request_deletion)
        except CepError as exc:
            self.notice.emit(str(exc))
            return
        self.refresh()
        self._spawn(self._after_leave(result.local_sender, result.deletion_queued))

    async def _after_leave(self, local: Any, deletion: bool) -> None:
        if local is not None:
            await local.quiet()
        self.refresh()
        self.historyChanged.emit()
        if deletion:
            await self._send_waiting(force=True)

    def set_categories(self, categories: Sequence[str]) -> None:
        if self._command(lambda: self.client.set_categories(Source.USER, list(categories))):
            self.record("categories_changed")

    def save_settings(self, **changes: Any) -> UserSettings:
        settings = self.client.update_settings(**changes)
        self.refresh()
        return settings

    def record(self, feature: str) -> None:
        """Count a use of one of the client's own features (only while taking part)."""
        with contextlib.suppress(CepError):  # counting is never worth an error message
            self.client.record_usage("feature", feature)

    def delete_history(self) -> int:
        removed = self.client.delete_history()
        self.record("history_deleted")
        self.historyChanged.emit()
        return removed

    def export_history(self, row_ids: Sequence[int], target: Path) -> None:
        reports = [json.loads(self.history_payload(i)) for i in row_ids]
        target.write_text(json.dumps(reports, indent=2, ensure_ascii=False), encoding="utf-8")
        self.record("report_exported")

    async def next_report(self) -> Report:
        """The exact report that would be sent now, built off the UI thread."""
        return await asyncio.to_thread(self.client.dry_run, self.builder)

    async def send_now(self) -> SendNowResult | None:
        self._set_busy(True)
        try:
            self.record("send_now")
            result = await self.client.send_now(self.builder)
        except CepError as exc:
            self.notice.emit(str(exc))  # shown in the status line, in plain words
            return None
        finally:
            self._set_busy(False)
            self._after_send()
        self.notice.emit(result.message)
        return result

    async def run_due(self) -> None:
        """What the schedule does when it wakes: send what is due and what waits."""
        try:
            await self.client.run_due(self.builder)
        except Busy:
            return  # another process (a timer's run-due, a send-now) is at it: fine
        except CepError as exc:
            self.notice.emit(str(exc))
        finally:
            self._after_send()

    async def settle(self) -> None:
        """Wait for background work (a deletion request after leaving) to finish."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- internals -----------------------------------------------------------------------

    def _command(self, command: Any) -> bool:
        try:
            command()
        except CepError as exc:
            self.notice.emit(str(exc))
            self.refresh()
            return False
        self.refresh()
        return True

    async def _send_waiting(self, *, force: bool) -> None:
        try:
            summary = await self.client.send_waiting(force=force)
        except CepError as exc:
            self.notice.emit(str(exc))
            return
        finally:
            self._after_send()
        if summary.messages:
            self.notice.emit("; ".join(summary.messages))

    def _after_send(self) -> None:
        self.refresh()
        self.historyChanged.emit()

    def _spawn(self, job: Coroutine[Any, Any, Any]) -> None:
        """Run in the background, keeping a reference so the task is not lost."""
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)
