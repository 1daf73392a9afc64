"""The fleet summary: for each field of the catalog, which values would leave, on how many machines.

Each machine counts once, with its newest held report, so a machine that reported
twice does not count double. Reports are walked through the catalog (a field is
found where the catalog puts it: ``sections[section][subject][attribute]``, or in
each item of a list section), so names and descriptions are the catalog's; a
key the relay's catalog does not know (a newer client) is listed apart, so that
nothing leaves unseen.
"""

from __future__ import annotations

import collections
import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cep_gui.core.catalog import Catalog, Field

#: Values shown per field; the rest is counted.
TOP_VALUES = 12


@dataclass
class FieldSummary:
    field: Field
    #: value text → machines that have it
    values: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    #: machines that have the field at all
    machines: int = 0

    def top(self, limit: int = TOP_VALUES) -> list[tuple[str, int]]:
        return sorted(self.values.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    @property
    def more(self) -> int:
        return max(0, len(self.values) - TOP_VALUES)


@dataclass
class FleetSummary:
    machines: int = 0
    reports: int = 0
    fields: list[FieldSummary] = dataclasses.field(default_factory=list)
    #: Keys in reports that the relay's catalog does not know: path → machines.
    unknown: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)


def summarize(catalog: Catalog, reports: Iterable[tuple[str, bytes]]) -> FleetSummary:
    """``reports``: (installation id, JSON) in the order received; the newest per machine counts."""
    newest: dict[str, bytes] = {}
    count = 0
    for installation_id, body in reports:
        newest[installation_id] = body
        count += 1
    by_field = {f.id: FieldSummary(f) for f in catalog}
    unknown: collections.Counter[str] = collections.Counter()
    for body in newest.values():
        try:
            document = json.loads(body)
        except ValueError:
            continue
        sections = document.get("sections") if isinstance(document, dict) else None
        if not isinstance(sections, dict):
            continue
        seen: dict[str, set[str]] = collections.defaultdict(set)
        known_paths: set[str] = set()
        for fld in catalog:
            category = catalog.categories[fld.category]
            for value in _values_of(sections.get(category.section), category.kind, fld):
                seen[fld.id].update(_texts(fld, value))
                known_paths.add(f"{category.section}.{fld.subject}.{fld.attribute}")
        for fid, texts in seen.items():
            by_field[fid].machines += 1
            by_field[fid].values.update(texts)
        for path in _paths(sections) - known_paths:
            unknown[path] += 1
    return FleetSummary(
        machines=len(newest),
        reports=count,
        fields=[s for s in by_field.values() if s.machines],
        unknown=unknown,
    )


def _values_of(section: Any, kind: str, fld: Field) -> list[Any]:
    holders = section if kind == "list" and isinstance(section, list) else [section]
    found: list[Any] = []
    for holder in holders:
        if isinstance(holder, dict):
            subject = holder.get(fld.subject)
            if isinstance(subject, dict) and fld.attribute in subject:
                found.append(subject[fld.attribute])
    return found


def _texts(fld: Field, value: Any) -> set[str]:
    """The distinct values a machine has for a field, as people read them."""
    if fld.type in ("string_list", "integer_list") and isinstance(value, list):
        return {_plain(v) for v in value}
    if fld.type == "count_map" and isinstance(value, dict):
        return {str(k) for k in value}
    if fld.type == "string_map" and isinstance(value, dict):
        return {f"{k} = {_plain(v)}" for k, v in value.items()}
    if fld.type == "record_list" and isinstance(value, list):
        keys = [k.name for k in fld.record]
        return {
            " ".join(_plain(item[k]) for k in keys if k in item)
            if isinstance(item, dict)
            else _plain(item)
            for item in value
        }
    return {_plain(value)}


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _paths(sections: dict[str, Any]) -> set[str]:
    """``section.subject.attribute`` of every value, list items merged."""
    paths: set[str] = set()
    for name, section in sections.items():
        holders = section if isinstance(section, list) else [section]
        for holder in holders:
            if not isinstance(holder, dict):
                paths.add(name)
                continue
            for subject, attributes in holder.items():
                if isinstance(section, list) and subject == "id":
                    continue
                if isinstance(attributes, dict):
                    paths.update(f"{name}.{subject}.{a}" for a in attributes)
                else:
                    paths.add(f"{name}.{subject}")
    return paths
