"""Usage counters: counts only, declared ids only, only while participating.

A report carries the counts made since the previous one: the counts it carries are
taken away in the very transaction that seals it, so two reports can never carry
the same uses, and uses recorded while it was being built wait for the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from cep_gui.core.catalog import Catalog
from cep_gui.core.exceptions import UsageError
from cep_gui.core.store import Store, usage_table
from cep_gui.core.store.usage_table import Counts

Kind = Literal["feature", "problem"]
FIELD_OF_KIND: dict[Kind, str] = {
    "feature": "usage.features.counts",
    "problem": "usage.problems.counts",
}
Snapshot = Counts


class UnknownUsageId(UsageError):
    pass


def declared(catalog: Catalog, kind: Kind) -> tuple[str, ...]:
    return catalog.fields[FIELD_OF_KIND[kind]].values


def check_id(catalog: Catalog, kind: Kind, name: str) -> None:
    known = declared(catalog, kind)
    if name not in known:
        raise UnknownUsageId(
            f"'{name}' is not a declared {kind} id; declared ids are: {', '.join(known)}"
        )


def without(counts: Snapshot, excluded_fields: Sequence[str]) -> Snapshot:
    """The counts a report may carry when some fields are left out of it."""
    left_out = set(excluded_fields)
    return {
        kind: ({} if FIELD_OF_KIND.get(kind, "") in left_out else names)  # type: ignore[call-overload]
        for kind, names in counts.items()
    }


def snapshot(store: Store) -> Snapshot:
    with store.snapshot() as conn:
        return usage_table.read(conn)
