"""Report builders for tests that exercise storing and sending, not collecting."""

from __future__ import annotations

import gzip

from cep_gui.collectors.base import ErrorSink
from cep_gui.core import outbox
from cep_gui.core.catalog import load_catalog
from cep_gui.core.client import BuildRequest, CepClient
from cep_gui.core.fence import BuiltUnder
from cep_gui.core.privacy import PrivacyFilter
from cep_gui.core.report import CollectedValues, Report, ReportHeader, assemble_report
from cep_gui.core.store import history_table


def report_of(request: BuildRequest, section: str, values: dict[str, object]) -> Report:
    """A real report of one section's ``values``, for what ``request`` asks."""
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
        [CollectedValues(section, values)],
        selected=request.selected,
        withheld=request.withheld,
        errors=ErrorSink(),
        privacy=PrivacyFilter(),
        excluded=request.excluded_fields,
    )


class CountingBuilder:
    """Builds real reports from the usage counts it is given."""

    def __init__(self) -> None:
        self.calls: list[BuildRequest] = []

    def __call__(self, request: BuildRequest) -> Report:
        self.calls.append(request)
        values: dict[str, object] = {
            "usage.features.counts": request.usage.get("feature", {}),
            "usage.problems.counts": request.usage.get("problem", {}),
        }
        return report_of(request, "usage", values)


def plant_report(client: CepClient, report_id: str, payload: bytes) -> None:
    """Seal arbitrary bytes as a report of the current consent (an oversized one, say)."""
    state = client.effective()
    built = BuiltUnder(
        state.consent.generation, state.consent.installation_id, tuple(state.allowed)
    )
    with client.store.transaction() as tx:
        outbox.seal_report(
            tx,
            report_id=report_id,
            payload=payload,
            created=client.clock.now(),
            built=built,
            usage_snapshot={},
        )


def fill_history(client: CepClient, count: int, payload: bytes) -> None:
    """Record ``count`` delivered reports of ``payload`` (a long history, quickly)."""
    body = gzip.compress(payload, mtime=0)
    now = client.clock.now()
    with client.store.transaction() as tx:
        for number in range(count):
            item_id = f"r{number}"
            history_table.start_attempt(
                tx, item_id=item_id, kind="report", at=now, endpoint="e", body=body,
                size=len(payload),
            )  # fmt: skip
            history_table.finish(tx, item_id, outcome="delivered", at=now, status=202)
