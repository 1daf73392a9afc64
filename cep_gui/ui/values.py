"""The value model's rows in the user's language: titles, values, privacy labels, changes.

Core's :mod:`cep_gui.core.report_rows` says what a row is; this module says it the
way the user reads it (translated catalog texts, the locale's numbers, the program's
usage ids as words, the catalog's enumerated values in the user's language), for the
viewer's tree, its details and the changes list. A value is translated only where the
catalog lists it as one of a closed set, so data (a package called "snap", an OS name,
a version) is always shown exactly as collected.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from cep_gui.core.catalog import Field
from cep_gui.core.report_changes import Change, ChangeKind
from cep_gui.core.report_rows import (
    SOURCE_KEYS,
    Kind,
    Presence,
    Row,
    entry_text,
    privacy_label,
)
from cep_gui.ui.catalog_texts import (
    WORDED_FIELDS,
    privacy_text,
    translated,
    usage_word,
    value_word,
)
from cep_gui.ui.texts import COUNTED


def title(row: Row) -> str:
    if row.kind is Kind.ENTRY:
        return entry_name(row.field, row.name or row.title)
    if row.kind is Kind.ITEM or (row.kind is Kind.FIELD and row.field is None):
        return row.title  # an item's neutral name (vm-1), a value the catalog lacks
    return translated(row.title)


def entry_name(fld: Field | None, name: str) -> str:
    """An entry's name: a count map's key in words; a record's name (a program) as it is."""
    if fld is not None and fld.id in WORDED_FIELDS:
        return usage_word(name)
    if fld is not None and fld.type == "count_map":
        return enumerated(fld.values, name)
    return name


def enumerated(allowed: tuple[str, ...], value: str) -> str:
    """``value`` in the user's language when it is one of ``allowed``, else unchanged.

    A count map without a closed set of keys (client versions) is data: never translated."""
    return value_word(value) if value in allowed else value


def record_value(fld: Field | None, key: str, value: object) -> object:
    """A record's value, translated when the catalog lists the allowed values of ``key``."""
    if fld is None or not isinstance(value, str):
        return value
    for record_key in fld.record:
        if record_key.name == key:
            return enumerated(record_key.values, value)
    return value


def entry_source(row: Row) -> str:
    """Where an entry comes from ("dpkg"), as the details say it."""
    source = row.source or ""
    if isinstance(row.value, Mapping):
        key = next((k for k in SOURCE_KEYS if row.value.get(k) not in (None, "")), "")
        return str(record_value(row.field, key, source))
    return source


def presence_text(presence: Presence) -> str:
    return {
        Presence.SENT: "",
        Presence.NOT_FOUND: QCoreApplication.translate("Values", "not found on this computer"),
        Presence.EXCLUDED: QCoreApplication.translate("Values", "not collected (excluded)"),
        Presence.NONE_FOUND: QCoreApplication.translate("Values", "none found on this computer"),
    }[presence]


def entries_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("Values", "none")
    return COUNTED.entries(count)


def scalar(value: object, fld: Field | None = None) -> str:
    unit = f" {fld.unit}" if fld is not None and fld.unit else ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Values", "yes")
            if value
            else QCoreApplication.translate("Values", "no")
        )
    if isinstance(value, int):
        return QLocale().toString(value) + unit
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6) + unit
    if value is None:
        return ""
    if isinstance(value, str) and fld is not None:
        return f"{enumerated(fld.values, value)}{unit}"
    return f"{value}{unit}"


def field_value(fld: Field | None, value: object) -> str:
    ftype = fld.type if fld is not None else ""
    if ftype in ("record_list", "string_map") and isinstance(value, list | Mapping):
        return entries_text(len(value))
    if isinstance(value, Mapping):
        parts = [f"{entry_name(fld, str(k))} {scalar(v)}" for k, v in value.items()]
        return ", ".join(parts) or QCoreApplication.translate("Values", "none")
    if isinstance(value, list):
        return ", ".join(scalar(v, fld) for v in value) or QCoreApplication.translate(
            "Values", "none"
        )
    return scalar(value, fld)


def entry_value(row: Row) -> str:
    fld = row.field
    if fld is not None and fld.record and isinstance(row.value, Mapping):
        shown = {k: record_value(fld, str(k), v) for k, v in row.value.items()}
        row = dataclasses.replace(row, value=shown)
    return entry_text(row, scalar)


def value(row: Row) -> str:
    """What the Value column shows."""
    if not row.sent:
        return presence_text(row.presence)
    if row.kind in (Kind.CATEGORY, Kind.ITEM):
        return ""
    if row.kind is Kind.ENTRY:
        return entry_value(row)
    return field_value(row.field, row.value)


def privacy(row: Row) -> tuple[str, str]:
    """The privacy label and its one-line explanation, translated."""
    if row.kind in (Kind.CATEGORY, Kind.ITEM) and row.presence is not Presence.EXCLUDED:
        return ("", "")
    label, explanation = privacy_label(row)
    return (privacy_text(label) if label else "", privacy_text(explanation) if explanation else "")


def description(row: Row) -> str:
    if row.kind is Kind.FIELD and row.field is not None:
        return translated(row.field.description)
    return ""


def search_text(row: Row, shown: str) -> str:
    """Everything a search looks at: what is shown, the English originals, the id."""
    parts = [title(row), shown, row.title, row.key]
    if isinstance(row.value, str):
        parts.append(row.value)  # an enumerated value as sent ("none") besides "keine"
    for extra in (row.name, row.version, row.source):
        if extra:
            parts.append(extra)
    if row.field is not None and row.kind is Kind.FIELD:
        fld = row.field
        parts += [
            fld.id,
            translated(fld.description),
            translated(fld.purpose),
            fld.description,
            fld.purpose,
        ]
    return "\n".join(parts).casefold()


# -- changes ---------------------------------------------------------------------------


def change_kind(change: Change) -> str:
    return {
        ChangeKind.ADDED: QCoreApplication.translate("Values", "added"),
        ChangeKind.REMOVED: QCoreApplication.translate("Values", "removed"),
        ChangeKind.CHANGED: QCoreApplication.translate("Values", "changed"),
        ChangeKind.UPGRADED: QCoreApplication.translate("Values", "upgraded"),
        ChangeKind.DOWNGRADED: QCoreApplication.translate("Values", "downgraded"),
        ChangeKind.NOW_COLLECTED: QCoreApplication.translate("Values", "now collected"),
        ChangeKind.NO_LONGER_COLLECTED: QCoreApplication.translate("Values", "no longer collected"),
    }[change.kind]


def change_subject(change: Change) -> str:
    """What changed: "Installed software: libssl3", "vm-1: Virtual processors"."""
    if change.kind in (ChangeKind.NOW_COLLECTED, ChangeKind.NO_LONGER_COLLECTED):
        return translated(change.title)
    if change.item is not None and change.title == change.item:
        return change.item
    name = translated(change.title) if change.field is not None else change.title
    if change.item is not None:
        name = f"{change.item}: {name}"
    if change.entry is not None:
        name = f"{name}: {entry_name(change.field, change.entry)}"
    return name


def change_values(change: Change) -> tuple[str, str]:
    """The value before and after, as the viewer shows values."""
    if change.entry is not None:
        return scalar(change.before), scalar(change.after)
    if change.field is None and change.before is None and change.after is None:
        return "", ""
    before = field_value(change.field, change.before) if change.before is not None else ""
    after = field_value(change.field, change.after) if change.after is not None else ""
    return before, after
