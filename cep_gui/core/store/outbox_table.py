"""The ``outbox`` table: sealed items (reports, deletion requests) waiting to be sent."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store._dates import from_text, to_text
from cep_gui.core.store.usage_table import Counts


@dataclass(frozen=True)
class OutboxRow:
    id: str
    kind: str  # "report" | "deletion"
    created: datetime
    #: The exact JSON document that will be sent (gzip-compressed on the wire).
    payload: bytes
    usage_snapshot: Counts | None
    attempts: int
    not_before: datetime | None
    last_error: str | None
    #: What the item was built under; sending checks all three against the consent now.
    generation: int
    installation_id: str | None
    categories: tuple[str, ...]
    last_attempt: datetime | None = None
    #: "review" while the report waits for the user's answer (review before sending).
    held: str | None = None
    #: When to remind the user again ("Remind me tomorrow").
    remind_at: datetime | None = None


_COLUMNS = (
    "id, kind, created, payload, usage_snapshot, attempts, not_before, last_error, "
    "generation, installation_id, categories, last_attempt, held, remind_at"
)


def _row(values: tuple[object, ...]) -> OutboxRow:
    (item_id, kind, created, payload, snapshot, attempts, not_before, error, generation,
     installation_id, categories, last_attempt, held, remind_at) = values  # fmt: skip
    return OutboxRow(
        id=str(item_id),
        kind=str(kind),
        created=from_text(str(created)) or datetime.min,
        payload=bytes(payload),  # type: ignore[call-overload]
        usage_snapshot=json.loads(str(snapshot)) if snapshot else None,
        attempts=int(attempts),  # type: ignore[call-overload]
        not_before=from_text(not_before),  # type: ignore[arg-type]
        last_error=None if error is None else str(error),
        generation=int(generation),  # type: ignore[call-overload]
        installation_id=None if installation_id is None else str(installation_id),
        categories=tuple(json.loads(str(categories))),
        last_attempt=from_text(last_attempt),  # type: ignore[arg-type]
        held=None if held is None else str(held),
        remind_at=from_text(remind_at),  # type: ignore[arg-type]
    )


def insert(tx: sqlite3.Connection, row: OutboxRow) -> None:
    tx.execute(
        f"INSERT INTO outbox ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.id,
            row.kind,
            row.created.isoformat(),
            row.payload,
            json.dumps(row.usage_snapshot) if row.usage_snapshot is not None else None,
            row.attempts,
            to_text(row.not_before),
            row.last_error,
            row.generation,
            row.installation_id,
            json.dumps(list(row.categories)),
            to_text(row.last_attempt),
            row.held,
            to_text(row.remind_at),
        ),
    )


def items(conn: sqlite3.Connection, kind: str | None = None) -> list[OutboxRow]:
    """Oldest first."""
    if kind is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY created, rowid")
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE kind = ? ORDER BY created, rowid", (kind,)
        )
    return [_row(tuple(r)) for r in rows.fetchall()]


def get(conn: sqlite3.Connection, item_id: str) -> OutboxRow | None:
    found = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (item_id,)).fetchone()
    return None if found is None else _row(tuple(found))


def count(conn: sqlite3.Connection, kind: str | None = None) -> int:
    if kind is None:
        return int(conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
    return int(conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = ?", (kind,)).fetchone()[0])


def delete(tx: sqlite3.Connection, item_id: str) -> bool:
    return tx.execute("DELETE FROM outbox WHERE id = ?", (item_id,)).rowcount > 0


def delete_kind(tx: sqlite3.Connection, kind: str) -> list[OutboxRow]:
    """Remove every item of one kind; returns what was removed."""
    removed = items(tx, kind)
    tx.execute("DELETE FROM outbox WHERE kind = ?", (kind,))
    return removed


def report_ids_newest_first(tx: sqlite3.Connection) -> list[str]:
    rows = tx.execute(
        "SELECT id FROM outbox WHERE kind = 'report' ORDER BY created DESC, rowid DESC"
    ).fetchall()
    return [str(r[0]) for r in rows]


def record_attempt(
    tx: sqlite3.Connection,
    item_id: str,
    *,
    at: datetime,
    not_before: datetime | None,
    error: str | None,
) -> None:
    tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_attempt = ?, not_before = ?, "
        "last_error = ? WHERE id = ?",
        (at.isoformat(), to_text(not_before), error, item_id),
    )


def set_held(
    tx: sqlite3.Connection, item_id: str, held: str | None, remind_at: datetime | None = None
) -> bool:
    return (
        tx.execute(
            "UPDATE outbox SET held = ?, remind_at = ? WHERE id = ?",
            (held, to_text(remind_at), item_id),
        ).rowcount
        > 0
    )


def set_dates(
    tx: sqlite3.Connection,
    item_id: str,
    *,
    created: datetime,
    not_before: datetime | None,
    last_attempt: datetime | None,
) -> None:
    tx.execute(
        "UPDATE outbox SET created = ?, not_before = ?, last_attempt = ? WHERE id = ?",
        (created.isoformat(), to_text(not_before), to_text(last_attempt), item_id),
    )
