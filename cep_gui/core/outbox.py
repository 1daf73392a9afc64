"""The outbox: sealed reports waiting to be sent.

A report's exact bytes are sealed here in one transaction before any upload is
tried; what is uploaded, and later shown in the history, is always those bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from cep_gui.core.store import Store
from cep_gui.core.usage import Snapshot

MAX_WAITING_REPORTS = 10
EXPIRES_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str
    created: datetime
    payload: bytes
    usage_snapshot: Snapshot | None
    attempts: int
    not_before: datetime | None
    last_error: str | None


def seal(
    store: Store,
    *,
    item_id: str,
    kind: str,
    payload: bytes,
    created: datetime,
    usage_snapshot: Snapshot | None = None,
) -> list[str]:
    """Store an item for sending; returns the ids of old reports dropped to stay under the cap."""
    dropped: list[str] = []
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO outbox (id, kind, created, payload, usage_snapshot) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                item_id,
                kind,
                created.isoformat(),
                payload,
                json.dumps(usage_snapshot) if usage_snapshot is not None else None,
            ),
        )
        if kind == "report":
            rows = tx.execute(
                "SELECT id FROM outbox WHERE kind = 'report' ORDER BY created DESC, rowid DESC"
            ).fetchall()
            for (old_id,) in rows[MAX_WAITING_REPORTS:]:
                tx.execute("DELETE FROM outbox WHERE id = ?", (old_id,))
                tx.execute(
                    "INSERT INTO audit (at, source, action, detail) VALUES (?, 'program', "
                    "'report dropped', ?)",
                    (created.isoformat(), f"{old_id}: more than {MAX_WAITING_REPORTS} waiting"),
                )
                dropped.append(str(old_id))
    return dropped


def pending(store: Store, kind: str | None = None) -> list[OutboxItem]:
    query = (
        "SELECT id, kind, created, payload, usage_snapshot, attempts, not_before, last_error "
        "FROM outbox"
    )
    params: tuple[str, ...] = ()
    if kind is not None:
        query += " WHERE kind = ?"
        params = (kind,)
    rows = store.read().execute(query + " ORDER BY created, rowid", params).fetchall()
    return [
        OutboxItem(
            id=row[0],
            kind=row[1],
            created=datetime.fromisoformat(row[2]),
            payload=bytes(row[3]),
            usage_snapshot=json.loads(row[4]) if row[4] else None,
            attempts=int(row[5]),
            not_before=datetime.fromisoformat(row[6]) if row[6] else None,
            last_error=row[7],
        )
        for row in rows
    ]


def count(store: Store) -> int:
    return int(store.read().execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
