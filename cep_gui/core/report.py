"""Assemble a report, the document of the wire protocol, from collected values.

This is where the allow-list is enforced: a value reaches a report only if its
field is in the catalog, belongs to the collector that produced it, survives the
privacy filter and fits its declared type. Everything else is dropped and counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from cep_gui.core.catalog import Catalog, Field
from cep_gui.core.errors import ErrorCode
from cep_gui.core.privacy import Dropped, PrivacyFilter
from cep_gui.core.validate import InvalidValue, check_value

SCHEMA_VERSION = 1
MAX_REPORT_BYTES = 1024 * 1024


class ErrorCounter(Protocol):
    """Where dropped values are counted (the collectors' ErrorSink)."""

    def add(self, collector: str, code: ErrorCode, detail: str = "", count: int = 1) -> None: ...

    def as_report(self) -> list[dict[str, object]]: ...


@dataclass(frozen=True)
class CollectedValues:
    """What one collector returned, before any filtering."""

    collector: str
    values: Mapping[str, object]
    #: One dict of field values per item of a list section (virtual machines).
    items: Sequence[Mapping[str, object]] = ()


@dataclass(frozen=True)
class ReportHeader:
    profile: str
    product_version: str
    created: date
    period_start: date
    installation_id: str | None = None
    #: SHA-256 (hex) of the installation's deletion secret: the receiver deletes only for
    #: whoever can show the secret, and files reports under an id only with this hash.
    deletion_key_hash: str | None = None
    report_id: str = field(default_factory=lambda: _new_report_id())


def _new_report_id() -> str:
    import uuid  # loaded only when a report is built: listing the history needs none

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Report:
    document: dict[str, Any]
    payload: bytes

    @property
    def report_id(self) -> str:
        return str(self.document["report_id"])


def serialize(document: Mapping[str, Any]) -> bytes:
    """The wire form: UTF-8 JSON, keys sorted, compact."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def assemble_report(
    catalog: Catalog,
    header: ReportHeader,
    collected: Iterable[CollectedValues],
    *,
    selected: Iterable[str],
    withheld: Iterable[str],
    errors: ErrorCounter,
    privacy: PrivacyFilter,
    excluded: Iterable[str] = (),
) -> Report:
    """``excluded``: field ids left out on purpose (not agreed to yet, or withheld by the
    user after a catalog change); they are not counted as errors."""
    chosen = set(selected)
    left_out = frozenset(excluded)
    sections: dict[str, Any] = {}
    for output in collected:
        accept = _Acceptor(catalog, chosen, output.collector, errors, privacy, left_out)
        for field_id, raw in output.values.items():
            found = accept(field_id, raw, "object")
            if found is not None:
                section, fld, value = found
                sections.setdefault(section, {}).setdefault(fld.subject, {})[fld.attribute] = value
        for (section, subject), cut in accept.cuts.items():
            _count_omitted(sections.get(section, {}).get(subject), cut)
        records: dict[str, list[dict[str, Any]]] = {}
        for number, item in enumerate(output.items, start=1):
            for field_id, raw in item.items():
                found = accept(field_id, raw, "list")
                if found is None:
                    continue
                section, fld, value = found
                prefix = catalog.categories[fld.category].item_prefix
                rows = records.setdefault(section, [])
                while len(rows) < number:
                    rows.append({"id": f"{prefix}-{len(rows) + 1}"})
                rows[number - 1].setdefault(fld.subject, {})[fld.attribute] = value
        for section, rows in records.items():
            sections[section] = [row for row in rows if len(row) > 1]
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "report_id": header.report_id,
        "installation_id": header.installation_id,
        "deletion_key_hash": header.deletion_key_hash,
        "product": {"profile": header.profile, "version": header.product_version},
        "created": header.created.isoformat(),
        "period": {"start": header.period_start.isoformat(), "end": header.created.isoformat()},
        "sections": sections,
        "withheld": sorted(set(withheld)),
        "collection_errors": [],
    }
    payload = _fit_size(document, errors)
    return Report(document=document, payload=payload)


class _Acceptor:
    """The allow-list check, the privacy filter and validation for one collector."""

    def __init__(
        self,
        catalog: Catalog,
        chosen: set[str],
        collector: str,
        errors: ErrorCounter,
        privacy: PrivacyFilter,
        excluded: frozenset[str] = frozenset(),
    ) -> None:
        self.catalog, self.chosen, self.collector = catalog, chosen, collector
        self.errors, self.privacy, self.excluded = errors, privacy, excluded
        #: Items the ``max_items`` cap cut, per (section, subject), for its ``omitted`` count.
        self.cuts: dict[tuple[str, str], int] = {}

    def __call__(self, field_id: str, raw: object, kind: str) -> tuple[str, Field, object] | None:
        fld = self.catalog.fields.get(field_id)
        if fld is None or fld.collector != self.collector:
            self.errors.add(self.collector, ErrorCode.NOT_IN_CATALOG, field_id)
            return None
        category = self.catalog.categories[fld.category]
        if category.kind != kind:
            self.errors.add(self.collector, ErrorCode.NOT_IN_CATALOG, f"{field_id} ({kind})")
            return None
        if fld.category not in self.chosen or field_id in self.excluded:
            return None
        value, cut = _safe_value(fld, raw, self.collector, self.errors, self.privacy)
        if cut and kind == "object":
            spot = (category.section, fld.subject)
            self.cuts[spot] = self.cuts.get(spot, 0) + cut
        return None if value is None else (category.section, fld, value)


def _safe_value(
    fld: Field, raw: object, collector: str, errors: ErrorCounter, privacy: PrivacyFilter
) -> tuple[object | None, int]:
    """The value fit to send (None when none is), and how many items its cap cut."""
    try:
        value, dropped = privacy.apply(fld, raw)
    except Dropped as exc:
        errors.add(collector, ErrorCode.REDACTED, f"{fld.id}: {exc}")
        return None, 0
    if dropped:
        errors.add(collector, ErrorCode.REDACTED, f"{fld.id}: {dropped} item(s) left out", dropped)
    cut = 0
    if isinstance(value, list) and fld.max_items is not None and len(value) > fld.max_items:
        cut = len(value) - fld.max_items
        errors.add(collector, ErrorCode.TOO_LARGE, f"{fld.id}: {cut} item(s) cut", cut)
        value = value[: fld.max_items]
    try:
        return check_value(fld, value), cut
    except InvalidValue as exc:
        errors.add(collector, ErrorCode.INVALID_VALUE, f"{fld.id}: {exc}")
        return None, 0


def _count_omitted(subject: object, cut: int) -> None:
    """Add items a cap cut to the subject's ``omitted`` count, when it reports one.

    A list field ``<subject>.items`` with a sibling ``<subject>.omitted`` (installed
    software, SCCM's deployed software) says how many entries it left out: that count must
    include whatever cut them, the collector's own cap, the catalog's ``max_items`` or the
    report's size limit.
    """
    if isinstance(subject, dict):
        omitted = subject.get("omitted")
        if isinstance(omitted, int) and not isinstance(omitted, bool):
            subject["omitted"] = omitted + cut


def _fit_size(document: dict[str, Any], errors: ErrorCounter) -> bytes:
    """Cut the longest lists until the report is under the 1 MiB limit."""
    while True:
        document["collection_errors"] = errors.as_report()
        payload = serialize(document)
        if len(payload) <= MAX_REPORT_BYTES:
            return payload
        longest = _longest_list(document["sections"])
        if longest is None:
            raise ValueError("report is over 1 MiB and has no list left to cut")
        section, subject, attribute, items = longest
        keep = len(items) // 2
        cut = len(items) - keep
        errors.add(section, ErrorCode.TOO_LARGE, f"{subject}.{attribute}: {cut} cut for size", cut)
        if subject:
            document["sections"][section][subject][attribute] = items[:keep]
            _count_omitted(document["sections"][section][subject], cut)
        else:
            document["sections"][section] = items[:keep]


def _longest_list(sections: Mapping[str, Any]) -> tuple[str, str, str, list[Any]] | None:
    best: tuple[str, str, str, list[Any]] | None = None
    for section, subjects in sections.items():
        if isinstance(subjects, list):  # a list section: cut whole items
            if subjects and (best is None or len(subjects) > len(best[3])):
                best = (section, "", "", subjects)
            continue
        for subject, attributes in subjects.items():
            for attribute, value in attributes.items():
                if (
                    isinstance(value, list)
                    and value
                    and (best is None or len(value) > len(best[3]))
                ):
                    best = (section, subject, attribute, value)
    return best
