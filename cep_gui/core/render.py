"""The text of ``cep-gui collect``: a report as a person reads it, from the value model.

It prints the rows of :mod:`cep_gui.core.report_rows` (so it shows exactly what the
viewer shows): a block per category, the virtual machines one by one, every value
that would be sent, and each installed program or setting on a line of its own.
Fields this computer has no value for are left out of the text (the viewer lists
them); excluded categories and values left out by collection are named at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from cep_gui.core.catalog import Catalog
from cep_gui.core.report_rows import Kind, Presence, Row, presence_text, report_rows, value_text

#: Field types whose entries are printed one per line (a count map fits on its line).
LISTED_TYPES = frozenset({"record_list", "string_map"})
INDENT = "  "


def render_text(
    document: Mapping[str, Any], catalog: Catalog, categories: Iterable[str] | None = None
) -> str:
    """The readable text of a report; ``categories``: the product's (default: the report's)."""
    rows = report_rows(document, catalog, categories)
    lines = _header(document)
    for category in rows:
        if category.presence is Presence.EXCLUDED:
            continue
        lines.append(f"{category.title} ({category.category})")
        body = _block(category.children, 1)
        lines += body or [INDENT + "nothing found on this computer"]
        lines.append("")
    excluded = [row.title for row in rows if row.presence is Presence.EXCLUDED]
    if excluded:
        lines.append("Not collected (excluded): " + "; ".join(excluded))
    for entry in document.get("collection_errors") or []:
        if isinstance(entry, Mapping):
            reason = str(entry.get("code", "")).replace("_", " ")
            lines.append(
                f"Left out: {entry.get('collector')}: {reason} (count {entry.get('count')})"
            )
    return "\n".join(lines).rstrip() + "\n"


def _header(document: Mapping[str, Any]) -> list[str]:
    product = document.get("product")
    profile = product.get("profile") if isinstance(product, Mapping) else None
    facts = (
        f"Report {document.get('report_id')} · created {document.get('created')} · "
        f"profile {profile}"
    )
    if document.get("installation_id"):
        intro = ["This is the report that would be sent now. Nothing has been sent."]
    else:
        intro = [
            "Preview: this computer does not take part, so nothing is sent.",
            "After joining, a report like this one would be sent, with a new random "
            "installation id.",
        ]
    return [*intro, facts, ""]


def _block(rows: Sequence[Row], depth: int) -> list[str]:
    """The lines of sibling rows: items as sub-blocks, fields aligned in two columns."""
    if any(row.kind is Kind.ITEM for row in rows):
        lines: list[str] = []
        for row in rows:
            lines.append(INDENT * depth + row.title)
            lines += _block(row.children, depth + 1)
        return lines
    if rows and all(row.presence is Presence.NONE_FOUND for row in rows):
        return [INDENT * depth + presence_text(Presence.NONE_FOUND)]
    shown = [row for row in rows if row.sent]
    width = max((len(row.title) for row in shown), default=0)
    lines = []
    for row in shown:
        value = value_text(row)
        lines.append(f"{INDENT * depth}{row.title.ljust(width)}  {value}".rstrip())
        if row.field is not None and row.field.type in LISTED_TYPES and row.children:
            lines += _entries(row.children, depth + 2)
    return lines


def _entries(rows: Sequence[Row], depth: int) -> list[str]:
    width = max(len(row.title) for row in rows)
    return [f"{INDENT * depth}{row.title.ljust(width)}  {value_text(row)}".rstrip() for row in rows]
