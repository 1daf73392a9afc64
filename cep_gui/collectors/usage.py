"""Usage counters as report fields. The counts are read from the store by the caller."""

from __future__ import annotations

from collections.abc import Mapping

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.system import SystemEnv


class UsageCollector:
    name = "usage"
    categories = frozenset({"usage"})
    fields = frozenset({"usage.features.counts", "usage.problems.counts"})

    def __init__(self, counts: Mapping[str, Mapping[str, int]]) -> None:
        self._counts = counts

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        return {
            "usage.features.counts": dict(self._counts.get("feature", {})),
            "usage.problems.counts": dict(self._counts.get("problem", {})),
        }
