"""The client: every command lives here, once; the command line and the UI adapt it.

A :class:`CepClient` combines the store, managed policy, the product profile and
the injected services into the effective state (who decides, what is allowed,
when the next report is due) and performs the commands: join, leave, set the
categories, dry run, send now, run what is due, record usage, delete and export
history. Each returns a typed result or raises a :class:`CepError`. It holds no
collection code (the report builder is injected), so it stays free of collectors
and Qt.

Queries (:meth:`effective`, :meth:`status`, the history) never change state.
Commands first make the explicit repairs of :meth:`prepare` (a pending leave,
policy's decision, dates from the future), then act.
"""

from __future__ import annotations

import contextlib
import functools
import json
import random
import sys
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cep_gui.core import consent as consent_mod
from cep_gui.core import leave_marker, usage
from cep_gui.core.catalog import Catalog, load_catalog
from cep_gui.core.catalog_changes import CatalogChanges, NewField, WhatsNew, load_changes
from cep_gui.core.clock import Clock
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.consent import Consent, Source
from cep_gui.core.exceptions import CepError, Refused, StoreError, UsageError
from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.participation import Decision, decide, needs_reconcile, reconcile
from cep_gui.core.policy import EffectiveSetting, Level, PolicySet, check_url
from cep_gui.core.policy_sources import PolicyLocations, read_policies
from cep_gui.core.profiles import DEFAULT_PROFILE, Profile, get_profile
from cep_gui.core.schedule import is_due, next_due
from cep_gui.core.secrets import UPLOAD_TOKEN, SecretStore, SecretsUnavailable
from cep_gui.core.sender_lock import DEFAULT_WAIT_S, SenderLock
from cep_gui.core.services import Overrides, Services
from cep_gui.core.store import Store, schedule_table, settings_table, usage_table
from cep_gui.core.store.settings_table import UserSettings
from cep_gui.core.usage import Kind, Snapshot

if TYPE_CHECKING:
    # Loaded where they are used: a dry run (``collect``) needs none of them.
    from cep_gui.core import fence_signal, outbox, relay_status
    from cep_gui.core import status as status_mod
    from cep_gui.core.report import Report
    from cep_gui.core.store.history_table import HistoryRow

#: "Remind me tomorrow" waits this long; a report nobody answers is skipped after the other.
REMIND_AFTER = timedelta(days=1)
REVIEW_TIMEOUT = timedelta(days=14)

__all__ = [
    "BuildRequest",
    "CepClient",
    "Effective",
    "LeaveResult",
    "Overrides",
    "Refused",
    "RelayAnswers",
    "ReportBuilder",
    "RunResult",
    "SendNowResult",
]


@dataclass
class Effective:
    """Everything that follows from consent + policy + profile at one moment."""

    consent: Consent
    decision: Decision
    policy: PolicySet
    profile: Profile
    profile_source: str
    endpoint: str
    endpoint_source: str
    allowed: list[str]
    withheld: list[str]
    next_due: datetime | None
    last_success: datetime | None
    settings: UserSettings
    #: The categories policy permits at all (before the user's own choice).
    permitted: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Policy decides differently from the stored consent until a command reconciles it.
    pending_policy: bool = False
    #: The user left, but the disk was too full to record it yet.
    leave_pending: bool = False
    #: The consent contract: the catalog's version now and the one agreed to.
    catalog_version: int = 1
    agreed_version: int = 1
    #: Fields added or widened since the agreed version, withheld until agreed to.
    pending_fields: list[str] = field(default_factory=list)
    #: Everything left out of reports field by field (pending plus kept back by the user).
    excluded_fields: list[str] = field(default_factory=list)
    #: Reports are built and kept on this computer, never sent.
    local_only: bool = False
    local_only_source: str = ""
    #: Each due report waits for the user's review before it is sent.
    review: bool = False
    review_source: str = ""

    @property
    def participating(self) -> bool:
        return self.decision.participating and self.consent.participating

    @property
    def may_send(self) -> bool:
        """Consent and policy both allow collecting and sending right now."""
        return self.participating and not self.policy.broken


@dataclass(frozen=True)
class BuildRequest:
    """Everything a report builder needs, decided by the client."""

    selected: Sequence[str]
    withheld: Sequence[str]
    profile: str
    installation_id: str | None
    deletion_key_hash: str | None
    today: date
    period_start: date
    usage: Snapshot
    config: CollectConfig
    #: Field ids left out on purpose (not agreed to yet, or kept back by the user).
    excluded_fields: Sequence[str] = ()


def whats_new(state: Effective, changes: CatalogChanges, catalog: Catalog) -> WhatsNew:
    """What is new for this state: core's pending fields, or under forced participation
    the same fields, which the organization's consent covers (the UI calls this with the
    state it shows; ``CepClient.whats_new`` with a fresh one)."""
    if not state.participating:
        return WhatsNew((), (), False, participating=False, current=changes.current)
    forced = state.decision.managed and state.decision.participating
    if forced:
        ids = changes.pending(state.agreed_version, state.allowed, catalog)
    else:
        ids = list(state.pending_fields)
    found = tuple(NewField(i, *changes.change_of(i)) for i in ids)
    versions = tuple(changes.newer_than(state.agreed_version))
    return WhatsNew(versions, found, forced, current=changes.current)


class ReportBuilder(Protocol):
    """Builds a report from the live machine (``cep_gui.pipeline.live_builder``)."""

    def __call__(self, request: BuildRequest) -> Report: ...


@dataclass(frozen=True)
class RunResult:
    """What ``run-due`` did, in words a person (or a script) can act on."""

    # "not participating" | "blocked" | "not due" | "sent" | "waiting" | "discarded"
    action: str
    message: str
    report_id: str | None = None
    #: True when a report was due and is still not delivered after this run.
    undelivered: bool = False
    summary: Any = None


@dataclass(frozen=True)
class SendNowResult:
    report_id: str | None
    delivered: bool
    rejected: bool
    message: str
    #: Another process delivered a report while this one waited for its turn.
    already_sent: bool = False
    summary: Any = None
    #: Local-only: built and kept on this computer, not sent.
    kept: bool = False
    #: Review before sending: built, sealed and waiting for the user's answer.
    held: bool = False


@dataclass(frozen=True)
class LeaveResult:
    effective: Effective
    purged_reports: int
    deletion_queued: bool
    #: False when the disk was full: the leave holds (a marker), and is saved later.
    recorded: bool = True
    #: A sender of this process that was stopped; await ``quiet()`` before refreshing.
    local_sender: fence_signal.ActiveSender | None = None


@dataclass(frozen=True)
class RelayAnswers:
    """What :meth:`CepClient.refresh_relay_status` learnt from the relay."""

    #: Reports the relay was asked about.
    asked: int
    #: Report id → what the relay answered (a report it did not answer about is absent).
    answers: dict[str, relay_status.RelayStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class WakeResult:
    """What one scheduled wake did (:meth:`CepClient.on_schedule`). Each step's error is
    kept rather than raised, so that a failed run still lets the relay be asked and the
    caller decides what the user hears."""

    #: The due run's result; None when it stopped with ``run_error``.
    run: RunResult | None
    run_error: CepError | None = None
    #: What the relay answered; None when it was not asked (see ``relay_error``).
    relay: RelayAnswers | None = None
    #: Why the relay was not asked (not taking part, local-only) or why asking failed.
    relay_error: CepError | None = None
    #: The relay step ran on this wake (it may have refused).
    relay_checked: bool = False


@dataclass(frozen=True)
class SendSession:
    sender: fence_signal.ActiveSender
    #: This process had to wait for another sender first.
    waited: bool
    listening: bool


class CepClient:
    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        services: Services | None = None,
        clock: Clock | None = None,
        policy_locations: PolicyLocations | None = None,
        overrides: Overrides | None = None,
        http: HttpSettings | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        if services is None:
            if data_dir is None:
                raise ValueError("a data folder or the services are needed")
            parts: dict[str, Any] = {
                "clock": clock,
                "overrides": overrides,
                "http": http,
                "secrets": secrets,
            }
            services = Services(
                data_dir=data_dir,
                policy_locations=policy_locations or PolicyLocations.default(_platform()),
                **{k: v for k, v in parts.items() if v is not None},
            )
        self.services = services
        self.data_dir = services.data_dir
        self.clock = services.clock
        self.policy_locations = services.policy_locations
        self.overrides = services.overrides
        self.store = Store.open(services.data_dir)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> CepClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries (never change state) ----------------------------------------------------

    def effective(self) -> Effective:
        policy = read_policies(self.policy_locations)
        with self.store.snapshot() as conn:
            consent = consent_mod.read(conn)
            schedule = schedule_table.read(conn)
            settings = settings_table.read(conn)
        leave_pending = leave_marker.pending(self.data_dir)
        decision = decide(consent, policy)
        if leave_pending:
            decision = Decision(False, Level.USER_CHOICE, "you left the program", False)
        profile, profile_source = self._profile(policy)
        endpoint, endpoint_source, endpoint_problem = self._endpoint(policy, profile)
        permitted = permitted_categories(profile.categories, policy)
        allowed = [c for c in permitted if consent.categories is None or c in consent.categories]
        withheld = [c for c in profile.categories if c not in allowed]
        problems = [str(p) for p in policy.problems] + list(self.store.notices)
        if policy.broken:
            problems.append(
                "Nothing is collected or sent while the managed policy above is broken."
            )
        if endpoint_problem:
            problems.append(endpoint_problem)
        if leave_pending:
            problems.append(
                "You left the program, but the disk was too full to save that; nothing is "
                "sent, and it is saved as soon as there is space."
            )
        participating = decision.participating and consent.participating
        changes = self.catalog_changes()
        managed_on = decision.managed and decision.participating
        pending = (
            []
            if managed_on  # the organization's consent covers what the catalog adds
            else changes.pending(consent.agreed_catalog_version, allowed, load_catalog())
        )
        excluded = sorted(set(pending) | set(consent.withheld_fields))
        upload = policy.get("AllowUpload", mandatory_only=True)
        if upload is not None and upload.value is False:
            local_only, local_only_source = True, _describe(upload)
        elif consent.local_only:
            local_only, local_only_source = True, Level.USER_CHOICE.label
        else:
            local_only, local_only_source = False, ""
        review_policy = policy.get("ReviewBeforeSending", mandatory_only=True)
        if review_policy is not None:
            review, review_source = bool(review_policy.value), _describe(review_policy)
        else:
            review, review_source = settings.review_before_sending, Level.USER_CHOICE.label
        due = next_due(
            participating=participating,
            allowed=not policy.broken and bool(allowed),
            joined=consent.since,
            last_success=schedule.last_success,
            interval_days=profile.interval_days,
            installation_id=consent.installation_id,
            now=self.clock.now(),
        )
        return Effective(
            consent=consent,
            decision=decision,
            policy=policy,
            profile=profile,
            profile_source=profile_source,
            endpoint=endpoint,
            endpoint_source=endpoint_source,
            allowed=allowed,
            withheld=withheld,
            next_due=due,
            last_success=schedule.last_success,
            settings=settings,
            permitted=permitted,
            problems=problems,
            pending_policy=needs_reconcile(consent, policy),
            leave_pending=leave_pending,
            catalog_version=changes.current,
            agreed_version=consent.agreed_catalog_version,
            pending_fields=pending,
            excluded_fields=excluded,
            local_only=local_only,
            local_only_source=local_only_source,
            review=review,
            review_source=review_source,
        )

    def settings(self) -> UserSettings:
        with self.store.snapshot() as conn:
            return settings_table.read(conn)

    def catalog_changes(self) -> CatalogChanges:
        """The catalog's versions (what each added or widened), as consent is checked."""
        return self.services.catalog_changes or load_changes()

    def whats_new(self) -> WhatsNew:
        """What is new in what is collected since the agreed catalog version, after
        following policy (a forced participation covers the news: it only informs)."""
        return whats_new(self.prepare(), self.catalog_changes(), load_catalog())

    def status(self) -> dict[str, Any]:
        """The machine-readable status (``cep-gui status --json``)."""
        from cep_gui.core import outbox

        state = self.effective()
        consent = state.consent
        waiting = outbox.pending(self.store)
        return {
            "participating": state.participating,
            "since": consent.since.date().isoformat()
            if consent.since and state.participating
            else None,
            "installation_id": consent.installation_id if state.participating else None,
            "decided_by": {
                "level": state.decision.level.label,
                "source": state.decision.source,
                "managed": state.decision.managed,
            },
            "policy_pending": state.pending_policy,
            "profile": state.profile.id,
            "interval_days": state.profile.interval_days,
            "next_due": state.next_due.isoformat() if state.next_due else None,
            "categories": state.allowed,
            "withheld": state.withheld,
            "endpoint": state.endpoint,
            "policy": {name: s.as_json() for name, s in state.policy.effective().items()},
            "outbox": len(waiting),
            "last_upload": self.last_upload(),
            "next_attempt": _next_attempt(waiting),
            "problems": state.problems,
            "local_only": {"on": state.local_only, "source": state.local_only_source or None},
            "review": {
                "on": state.review,
                "source": state.review_source,
                "waiting": [
                    {
                        "report_id": i.id,
                        "created": i.created.isoformat(),
                        "remind_at": i.remind_at.isoformat() if i.remind_at else None,
                    }
                    for i in waiting
                    if i.held == "review"
                ],
            },
            "catalog": {
                "version": state.catalog_version,
                "agreed": state.agreed_version,
                "pending_fields": state.pending_fields,
                "withheld_fields": list(state.consent.withheld_fields),
            },
            **self._status_extras(state),
        }

    def _status_extras(self, state: Effective) -> dict[str, Any]:
        """Keys added for scripts that want the one status's verdict."""
        view = self._status_view(state, sending=False)
        return {
            "state": view.phase.value,
            "sending": view.sending,
            "attention": [a.kind for a in view.attention],
        }

    def last_upload(self) -> dict[str, Any] | None:
        from cep_gui.core import history

        row = history.last_report(self.store)
        if row is None:
            return None
        return {
            "at": row.at.isoformat(),
            "outcome": row.outcome,
            "http_status": row.status,
            "endpoint": row.endpoint,
            "report_id": row.item_id,
        }

    def has_work_due(self) -> bool:
        """Whether ``run_due`` would send something now (so the UI can say "Sending…")."""
        from cep_gui.core import outbox

        state = self.effective()
        now = self.clock.now()
        if state.policy.broken:
            return False
        waiting = outbox.pending(self.store)
        # A report waiting for the user's review is the due one: nothing to do until the
        # user answers (or 14 days pass, when it is skipped without a request).
        held = any(item.held is not None for item in waiting)
        if state.may_send and state.allowed and not held and is_due(state.next_due, now):
            return True
        return any(
            item.held is None and (item.not_before is None or item.not_before <= now)
            for item in waiting
        )

    def waiting(self) -> list[outbox.OutboxItem]:
        """What waits in the outbox, oldest first."""
        from cep_gui.core import outbox

        return outbox.pending(self.store)

    def history_rows(self) -> list[HistoryRow]:
        from cep_gui.core import history

        return history.history_rows(self.store)

    def history_payload(self, row_id: int) -> bytes:
        """The JSON document a history row sent (decompressed from the wire bytes)."""
        from cep_gui.core import history

        return history.history_payload(self.store, row_id)

    def previous_payload(self, row_id: int) -> bytes | None:
        """The report this installation delivered before that row (never across a leave)."""
        from cep_gui.core import history

        return history.previous_in_participation(self.store, row_id)

    def last_delivered_payload(self) -> bytes | None:
        """The newest report delivered under the current installation id, if any."""
        from cep_gui.core import history

        return history.last_delivered(self.store, self.effective().consent.installation_id)

    def export_history(self, row_ids: Sequence[int], target: Path) -> int:
        """Write the exact documents sent, with their metadata, to ``target``."""
        from cep_gui.core import history

        return history.export(self.store, row_ids, target, self.clock.now())

    def status_view(self, *, sending: bool = False) -> status_mod.Status:
        """The one status the Feedback pane, the tray and ``cep-gui status`` show.

        ``sending``: the caller knows that this process is sending right now; a send
        of another process (a timer's ``run-due``) is found by its history row.
        """
        return self._status_view(self.effective(), sending)

    def _status_view(self, state: Effective, sending: bool) -> status_mod.Status:
        from cep_gui.core import fence_signal, history, outbox
        from cep_gui.core import status as status_mod

        decision = state.decision
        forced = None
        if decision.managed:
            forced = "on" if decision.participating else "off"
        mandatory = [
            status_mod.ManagedSetting(name, s.value, s.level.label, s.source)
            for name, s in state.policy.effective().items()
            if s.level.mandatory
        ]
        blocking = [str(p) for p in state.policy.problems if p.blocks]
        others = [str(p) for p in state.policy.problems if not p.blocks]
        others += list(self.store.notices)
        endpoint_problem = self._endpoint(state.policy, state.profile)[2]
        if endpoint_problem:
            others.append(endpoint_problem)
        last = status_mod.last_report(history.last_report(self.store))
        busy = sending or fence_signal.local_sender(self.data_dir) is not None
        if not busy and last is not None and last.outcome == "sending":
            busy = self._sender_elsewhere()
        return status_mod.compute(
            now=self.clock.now(),
            participating=state.participating,
            since=state.consent.since,
            consent_source=state.consent.source,
            allowed=state.allowed,
            withheld=state.withheld,
            blocked=[c for c in state.profile.categories if c not in state.permitted],
            next_due=state.next_due,
            forced=forced,
            managed=mandatory,
            policy_broken=state.policy.broken,
            policy_problems=blocking,
            policy_pending=state.pending_policy,
            leave_pending=state.leave_pending,
            problems=others,
            last=last,
            waiting=outbox.pending(self.store),
            sending=busy,
            last_success=state.last_success,
            local_only=state.local_only,
            pending_fields=state.pending_fields,
        )

    def _sender_elsewhere(self) -> bool:
        """Whether another process holds the sender lock (its upload is under way)."""
        lock = SenderLock(self.data_dir)
        try:
            if lock.try_acquire():
                lock.release()
                return False
        except OSError:
            return False
        return True

    def upload_token(self, state: Effective) -> str | None:
        """The token uploads carry, when the product's profile uses one (keyring only)."""
        if not state.profile.upload_token:
            return None
        try:
            token = self.services.secrets.load(UPLOAD_TOKEN)
        except SecretsUnavailable as exc:
            raise Refused(f"reports of this product need an upload token: {exc}") from None
        if not token:
            raise Refused(
                "reports of this product need an upload token, and none is saved in the system "
                f"keyring (service 'cep-gui', name '{UPLOAD_TOKEN}')"
            )
        return token

    def collect_config(self, state: Effective) -> CollectConfig:
        """What collectors need to know, from policy, the user's settings and the command line."""
        managed_url = state.policy.get("SccmAdminServiceUrl")
        settings = state.settings
        url = (
            str(managed_url.value)
            if managed_url is not None
            else self.overrides.sccm_url or settings.sccm_url
        )
        return CollectConfig(
            sccm_url=url or None,
            sccm_account=settings.sccm_account,
            sccm_ca_file=self.overrides.sccm_ca_file or settings.sccm_ca_file,
            vm_folders=settings.vm_folders,
        )

    # -- the explicit repairs a command makes first ------------------------------------

    def prepare(self) -> Effective:
        """Record a pending leave, follow policy, clamp dates from the future."""
        from cep_gui.core import maintenance

        now = self.clock.now()
        if leave_marker.pending(self.data_dir):
            try:
                with self.store.transaction() as tx:
                    if consent_mod.read(tx).participating:
                        consent_mod.leave(tx, now, Source.USER)
            except StoreError as exc:
                if not exc.disk_full:
                    raise
                return self.effective()
            leave_marker.clear(self.data_dir)
        policy = read_policies(self.policy_locations)
        with self.store.transaction() as tx:
            before = consent_mod.read(tx)
            after = reconcile(tx, policy, now, catalog_version=self.catalog_changes().current)
            maintenance.clamp_future_dates(tx, now)
        if after.generation != before.generation:
            self._notify_senders()
        if after.participating:
            self.store.ensure_reserve()
        return self.effective()

    # -- commands ------------------------------------------------------------------------

    def join(
        self,
        source: Source,
        categories: Sequence[str] | None = None,
        *,
        local_only: bool | None = None,
    ) -> Effective:
        """Join (a new installation id), or change the categories when already taking part.

        ``local_only``: build reports on schedule but keep them on this computer."""
        state = self.prepare()
        if state.policy.broken:
            raise Refused(
                "cannot join while the managed policy is broken: " + "; ".join(state.problems)
            )
        if state.decision.managed and not state.decision.participating:
            raise Refused(
                f"participation is turned off by your organization ({state.decision.level.label}: "
                f"{state.decision.source})"
            )
        chosen = self._checked_categories(state, categories)
        now = self.clock.now()
        with self.store.transaction() as tx:
            current = consent_mod.read(tx)
            if current.participating:
                consent_mod.set_categories(tx, now, source, chosen)
                if local_only is not None and local_only != current.local_only:
                    consent_mod.set_local_only(tx, now, source, local_only)
            else:
                consent_mod.join(
                    tx, now, source, chosen,
                    catalog_version=state.catalog_version, local_only=bool(local_only),
                )  # fmt: skip
        self.store.ensure_reserve()
        self._notify_senders()
        return self.effective()

    def set_categories(self, source: Source, categories: Sequence[str] | None) -> Effective:
        state = self.prepare()
        if not state.consent.participating:
            raise Refused("this computer is not taking part; join first")
        chosen = self._checked_categories(state, categories)
        with self.store.transaction() as tx:
            consent_mod.set_categories(tx, self.clock.now(), source, chosen)
        self._notify_senders()
        return self.effective()

    def set_local_only(self, source: Source, on: bool) -> Effective:
        """Keep reports on this computer only (on), or send them again (off)."""
        state = self.prepare()
        if not state.consent.participating:
            raise Refused("this computer is not taking part; join first")
        upload = state.policy.get("AllowUpload", mandatory_only=True)
        if not on and upload is not None and upload.value is False:
            raise Refused(f"your organization keeps reports on this computer ({_describe(upload)})")
        with self.store.transaction() as tx:
            consent_mod.set_local_only(tx, self.clock.now(), source, on)
        self._notify_senders()
        return self.effective()

    def agree_to_catalog(self, source: Source, keep_withholding: Sequence[str] = ()) -> Effective:
        """The user has seen what is new in what is collected: agree to it, except the
        fields in ``keep_withholding``, which stay out of every report."""
        state = self.prepare()
        if not state.consent.participating:
            raise Refused("this computer is not taking part; join first")
        unknown = [f for f in keep_withholding if f not in state.pending_fields]
        if unknown:
            raise UsageError(
                f"not new in the catalog, so nothing to agree to: {', '.join(unknown)}"
            )
        with self.store.transaction() as tx:
            consent_mod.agree_to_catalog(
                tx, self.clock.now(), source, state.catalog_version, tuple(keep_withholding)
            )
        return self.effective()

    def include_fields(self, source: Source, fields: Sequence[str]) -> Effective:
        """Let fields kept out after a catalog change back into reports."""
        state = self.prepare()
        unknown = [f for f in fields if f not in state.consent.withheld_fields]
        if unknown:
            raise UsageError(f"not kept out, so nothing to let back in: {', '.join(unknown)}")
        with self.store.transaction() as tx:
            consent_mod.include_fields(tx, self.clock.now(), source, tuple(fields))
        return self.effective()

    def set_review(self, on: bool) -> Effective:
        """Ask before each report is sent (unless policy decides)."""
        state = self.effective()
        managed = state.policy.get("ReviewBeforeSending", mandatory_only=True)
        if managed is not None and bool(managed.value) != on:
            raise Refused(f"your organization decides this ({_describe(managed)})")
        self.update_settings(review_before_sending=on)
        return self.effective()

    def held_reports(self) -> list[outbox.OutboxItem]:
        """Reports waiting for the user's review, oldest first."""
        from cep_gui.core import outbox

        return [i for i in outbox.pending(self.store, "report") if i.held == "review"]

    def approve(self, report_id: str) -> None:
        """*Send*: the user reviewed this report; it goes out at the next send."""
        self._answer_review(report_id, held=None)

    def remind_later(self, report_id: str) -> None:
        """*Remind me tomorrow*: it keeps waiting; the tray asks again in a day."""
        self._answer_review(report_id, held="review", remind_at=self.clock.now() + REMIND_AFTER)

    def skip(self, report_id: str, *, reason: str = "you chose not to send it") -> None:
        """*Don't send*: skip this period: recorded as skipped, never sent."""
        from cep_gui.core.sending import skip_report

        with self.store.transaction() as tx:
            if not skip_report(tx, report_id, self.clock.now(), reason):
                raise UsageError(f"no report {report_id} waits for review")

    def _answer_review(
        self, report_id: str, *, held: str | None, remind_at: datetime | None = None
    ) -> None:
        from cep_gui.core.store import outbox_table

        with self.store.transaction() as tx:
            item = outbox_table.get(tx, report_id)
            if item is None or item.held != "review":
                raise UsageError(f"no report {report_id} waits for review")
            outbox_table.set_held(tx, report_id, held, remind_at)
            consent_mod.audit(
                tx, self.clock.now(), Source.USER,
                "report approved" if held is None else "review postponed", report_id,
            )  # fmt: skip

    async def on_schedule(
        self, builder: ReportBuilder, *, ask_relay: bool = True, rng: random.Random | None = None
    ) -> WakeResult:
        """Everything the schedule does when it wakes: the due run, then (``ask_relay``:
        the caller's timer says it is time) the relay questions about held reports.

        The tray's scheduler and ``selftest --network`` both run exactly this, so the
        proof that off means off cannot miss a network step the tray takes on schedule.
        """
        run: RunResult | None = None
        run_error: CepError | None = None
        try:
            run = await self.run_due(builder, rng=rng)
        except CepError as exc:
            run_error = exc
        if not ask_relay:
            return WakeResult(run, run_error)
        try:
            relay = await self.refresh_relay_status()
        except CepError as exc:  # refused while off or local-only: asked at a later wake
            return WakeResult(run, run_error, None, exc, relay_checked=True)
        return WakeResult(run, run_error, relay, relay_checked=True)

    async def refresh_relay_status(self) -> RelayAnswers:
        """Ask the organization's relay what became of the reports it holds, and record
        each answer in the history row's receipt (``held`` → ``released`` → ``delivered``).

        A question carries the report's id and key hash, so it is asked only while this
        computer takes part and sends (local-only sends nothing, not even a question), and
        only about reports of the current participation: asking about an earlier
        installation id would link it to this one. A row whose state is final is not
        asked again. The tray calls this now and then (every few hours at most).
        """
        from cep_gui.core import history, relay_status

        state = self.effective()
        if not state.may_send or state.local_only:
            raise Refused(
                "your organization's relay is asked only while this computer takes part "
                "and sends reports"
            )
        answers: dict[str, relay_status.RelayStatus] = {}
        asked = 0
        for row in self.history_rows():
            known = relay_status.status_of_receipt(row.receipt)
            if row.kind != "report" or known is None or known.final:
                continue
            payload = self.history_payload(row.id)
            if history.installation_of(payload) != state.consent.installation_id:
                continue
            asked += 1
            found = await relay_status.refresh(self.store, self.services.http, row.item_id)
            if found is not None:
                answers[row.item_id] = found
        return RelayAnswers(asked, answers)

    def leave(self, source: Source, *, request_deletion: bool = False) -> LeaveResult:
        """Leave at once: the fence is committed first, then any upload in flight is
        stopped (in another process: this returns once its request is dead).

        With ``request_deletion`` a deletion request for what this installation sent is
        sealed in the same transaction; it is the only thing ever sent after leaving.
        """
        from cep_gui.core import fence_signal

        state = self.effective()
        if state.decision.managed and state.decision.participating:
            raise Refused(
                f"participation is required by your organization ({state.decision.level.label}: "
                f"{state.decision.source})"
            )
        now = self.clock.now()
        recorded = True
        record: consent_mod.LeaveRecord | None = None
        deletion = False
        try:
            record, deletion = self._record_leave(now, source, request_deletion)
        except StoreError as exc:
            if not exc.disk_full:
                raise
            self.store.release_reserve()
            try:
                record, deletion = self._record_leave(now, source, request_deletion)
            except StoreError as again:
                if not again.disk_full or not leave_marker.request(self.data_dir):
                    raise
                recorded = False
        local = fence_signal.local_sender(self.data_dir)
        if local is not None:
            local.trip()
        else:
            fence_signal.notify(self._sender_socket())
        return LeaveResult(
            effective=self.effective(),
            purged_reports=record.purged_reports if record else 0,
            deletion_queued=deletion,
            recorded=recorded,
            local_sender=local,
        )

    def _record_leave(
        self, now: datetime, source: Source, request_deletion: bool
    ) -> tuple[consent_mod.LeaveRecord, bool]:
        import uuid

        from cep_gui.core import outbox

        with self.store.transaction() as tx:
            current = consent_mod.read(tx)
            queued = False
            if request_deletion and current.installation_id:
                request = {"installation_id": current.installation_id}
                if current.deletion_secret:
                    request["deletion_key"] = current.deletion_secret
                outbox.seal_deletion(
                    tx,
                    item_id=str(uuid.uuid4()),
                    payload=json.dumps(request, separators=(",", ":")).encode("utf-8"),
                    created=now,
                )
                queued = True
            return consent_mod.leave(tx, now, source), queued

    def record_usage(self, kind: Kind, name: str) -> bool:
        """Count one use of a feature or one problem; False when not participating."""
        usage.check_id(load_catalog(), kind, name)
        state = self.effective()
        if not state.may_send:
            return False
        with self.store.transaction() as tx:
            if not consent_mod.read(tx).participating:
                return False
            usage_table.increment(tx, kind, name)
        return True

    def save_settings(self, settings: UserSettings) -> UserSettings:
        with self.store.transaction() as tx:
            settings_table.write(tx, settings)
        return self.settings()

    def update_settings(self, **changes: Any) -> UserSettings:
        return self.save_settings(replace(self.settings(), **changes))

    def delete_history(self) -> int:
        from cep_gui.core import history

        return history.delete_history(self.store)

    def dry_run(self, builder: ReportBuilder, categories: Sequence[str] | None = None) -> Report:
        """The report that would be sent now, sending nothing.

        With ``categories``, any category the organization allows may be shown, even one
        this product's profile does not send (an administrator checking an SCCM site).
        """
        state = self.effective()
        if state.policy.broken:
            raise Refused(
                "nothing is collected while the managed policy is broken: "
                + "; ".join(state.problems)
            )
        if categories:
            catalog = load_catalog()
            unknown = [c for c in categories if c not in catalog.categories]
            if unknown:
                known = ", ".join(catalog.categories)
                raise UsageError(f"unknown category {', '.join(unknown)} (known: {known})")
            managed = state.policy.get("AllowedCategories")
            refused = [c for c in categories if not _allowed_by(managed, c)]
            if refused:
                raise Refused(
                    f"not allowed by your organization: {', '.join(refused)} "
                    f"({managed.source if managed else ''})"
                )
            chosen = list(dict.fromkeys(categories))
            state.withheld = [c for c in state.profile.categories if c not in chosen]
            state.allowed = chosen
        return self.build_now(builder, state, usage.snapshot(self.store))

    def build_now(self, builder: ReportBuilder, state: Effective, counts: Snapshot) -> Report:
        now = self.clock.now()
        start = state.last_success or state.consent.since or now
        taking_part = state.participating
        return builder(
            BuildRequest(
                selected=state.allowed,
                withheld=state.withheld,
                profile=state.profile.id,
                installation_id=state.consent.installation_id if taking_part else None,
                deletion_key_hash=state.consent.deletion_key_hash if taking_part else None,
                today=now.date(),
                period_start=min(start, now).date(),
                usage=counts if taking_part else {},
                config=self.collect_config(state),
                excluded_fields=state.excluded_fields,
            )
        )

    async def run_due(
        self,
        builder: ReportBuilder,
        *,
        wait: float = DEFAULT_WAIT_S,
        rng: random.Random | None = None,
    ) -> RunResult:
        """Build, seal and send a report when one is due (the tray and the system timer)."""
        from cep_gui.core import outbox
        from cep_gui.core.sending import send_queue

        self.prepare()
        async with self.sending(wait) as session:
            state = self.effective()
            if state.policy.broken:
                return RunResult("blocked", "Nothing is sent while the managed policy is broken.")
            if not state.participating:
                summary = await send_queue(self, session, force=False, rng=rng)  # deletions
                return RunResult(
                    "not participating", "Not participating: nothing to do.", summary=summary
                )
            self._skip_unanswered()
            waiting = outbox.pending(self.store, "report")
            report_id = waiting[-1].id if waiting else None
            if report_id is None:
                if not is_due(state.next_due, self.clock.now()):
                    when = state.next_due.isoformat() if state.next_due else "never"
                    summary = await send_queue(self, session, force=False, rng=rng)
                    return RunResult(
                        "not due", f"The next report is due at {when}.", summary=summary
                    )
                if not state.allowed:
                    return RunResult("not due", "No category is chosen, so nothing is sent.")
                report_id = await self._queue_report(builder, state, held=state.review)
            held = next((i for i in self.held_reports() if i.id == report_id), None)
            if held is not None:
                summary = await send_queue(self, session, force=False, rng=rng)
                return RunResult(
                    "held",
                    f"Report {report_id} waits for your review (cep-gui review).",
                    report_id,
                    False,
                    summary,
                )
            summary = await send_queue(self, session, force=False, rng=rng)
            if state.local_only and report_id in summary.kept:
                return RunResult(
                    "kept", f"Report {report_id} was kept on this computer.", report_id,
                    False, summary,
                )  # fmt: skip
            if report_id in summary.delivered:
                return RunResult(
                    "sent", f"Report {report_id} was delivered.", report_id, False, summary
                )
            if report_id in summary.rejected:
                return RunResult(
                    "sent", f"Report {report_id} was rejected for good.", report_id, False, summary
                )
            reason = "; ".join(summary.messages) or summary.stopped or "it waits to be retried"
            return RunResult(
                "waiting",
                f"Report {report_id} was not delivered: {reason}.",
                report_id,
                True,
                summary,
            )

    async def send_now(
        self,
        builder: ReportBuilder,
        *,
        wait: float = DEFAULT_WAIT_S,
        rng: random.Random | None = None,
    ) -> SendNowResult:
        """*Send now*: build (or take the waiting) report and send it at once."""
        from cep_gui.core import history, outbox
        from cep_gui.core.sending import send_queue

        state = self.prepare()
        self._refuse_sending(state)
        before = state.last_success
        async with self.sending(wait) as session:
            state = self.effective()
            self._refuse_sending(state)
            if session.waited and state.last_success != before:
                last = history.last_report(self.store)
                return SendNowResult(
                    last.item_id if last else None,
                    delivered=True,
                    rejected=False,
                    message="another cep-gui process has just sent a report",
                    already_sent=True,
                )
            waiting = [i for i in outbox.pending(self.store, "report") if i.held is None]
            if waiting:
                report_id = waiting[-1].id
            else:
                report_id = await self._queue_report(builder, state, held=state.review)
                if state.review:
                    return SendNowResult(
                        report_id, delivered=False, rejected=False, held=True,
                        message="it waits for your review (cep-gui review)",
                    )  # fmt: skip
            summary = await send_queue(self, session, force=True, rng=rng)
        if report_id in summary.kept:
            return SendNowResult(
                report_id, delivered=False, rejected=False, kept=True,
                message="it was kept on this computer (local-only)", summary=summary,
            )  # fmt: skip
        delivered = report_id in summary.delivered
        rejected = report_id in summary.rejected
        message = "; ".join(summary.messages) or summary.stopped or "not sent"
        return SendNowResult(report_id, delivered, rejected, message, summary=summary)

    async def queue_now(self, builder: ReportBuilder, *, wait: float = DEFAULT_WAIT_S) -> str:
        """Build and seal a report now without sending it (it waits in the outbox)."""
        state = self.prepare()
        self._refuse_sending(state)
        async with self.sending(wait):
            return await self._queue_report(builder, self.effective())

    async def send_waiting(
        self, *, force: bool = False, wait: float = DEFAULT_WAIT_S, rng: random.Random | None = None
    ) -> Any:
        """Send what already waits (a deletion request after leaving, retries)."""
        from cep_gui.core.sending import send_queue

        async with self.sending(wait) as session:
            return await send_queue(self, session, force=force, rng=rng)

    @contextlib.asynccontextmanager
    async def sending(self, wait: float = DEFAULT_WAIT_S) -> AsyncIterator[SendSession]:
        """Hold this data folder's one sender lock, and listen for the fence meanwhile."""
        import asyncio

        from cep_gui.core import fence_signal

        lock = SenderLock(self.data_dir)
        waited = not lock.try_acquire()
        if waited:
            await lock.acquire(wait)
        sender = fence_signal.ActiveSender(asyncio.get_running_loop())
        listener = fence_signal.FenceListener(
            self._sender_socket(), functools.partial(self._on_fence, sender)
        )
        fence_signal.register(self.data_dir, sender)
        listening = False
        watcher: asyncio.Task[None] | None = None
        try:
            listening = listener.start()
            # The socket hears every cep-gui process that changes consent; the timer sees
            # what none announces (the organization's policy files rewritten by its own
            # tools) and, where there are no Unix sockets (Windows), everything.
            watcher = asyncio.ensure_future(self._watch_fence(sender))
            yield SendSession(sender, waited, listening)
        finally:
            if watcher is not None:
                watcher.cancel()
            if listening:
                listener.stop()
            fence_signal.unregister(self.data_dir, sender)
            lock.release()

    async def _watch_fence(self, sender: fence_signal.ActiveSender) -> None:
        import asyncio

        from cep_gui.core import fence_signal

        while True:
            await asyncio.sleep(fence_signal.FALLBACK_CHECK_S)
            if sender.current is not None and await asyncio.to_thread(self._in_flight_void, sender):
                sender.trip()

    # -- internals -----------------------------------------------------------------------

    async def _queue_report(
        self, builder: ReportBuilder, state: Effective, *, held: bool = False
    ) -> str:
        """Build a report off the event loop and seal it, checking the fence; ``held``:
        it waits for the user's review before it may be sent."""
        import asyncio

        from cep_gui.core import outbox
        from cep_gui.core.fence import BuiltUnder

        # Counts of a field left out of the report stay counted for a later one.
        counts = usage.without(usage.snapshot(self.store), state.excluded_fields)
        built = BuiltUnder(
            state.consent.generation, state.consent.installation_id, tuple(state.allowed)
        )
        report = await asyncio.to_thread(self.build_now, builder, state, counts)
        now_state = self.effective()
        narrowed = [c for c in built.categories if c not in now_state.allowed]
        if narrowed or not now_state.participating:
            raise outbox.ConsentChanged(
                "participation changed while the report was being built, so it was discarded"
            )
        with self.store.transaction() as tx:
            outbox.seal_report(
                tx,
                report_id=report.report_id,
                payload=report.payload,
                created=self.clock.now(),
                built=built,
                usage_snapshot=counts,
                held="review" if held else None,
            )
        return report.report_id

    def _skip_unanswered(self) -> None:
        """A report nobody answered within 14 days is skipped, never sent."""
        now = self.clock.now()
        for item in self.held_reports():
            if now - item.created > REVIEW_TIMEOUT:
                self.skip(item.id, reason="nobody answered within 14 days")

    def _refuse_sending(self, state: Effective) -> None:
        if state.policy.broken:
            raise Refused("nothing is sent while the managed policy is broken")
        if not state.participating:
            raise Refused("this computer is not taking part; join first (cep-gui opt-in)")
        if not state.allowed:
            raise Refused("no category is chosen, so there is nothing to send")

    def _checked_categories(
        self, state: Effective, categories: Sequence[str] | None
    ) -> tuple[str, ...] | None:
        if categories is None:
            return None
        unknown = [c for c in categories if c not in state.profile.categories]
        if unknown:
            raise UsageError(
                f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)} "
                f"(this product collects: {', '.join(state.profile.categories)})"
            )
        return tuple(dict.fromkeys(categories))

    def _on_fence(self, sender: fence_signal.ActiveSender) -> None:
        """Called on the listener's thread when another process changed consent."""

        if self._in_flight_void(sender):
            sender.trip()
            sender.wait_quiet()

    def _notify_senders(self) -> None:
        """Tell the sender of this folder, in this process or another, to check the fence."""
        from cep_gui.core import fence_signal

        local = fence_signal.local_sender(self.data_dir)
        if local is None:
            fence_signal.notify(self._sender_socket())
        elif self._in_flight_void(local):
            local.trip()

    def _in_flight_void(self, sender: fence_signal.ActiveSender) -> bool:
        from cep_gui.core import fence

        current = sender.current
        if current is None:
            return False
        kind, built = current
        state = self.effective()
        ruling = fence.rule(
            kind,
            built,
            state.consent,
            participating=state.participating,
            allowed=state.allowed,
            policy_broken=state.policy.broken,
        )
        return ruling.verdict is not fence.Verdict.SEND

    def _sender_socket(self) -> Path:
        from cep_gui.core import fence_signal

        return fence_signal.socket_path(self.data_dir, self.services.sockets_dir)

    def _profile(self, policy: PolicySet) -> tuple[Profile, str]:
        setting = policy.get("Profile")
        if setting is not None and (setting.level.mandatory or not self.overrides.profile):
            return get_profile(str(setting.value)), _describe(setting)
        if self.overrides.profile:
            return get_profile(self.overrides.profile), "command line"
        return get_profile(DEFAULT_PROFILE), Level.BUILT_IN.label

    def _endpoint(self, policy: PolicySet, profile: Profile) -> tuple[str, str, str | None]:
        setting = policy.get("Endpoint")
        if setting is not None:
            return str(setting.value), _describe(setting), None
        if self.overrides.endpoint:
            try:
                return check_url(self.overrides.endpoint), "command line or CEP_ENDPOINT", None
            except ValueError as exc:
                # Never fall back to another address than the one asked for: nothing is sent.
                return self.overrides.endpoint, "command line or CEP_ENDPOINT", str(exc)
        return profile.endpoint, "product profile", None


def leave_from(
    services: Services, source: Source, *, request_deletion: bool = False
) -> LeaveResult | None:
    """Leave, even when the disk is so full that the store cannot be opened.

    Returns the result of :meth:`CepClient.leave`, or None when the store could not be
    opened: then the leave marker holds the decision (every sender honours it) and the
    next command with space records it.
    """
    from cep_gui.core import fence_signal

    try:
        client = CepClient(services=services)
    except StoreError as exc:
        if not exc.disk_full or not leave_marker.request(services.data_dir):
            raise
        fence_signal.notify(fence_signal.socket_path(services.data_dir, services.sockets_dir))
        return None
    with client:
        return client.leave(source, request_deletion=request_deletion)


def permitted_categories(profile_categories: Sequence[str], policy: PolicySet) -> list[str]:
    """The profile's categories that policy allows (the one place this rule lives)."""
    managed = policy.get("AllowedCategories")
    return [c for c in profile_categories if _allowed_by(managed, c)]


def _allowed_by(managed: EffectiveSetting | None, category: str) -> bool:
    if managed is None:
        return True
    allowed = managed.value
    return isinstance(allowed, list) and category in allowed


def _next_attempt(waiting: Sequence[outbox.OutboxItem]) -> dict[str, Any] | None:
    """Why the waiting report has not gone yet, and when it is tried again."""

    for item in waiting:
        if item.kind == "report" and item.last_error:
            return {
                "reason": item.last_error,
                "not_before": item.not_before.isoformat() if item.not_before else None,
                "attempts": item.attempts,
            }
    return None


def _describe(setting: EffectiveSetting) -> str:
    return f"{setting.level.label}: {setting.source}"


def _platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "darwin"
    return "linux"
