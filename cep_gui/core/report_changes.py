"""What changed between two reports, field by field, in words a person reads.

Built on the value model (:mod:`cep_gui.core.report_rows`), so a change names the
same field the viewer shows. The report id, the dates and the installation id are
not compared: they differ in every report and say nothing about the computer.
Installed software is compared by name and source, so a new version of a program
is one "upgraded" line, not a removal and an addition.

Callers compare only reports of the same installation id: after a leave and a
re-join the previous report belongs to another participation, and comparing the
two would link them (see :func:`same_participation`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cep_gui.core.catalog import Catalog, Field
from cep_gui.core.report_rows import Kind, Presence, Row, field_text, report_rows, scalar_text


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UPGRADED = "upgraded"
    DOWNGRADED = "downgraded"
    #: A whole category started or stopped being collected.
    NOW_COLLECTED = "now collected"
    NO_LONGER_COLLECTED = "no longer collected"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    category: str
    #: The key of the row in the newer report (in the older one for a removal).
    key: str
    #: The field's title (the category's or the item's for whole-category or item changes).
    title: str
    field: Field | None = None
    item: str | None = None
    #: The entry's name (a program, a map key) when the change is inside a list.
    entry: str | None = None
    before: object = None
    after: object = None


def same_participation(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """Whether two reports come from one participation (the same installation id)."""
    first = before.get("installation_id")
    return bool(first) and first == after.get("installation_id")


def report_changes(
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    catalog: Catalog,
    categories: Iterable[str] | None = None,
) -> list[Change]:
    """Every field-level difference from ``before`` to ``after``, in the viewer's order."""
    if categories is None:
        known = _categories(before, catalog) | _categories(after, catalog)
        categories = [c for c in catalog.categories if c in known]
    chosen = list(categories)
    old = {row.category: row for row in report_rows(before, catalog, chosen)}
    new = {row.category: row for row in report_rows(after, catalog, chosen)}
    changes: list[Change] = []
    for category in chosen:
        if category in old and category in new:
            changes += _category_changes(old[category], new[category])
    return changes


def _categories(document: Mapping[str, Any], catalog: Catalog) -> set[str]:
    return {row.category for row in report_rows(document, catalog)}


def _category_changes(old: Row, new: Row) -> list[Change]:
    was_collected = old.presence is not Presence.EXCLUDED
    is_collected = new.presence is not Presence.EXCLUDED
    if was_collected != is_collected:
        kind = ChangeKind.NOW_COLLECTED if is_collected else ChangeKind.NO_LONGER_COLLECTED
        return [Change(kind, new.category, new.key, new.title)]
    if not is_collected:
        return []
    old_rows = _fields_and_items(old)
    new_rows = _fields_and_items(new)
    changes: list[Change] = []
    gone_items = {k for k, r in old_rows.items() if r.kind is Kind.ITEM and k not in new_rows}
    new_items = {k for k, r in new_rows.items() if r.kind is Kind.ITEM and k not in old_rows}
    for key, row in new_rows.items():
        if row.kind is Kind.ITEM:
            if key in new_items:
                added = Change(ChangeKind.ADDED, row.category, key, row.title, item=row.item)
                changes.append(added)
            continue
        if _inside(key, new_items):
            continue
        changes += _field_changes(old_rows.get(key), row)
    for key, row in old_rows.items():
        if row.kind is Kind.ITEM and key in gone_items:
            changes.append(Change(ChangeKind.REMOVED, row.category, key, row.title, item=row.item))
        elif row.kind is Kind.FIELD and key not in new_rows and not _inside(key, gone_items):
            changes += _field_changes(row, None)
    return changes


def _inside(key: str, items: set[str]) -> bool:
    return any(key.startswith(item + "/") for item in items)


def _fields_and_items(category: Row) -> dict[str, Row]:
    return {
        row.key: row
        for row in category.walk()
        if row.kind in (Kind.FIELD, Kind.ITEM) and row is not category
    }


def _field_changes(old: Row | None, new: Row | None) -> list[Change]:
    old_sent = old is not None and old.sent
    new_sent = new is not None and new.sent
    if not old_sent and not new_sent:
        return []
    row = new if new is not None else old
    assert row is not None
    if old_sent and not new_sent:
        assert old is not None
        return [_change(ChangeKind.REMOVED, old, before=old.value)]
    if new_sent and not old_sent:
        assert new is not None
        return [_change(ChangeKind.ADDED, new, after=new.value)]
    assert old is not None and new is not None
    if old.value == new.value:
        return []
    if new.children or old.children:
        return _entry_changes(old, new)
    return [_change(ChangeKind.CHANGED, new, before=old.value, after=new.value)]


def _change(kind: ChangeKind, row: Row, *, before: object = None, after: object = None) -> Change:
    return Change(kind, row.category, row.key, row.title, row.field, row.item,
                  before=before, after=after)  # fmt: skip


def _entry_changes(old: Row, new: Row) -> list[Change]:
    if new.field is not None and new.field.type == "record_list":
        return _record_changes(old, new)
    before = {child.name: child for child in old.children}
    after = {child.name: child for child in new.children}
    changes: list[Change] = []
    for name, child in after.items():
        previous = before.get(name)
        if previous is None:
            changes.append(_entry(ChangeKind.ADDED, new, child, after=child.value))
        elif previous.value != child.value:
            changes.append(
                _entry(ChangeKind.CHANGED, new, child, before=previous.value, after=child.value)
            )
    for name, child in before.items():
        if name not in after:
            changes.append(_entry(ChangeKind.REMOVED, new, child, before=child.value))
    return changes


def _record_changes(old: Row, new: Row) -> list[Change]:
    """Programs (and other records) by name and source; a changed version is one line."""
    before = _by_identity(old.children)
    after = _by_identity(new.children)
    changes: list[Change] = []
    for ident, rows in after.items():
        was = before.get(ident, [])
        old_versions = [r.version for r in was]
        added = [r for r in rows if r.version not in old_versions]
        new_versions = [r.version for r in rows]
        removed = [r for r in was if r.version not in new_versions]
        if len(added) == 1 and len(removed) == 1:
            old_version, new_version = removed[0].version, added[0].version
            if not old_version or not new_version:
                # A version that is no longer (or only now) sent says nothing of up or down:
                # the archive stopped listing the installed version, say.
                kind = ChangeKind.CHANGED
            elif version_key(new_version) >= version_key(old_version):
                kind = ChangeKind.UPGRADED
            else:
                kind = ChangeKind.DOWNGRADED
            changes.append(
                _entry(kind, new, added[0], before=removed[0].version, after=added[0].version)
            )
            continue
        changes += [_entry(ChangeKind.ADDED, new, r, after=r.version) for r in added]
        changes += [_entry(ChangeKind.REMOVED, new, r, before=r.version) for r in removed]
    for ident, rows in before.items():
        if ident not in after:
            changes += [_entry(ChangeKind.REMOVED, new, r, before=r.version) for r in rows]
    return changes


def _by_identity(rows: Iterable[Row]) -> dict[tuple[str | None, str | None], list[Row]]:
    grouped: dict[tuple[str | None, str | None], list[Row]] = {}
    for row in rows:
        grouped.setdefault((row.name, row.source), []).append(row)
    return grouped


def _entry(
    kind: ChangeKind, parent: Row, entry: Row, *, before: object = None, after: object = None
) -> Change:
    return Change(kind, parent.category, entry.key, parent.title, parent.field, parent.item,
                  entry.name, before, after)  # fmt: skip


_RUN = re.compile(r"\d+|[^\d]+")


def version_key(version: str | None) -> tuple[tuple[int, int | str], ...]:
    """A natural sort key: 1.10 comes after 1.9; text runs compare as text."""
    if not version:
        return ()
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _RUN.findall(version))


# -- English text (the command line, and the default for the desktop app) ---------------


def change_text(change: Change) -> str:
    """One line such as "Installed software: libssl3 upgraded from 3.0.11 to 3.0.15"."""
    where = change.title if change.item is None else f"{change.item}: {change.title}"
    if change.kind in (ChangeKind.NOW_COLLECTED, ChangeKind.NO_LONGER_COLLECTED):
        return f"{change.title}: {change.kind.value}"
    if change.item is not None and change.title == change.item:
        return f"{change.item} {change.kind.value}"
    if change.entry is not None:
        subject = f"{where}: {change.entry}"
        if change.kind in (ChangeKind.UPGRADED, ChangeKind.DOWNGRADED, ChangeKind.CHANGED):
            return (
                f"{subject} {change.kind.value} from {scalar_text(change.before)} "
                f"to {scalar_text(change.after)}"
            )
        shown = change.after if change.kind is ChangeKind.ADDED else change.before
        return f"{subject} {change.kind.value}" + (f" ({scalar_text(shown)})" if shown else "")
    if change.kind is ChangeKind.CHANGED:
        return (
            f"{where} changed from {field_text(change.field, change.before)} "
            f"to {field_text(change.field, change.after)}"
        )
    shown = change.after if change.kind is ChangeKind.ADDED else change.before
    return f"{where} {change.kind.value}: {field_text(change.field, shown)}"
