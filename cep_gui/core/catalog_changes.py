"""The catalog's versions: which fields each version added or widened.

Consent is given to the catalog at one version. A field added to a category the user
agreed to, or whose privacy treatment was widened, after that version is *pending*:
it is withheld from reports until the user agrees to it (or chooses to keep withholding
it). Removing or narrowing needs no new consent.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from cep_gui.core.catalog import Catalog, CatalogError


@dataclass(frozen=True)
class CatalogVersion:
    number: int
    date: str
    summary: str
    added: tuple[str, ...]
    widened: tuple[str, ...]


@dataclass(frozen=True)
class CatalogChanges:
    current: int
    versions: tuple[CatalogVersion, ...]

    def since(self, field_id: str) -> int:
        """The version that added this field or last widened its treatment (1 if never).

        This file is the one record of it: the catalog's fields carry no version of their
        own, so a field's version cannot disagree with what the changes file says."""
        return self.change_of(field_id)[0]

    def change_of(self, field_id: str) -> tuple[int, bool]:
        """:meth:`since`, and whether that version widened the field (False: added it,
        or the field is as old as the first catalog)."""
        found = (1, False)
        for version in self.versions:
            if field_id in version.added:
                found = (version.number, False)
            elif field_id in version.widened:
                found = (version.number, True)
        return found

    def newer_than(self, agreed: int) -> list[CatalogVersion]:
        return [v for v in self.versions if v.number > agreed]

    def pending(self, agreed: int, categories: Sequence[str], catalog: Catalog) -> list[str]:
        """Fields of ``categories`` added or widened after ``agreed``, in catalog order."""
        chosen = set(categories)
        return [
            field.id
            for field in catalog
            if field.category in chosen and self.since(field.id) > agreed
        ]


@dataclass(frozen=True)
class NewField:
    """A field on the "What's new" page and in ``cep-gui whats-new``."""

    field_id: str
    #: The catalog version that added it or widened it last.
    version: int
    #: True: collected more exactly than before; False: new.
    widened: bool


@dataclass(frozen=True)
class WhatsNew:
    """What is new in what is collected for this computer now, as the app's page and
    ``cep-gui whats-new`` both show it (``CepClient.whats_new``)."""

    #: The versions since the one agreed to.
    versions: tuple[CatalogVersion, ...]
    fields: tuple[NewField, ...]
    #: The organization's consent covers the change (forced participation): the fields
    #: are collected already, and the news is information, not a choice.
    informational: bool
    #: False: nothing is collected at all, so nothing is new "until you agree" either.
    participating: bool = True
    #: The catalog's version now (joining agrees to it).
    current: int = 1

    @property
    def empty(self) -> bool:
        return not self.fields


def load_changes(path: Path | None = None, catalog: Catalog | None = None) -> CatalogChanges:
    """The packaged versions (checked against the packaged catalog), or those of ``path``."""
    if path is None and catalog is None:
        return _packaged()
    from cep_gui.core.catalog import load_catalog

    if path is None:
        text = resources.files("cep_gui.resources").joinpath("catalog_changes.toml")
        doc = tomllib.loads(text.read_text("utf-8"))
        return parse_changes(doc, catalog or load_catalog(), "catalog_changes.toml")
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    return parse_changes(doc, catalog or load_catalog(), path.name)


@functools.cache
def _packaged() -> CatalogChanges:
    from cep_gui.core.catalog import load_catalog

    text = resources.files("cep_gui.resources").joinpath("catalog_changes.toml")
    return parse_changes(
        tomllib.loads(text.read_text("utf-8")), load_catalog(), "catalog_changes.toml"
    )


def parse_changes(doc: Mapping[str, Any], catalog: Catalog, source: str) -> CatalogChanges:
    raw_versions = doc.get("versions")
    if not isinstance(raw_versions, list) or not raw_versions:
        raise CatalogError(f"{source}: there must be at least one [[versions]] entry")
    versions: list[CatalogVersion] = []
    for index, raw in enumerate(raw_versions, start=1):
        where = f"{source}: version entry #{index}"
        if not isinstance(raw, dict):
            raise CatalogError(f"{where}: must be a table")
        number = raw.get("number")
        if number != index:
            raise CatalogError(f"{where}: number must be {index} (versions count up from 1)")
        summary = raw.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            raise CatalogError(f"{where}: needs a plain-language summary")
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("added", "widened"):
            values = raw.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise CatalogError(f"{where}: {key} must be a list of field ids")
            unknown = [v for v in values if v not in catalog.fields]
            if unknown:
                raise CatalogError(f"{where}: {key} names fields not in the catalog: {unknown}")
            lists[key] = tuple(values)
        versions.append(CatalogVersion(index, str(raw.get("date", "")), summary.strip(), **lists))
    current = doc.get("current")
    if current != len(versions):
        raise CatalogError(f"{source}: current must be the last version ({len(versions)})")
    return CatalogChanges(current=len(versions), versions=tuple(versions))
