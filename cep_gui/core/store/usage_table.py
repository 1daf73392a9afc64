"""The ``counters`` table: how often each declared feature was used or problem occurred."""

from __future__ import annotations

import sqlite3

#: {"feature": {"send_now": 3}, "problem": {...}}
Counts = dict[str, dict[str, int]]


def increment(tx: sqlite3.Connection, kind: str, name: str) -> None:
    tx.execute(
        "INSERT INTO counters (kind, name, count) VALUES (?, ?, 1) "
        "ON CONFLICT (kind, name) DO UPDATE SET count = count + 1",
        (kind, name),
    )


def read(conn: sqlite3.Connection) -> Counts:
    counts: Counts = {"feature": {}, "problem": {}}
    for kind, name, count in conn.execute("SELECT kind, name, count FROM counters"):
        if count > 0:
            counts[kind][name] = int(count)
    return counts


def subtract(tx: sqlite3.Connection, sent: Counts) -> None:
    """Take away what a sealed report carries; counts made meanwhile are kept."""
    for kind, names in sent.items():
        for name, count in names.items():
            tx.execute(
                "UPDATE counters SET count = MAX(count - ?, 0) WHERE kind = ? AND name = ?",
                (count, kind, name),
            )
    tx.execute("DELETE FROM counters WHERE count = 0")


def add(tx: sqlite3.Connection, counts: Counts) -> None:
    """Give back the counts of a report that will not be sent after all."""
    for kind, names in counts.items():
        for name, count in names.items():
            tx.execute(
                "INSERT INTO counters (kind, name, count) VALUES (?, ?, ?) "
                "ON CONFLICT (kind, name) DO UPDATE SET count = count + excluded.count",
                (kind, name, count),
            )


def clear(tx: sqlite3.Connection) -> None:
    tx.execute("DELETE FROM counters")
