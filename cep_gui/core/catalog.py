"""The field catalog: the single list of everything that may leave the machine.

Loaded from ``resources/catalog.toml``. The loader is strict because the catalog
is a privacy boundary: an entry it cannot fully understand is an error, never a
field that slips through with defaults.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

FIELD_TYPES = frozenset(
    {
        "string",
        "integer",
        "number",
        "boolean",
        "enum",
        "string_list",
        "integer_list",
        "count_map",
        "string_map",
        "record_list",
    }
)
RECORD_KEY_TYPES = frozenset({"string", "integer", "number", "boolean", "enum"})
LIST_TYPES = frozenset({"string_list", "integer_list", "record_list", "string_map"})
PRIVACY_TREATMENTS = frozenset({"keep", "bucket", "scrub", "version", "pseudonym"})
CATEGORY_IDS = (
    "host_hardware",
    "host_software",
    "vm_software",
    "vm_config",
    "sccm_infrastructure",
    "sccm_deployments",
    "usage",
)
_ID_PART = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogError(ValueError):
    """The catalog file is malformed; the message names the offending entry."""


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    description: str
    section: str
    #: "list" sections hold one record per item (virtual machine), named
    #: ``<item_prefix>-1``, ``<item_prefix>-2``, ... instead of anything identifying.
    kind: str = "object"
    item_prefix: str = ""


@dataclass(frozen=True)
class RecordKey:
    name: str
    type: str
    privacy: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    id: str
    title: str
    type: str
    description: str
    purpose: str
    privacy: str
    collector: str
    example: object
    unit: str = ""
    values: tuple[str, ...] = ()
    buckets: tuple[float, ...] = ()
    record: tuple[RecordKey, ...] = ()
    max_items: int | None = None
    #: For string_map: the only keys that may appear (regular expressions, full match).
    key_patterns: tuple[str, ...] = ()

    @functools.cached_property
    def key_allow_list(self) -> re.Pattern[str]:
        """All ``key_patterns`` as one compiled alternation (full match), built once per field.

        One pattern instead of one ``re.fullmatch`` per pattern: the settings table of each
        virtual machine is checked by the privacy filter and by validation, key by key.
        """
        if not self.key_patterns:
            return re.compile(r"(?!)")  # matches nothing: no key is allowed
        return re.compile("|".join(f"(?:{pattern})" for pattern in self.key_patterns))

    @property
    def category(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def subject(self) -> str:
        return self.id.split(".")[1]

    @property
    def attribute(self) -> str:
        return self.id.split(".")[2]


@dataclass(frozen=True)
class Catalog:
    categories: Mapping[str, Category]
    fields: Mapping[str, Field]
    source: str

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields.values())

    def __contains__(self, field_id: object) -> bool:
        return field_id in self.fields

    def in_category(self, category: str) -> list[Field]:
        return [f for f in self.fields.values() if f.category == category]


def load_catalog(path: Path | None = None) -> Catalog:
    """Load and check a catalog file (the packaged one when ``path`` is None)."""
    if path is None:
        return _packaged_catalog()
    return _load(path.read_bytes(), path.name)


@functools.cache
def _packaged_catalog() -> Catalog:
    """The compiled catalog while it matches catalog.toml byte for byte; else parsed."""
    import hashlib

    data = resources.files("cep_gui.resources").joinpath("catalog.toml").read_bytes()
    try:
        from cep_gui.core import catalog_compiled
    except ImportError:  # not generated yet
        return _load(data, "catalog.toml")
    if hashlib.sha256(data).hexdigest() == catalog_compiled.SOURCE_SHA256:
        return catalog_compiled.CATALOG
    return _load(data, "catalog.toml")


def parse_catalog_bytes(data: bytes, source: str) -> Catalog:
    """Parse and check a catalog file's bytes (every rule; see :func:`parse_catalog`)."""
    return _load(data, source)


def _load(data: bytes, source: str) -> Catalog:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{source}: not valid TOML: {exc}") from exc
    return parse_catalog(doc, source)


def parse_catalog(doc: Mapping[str, Any], source: str = "catalog") -> Catalog:
    """Check a decoded catalog document and build the :class:`Catalog`."""
    if doc.get("schema_version") != 1:
        raise CatalogError(f"{source}: schema_version must be 1")
    categories = _parse_categories(doc.get("categories"), source)
    raw_fields = doc.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise CatalogError(f"{source}: there must be at least one [[fields]] entry")
    fields: dict[str, Field] = {}
    placed: dict[tuple[str, str, str], str] = {}
    for index, raw in enumerate(raw_fields, start=1):
        where = f"{source}: field #{index}"
        if not isinstance(raw, dict):
            raise CatalogError(f"{where}: must be a table")
        if isinstance(raw.get("id"), str):
            where = f"{where} '{raw['id']}'"
        field = _parse_field(raw, categories, where)
        if field.id in fields:
            raise CatalogError(f"{where}: duplicate id (already defined earlier)")
        category = categories[field.category]
        if category.kind == "list" and field.subject == "id":
            raise CatalogError(f"{where}: 'id' is reserved for the item name in a list section")
        spot = (category.section, field.subject, field.attribute)
        if spot in placed:
            raise CatalogError(f"{where}: lands on the same report key as '{placed[spot]}'")
        placed[spot] = field.id
        fields[field.id] = field
    return Catalog(categories=categories, fields=fields, source=source)


def _parse_categories(raw: object, source: str) -> dict[str, Category]:
    if not isinstance(raw, dict):
        raise CatalogError(f"{source}: missing [categories] table")
    categories: dict[str, Category] = {}
    for cid, entry in raw.items():
        where = f"{source}: category '{cid}'"
        if cid not in CATEGORY_IDS:
            raise CatalogError(f"{where}: unknown category (known: {', '.join(CATEGORY_IDS)})")
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: must be a table")
        kind = entry.get("kind", "object")
        if kind not in ("object", "list"):
            raise CatalogError(f"{where}: kind must be 'object' or 'list'")
        prefix = entry.get("item_prefix", "")
        if kind == "list" and not (isinstance(prefix, str) and _ID_PART.match(prefix)):
            raise CatalogError(f"{where}: a list category needs an item_prefix such as 'vm'")
        categories[cid] = Category(
            id=cid,
            title=_text(entry, "title", where),
            description=_text(entry, "description", where),
            section=_text(entry, "section", where),
            kind=kind,
            item_prefix=prefix,
        )
    kinds: dict[str, str] = {}
    for category in categories.values():
        if kinds.setdefault(category.section, category.kind) != category.kind:
            raise CatalogError(f"{source}: section '{category.section}' mixes kinds")
    return categories


def _parse_field(raw: dict[str, Any], categories: Mapping[str, Category], where: str) -> Field:
    known = {
        "id", "title", "type", "unit", "description", "purpose", "privacy", "collector",
        "example", "values", "buckets", "record", "max_items", "key_patterns",
    }  # fmt: skip
    unknown = sorted(set(raw) - known)
    if unknown:
        raise CatalogError(f"{where}: unknown key(s) {', '.join(unknown)}")
    fid = _text(raw, "id", where)
    parts = fid.split(".")
    if len(parts) != 3 or not all(_ID_PART.match(p) for p in parts):
        raise CatalogError(f"{where}: id must be 'category.subject.attribute' in lower case")
    if parts[0] not in categories:
        raise CatalogError(f"{where}: unknown category '{parts[0]}'")
    ftype = _text(raw, "type", where)
    if ftype not in FIELD_TYPES:
        raise CatalogError(
            f"{where}: unknown type '{ftype}' (known: {', '.join(sorted(FIELD_TYPES))})"
        )
    privacy = _text(raw, "privacy", where)
    if privacy not in PRIVACY_TREATMENTS:
        raise CatalogError(f"{where}: unknown privacy treatment '{privacy}'")
    values = _string_tuple(raw.get("values", []), where, "values")
    if ftype == "enum" and not values:
        raise CatalogError(f"{where}: an enum needs a non-empty 'values' list")
    buckets = _buckets(raw, privacy, where)
    record = _record(raw.get("record"), ftype, where)
    max_items = raw.get("max_items")
    if max_items is not None and (
        ftype not in LIST_TYPES or not isinstance(max_items, int) or max_items < 1
    ):
        raise CatalogError(f"{where}: max_items must be a positive integer on a list type")
    key_patterns = _string_tuple(raw.get("key_patterns", []), where, "key_patterns")
    if (ftype == "string_map") != bool(key_patterns):
        raise CatalogError(f"{where}: a string_map, and only a string_map, needs key_patterns")
    for pattern in key_patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise CatalogError(f"{where}: key pattern {pattern!r} is invalid: {exc}") from exc
    if "example" not in raw:
        raise CatalogError(f"{where}: missing example")
    field = Field(
        id=fid,
        title=_text(raw, "title", where),
        type=ftype,
        description=_text(raw, "description", where),
        purpose=_text(raw, "purpose", where),
        privacy=privacy,
        collector=_text(raw, "collector", where),
        example=raw["example"],
        unit=str(raw.get("unit", "")),
        values=values,
        buckets=buckets,
        record=record,
        max_items=max_items,
        key_patterns=key_patterns,
    )
    # The example is shown to users as what a value looks like: it must be one.
    from cep_gui.core.validate import InvalidValue, check_value

    try:
        check_value(field, field.example)
    except InvalidValue as exc:
        raise CatalogError(f"{where}: example does not fit the field: {exc}") from exc
    return field


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: missing {key}")
    return value.strip()


def _string_tuple(raw: object, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v for v in raw):
        raise CatalogError(f"{where}: '{key}' must be a list of strings")
    if len(set(raw)) != len(raw):
        raise CatalogError(f"{where}: '{key}' has duplicates")
    return tuple(raw)


def _buckets(raw: Mapping[str, Any], privacy: str, where: str) -> tuple[float, ...]:
    buckets = raw.get("buckets")
    if privacy != "bucket":
        if buckets is not None:
            raise CatalogError(f"{where}: 'buckets' given but privacy is not 'bucket'")
        return ()
    if (
        not isinstance(buckets, list)
        or not buckets
        or not all(isinstance(b, int | float) and not isinstance(b, bool) for b in buckets)
        or sorted(buckets) != buckets
        or len(set(buckets)) != len(buckets)
        or buckets[0] < 0
    ):
        raise CatalogError(
            f"{where}: privacy 'bucket' needs an ascending list of sizes in 'buckets'"
        )
    return tuple(float(b) for b in buckets)


def _record(raw: object, ftype: str, where: str) -> tuple[RecordKey, ...]:
    if ftype != "record_list":
        if raw is not None:
            raise CatalogError(f"{where}: 'record' is only for record_list fields")
        return ()
    if not isinstance(raw, dict) or not raw:
        raise CatalogError(f"{where}: a record_list needs a [fields.record.<key>] table per key")
    keys: list[RecordKey] = []
    for name, spec in raw.items():
        kwhere = f"{where} record key '{name}'"
        if not isinstance(spec, dict):
            raise CatalogError(f"{kwhere}: must be a table")
        ktype = _text(spec, "type", kwhere)
        if ktype not in RECORD_KEY_TYPES:
            raise CatalogError(f"{kwhere}: unknown type '{ktype}'")
        kprivacy = _text(spec, "privacy", kwhere)
        if kprivacy not in PRIVACY_TREATMENTS - {"bucket", "pseudonym"}:
            raise CatalogError(f"{kwhere}: unsupported privacy treatment '{kprivacy}'")
        kvalues = _string_tuple(spec.get("values", []), kwhere, "values")
        if ktype == "enum" and not kvalues:
            raise CatalogError(f"{kwhere}: an enum needs a non-empty 'values' list")
        keys.append(RecordKey(name=name, type=ktype, privacy=kprivacy, values=kvalues))
    return tuple(keys)
