"""The bridge between the windows and the client: observes state, runs commands.

Windows hold no business logic: they read :attr:`AppController.state`, call its
methods and listen to its signals. Anything slow (collecting, building a report)
runs on a worker thread with its own store connection; uploads run as asyncio tasks
on the Qt event loop (qasync), so the UI never waits.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from cep_gui.core import history
from cep_gui.core.client import CepClient, Effective, Overrides, Refused, ReportBuilder
from cep_gui.core.clock import Clock
from cep_gui.core.consent import Source
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.core.report import Report
from cep_gui.core.sending import SendSummary, send_pending
from cep_gui.core.store import StoreError
from cep_gui.core.uploader import HttpSettings

T = TypeVar("T")


@dataclass
class ClientSettings:
    """How to open a client; each worker thread opens its own from these."""

    data_dir: Path
    clock: Clock | None = None
    policy_locations: PolicyLocations | None = None
    overrides: Overrides = field(default_factory=Overrides)

    def open(self) -> CepClient:
        return CepClient(
            self.data_dir,
            clock=self.clock,
            policy_locations=self.policy_locations,
            overrides=self.overrides,
        )


class AppController(QObject):
    changed = Signal()
    historyChanged = Signal()
    busyChanged = Signal(bool)
    #: A short result for the status line ("Report delivered", a plain error ...).
    notice = Signal(str)

    def __init__(
        self,
        settings: ClientSettings,
        builder: ReportBuilder,
        *,
        http: HttpSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.builder = builder
        self.http = http or HttpSettings()
        self.client = settings.open()
        self.busy = False
        self.last_summary: SendSummary | None = None
        self._upload: asyncio.Task[SendSummary] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.state: Effective = self.client.effective()
        self.status: dict[str, Any] = self.client.status()

    def close(self) -> None:
        if self._upload is not None:
            self._upload.cancel()
        self.client.close()

    # -- observing ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.state = self.client.effective()
        self.status = self.client.status()
        self.changed.emit()

    def history_rows(self) -> list[history.HistoryRow]:
        return history.history_rows(self.client.store)

    def history_payload(self, row_id: int) -> bytes:
        return history.history_payload(self.client.store, row_id)

    def previous_payload(self, row_id: int) -> bytes | None:
        return history.previous_report_payload(self.client.store, row_id)

    # -- commands ------------------------------------------------------------------------

    def join(self, categories: Sequence[str] | None = None) -> None:
        self.client.opt_in(Source.USER, categories)
        self.refresh()

    def leave(self, *, request_deletion: bool = False) -> None:
        """Leave at once; an upload in flight is cancelled before anything else."""
        if self._upload is not None and not self._upload.done():
            self._upload.cancel()
        self.client.opt_out(Source.USER, request_deletion=request_deletion)
        self.refresh()
        if request_deletion:
            self._spawn(self._send(force=True))

    def set_categories(self, categories: Sequence[str]) -> None:
        self.client.opt_in(Source.USER, list(categories))
        self.record("categories_changed")
        self.refresh()

    def record(self, feature: str) -> None:
        """Count a use of one of the client's own features (only while taking part)."""
        self.client.record_usage("feature", feature)

    def delete_history(self) -> int:
        removed = history.delete_history(self.client.store)
        self.record("history_deleted")
        self.historyChanged.emit()
        return removed

    def export_history(self, row_ids: Sequence[int], target: Path) -> None:
        reports = [json.loads(self.history_payload(i)) for i in row_ids]
        target.write_text(json.dumps(reports, indent=2, ensure_ascii=False), encoding="utf-8")
        self.record("report_exported")

    async def next_report(self) -> Report:
        """The exact report that would be sent now, built off the UI thread."""

        def build(client: CepClient) -> Report:
            return client.build_now(self.builder, client.effective())

        return await self._in_worker(build)

    async def send_now(self) -> SendSummary:
        self._set_busy(True)
        try:
            self.record("send_now")
            await self._in_worker(lambda c: c.prepare_send_now(self.builder))
            return await self._send(force=True)
        except (Refused, StoreError) as exc:
            self.notice.emit(str(exc))  # shown in the status line, in plain words
            return SendSummary(stopped=str(exc))
        finally:
            self._set_busy(False)

    async def run_due(self) -> SendSummary:
        """What the schedule does when it wakes: queue a due report, send what waits."""
        await self._in_worker(lambda c: c.run_due(self.builder))
        return await self._send(force=False)

    async def settle(self) -> None:
        """Wait for background work (a deletion request after leaving) to finish."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- internals -----------------------------------------------------------------------

    async def _send(self, *, force: bool) -> SendSummary:
        self._upload = asyncio.ensure_future(
            send_pending(self.client, force=force, settings=self.http)
        )
        try:
            summary = await self._upload
        except asyncio.CancelledError:
            summary = SendSummary(stopped="cancelled: participation ended during the upload")
        finally:
            self._upload = None
        self.last_summary = summary
        self.refresh()
        self.historyChanged.emit()
        if summary.delivered or summary.rejected or summary.messages:
            self.notice.emit("; ".join(summary.messages) or (summary.stopped or ""))
        return summary

    def _spawn(self, job: Coroutine[Any, Any, Any]) -> None:
        """Run in the background, keeping a reference so the task is not lost."""
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _in_worker(self, job: Callable[[CepClient], T]) -> T:
        def run() -> T:
            with self.settings.open() as client:
                return job(client)

        return await asyncio.to_thread(run)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)
