"""The sent history: exactly what left the machine, when, where and with what outcome.

Rows keep the gzip body that went on the wire, byte for byte; showing and exporting
decompress it. Listing reads rows without bodies, page by page, so thousands of
reports cost constant memory. Retention keeps the last 100 reports or one year,
whichever holds more (both configurable in the settings).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cep_gui.core.store import Store, history_table
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.core.store.settings_table import UserSettings

#: Outcomes of an item that is no longer being sent.
FINAL = frozenset({"delivered", "rejected", "expired", "cancelled", "dropped", "kept", "skipped"})


@dataclass(frozen=True)
class HistoryEntry:
    """A history row with the exact bytes that were sent."""

    row: HistoryRow
    #: The gzip body exactly as it went on the wire.
    body: bytes

    @property
    def item_id(self) -> str:
        return self.row.item_id

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def at(self) -> datetime:
        return self.row.at

    @property
    def endpoint(self) -> str:
        return self.row.endpoint

    @property
    def status(self) -> int | None:
        return self.row.status

    @property
    def outcome(self) -> str:
        return self.row.outcome

    @property
    def receipt(self) -> str | None:
        return self.row.receipt

    @property
    def payload(self) -> bytes:
        """The JSON document inside the body."""
        return decompress(self.body)

    def as_json(self) -> dict[str, Any]:
        row = self.row
        return {
            "id": row.item_id,
            "kind": row.kind,
            "at": row.at.isoformat(),
            "endpoint": row.endpoint,
            "http_status": row.status,
            "outcome": row.outcome,
            "attempts": row.attempts,
            "receipt": json.loads(row.receipt) if row.receipt else None,
            "size": row.size,
            "wire_size": row.wire_size,
            "bytes_sent": row.bytes_sent,
            "last_error": row.last_error,
            "payload": self.payload.decode("utf-8"),
        }


def decompress(body: bytes) -> bytes:
    try:
        return gzip.decompress(body)
    except (OSError, EOFError, zlib.error):
        return body  # never fails to show something; a damaged row shows as it is


def history_rows(store: Store) -> list[HistoryRow]:
    with store.snapshot() as conn:
        return history_table.rows(conn)


def iter_rows(store: Store) -> Iterator[HistoryRow]:
    """Every row, newest first, one page at a time (the store is not held meanwhile)."""
    before: int | None = None
    while True:
        with store.snapshot() as conn:
            page = history_table.page(conn, before_id=before)
        if not page:
            return
        yield from page
        before = page[-1].id


def list_history(store: Store) -> list[HistoryEntry]:
    """Every entry with its bytes, newest first (small histories; use iter_entries else)."""
    return list(iter_entries(store))


def iter_entries(store: Store) -> Iterator[HistoryEntry]:
    for row in iter_rows(store):
        found = entry(store, row.id)
        if found is not None:
            yield found


def entry(store: Store, row_id: int) -> HistoryEntry | None:
    with store.snapshot() as conn:
        row = history_table.get(conn, row_id)
        body = history_table.body(conn, row_id)
    if row is None or body is None:
        return None
    return HistoryEntry(row, body)


def history_payload(store: Store, row_id: int) -> bytes:
    found = entry(store, row_id)
    return found.payload if found else b""


def previous_report_payload(store: Store, row_id: int) -> bytes | None:
    """The report sent just before this one, for *Changes since the previous report*."""
    with store.snapshot() as conn:
        previous = history_table.previous_report_id(conn, row_id)
    return None if previous is None else history_payload(store, previous)


def last_report(store: Store) -> HistoryRow | None:
    with store.snapshot() as conn:
        return history_table.last_report(conn)


def delete_history(store: Store) -> int:
    with store.transaction() as tx:
        return history_table.delete_all(tx)


def prune(tx: sqlite3.Connection, settings: UserSettings, now: datetime) -> int:
    """Apply the retention rule inside the caller's transaction."""
    return history_table.prune(
        tx,
        keep_last=settings.history_keep_reports,
        keep_since=now - timedelta(days=settings.history_keep_days),
    )
