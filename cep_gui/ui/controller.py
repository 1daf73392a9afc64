"""The bridge between the windows and the client: observes state, runs core's commands.

Windows hold no business logic: they read :attr:`AppController.state` and
:attr:`AppController.view` (the one status core computes), call its methods and
listen to its signals; every method here adapts one core command. Anything slow
(collecting, building a report) runs off the UI thread (core's commands use worker
threads for it; uploads are asyncio tasks on the Qt event loop through qasync), so
the UI never waits.

``changed`` fires after every consent, category or policy change and after each
send; ``historyChanged`` after each send and after the history was deleted. Policy
files can change underneath the app (IT pushes a new one): a file watcher on the
policy folders, and a cheap re-check whenever a window is shown, catch that.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from cep_gui.core.catalog_changes import CatalogChanges
from cep_gui.core.client import CepClient, Effective, ReportBuilder, SendNowResult
from cep_gui.core.consent import Source
from cep_gui.core.exceptions import Busy, CepError
from cep_gui.core.outbox import OutboxItem
from cep_gui.core.report import Report
from cep_gui.core.services import Services
from cep_gui.core.status import Status
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.core.store.settings_table import UserSettings
from cep_gui.ui.texts import reason

#: Policy sub-folders that are watched besides the policy root itself (Linux).
POLICY_FOLDERS = ("managed", "recommended")
POLICY_SETTLE_MS = 250


class AppController(QObject):
    changed = Signal()
    historyChanged = Signal()
    busyChanged = Signal(bool)
    #: A command could not be carried out; the text is in the user's language.
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
        self.closed = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self.state: Effective = self.client.prepare()
        self.view: Status = self.client.status_view()
        self._policy_settle = QTimer(self)
        self._policy_settle.setSingleShot(True)
        self._policy_settle.setInterval(POLICY_SETTLE_MS)
        self._policy_settle.timeout.connect(self.policy_changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._policy_touched)
        self.watcher.fileChanged.connect(self._policy_touched)
        self._watch_policy()

    def close(self) -> None:
        """Stop watching and close the store; late timers and file events do nothing."""
        self.closed = True
        self._policy_settle.stop()
        with contextlib.suppress(RuntimeError):
            self.watcher.directoryChanged.disconnect(self._policy_touched)
            self.watcher.fileChanged.disconnect(self._policy_touched)
        for task in self._tasks:
            task.cancel()
        self.client.close()

    # -- observing ---------------------------------------------------------------------

    def refresh(self) -> None:
        if self.closed:
            return
        self.state = self.client.effective()
        self.view = self.client.status_view(sending=self.busy)
        self.changed.emit()

    def policy_changed(self) -> None:
        """Policy files changed (or a window was shown): follow policy, then refresh."""
        if self.closed:
            return
        with contextlib.suppress(CepError):
            self.client.prepare()
        self._watch_policy()
        self.refresh()

    def settings(self) -> UserSettings:
        return self.client.settings()

    def history_rows(self) -> list[HistoryRow]:
        return self.client.history_rows()

    def history_payload(self, row_id: int) -> bytes:
        return self.client.history_payload(row_id)

    def previous_payload(self, row_id: int) -> bytes | None:
        """The report delivered before this one in the same participation, or None."""
        return self.client.previous_payload(row_id)

    def last_delivered_payload(self) -> bytes | None:
        return self.client.last_delivered_payload()

    def catalog_changes(self) -> CatalogChanges:
        return self.client.catalog_changes()

    def held_reports(self) -> list[OutboxItem]:
        """Reports waiting for the user's review, oldest first."""
        return self.client.held_reports()

    # -- commands ------------------------------------------------------------------------

    def join(self, categories: Sequence[str] | None = None) -> None:
        """Join; without ``categories``, with the choice the user made last time."""
        if categories is None:
            remembered = self.state.consent.remembered_categories
            if remembered is not None:
                categories = [c for c in remembered if c in self.state.profile.categories]
        chosen = None if categories is None else list(categories)
        self._command(lambda: self.client.join(Source.USER, chosen))

    def leave(self, *, request_deletion: bool = False) -> None:
        """Leave at once: the fence holds when this returns; an upload in flight in
        this process is reset, and the view refreshes once it is dead."""
        try:
            result = self.client.leave(Source.USER, request_deletion=request_deletion)
        except CepError as exc:
            self.notice.emit(reason(str(exc)))
            return
        self.refresh()
        if result.local_sender is None and not result.deletion_queued:
            self.historyChanged.emit()  # nothing in flight here, nothing to send: done
            return
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

    def set_local_only(self, on: bool) -> None:
        """Keep reports on this computer only, or send them again."""
        self._command(lambda: self.client.set_local_only(Source.USER, on))

    def set_review(self, on: bool) -> None:
        """Ask before each report is sent (unless policy decides)."""
        self._command(lambda: self.client.set_review(on))

    def agree_to_catalog(self, keep_withholding: Sequence[str] = ()) -> bool:
        """The user read what is new in what is collected: agree, except these fields."""
        return self._command(
            lambda: self.client.agree_to_catalog(Source.USER, list(keep_withholding))
        )

    def catalog_seen(self) -> None:
        """Under forced participation the "What's new" page informs only: remember
        that it was read, so its banner goes away."""
        self.save_settings(seen_catalog_version=self.state.catalog_version)

    async def send_reviewed(self, report_id: str) -> None:
        """*Send*: the user reviewed this report; send it now."""
        try:
            self.client.approve(report_id)
        except CepError as exc:
            self.notice.emit(reason(str(exc)))
            self._after_send()
            return
        await self._send_waiting(force=True)

    def skip_review(self, report_id: str) -> None:
        """*Don't send*: skip this period; the report is recorded as skipped."""
        if self._command(lambda: self.client.skip(report_id)):
            self.historyChanged.emit()

    def remind_later(self, report_id: str) -> None:
        """*Remind me tomorrow*: the report keeps waiting; the tray asks again in a day."""
        self._command(lambda: self.client.remind_later(report_id))

    async def refresh_relay_status(self) -> bool:
        """Ask the organization's relay about the reports it holds (the tray does this
        every few hours); True when an answer was recorded."""
        state = self.state
        if self.closed or not state.may_send or state.local_only:
            return False
        try:
            answers = await self.client.refresh_relay_status()
        except CepError:
            return False  # asked again at the next chance; nothing the user must do
        if answers.answers:
            self.historyChanged.emit()
        return bool(answers.answers)

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

    def export_history(self, row_ids: Sequence[int], target: Path) -> int:
        """Write the exact documents sent, with their metadata; raises CepError."""
        written = self.client.export_history(row_ids, target)
        self.record("report_exported")
        return written

    async def next_report(self) -> Report:
        """The exact report that would be sent now, built off the UI thread."""
        return await asyncio.to_thread(self.client.dry_run, self.builder)

    async def send_now(self) -> SendNowResult | None:
        self._set_busy(True)
        try:
            self.record("send_now")
            result = await self.client.send_now(self.builder)
        except CepError as exc:
            self.notice.emit(reason(str(exc)))
            return None
        finally:
            self._set_busy(False)
            self._after_send()
        return result  # the outcome is in the status (Last report: ...), said once

    async def run_due(self) -> None:
        """Send what is due and what waits (a scheduled wake without relay questions)."""
        await self.on_schedule(ask_relay=False)

    async def on_schedule(self, *, ask_relay: bool) -> None:
        """What the schedule does when it wakes: core's one definition of it
        (``CepClient.on_schedule``, also what ``selftest --network`` runs), with the
        busy state and the user's notices around it."""
        working = self.client.has_work_due()
        if working:
            self._set_busy(True)
        try:
            wake = await self.client.on_schedule(self.builder, ask_relay=ask_relay)
        finally:
            if working:
                self._set_busy(False)
        # Busy: another process (a timer's run-due, a send-now) is at it, which is fine.
        if wake.run_error is not None and not isinstance(wake.run_error, Busy):
            self.notice.emit(reason(str(wake.run_error)))
        # A relay that could not be asked is asked at a later wake: nothing to tell. Its
        # answers are in the history, which _after_send has the views read again.
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
            self.notice.emit(reason(str(exc)))
            self.refresh()
            return False
        self.refresh()
        return True

    async def _send_waiting(self, *, force: bool) -> None:
        self._set_busy(True)
        try:
            await self.client.send_waiting(force=force)
        except CepError as exc:
            self.notice.emit(reason(str(exc)))
        finally:
            self._set_busy(False)
            self._after_send()

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
        self.view = self.client.status_view(sending=busy)
        self.busyChanged.emit(busy)

    def _policy_touched(self, _path: str) -> None:
        self._policy_settle.start()

    def _watch_policy(self) -> None:
        """Watch the policy folders and files that exist now (new ones are added later)."""
        locations = self.services.policy_locations
        if locations.platform != "linux":
            return  # the registry and managed preferences: re-checked when a window shows
        root = locations.root
        wanted = [root, *(root / name for name in POLICY_FOLDERS)]
        paths: list[str] = []
        for folder in wanted:
            if folder.is_dir():
                paths.append(str(folder))
                with contextlib.suppress(OSError):
                    paths += [str(p) for p in folder.iterdir() if p.suffix.lower() == ".json"]
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        missing = [p for p in paths if p not in watched]
        if missing:
            self.watcher.addPaths(missing)
