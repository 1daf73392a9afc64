"""What a collector is and how its failures are recorded.

A collector reads one source of facts and returns catalog field values keyed by
field id. It records partial failures in an :class:`ErrorSink` instead of raising,
so that one unreadable file costs only the fields it would have filled.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import ErrorCode, code_for_exception

log = logging.getLogger(__name__)

#: Field id → value. A collector of a list section (one record per virtual machine)
#: returns its records under :data:`ITEMS`, each a dict of field id → value.
FieldValues = dict[str, object]
ITEMS = "items"


class Collector(Protocol):
    #: Name shown in ``collection_errors`` (never contains machine data).
    name: str
    #: Catalog categories this collector fills.
    categories: frozenset[str]
    #: Every catalog field id this collector may fill.
    fields: frozenset[str]

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues: ...


@dataclass(frozen=True)
class ErrorEntry:
    collector: str
    code: ErrorCode


class ErrorSink:
    """Counts failures per (collector, code); details go to the local log only."""

    def __init__(self) -> None:
        self._counts: Counter[ErrorEntry] = Counter()
        self.details: list[str] = []

    def add(self, collector: str, code: ErrorCode, detail: str = "", count: int = 1) -> None:
        self._counts[ErrorEntry(collector, code)] += count
        if detail:
            self.details.append(f"{collector}: {code.value}: {detail}")
            log.info("collector %s: %s: %s", collector, code.value, detail)

    @contextmanager
    def guard(self, collector: str) -> Iterator[None]:
        """Run one source; any exception becomes a counted error, never a crash."""
        try:
            yield
        except Exception as exc:
            self.add(collector, code_for_exception(exc), str(exc) or type(exc).__name__)

    def merge(self, other: ErrorSink) -> None:
        self._counts.update(other._counts)
        self.details.extend(other.details)

    def as_report(self) -> list[dict[str, object]]:
        """The ``collection_errors`` list of a report, in a stable order."""
        return [
            {"collector": entry.collector, "code": entry.code.value, "count": count}
            for entry, count in sorted(
                self._counts.items(), key=lambda item: (item[0].collector, item[0].code)
            )
        ]

    def __len__(self) -> int:
        return sum(self._counts.values())

    def counts(self) -> Mapping[ErrorEntry, int]:
        return dict(self._counts)
