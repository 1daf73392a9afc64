"""One value model of a report: rows of category → item → field → entry.

Everything that shows a report to a person reads it through these rows: the
viewer's *What is collected* tree, the text of ``cep-gui collect``, and the
"what changed" list of the sent history. So a value the viewer shows is exactly
the value the command line prints, and a list (installed software, the settings
of a virtual machine, counts per kind) is never squeezed into one cell: each
entry is a row of its own, with its own name, version and source, that a search
can find.

The tree:

- a **category** row per category asked for (only the product's categories, so a
  desktop product never shows SCCM rows), marked *excluded* when it is withheld;
- in a list category (virtual machines) an **item** row per item (``vm-1`` ...),
  each holding that item's field rows; with no items the fields hang directly
  under the category, marked *none found*;
- a **field** row per catalog field, with the report's value, or marked *not
  found* when this computer has no value for it;
- **entry** rows under a field whose value is a list of records (one per
  installed program) or a map (one per key).

Rows hold raw values; :func:`value_text` says them in English for the command
line, and the desktop app formats the same rows in the user's language.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cep_gui.core.catalog import Catalog, Category, Field


class Kind(enum.StrEnum):
    CATEGORY = "category"
    ITEM = "item"
    FIELD = "field"
    ENTRY = "entry"


class Presence(enum.StrEnum):
    #: The value is in the report: it is (or would be) sent.
    SENT = "sent"
    #: The category is collected, but this computer has no value for the field.
    NOT_FOUND = "not_found"
    #: The category is withheld by the user or by policy: nothing of it is collected.
    EXCLUDED = "excluded"
    #: A list category (virtual machines) with no item on this computer.
    NONE_FOUND = "none_found"


#: Field types whose value gets one entry row per element.
ENTRY_TYPES = frozenset({"record_list", "count_map", "string_map"})
#: Record keys read as an entry's name, version and source, in order of preference.
NAME_KEYS = ("name", "model")
VERSION_KEYS = ("version",)
SOURCE_KEYS = ("source", "vendor", "manufacturer")

#: Human privacy labels per catalog treatment, with a one-line explanation.
PRIVACY_LABELS: Mapping[str, tuple[str, str]] = {
    "keep": ("exact", "sent as it is; left out if it contains anything identifying"),
    "bucket": ("rounded", "rounded to a common size so it cannot single out this computer"),
    "version": ("version only", "only a version number is sent; anything else is left out"),
    "scrub": (
        "replaced",
        "names, paths and similar identifiers are replaced by neutral placeholders",
    ),
    "pseudonym": ("replaced", "replaced by a neutral name such as vm-1"),
}
#: The label of everything in an excluded category.
LEFT_OUT = ("left out", "not collected: this category is excluded")


@dataclass(frozen=True)
class Row:
    """One line of the tree; ``key`` is stable across reports (for diffs and selection)."""

    key: str
    kind: Kind
    category: str
    title: str
    presence: Presence
    #: The catalog field of a field or entry row; None for a value the catalog lacks.
    field: Field | None = None
    #: The report's value (field rows) or the entry's value (a record or a map value).
    value: object = None
    #: The list item (``vm-1``) a row belongs to.
    item: str | None = None
    #: Entry rows: what the entry is called, its version and where it comes from.
    name: str | None = None
    version: str | None = None
    source: str | None = None
    children: tuple[Row, ...] = ()

    @property
    def sent(self) -> bool:
        return self.presence is Presence.SENT

    def walk(self) -> Iterator[Row]:
        """This row and every row below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


def report_rows(
    document: Mapping[str, Any], catalog: Catalog, categories: Iterable[str] | None = None
) -> list[Row]:
    """The rows of a report, one category row per category asked for.

    ``categories`` defaults to every category the report holds or withholds; pass
    the product's categories to show exactly those, in that order.
    """
    sections = document.get("sections")
    if not isinstance(sections, Mapping):
        sections = {}
    withheld = set(_strings(document.get("withheld")))
    if categories is None:
        categories = [
            c.id for c in catalog.categories.values() if c.section in sections or c.id in withheld
        ]
    rows: list[Row] = []
    for category_id in categories:
        category = catalog.categories.get(category_id)
        if category is None:
            continue
        rows.append(_category_row(category, catalog, sections, category_id in withheld))
    return rows


def walk(rows: Iterable[Row]) -> Iterator[Row]:
    for row in rows:
        yield from row.walk()


def _category_row(
    category: Category, catalog: Catalog, sections: Mapping[str, Any], withheld: bool
) -> Row:
    fields = catalog.in_category(category.id)
    section = sections.get(category.section)
    if withheld:
        children = tuple(
            _field_row(f, None, Presence.EXCLUDED, prefix=category.id, item=None) for f in fields
        )
        return Row(category.id, Kind.CATEGORY, category.id, category.title, Presence.EXCLUDED,
                   children=children)  # fmt: skip
    if category.kind == "list":
        items = [i for i in section if isinstance(i, Mapping)] if isinstance(section, list) else []
        mine = [i for i in items if _has_fields(i, fields)]
        if not mine:
            children = tuple(
                _field_row(f, None, Presence.NONE_FOUND, prefix=category.id, item=None)
                for f in fields
            )
            return Row(category.id, Kind.CATEGORY, category.id, category.title,
                       Presence.NONE_FOUND, children=children)  # fmt: skip
        item_rows = tuple(_item_row(category, catalog, item, n) for n, item in enumerate(mine, 1))
        return Row(category.id, Kind.CATEGORY, category.id, category.title, Presence.SENT,
                   children=item_rows)  # fmt: skip
    data = section if isinstance(section, Mapping) else {}
    children = tuple(_present_field(f, data, prefix=category.id, item=None) for f in fields)
    extra = tuple(_extra_rows(category, catalog, data, prefix=category.id, item=None))
    return Row(category.id, Kind.CATEGORY, category.id, category.title, Presence.SENT,
               children=children + extra)  # fmt: skip


def _item_row(category: Category, catalog: Catalog, item: Mapping[str, Any], n: int) -> Row:
    fields = catalog.in_category(category.id)
    name = str(item.get("id") or f"{category.item_prefix}-{n}")
    prefix = f"{category.id}/{name}"
    children = tuple(_present_field(f, item, prefix=prefix, item=name) for f in fields)
    extra = tuple(_extra_rows(category, catalog, item, prefix=prefix, item=name))
    return Row(prefix, Kind.ITEM, category.id, name, Presence.SENT, item=name,
               children=children + extra)  # fmt: skip


def _has_fields(item: Mapping[str, Any], fields: Sequence[Field]) -> bool:
    return any(_lookup(item, f.subject, f.attribute) is not None for f in fields)


def _lookup(data: Mapping[str, Any], subject: str, attribute: str) -> object | None:
    holder = data.get(subject)
    if not isinstance(holder, Mapping):
        return None
    value: object | None = holder.get(attribute)
    return value


def _present_field(fld: Field, data: Mapping[str, Any], *, prefix: str, item: str | None) -> Row:
    value = _lookup(data, fld.subject, fld.attribute)
    presence = Presence.NOT_FOUND if value is None else Presence.SENT
    return _field_row(fld, value, presence, prefix=prefix, item=item)


def _field_row(
    fld: Field, value: object, presence: Presence, *, prefix: str, item: str | None
) -> Row:
    key = fld.id if item is None else f"{prefix}/{fld.id}"
    children: tuple[Row, ...] = ()
    if presence is Presence.SENT and fld.type in ENTRY_TYPES:
        children = tuple(_entries(fld, value, key, item))
    return Row(key, Kind.FIELD, fld.category, fld.title, presence, field=fld, value=value,
               item=item, children=children)  # fmt: skip


def _entries(fld: Field, value: object, parent: str, item: str | None) -> Iterator[Row]:
    if isinstance(value, Mapping):
        for name, entry in value.items():
            yield Row(f"{parent}/{name}", Kind.ENTRY, fld.category, str(name), Presence.SENT,
                      field=fld, value=entry, item=item, name=str(name))  # fmt: skip
        return
    if not isinstance(value, list):
        return
    seen: dict[str, int] = {}
    for record in value:
        if not isinstance(record, Mapping):
            record = {"name": record}
        name, version, source = entry_identity(record)
        ident = f"{name}|{source or ''}|{version or ''}"
        seen[ident] = seen.get(ident, 0) + 1
        suffix = f"#{seen[ident]}" if seen[ident] > 1 else ""
        yield Row(f"{parent}/{ident}{suffix}", Kind.ENTRY, fld.category, name, Presence.SENT,
                  field=fld, value=dict(record), item=item, name=name, version=version,
                  source=source)  # fmt: skip


def entry_identity(record: Mapping[str, Any]) -> tuple[str, str | None, str | None]:
    """A record's name, version and source (a package: name, version, dpkg)."""
    name = _first(record, NAME_KEYS)
    version = _first(record, VERSION_KEYS)
    source = _first(record, SOURCE_KEYS)
    if name is None:
        rest = [str(v) for k, v in record.items() if v not in (None, "") and k not in VERSION_KEYS]
        name = " ".join(rest) or "?"
    return name, version, source


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return str(value)
    return None


def _extra_rows(
    category: Category,
    catalog: Catalog,
    data: Mapping[str, Any],
    *,
    prefix: str,
    item: str | None,
) -> Iterator[Row]:
    """Values a report holds that this catalog does not list (a report of another version).

    Shown rather than hidden: the viewer must show everything a report carries. In a
    section that several categories share (``sccm``, ``vms``) an unknown value goes
    to the category with a field of the same subject, else to the section's first.
    """
    sharing = [c for c in catalog.categories.values() if c.section == category.section]
    known = {(f.subject, f.attribute) for c in sharing for f in catalog.in_category(c.id)}
    owners: dict[str, str] = {}
    for other in sharing:
        for fld in catalog.in_category(other.id):
            owners.setdefault(fld.subject, other.id)
    for subject, holder in data.items():
        if (subject == "id" and category.kind == "list") or not isinstance(holder, Mapping):
            continue
        if owners.get(subject, sharing[0].id) != category.id:
            continue
        for attribute, value in holder.items():
            if (subject, attribute) in known or value is None:
                continue
            path = f"{category.id}.{subject}.{attribute}"
            key = path if item is None else f"{prefix}/{path}"
            yield Row(key, Kind.FIELD, category.id, path, Presence.SENT, value=value, item=item)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


# -- English text (the command line) -----------------------------------------------------


def presence_text(presence: Presence) -> str:
    return {
        Presence.SENT: "",
        Presence.NOT_FOUND: "not found on this computer",
        Presence.EXCLUDED: "not collected (excluded)",
        Presence.NONE_FOUND: "none found on this computer",
    }[presence]


def value_text(row: Row) -> str:
    """The row's value as a person reads it, in English."""
    if row.kind is Kind.CATEGORY or row.kind is Kind.ITEM:
        return presence_text(row.presence) if not row.sent else ""
    if not row.sent:
        return presence_text(row.presence)
    if row.kind is Kind.ENTRY:
        return entry_text(row)
    return field_text(row.field, row.value)


def unit_of(fld: Field | None) -> str:
    return f" {fld.unit}" if fld is not None and fld.unit else ""


def field_text(fld: Field | None, value: object) -> str:
    unit = unit_of(fld)
    ftype = fld.type if fld is not None else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if ftype == "record_list" and isinstance(value, list):
        return count_text(len(value)) if value else "none"
    if ftype == "string_map" and isinstance(value, Mapping):
        return count_text(len(value)) if value else "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {scalar_text(v)}" for k, v in value.items()) or "none"
    if isinstance(value, list):
        return ", ".join(f"{scalar_text(v)}{unit}" for v in value) or "none"
    return f"{scalar_text(value)}{unit}"


def entry_text(row: Row, scalar: Callable[[object], str] | None = None) -> str:
    """An entry's value: a map value, or a record's version and other details.

    ``scalar`` writes one value (the viewer passes one in the user's language and
    number format; plain English by default, for ``cep-gui collect``)."""
    write = scalar or scalar_text
    if isinstance(row.value, Mapping) and row.field is not None and row.field.type == "record_list":
        parts = [row.version] if row.version else []
        others = [
            write(v)
            for k, v in row.value.items()
            if k not in NAME_KEYS + VERSION_KEYS and v not in (None, "") and str(v) != row.name
        ]
        if others:
            parts.append(f"({', '.join(others)})" if parts else ", ".join(others))
        return " ".join(parts)
    return write(row.value)


def scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return ""
    return str(value)


def count_text(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def privacy_label(row: Row) -> tuple[str, str]:
    """The human label of a row's privacy treatment and its one-line explanation."""
    if row.presence is Presence.EXCLUDED:
        return LEFT_OUT
    if row.field is None:
        return ("", "")
    return PRIVACY_LABELS.get(row.field.privacy, (row.field.privacy, ""))


def search_text(row: Row) -> str:
    """Everything a search over this row looks at, case-folded."""
    parts = [row.title, value_text(row), row.key]
    if row.name:
        parts.append(row.name)
    if row.version:
        parts.append(row.version)
    if row.source:
        parts.append(row.source)
    if row.field is not None and row.kind is Kind.FIELD:
        parts += [row.field.id, row.field.description, row.field.purpose]
    return "\n".join(parts).casefold()
