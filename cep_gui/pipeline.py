"""Collectors → privacy filter → catalog validation → report.

The one function every caller uses to build a report, so the command line, the
scheduler and the viewer's dry run can never disagree about what would be sent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cep_gui import __version__
from cep_gui.collectors.base import Collector, ErrorSink
from cep_gui.collectors.identifiers import gather_identifiers
from cep_gui.collectors.registry import collectors_for
from cep_gui.collectors.run import DEFAULT_DEADLINE, run_collectors
from cep_gui.collectors.system import SystemEnv
from cep_gui.collectors.usage import UsageCollector
from cep_gui.core.catalog import Catalog, load_catalog
from cep_gui.core.client import BuildRequest, ReportBuilder
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.privacy import PrivacyFilter
from cep_gui.core.report import Report, ReportHeader, assemble_report
from cep_gui.core.usage import Snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuiltReport:
    report: Report
    errors: ErrorSink


def build_report(
    *,
    selected: Sequence[str],
    withheld: Sequence[str] = (),
    profile: str = "desktop",
    installation_id: str | None = None,
    deletion_key_hash: str | None = None,
    today: date | None = None,
    period_start: date | None = None,
    env: SystemEnv | None = None,
    catalog: Catalog | None = None,
    collectors: Sequence[Collector] | None = None,
    deadline: float = DEFAULT_DEADLINE,
    usage: Snapshot | None = None,
    config: CollectConfig | None = None,
    excluded_fields: Sequence[str] = (),
) -> BuiltReport:
    env = env or SystemEnv.current()
    catalog = catalog or load_catalog()
    created = today or date.today()
    errors = ErrorSink()
    if collectors is not None:
        chosen = list(collectors)
    else:
        chosen = collectors_for(selected, config)
        if "usage" in selected:
            chosen.append(UsageCollector(usage or {}))
    collected = run_collectors(chosen, env, errors, deadline=deadline)
    header = ReportHeader(
        profile=profile,
        product_version=__version__,
        created=created,
        period_start=period_start or created,
        installation_id=installation_id,
        deletion_key_hash=deletion_key_hash,
    )
    report = assemble_report(
        catalog,
        header,
        collected,
        selected=selected,
        withheld=withheld,
        errors=errors,
        privacy=PrivacyFilter(gather_identifiers(env)),
        excluded=excluded_fields,
    )
    return BuiltReport(report, errors)


def live_builder(env: SystemEnv | None = None) -> ReportBuilder:
    """A :class:`ReportBuilder` for the client that collects from this machine."""

    def build(request: BuildRequest) -> Report:
        built = build_report(
            selected=request.selected,
            withheld=request.withheld,
            profile=request.profile,
            installation_id=request.installation_id,
            deletion_key_hash=request.deletion_key_hash,
            today=request.today,
            period_start=request.period_start,
            usage=request.usage,
            env=env,
            config=request.config,
            excluded_fields=request.excluded_fields,
        )
        for line in built.errors.details:
            log.info("left out of the report: %s", line)
        return built.report

    return build
