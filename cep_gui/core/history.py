"""The sent history: exactly what left the machine, when, where and with what outcome."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cep_gui.core.store import Store

_COLUMNS = "id, item_id, kind, at, endpoint, status, outcome, receipt"


@dataclass(frozen=True)
class HistoryRow:
    """A history entry without its bytes, for listing thousands quickly."""

    id: int
    item_id: str
    kind: str
    at: datetime
    endpoint: str
    status: int | None
    outcome: str
    receipt: str | None
    size: int


@dataclass(frozen=True)
class HistoryEntry(HistoryRow):
    """A history entry with the exact bytes that were sent."""

    payload: bytes

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.item_id,
            "kind": self.kind,
            "at": self.at.isoformat(),
            "endpoint": self.endpoint,
            "http_status": self.status,
            "outcome": self.outcome,
            "receipt": json.loads(self.receipt) if self.receipt else None,
            "size": self.size,
            "payload": self.payload.decode("utf-8"),
        }


def _row_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("id", "item_id", "kind", "at", "endpoint", "status", "outcome", "receipt")
    fields = dict(zip(keys, row[: len(keys)], strict=True))
    fields["at"] = datetime.fromisoformat(fields["at"])
    return fields


def list_history(store: Store, *, limit: int | None = None) -> list[HistoryEntry]:
    query = f"SELECT {_COLUMNS}, payload FROM history ORDER BY id DESC"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [
        HistoryEntry(**_row_fields(row), size=len(row[8]), payload=bytes(row[8]))
        for row in store.read().execute(query)
    ]


def history_rows(store: Store) -> list[HistoryRow]:
    query = f"SELECT {_COLUMNS}, length(payload) FROM history ORDER BY id DESC"
    return [HistoryRow(**_row_fields(row), size=row[8]) for row in store.read().execute(query)]


def history_payload(store: Store, row_id: int) -> bytes:
    row = store.read().execute("SELECT payload FROM history WHERE id = ?", (row_id,)).fetchone()
    return bytes(row[0]) if row else b""


def previous_report_payload(store: Store, row_id: int) -> bytes | None:
    """The report sent just before this one, for *Changes since the previous report*."""
    row = (
        store.read()
        .execute(
            "SELECT payload FROM history WHERE kind = 'report' AND id < ? ORDER BY id DESC LIMIT 1",
            (row_id,),
        )
        .fetchone()
    )
    return bytes(row[0]) if row else None


def delete_history(store: Store) -> int:
    with store.transaction() as tx:
        return tx.execute("DELETE FROM history").rowcount
