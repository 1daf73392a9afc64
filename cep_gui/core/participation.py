"""Whether this computer takes part, combining policy and the user's own choice.

Precedence: machine mandatory > user mandatory > the user's own choice
> recommended > installer preset > built-in default (not participating).

:func:`decide` is a pure query. :func:`reconcile` is the explicit step that makes
the stored consent follow policy (joining when policy forces participation on,
leaving when it forces it off); only commands call it, never a status query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.consent import OWN_CHOICE, Consent, Source, State, join, leave, read
from cep_gui.core.policy import Level, PolicySet


@dataclass(frozen=True)
class Decision:
    participating: bool
    level: Level
    source: str
    #: True when policy fixes participation and the user cannot change it.
    managed: bool

    def describe(self) -> str:
        state = "participating" if self.participating else "not participating"
        return f"{state} ({self.level.label}: {self.source})"


def decide(consent: Consent, policy: PolicySet) -> Decision:
    forced = policy.get("Participation", mandatory_only=True)
    if forced is not None and forced.value in ("forced_on", "forced_off"):
        return Decision(forced.value == "forced_on", forced.level, forced.source, managed=True)
    if consent.state is not State.NOT_ASKED and consent.source in OWN_CHOICE:
        return Decision(consent.participating, Level.USER_CHOICE, str(consent.source), False)
    default = policy.get("ParticipationDefault")
    if default is not None:
        return Decision(bool(default.value), default.level, default.source, managed=False)
    return Decision(False, Level.BUILT_IN, "not participating until you join", managed=False)


def needs_reconcile(consent: Consent, policy: PolicySet) -> bool:
    """Whether the stored consent disagrees with what policy decides."""
    if policy.broken:
        return False
    decision = decide(consent, policy)
    if decision.level is Level.USER_CHOICE or decision.participating == consent.participating:
        return False
    return not (decision.level is Level.BUILT_IN and consent.state is State.NOT_ASKED)


def reconcile(
    tx: sqlite3.Connection, policy: PolicySet, now: datetime, *, catalog_version: int = 1
) -> Consent:
    """Make the stored consent follow policy, audited with the policy's source.

    A join by policy or by the installer agrees to the catalog as it is now
    (``catalog_version``), as a join by the user does: a computer that starts taking
    part today has nothing "new" to agree to."""
    consent = read(tx)
    if not needs_reconcile(consent, policy):
        return consent
    decision = decide(consent, policy)
    source = Source.INSTALLER if decision.level is Level.INSTALLER_PRESET else Source.POLICY
    if decision.participating:
        return join(tx, now, source, catalog_version=catalog_version)
    return leave(tx, now, source).consent
