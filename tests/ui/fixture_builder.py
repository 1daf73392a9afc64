"""A report builder that collects a fixed computer: the values of a fixture report.

It sends the values through the real assembly (catalog allow-list, privacy filter,
validation), as the live builder does, so the viewer shows real reports with
installed software, virtual machines and usage counts. Tests change ``packages``
between sends to see upgrades in the changes view.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cep_gui.collectors.base import ErrorSink
from cep_gui.core.catalog import load_catalog
from cep_gui.core.client import BuildRequest
from cep_gui.core.privacy import PrivacyFilter
from cep_gui.core.report import CollectedValues, Report, ReportHeader, assemble_report

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def fixture_sections(name: str = "desktop.json") -> dict[str, Any]:
    sections: dict[str, Any] = json.loads((REPORTS / name).read_text(encoding="utf-8"))["sections"]
    return sections


class FixtureBuilder:
    def __init__(self, name: str = "desktop.json") -> None:
        self.sections = fixture_sections(name)
        self.calls: list[BuildRequest] = []

    @property
    def packages(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.sections["host_software"]["packages"]["items"]
        return items

    def __call__(self, request: BuildRequest) -> Report:
        self.calls.append(request)
        catalog = load_catalog()
        sections = copy.deepcopy(self.sections)
        sections["usage"] = {
            "features": {"counts": dict(request.usage.get("feature", {}))},
            "problems": {"counts": dict(request.usage.get("problem", {}))},
        }
        by_collector: dict[str, dict[str, object]] = {}
        items: dict[str, list[dict[str, object]]] = {}
        for field in catalog:
            category = catalog.categories[field.category]
            section = sections.get(category.section)
            if category.kind == "list":
                for number, item in enumerate(section or []):
                    value = _lookup(item, field.subject, field.attribute)
                    rows = items.setdefault(field.collector, [])
                    while len(rows) <= number:
                        rows.append({})
                    if value is not None:
                        rows[number][field.id] = value
                continue
            if isinstance(section, Mapping):
                value = _lookup(section, field.subject, field.attribute)
                if value is not None:
                    by_collector.setdefault(field.collector, {})[field.id] = value
        collected = [
            CollectedValues(name, values, items.get(name, ()))
            for name, values in by_collector.items()
        ]
        collected += [
            CollectedValues(name, {}, rows)
            for name, rows in items.items()
            if name not in by_collector
        ]
        return assemble_report(
            catalog,
            ReportHeader(
                request.profile,
                "1.2.3",
                request.today,
                request.period_start,
                request.installation_id,
                request.deletion_key_hash,
            ),
            collected,
            selected=request.selected,
            withheld=request.withheld,
            errors=ErrorSink(),
            privacy=PrivacyFilter(),
        )


def _lookup(data: Mapping[str, Any], subject: str, attribute: str) -> object | None:
    holder = data.get(subject)
    return holder.get(attribute) if isinstance(holder, Mapping) else None
