"""The ``history`` table: what left the computer, as the exact gzip bytes of the wire.

A row is written *before* an item's request starts (outcome ``sending``), so its
space is taken while the disk still has it; the answer then only updates the row.
Listing never loads bodies: the viewer and ``cep-gui history`` read thousands of
rows in constant memory, page by page.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store._dates import from_text

PAGE_ROWS = 500


@dataclass(frozen=True)
class HistoryRow:
    id: int
    item_id: str
    kind: str
    at: datetime
    endpoint: str
    status: int | None
    #: sending | retrying | delivered | rejected | expired | cancelled | dropped | kept | skipped
    outcome: str
    receipt: str | None
    #: Length of the JSON document; ``wire_size`` is the gzip body that went out.
    size: int
    wire_size: int
    bytes_sent: int | None
    attempts: int
    last_error: str | None


_COLUMNS = (
    "id, item_id, kind, at, endpoint, status, outcome, receipt, size, length(body), "
    "bytes_sent, attempts, last_error"
)


def _row(values: tuple[object, ...]) -> HistoryRow:
    (row_id, item_id, kind, at, endpoint, status, outcome, receipt, size, wire, sent,
     attempts, error) = values  # fmt: skip
    return HistoryRow(
        id=int(row_id),  # type: ignore[call-overload]
        item_id=str(item_id),
        kind=str(kind),
        at=from_text(str(at)) or datetime.min,
        endpoint=str(endpoint),
        status=None if status is None else int(status),  # type: ignore[call-overload]
        outcome=str(outcome),
        receipt=None if receipt is None else str(receipt),
        size=int(size),  # type: ignore[call-overload]
        wire_size=int(wire),  # type: ignore[call-overload]
        bytes_sent=None if sent is None else int(sent),  # type: ignore[call-overload]
        attempts=int(attempts),  # type: ignore[call-overload]
        last_error=None if error is None else str(error),
    )


def start_attempt(
    tx: sqlite3.Connection,
    *,
    item_id: str,
    kind: str,
    at: datetime,
    endpoint: str,
    body: bytes,
    size: int,
) -> None:
    """Record that an item is about to be sent (a new row, or another attempt of one)."""
    tx.execute(
        "INSERT INTO history (item_id, kind, at, endpoint, outcome, body, size) "
        "VALUES (?, ?, ?, ?, 'sending', ?, ?) "
        "ON CONFLICT (item_id) DO UPDATE SET at = excluded.at, endpoint = excluded.endpoint, "
        "outcome = 'sending', attempts = attempts + 1",
        (item_id, kind, at.isoformat(), endpoint, body, size),
    )


def add_final(
    tx: sqlite3.Connection,
    *,
    item_id: str,
    kind: str,
    at: datetime,
    endpoint: str,
    body: bytes,
    size: int,
    outcome: str,
) -> None:
    """An item that ends without a request (expired, too large, dropped by the fence)."""
    tx.execute(
        "INSERT INTO history (item_id, kind, at, endpoint, outcome, body, size, attempts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0) "
        "ON CONFLICT (item_id) DO UPDATE SET at = excluded.at, outcome = excluded.outcome",
        (item_id, kind, at.isoformat(), endpoint, outcome, body, size),
    )


def finish(
    tx: sqlite3.Connection,
    item_id: str,
    *,
    outcome: str,
    at: datetime,
    status: int | None = None,
    receipt: str | None = None,
    bytes_sent: int | None = None,
    error: str | None = None,
) -> bool:
    """Set an attempt's outcome; False when no row was started for it."""
    return (
        tx.execute(
            "UPDATE history SET outcome = ?, at = ?, status = ?, receipt = ?, bytes_sent = ?, "
            "last_error = ? WHERE item_id = ?",
            (outcome, at.isoformat(), status, receipt, bytes_sent, error, item_id),
        ).rowcount
        > 0
    )


def set_receipt(tx: sqlite3.Connection, item_id: str, receipt: str) -> bool:
    """Replace a row's receipt: a report delivered to the organization's relay is *held*
    there, and its receipt takes in the relay's later word (released, delivered, rejected).
    False when the history has no such row (pruned, or the data was deleted)."""
    return (
        tx.execute("UPDATE history SET receipt = ? WHERE item_id = ?", (receipt, item_id)).rowcount
        > 0
    )


def get(conn: sqlite3.Connection, row_id: int) -> HistoryRow | None:
    found = conn.execute(f"SELECT {_COLUMNS} FROM history WHERE id = ?", (row_id,)).fetchone()
    return None if found is None else _row(tuple(found))


def by_item(conn: sqlite3.Connection, item_id: str) -> HistoryRow | None:
    found = conn.execute(f"SELECT {_COLUMNS} FROM history WHERE item_id = ?", (item_id,)).fetchone()
    return None if found is None else _row(tuple(found))


def rows(conn: sqlite3.Connection) -> list[HistoryRow]:
    """Every row without bodies, newest first."""
    return [
        _row(tuple(r)) for r in conn.execute(f"SELECT {_COLUMNS} FROM history ORDER BY id DESC")
    ]


def page(
    conn: sqlite3.Connection, *, before_id: int | None, limit: int = PAGE_ROWS
) -> list[HistoryRow]:
    """One page of rows, newest first, older than ``before_id``: for streaming."""
    if before_id is None:
        found = conn.execute(f"SELECT {_COLUMNS} FROM history ORDER BY id DESC LIMIT ?", (limit,))
    else:
        found = conn.execute(
            f"SELECT {_COLUMNS} FROM history WHERE id < ? ORDER BY id DESC LIMIT ?",
            (before_id, limit),
        )
    return [_row(tuple(r)) for r in found.fetchall()]


def body(conn: sqlite3.Connection, row_id: int) -> bytes | None:
    found = conn.execute("SELECT body FROM history WHERE id = ?", (row_id,)).fetchone()
    return None if found is None else bytes(found[0])


def previous_report_id(conn: sqlite3.Connection, row_id: int) -> int | None:
    found = conn.execute(
        "SELECT id FROM history WHERE kind = 'report' AND id < ? "
        "AND outcome IN ('delivered', 'rejected', 'kept') ORDER BY id DESC LIMIT 1",
        (row_id,),
    ).fetchone()
    return None if found is None else int(found[0])


def last_report(conn: sqlite3.Connection) -> HistoryRow | None:
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM history WHERE kind = 'report' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return None if found is None else _row(tuple(found))


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM history").fetchone()[0])


def delete_all(tx: sqlite3.Connection) -> int:
    return tx.execute("DELETE FROM history WHERE outcome NOT IN ('sending', 'retrying')").rowcount


def prune(tx: sqlite3.Connection, *, keep_last: int, keep_since: datetime) -> int:
    """Delete finished rows that are both beyond the newest ``keep_last`` and older
    than ``keep_since``: whichever rule keeps more wins."""
    return tx.execute(
        "DELETE FROM history WHERE outcome NOT IN ('sending', 'retrying') AND at < ? AND id NOT IN "
        "(SELECT id FROM history ORDER BY id DESC LIMIT ?)",
        (keep_since.isoformat(), keep_last),
    ).rowcount
