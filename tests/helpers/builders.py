"""Report builders for tests that exercise storing and sending, not collecting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cep_gui.collectors.base import ErrorSink
from cep_gui.core.catalog import load_catalog
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.privacy import PrivacyFilter
from cep_gui.core.report import CollectedValues, Report, ReportHeader, assemble_report
from cep_gui.core.usage import Snapshot


class CountingBuilder:
    """Builds real reports from the usage counts it is given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def __call__(
        self,
        *,
        selected: Sequence[str],
        withheld: Sequence[str],
        profile: str,
        installation_id: str | None,
        today: date,
        period_start: date,
        usage: Snapshot,
        config: CollectConfig,
    ) -> Report:
        self.calls.append({"selected": list(selected), "installation_id": installation_id,
                           "period_start": period_start, "usage": usage})  # fmt: skip
        values = {"usage.features.counts": usage.get("feature", {})}
        return assemble_report(
            load_catalog(),
            ReportHeader(profile, "0.0", today, period_start, installation_id),
            [CollectedValues("usage", values)],
            selected=selected,
            withheld=withheld,
            errors=ErrorSink(),
            privacy=PrivacyFilter(),
        )
