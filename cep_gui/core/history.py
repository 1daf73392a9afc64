"""The sent history: exactly what left the machine, when, where and with what outcome."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cep_gui.core.store import Store


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    item_id: str
    kind: str
    at: datetime
    endpoint: str
    status: int | None
    outcome: str
    receipt: str | None
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
            "size": len(self.payload),
            "payload": self.payload.decode("utf-8"),
        }


def list_history(store: Store, *, limit: int | None = None) -> list[HistoryEntry]:
    query = (
        "SELECT id, item_id, kind, at, endpoint, status, outcome, receipt, payload "
        "FROM history ORDER BY id DESC"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [
        HistoryEntry(
            id=row[0],
            item_id=row[1],
            kind=row[2],
            at=datetime.fromisoformat(row[3]),
            endpoint=row[4],
            status=row[5],
            outcome=row[6],
            receipt=row[7],
            payload=bytes(row[8]),
        )
        for row in store.read().execute(query)
    ]


def delete_history(store: Store) -> int:
    with store.transaction() as tx:
        return tx.execute("DELETE FROM history").rowcount
