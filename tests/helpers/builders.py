"""Report builders for tests that exercise storing and sending, not collecting."""

from __future__ import annotations

from cep_gui.collectors.base import ErrorSink
from cep_gui.core.catalog import load_catalog
from cep_gui.core.client import BuildRequest
from cep_gui.core.privacy import PrivacyFilter
from cep_gui.core.report import CollectedValues, Report, ReportHeader, assemble_report


class CountingBuilder:
    """Builds real reports from the usage counts it is given."""

    def __init__(self) -> None:
        self.calls: list[BuildRequest] = []

    def __call__(self, request: BuildRequest) -> Report:
        self.calls.append(request)
        values = {"usage.features.counts": request.usage.get("feature", {})}
        return assemble_report(
            load_catalog(),
            ReportHeader(
                request.profile,
                "0.0",
                request.today,
                request.period_start,
                request.installation_id,
                request.deletion_key_hash,
            ),
            [CollectedValues("usage", values)],
            selected=request.selected,
            withheld=request.withheld,
            errors=ErrorSink(),
            privacy=PrivacyFilter(),
        )
