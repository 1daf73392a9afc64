"""The ``schedule`` row: when the last report was delivered (the interval starts there)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store._dates import from_text, to_text


@dataclass(frozen=True)
class ScheduleRow:
    #: The last report delivered or rejected for good: the next interval starts here.
    last_success: datetime | None
    last_attempt: datetime | None
    last_result: str | None


def read(conn: sqlite3.Connection) -> ScheduleRow:
    row = conn.execute(
        "SELECT last_success, last_attempt, last_result FROM schedule WHERE id = 1"
    ).fetchone()
    return ScheduleRow(from_text(row[0]), from_text(row[1]), row[2])


def write(tx: sqlite3.Connection, row: ScheduleRow) -> None:
    tx.execute(
        "UPDATE schedule SET last_success = ?, last_attempt = ?, last_result = ? WHERE id = 1",
        (to_text(row.last_success), to_text(row.last_attempt), row.last_result),
    )


def reset(tx: sqlite3.Connection) -> None:
    write(tx, ScheduleRow(None, None, None))
