"""The client facade: one object the command line and the UI both drive.

It combines the store, managed policy, the product profile and the clock into the
effective state (who decides, what is allowed, when the next report is due), and
performs the user's commands. It holds no collection code: the report builder is
injected, so this module stays free of collectors and Qt.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from cep_gui.core import consent as consent_mod
from cep_gui.core import outbox, usage
from cep_gui.core.catalog import load_catalog
from cep_gui.core.clock import Clock, SystemClock
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.consent import Consent, Source
from cep_gui.core.participation import Decision, decide, reconcile
from cep_gui.core.policy import EffectiveSetting, Level, PolicySet, check_url
from cep_gui.core.policy_sources import PolicyLocations, read_policies
from cep_gui.core.profiles import DEFAULT_PROFILE, Profile, get_profile
from cep_gui.core.report import Report
from cep_gui.core.schedule import is_due, next_due
from cep_gui.core.secrets import SecretsUnavailable, load_secret
from cep_gui.core.store import Store
from cep_gui.core.usage import Kind, Snapshot

#: Names of the user's settings in the store (the Advanced page writes them).
SCCM_URL_SETTING = "sccm_admin_service_url"
SCCM_ACCOUNT_SETTING = "sccm_account"
SCCM_CA_FILE_SETTING = "sccm_ca_file"
VM_FOLDERS_SETTING = "vm_extra_folders"
UPLOAD_TOKEN_SECRET = "upload-token"


class Refused(Exception):
    """A command that policy or the current state does not allow; exit code 3."""


@dataclass(frozen=True)
class Overrides:
    """Per-run choices from the command line or environment."""

    endpoint: str | None = None
    profile: str | None = None
    sccm_url: str | None = None

    @classmethod
    def from_environment(
        cls, endpoint: str | None = None, profile: str | None = None, sccm_url: str | None = None
    ) -> Overrides:
        return cls(
            endpoint=endpoint or os.environ.get("CEP_ENDPOINT") or None,
            profile=profile,
            sccm_url=sccm_url,
        )


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
    problems: list[str] = field(default_factory=list)

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


class ReportBuilder(Protocol):
    """Builds a report from the live machine (``cep_gui.pipeline.live_builder``)."""

    def __call__(self, request: BuildRequest) -> Report: ...


@dataclass(frozen=True)
class RunResult:
    """What ``run-due`` did, in words a person (or a script) can act on."""

    action: str  # "not participating" | "blocked" | "not due" | "waiting" | "queued"
    message: str
    report_id: str | None = None


class CepClient:
    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Clock | None = None,
        policy_locations: PolicyLocations | None = None,
        overrides: Overrides | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.clock = clock or SystemClock()
        self.policy_locations = policy_locations or PolicyLocations.default(_platform())
        self.overrides = overrides or Overrides()
        self.store = Store.open(data_dir)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> CepClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------

    def effective(self) -> Effective:
        policy = read_policies(self.policy_locations)
        consent = reconcile(self.store, policy, self.clock.now()) if not policy.broken else None
        consent = consent or consent_mod.load_consent(self.store)
        decision = decide(consent, policy)
        profile, profile_source = self._profile(policy)
        endpoint, endpoint_source, endpoint_problem = self._endpoint(policy, profile)
        allowed = list(profile.categories)
        allowed_policy = policy.get("AllowedCategories")
        if allowed_policy is not None:
            allowed = [c for c in allowed if c in allowed_policy.value]  # type: ignore[operator]
        if consent.categories is not None:
            allowed = [c for c in allowed if c in consent.categories]
        withheld = [c for c in profile.categories if c not in allowed]
        problems = [str(p) for p in policy.problems] + list(self.store.notices)
        if policy.broken:
            problems.append(
                "Nothing is collected or sent while the managed policy above is broken."
            )
        if endpoint_problem:
            problems.append(endpoint_problem)
        last_success = self._last_success()
        due = next_due(
            participating=decision.participating and consent.participating,
            allowed=not policy.broken and bool(allowed),
            joined=consent.since,
            last_success=last_success,
            interval_days=profile.interval_days,
            installation_id=consent.installation_id,
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
            problems=problems,
        )

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

    def _last_success(self) -> datetime | None:
        row = self.store.read().execute("SELECT last_success FROM schedule").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    # -- commands --------------------------------------------------------------

    def opt_in(self, source: Source, categories: Sequence[str] | None = None) -> Effective:
        state = self.effective()
        if state.policy.broken:
            raise Refused(
                "cannot join while the managed policy is broken: " + "; ".join(state.problems)
            )
        if state.decision.managed and not state.decision.participating:
            raise Refused(
                f"participation is turned off by your organization ({state.decision.level.label}: "
                f"{state.decision.source})"
            )
        if categories is not None:
            unknown = [c for c in categories if c not in state.profile.categories]
            if unknown:
                raise ValueError(
                    f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)} "
                    f"(this product collects: {', '.join(state.profile.categories)})"
                )
        chosen = list(categories) if categories is not None else None
        if state.consent.participating:
            consent_mod.set_categories(self.store, self.clock.now(), source, chosen)
        else:
            consent_mod.join(self.store, self.clock.now(), source, chosen)
        return self.effective()

    def opt_out(self, source: Source, *, request_deletion: bool = False) -> Effective:
        """Leave at once. With ``request_deletion``, a deletion request for what this
        installation sent is queued first (it is the only thing sent after leaving)."""
        state = self.effective()
        if state.decision.managed and state.decision.participating:
            raise Refused(
                f"participation is required by your organization ({state.decision.level.label}: "
                f"{state.decision.source})"
            )
        if request_deletion and state.consent.installation_id:
            request = {"installation_id": state.consent.installation_id}
            if state.consent.deletion_secret:
                request["deletion_key"] = state.consent.deletion_secret
            payload = json.dumps(request, separators=(",", ":")).encode("utf-8")
            outbox.seal(
                self.store,
                item_id=str(uuid.uuid4()),
                kind="deletion",
                payload=payload,
                created=self.clock.now(),
            )
        consent_mod.leave(self.store, self.clock.now(), source)
        return self.effective()

    def prepare_send_now(self, builder: ReportBuilder) -> str:
        """*Send now*: make sure a report waits in the outbox; returns its id."""
        state = self.effective()
        if state.policy.broken:
            raise Refused("nothing is sent while the managed policy is broken")
        if not state.participating:
            raise Refused("this computer is not taking part; join first (cep-gui opt-in)")
        waiting = outbox.pending(self.store, "report")
        if waiting:
            return waiting[-1].id
        return self.queue_report(builder, state)

    def record_usage(self, kind: Kind, name: str) -> bool:
        """Count one use of a feature or one problem; False when not participating."""
        usage.check_id(load_catalog(), kind, name)
        state = self.effective()
        if not state.may_send:
            return False
        usage.increment(self.store, kind, name)
        return True

    def build_now(self, builder: ReportBuilder, state: Effective | None = None) -> Report:
        """The report that would be sent now (also used by ``collect`` and the viewer)."""
        state = state or self.effective()
        now = self.clock.now()
        last = self._last_success()
        start = last or state.consent.since or now
        return builder(
            BuildRequest(
                selected=state.allowed,
                withheld=state.withheld,
                profile=state.profile.id,
                installation_id=state.consent.installation_id if state.participating else None,
                deletion_key_hash=state.consent.deletion_key_hash if state.participating else None,
                today=now.date(),
                period_start=start.date(),
                usage=usage.snapshot(self.store) if state.participating else {},
                config=self.collect_config(state),
            )
        )

    def upload_token(self, state: Effective) -> str | None:
        """The token uploads carry, when the product's profile uses one (keyring only)."""
        if not state.profile.upload_token:
            return None
        try:
            token = load_secret(UPLOAD_TOKEN_SECRET)
        except SecretsUnavailable as exc:
            raise Refused(f"reports of this product need an upload token: {exc}") from None
        if not token:
            raise Refused(
                "reports of this product need an upload token, and none is saved in the system "
                f"keyring (service 'cep-gui', name '{UPLOAD_TOKEN_SECRET}')"
            )
        return token

    def collect_config(self, state: Effective) -> CollectConfig:
        """What collectors need to know, from policy, the user's settings and the command line."""
        managed_url = state.policy.get("SccmAdminServiceUrl")
        url = (
            str(managed_url.value)
            if managed_url is not None
            else self.overrides.sccm_url or self.store.get_setting(SCCM_URL_SETTING)
        )
        folders = self.store.get_setting(VM_FOLDERS_SETTING)
        return CollectConfig(
            sccm_url=url or None,
            sccm_account=self.store.get_setting(SCCM_ACCOUNT_SETTING),
            sccm_ca_file=os.environ.get("CEP_SCCM_CA_FILE")
            or self.store.get_setting(SCCM_CA_FILE_SETTING),
            vm_folders=tuple(json.loads(folders)) if folders else (),
        )

    def queue_report(self, builder: ReportBuilder, state: Effective) -> str:
        """Build a report and seal its exact bytes into the outbox."""
        snapshot = usage.snapshot(self.store)
        report = self.build_now(builder, state)
        outbox.seal(
            self.store,
            item_id=report.report_id,
            kind="report",
            payload=report.payload,
            created=self.clock.now(),
            usage_snapshot=snapshot,
        )
        return report.report_id

    def run_due(self, builder: ReportBuilder) -> RunResult:
        """Queue a report when one is due (the scheduled path: tray and system timer)."""
        state = self.effective()
        if state.policy.broken:
            return RunResult("blocked", "Nothing is sent while the managed policy is broken.")
        if not state.participating:
            return RunResult("not participating", "Not participating: nothing to do.")
        waiting = outbox.pending(self.store, "report")
        if waiting:
            return RunResult(
                "waiting", f"{len(waiting)} report(s) already wait to be sent.", waiting[-1].id
            )
        if not is_due(state.next_due, self.clock.now()):
            when = state.next_due.isoformat() if state.next_due else "never"
            return RunResult("not due", f"The next report is due at {when}.")
        report_id = self.queue_report(builder, state)
        return RunResult("queued", f"Report {report_id} was built and queued.", report_id)

    def status(self) -> dict[str, Any]:
        """The machine-readable status (``cep-gui status --json``)."""
        state = self.effective()
        consent = state.consent
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
            "profile": state.profile.id,
            "interval_days": state.profile.interval_days,
            "next_due": state.next_due.isoformat() if state.next_due else None,
            "categories": state.allowed,
            "withheld": state.withheld,
            "endpoint": state.endpoint,
            "policy": {name: s.as_json() for name, s in state.policy.effective().items()},
            "outbox": outbox.count(self.store),
            "last_upload": self.last_upload(),
            "next_attempt": self.next_attempt(),
            "problems": state.problems,
        }

    def next_attempt(self) -> dict[str, Any] | None:
        """Why the waiting report has not gone yet, and when it is tried again."""
        for item in outbox.pending(self.store, "report"):
            if item.last_error:
                return {
                    "reason": item.last_error,
                    "not_before": item.not_before.isoformat() if item.not_before else None,
                    "attempts": item.attempts,
                }
        return None

    def last_upload(self) -> dict[str, Any] | None:
        row = (
            self.store.read()
            .execute(
                "SELECT at, outcome, status, endpoint, item_id FROM history "
                "WHERE kind = 'report' ORDER BY id DESC LIMIT 1"
            )
            .fetchone()
        )
        if row is None:
            return None
        return dict(
            zip(("at", "outcome", "http_status", "endpoint", "report_id"), row, strict=True)
        )


def _describe(setting: EffectiveSetting) -> str:
    return f"{setting.level.label}: {setting.source}"


def _platform() -> str:
    import sys

    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "darwin"
    return "linux"
