"""The user's consent: not asked, participating, or not participating.

Every change is one transaction with its audit entry, so the log can never disagree
with the state, and every change bumps the consent *generation*: a report queued
under an older generation (or another installation id) is void and never sent.
Leaving also deletes what waits to be sent and the usage counters, and forgets the
installation id and its deletion secret at once.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store import (
    Store,
    consent_table,
    history_table,
    outbox_table,
    schedule_table,
    usage_table,
)
from cep_gui.core.store.consent_table import AuditEntry, ConsentRow


class State(enum.StrEnum):
    NOT_ASKED = "not_asked"
    PARTICIPATING = "participating"
    NOT_PARTICIPATING = "not_participating"


class Source(enum.StrEnum):
    USER = "user"
    COMMAND_LINE = "command line"
    POLICY = "policy"
    INSTALLER = "installer"
    PROGRAM = "program"


#: Sources that record what the person at the computer decided.
OWN_CHOICE = frozenset({Source.USER, Source.COMMAND_LINE})


@dataclass(frozen=True)
class Consent:
    state: State
    since: datetime | None
    installation_id: str | None
    #: Categories the user chose; None means every category the product allows.
    categories: tuple[str, ...] | None
    source: Source | None
    #: Made at join and kept only here: a deletion request carries it, reports carry
    #: only its hash, so knowing the installation id is not enough to delete or to
    #: file reports under it.
    deletion_secret: str | None = None
    generation: int = 0
    #: The user's last own choice of categories, offered again after a re-join.
    remembered_categories: tuple[str, ...] | None = None
    #: The catalog version the user (or the organization) agreed to.
    agreed_catalog_version: int = 1
    #: Fields the user keeps withholding after a catalog change.
    withheld_fields: tuple[str, ...] = ()
    #: The user chose to keep reports on this computer only.
    local_only: bool = False

    @property
    def participating(self) -> bool:
        return self.state is State.PARTICIPATING

    @property
    def deletion_key_hash(self) -> str | None:
        return deletion_key_hash(self.deletion_secret) if self.deletion_secret else None


@dataclass(frozen=True)
class LeaveRecord:
    consent: Consent
    purged_reports: int


def deletion_key_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def read(conn: sqlite3.Connection) -> Consent:
    row = consent_table.read(conn)
    return Consent(
        state=State(row.state),
        since=row.since,
        installation_id=row.installation_id,
        categories=row.categories,
        source=Source(row.source) if row.source else None,
        deletion_secret=row.deletion_secret,
        generation=row.generation,
        remembered_categories=row.remembered_categories,
        agreed_catalog_version=row.agreed_catalog_version,
        withheld_fields=row.withheld_fields,
        local_only=row.local_only,
    )


def load_consent(store: Store) -> Consent:
    with store.snapshot() as conn:
        return read(conn)


def _write(tx: sqlite3.Connection, consent: Consent) -> None:
    consent_table.write(
        tx,
        ConsentRow(
            state=consent.state.value,
            since=consent.since,
            installation_id=consent.installation_id,
            categories=consent.categories,
            source=consent.source.value if consent.source else None,
            deletion_secret=consent.deletion_secret,
            generation=consent.generation,
            remembered_categories=consent.remembered_categories,
            agreed_catalog_version=consent.agreed_catalog_version,
            withheld_fields=consent.withheld_fields,
            local_only=consent.local_only,
        ),
    )


def join(
    tx: sqlite3.Connection,
    now: datetime,
    source: Source,
    categories: tuple[str, ...] | None = None,
    *,
    catalog_version: int = 1,
    local_only: bool = False,
) -> Consent:
    """Start participating with a new random installation id; the 7-day wait starts now.

    The user agrees to the catalog as it is now (``catalog_version``)."""
    import uuid

    before = read(tx)
    chosen = categories
    remembered = before.remembered_categories
    if source in OWN_CHOICE and categories is not None:
        remembered = categories
    consent = Consent(
        state=State.PARTICIPATING,
        since=now,
        installation_id=str(uuid.uuid4()),
        categories=chosen,
        source=source,
        deletion_secret=secrets.token_urlsafe(32),
        generation=before.generation + 1,
        remembered_categories=remembered,
        agreed_catalog_version=catalog_version,
        withheld_fields=(),
        local_only=local_only,
    )
    _write(tx, consent)
    schedule_table.reset(tx)
    where = "; kept on this computer only" if local_only else ""
    audit(
        tx, now, source, "joined",
        f"categories: {describe(chosen)}; catalog version {catalog_version}{where}",
    )  # fmt: skip
    return consent


def leave(tx: sqlite3.Connection, now: datetime, source: Source) -> LeaveRecord:
    """Stop at once: purge what waits to be sent and the counters; forget the id.

    The history of what was already sent stays until the user deletes it; a
    deletion request the user asked for is sealed by the caller in this same
    transaction, before the id is forgotten.
    """
    before = read(tx)
    consent = Consent(
        state=State.NOT_PARTICIPATING,
        since=None,
        installation_id=None,
        categories=None,
        source=source,
        deletion_secret=None,
        generation=before.generation + 1,
        remembered_categories=before.remembered_categories,
        local_only=before.local_only,
    )
    _write(tx, consent)
    removed = outbox_table.delete_kind(tx, "report")
    for item in removed:  # an attempt the history shows as still going is over now
        if history_table.by_item(tx, item.id) is not None:
            history_table.finish(
                tx, item.id, outcome="dropped", at=now, error="deleted when you left the program"
            )
    purged = len(removed)
    usage_table.clear(tx)
    schedule_table.reset(tx)
    audit(tx, now, source, "left", f"{purged} unsent report(s) deleted")
    return LeaveRecord(consent, purged)


def set_categories(
    tx: sqlite3.Connection, now: datetime, source: Source, categories: tuple[str, ...] | None
) -> Consent:
    before = read(tx)
    remembered = categories if source in OWN_CHOICE else before.remembered_categories
    consent = dataclasses.replace(
        before,
        categories=categories,
        generation=before.generation + 1,
        remembered_categories=remembered,
    )
    _write(tx, consent)
    audit(tx, now, source, "categories changed", describe(categories))
    return consent


def agree_to_catalog(
    tx: sqlite3.Connection,
    now: datetime,
    source: Source,
    version: int,
    keep_withholding: tuple[str, ...] = (),
) -> Consent:
    """The user read what changed up to ``version``: agree to it, except the fields in
    ``keep_withholding``, which stay out of reports from now on."""
    before = read(tx)
    withheld = tuple(sorted(set(before.withheld_fields) | set(keep_withholding)))
    consent = dataclasses.replace(
        before,
        agreed_catalog_version=version,
        withheld_fields=withheld,
        generation=before.generation + 1,
    )
    _write(tx, consent)
    detail = f"catalog version {version}"
    if keep_withholding:
        detail += f"; still withheld: {', '.join(keep_withholding)}"
    audit(tx, now, source, "agreed to catalog changes", detail)
    return consent


def include_fields(
    tx: sqlite3.Connection, now: datetime, source: Source, fields: tuple[str, ...]
) -> Consent:
    """Let fields the user kept out back into reports (they change their mind)."""
    before = read(tx)
    withheld = tuple(f for f in before.withheld_fields if f not in set(fields))
    consent = dataclasses.replace(
        before, withheld_fields=withheld, generation=before.generation + 1
    )
    _write(tx, consent)
    audit(tx, now, source, "fields included again", ", ".join(fields))
    return consent


def set_local_only(tx: sqlite3.Connection, now: datetime, source: Source, on: bool) -> Consent:
    before = read(tx)
    consent = dataclasses.replace(before, local_only=on, generation=before.generation + 1)
    _write(tx, consent)
    audit(
        tx, now, source, "local-only changed",
        "reports are kept on this computer" if on else "reports are sent",
    )  # fmt: skip
    return consent


def audit(
    tx: sqlite3.Connection, now: datetime, source: Source | str, action: str, detail: str
) -> None:
    consent_table.add_audit(tx, now, str(source), action, detail)


def audit_log(store: Store) -> list[AuditEntry]:
    with store.snapshot() as conn:
        return consent_table.audit_entries(conn)


def describe(categories: tuple[str, ...] | list[str] | None) -> str:
    return "all allowed" if categories is None else ", ".join(categories) or "none"
