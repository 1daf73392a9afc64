"""The user's consent: not asked, participating, or not participating.

Every change is written together with its audit entry in one transaction, so the
log can never disagree with the state.
"""

from __future__ import annotations

import enum
import hashlib
import json
import secrets
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store import Store

_RESET_SCHEDULE = "UPDATE schedule SET last_success = NULL, last_attempt = NULL, last_result = NULL"


class State(enum.StrEnum):
    NOT_ASKED = "not_asked"
    PARTICIPATING = "participating"
    NOT_PARTICIPATING = "not_participating"


class Source(enum.StrEnum):
    USER = "user"
    COMMAND_LINE = "command line"
    POLICY = "policy"
    INSTALLER = "installer"


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

    @property
    def deletion_key_hash(self) -> str | None:
        return deletion_key_hash(self.deletion_secret) if self.deletion_secret else None

    @property
    def participating(self) -> bool:
        return self.state is State.PARTICIPATING


def deletion_key_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def load_consent(store: Store) -> Consent:
    row = (
        store.read()
        .execute(
            "SELECT state, since, installation_id, categories, source, deletion_secret "
            "FROM consent WHERE id = 1"
        )
        .fetchone()
    )
    state, since, installation_id, categories, source, secret = row
    return Consent(
        state=State(state),
        since=datetime.fromisoformat(since) if since else None,
        installation_id=installation_id,
        categories=tuple(json.loads(categories)) if categories else None,
        source=Source(source) if source else None,
        deletion_secret=secret,
    )


def join(
    store: Store, now: datetime, source: Source, categories: list[str] | None = None
) -> Consent:
    """Start participating with a new random installation id; the 7-day wait starts now."""
    new_id = str(uuid.uuid4())
    chosen = json.dumps(categories) if categories is not None else None
    with store.transaction() as tx:
        tx.execute(
            "UPDATE consent SET state = ?, since = ?, installation_id = ?, categories = ?, "
            "source = ?, deletion_secret = ? WHERE id = 1",
            (
                State.PARTICIPATING.value,
                now.isoformat(),
                new_id,
                chosen,
                source.value,
                secrets.token_urlsafe(32),
            ),
        )
        tx.execute(_RESET_SCHEDULE)
        _audit(tx, now, source, "joined", f"categories: {_describe(categories)}")
    return load_consent(store)


def leave(store: Store, now: datetime, source: Source) -> Consent:
    """Stop at once: purge what waits to be sent and the counters; forget the id.

    The history of what was already sent stays until the user deletes it; a
    deletion request the user asked for is queued by the caller *before* this.
    """
    with store.transaction() as tx:
        tx.execute(
            "UPDATE consent SET state = ?, since = NULL, installation_id = NULL, "
            "categories = NULL, source = ?, deletion_secret = NULL WHERE id = 1",
            (State.NOT_PARTICIPATING.value, source.value),
        )
        purged = tx.execute("DELETE FROM outbox WHERE kind = 'report'").rowcount
        tx.execute("DELETE FROM counters")
        tx.execute(_RESET_SCHEDULE)
        _audit(tx, now, source, "left", f"{purged} unsent report(s) deleted")
    return load_consent(store)


def set_categories(
    store: Store, now: datetime, source: Source, categories: list[str] | None
) -> Consent:
    with store.transaction() as tx:
        tx.execute(
            "UPDATE consent SET categories = ? WHERE id = 1",
            (json.dumps(categories) if categories is not None else None,),
        )
        _audit(tx, now, source, "categories changed", _describe(categories))
    return load_consent(store)


def audit_log(store: Store) -> list[dict[str, str]]:
    rows = (
        store.read().execute("SELECT at, source, action, detail FROM audit ORDER BY id").fetchall()
    )
    return [dict(zip(("at", "source", "action", "detail"), row, strict=True)) for row in rows]


def _audit(tx: sqlite3.Connection, now: datetime, source: Source, action: str, detail: str) -> None:
    tx.execute(
        "INSERT INTO audit (at, source, action, detail) VALUES (?, ?, ?, ?)",
        (now.isoformat(), source.value, action, detail),
    )


def _describe(categories: list[str] | None) -> str:
    return "all allowed" if categories is None else ", ".join(categories) or "none"
