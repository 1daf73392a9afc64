"""Usage counters: counts only, declared ids only, only while participating."""

from __future__ import annotations

import sqlite3
from typing import Literal

from cep_gui.core.catalog import Catalog
from cep_gui.core.store import Store

Kind = Literal["feature", "problem"]
FIELD_OF_KIND: dict[Kind, str] = {
    "feature": "usage.features.counts",
    "problem": "usage.problems.counts",
}
Snapshot = dict[str, dict[str, int]]


class UnknownUsageId(ValueError):
    pass


def declared(catalog: Catalog, kind: Kind) -> tuple[str, ...]:
    return catalog.fields[FIELD_OF_KIND[kind]].values


def check_id(catalog: Catalog, kind: Kind, name: str) -> None:
    known = declared(catalog, kind)
    if name not in known:
        raise UnknownUsageId(
            f"'{name}' is not a declared {kind} id; declared ids are: {', '.join(known)}"
        )


def increment(store: Store, kind: Kind, name: str) -> None:
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO counters (kind, name, count) VALUES (?, ?, 1) "
            "ON CONFLICT (kind, name) DO UPDATE SET count = count + 1",
            (kind, name),
        )


def snapshot(store: Store) -> Snapshot:
    counts: Snapshot = {"feature": {}, "problem": {}}
    for kind, name, count in store.read().execute("SELECT kind, name, count FROM counters"):
        if count > 0:
            counts[kind][name] = int(count)
    return counts


def subtract(tx: sqlite3.Connection, sent: Snapshot) -> None:
    """Reset what a delivered report carried, inside the caller's transaction.

    Counts made after the report was built are kept.
    """
    for kind, names in sent.items():
        for name, count in names.items():
            tx.execute(
                "UPDATE counters SET count = MAX(count - ?, 0) WHERE kind = ? AND name = ?",
                (count, kind, name),
            )
    tx.execute("DELETE FROM counters WHERE count = 0")
