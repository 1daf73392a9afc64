"""Readable text of a report, grouped by category with plain-language field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cep_gui.core.catalog import Catalog, Field


def format_value(fld: Field, value: object) -> str:
    """One value as a person reads it (lists of records are shown elsewhere)."""
    unit = f" {fld.unit}" if fld.unit else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in sorted(value.items())) or "none"
    if isinstance(value, list):
        if fld.type == "record_list":
            return f"{len(value)} entries"
        return ", ".join(f"{v}{unit}" for v in value) or "none"
    return f"{value}{unit}"


def field_value(document: Mapping[str, Any], catalog: Catalog, fld: Field) -> object | None:
    """The value a report holds for a field, or None when it has none."""
    section = document.get("sections", {}).get(catalog.categories[fld.category].section)
    if not isinstance(section, dict):
        return None
    subject = section.get(fld.subject)
    if not isinstance(subject, dict):
        return None
    return subject.get(fld.attribute)


def render_text(document: Mapping[str, Any], catalog: Catalog) -> str:
    lines: list[str] = [
        "This is the report that would be sent now. Nothing has been sent.",
        f"Report {document['report_id']} · created {document['created']} · "
        f"profile {document['product']['profile']}",
        "",
    ]
    for category in catalog.categories.values():
        present = [
            (fld, value)
            for fld in catalog.in_category(category.id)
            if (value := field_value(document, catalog, fld)) is not None
        ]
        if not present:
            continue
        lines.append(f"{category.title} ({category.id})")
        width = max(len(fld.title) for fld, _ in present)
        for fld, value in present:
            lines.append(f"  {fld.title.ljust(width)}  {format_value(fld, value)}")
            if fld.type == "record_list" and isinstance(value, list):
                lines.extend(f"      {_record_line(item)}" for item in value)
        lines.append("")
    withheld = document.get("withheld") or []
    if withheld:
        titles = [catalog.categories[c].title if c in catalog.categories else c for c in withheld]
        lines.append("Not collected (excluded): " + "; ".join(titles))
    for entry in document.get("collection_errors") or []:
        reason = str(entry["code"]).replace("_", " ")
        lines.append(f"Left out: {entry['collector']}: {reason} (count {entry['count']})")
    return "\n".join(lines).rstrip() + "\n"


def _record_line(item: object) -> str:
    if isinstance(item, dict):
        return "  ".join(str(v) for v in item.values() if v != "")
    return str(item)
