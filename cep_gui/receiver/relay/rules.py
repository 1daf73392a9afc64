"""The organization's rules: what the relay removes from a report before it leaves.

One TOML file, given with ``--rules FILE``::

    [drop]
    categories = ["usage"]                          # whole categories of the catalog
    fields = ["host_software.packages.items"]       # single fields, by catalog id

    [count]
    fields = ["host_hardware.disks.sizes_gb"]       # a list leaves as its length

Every entry is checked against the field catalog when the relay starts, and a bad
entry stops it with a message that names the file and the line (``tomllib`` gives
lines only for syntax errors, so the line of a key or value is found in the text).
A rule is applied to the document: a dropped field is taken out of its section
(and a subject or section left empty goes with it), a counted list becomes its
number of entries (a ``count_map`` the sum of its counts). A report the rules do
not change leaves as the exact bytes the client sent.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cep_gui.core.catalog import LIST_TYPES, Catalog, Field
from cep_gui.core.report import serialize

COUNTABLE_TYPES = LIST_TYPES | {"count_map"}
_TABLES = {"drop": ("categories", "fields"), "count": ("fields",)}
_SYNTAX_LINE = re.compile(r"\(at line (\d+), column \d+\)")
#: Added to a report the rules changed, so the vendor can tell "removed by the
#: customer's relay" from "not collected".
REDACTION_KEY = "redacted_by_relay"


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Rule:
    action: str  # "drop" or "count"
    kind: str  # "category" or "field"
    id: str
    line: int
    title: str

    def describe(self) -> str:
        if self.action == "count":
            return f"{self.title} ({self.id}) leaves only as the number of its entries"
        what = "every field of the category" if self.kind == "category" else "the field"
        return f"{what} {self.title} ({self.id}) is removed"


@dataclass(frozen=True)
class Rules:
    catalog: Catalog
    rules: tuple[Rule, ...] = ()
    source: str = ""
    text: str = ""
    _dropped: frozenset[str] = field(default=frozenset(), repr=False)
    _counted: frozenset[str] = field(default=frozenset(), repr=False)

    @classmethod
    def of(cls, catalog: Catalog, rules: Iterable[Rule], source: str, text: str) -> Rules:
        rules = tuple(rules)
        dropped: set[str] = set()
        for rule in rules:
            if rule.action == "drop" and rule.kind == "category":
                dropped.update(f.id for f in catalog.in_category(rule.id))
            elif rule.action == "drop":
                dropped.add(rule.id)
        counted = {r.id for r in rules if r.action == "count"}
        return cls(catalog, rules, source, text, frozenset(dropped), frozenset(counted))

    def effect(self, field_id: str) -> str | None:
        """``"removed"``, ``"counted"`` or None for a field that leaves as it is."""
        if field_id in self._dropped:
            return "removed"
        if field_id in self._counted:
            return "counted"
        return None

    @property
    def dropped_categories(self) -> set[str]:
        return {r.id for r in self.rules if r.action == "drop" and r.kind == "category"}

    def redact(self, body: bytes) -> tuple[bytes, list[str]]:
        """What leaves for a report's JSON, and what the rules took out of it."""
        if not self.rules:
            return body, []
        document = json.loads(body)
        removed = self.apply(document)
        if not removed:
            return body, []
        return serialize(document), removed

    def apply(self, document: dict[str, Any]) -> list[str]:
        sections = document.get("sections")
        if not isinstance(sections, dict):
            return []
        removed: list[str] = []
        counted: list[str] = []
        for section in self._whole_sections():
            if section in sections:
                del sections[section]
                removed.append(f"section {section}")
        for field_id in sorted(self._dropped):
            if _change(sections, self.catalog, self.catalog.fields[field_id], None):
                removed.append(field_id)
        for field_id in sorted(self._counted):
            fld = self.catalog.fields[field_id]
            if _change(sections, self.catalog, fld, _count):
                counted.append(field_id)
        if removed or counted:
            document[REDACTION_KEY] = {"removed": removed, "counted": counted}
        return removed + [f"{c} (as a count)" for c in counted]

    def _whole_sections(self) -> list[str]:
        """Sections all of whose categories are dropped go whole, unknown keys and all."""
        dropped = self.dropped_categories
        owners: dict[str, set[str]] = {}
        for category in self.catalog.categories.values():
            owners.setdefault(category.section, set()).add(category.id)
        return sorted(s for s, cats in owners.items() if dropped and cats <= dropped)


def _count(value: object) -> object:
    if isinstance(value, dict):
        numbers = list(value.values())
        if numbers and all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            return sum(numbers)
        return len(value)
    if isinstance(value, list):
        return len(value)
    return value


def _change(sections: dict[str, Any], catalog: Catalog, fld: Field, replace: Any) -> bool:
    """Remove the field (``replace`` None) or replace its value; True when it was there."""
    category = catalog.categories[fld.category]
    section = sections.get(category.section)
    holders: list[dict[str, Any]]
    if category.kind == "list":
        holders = (
            [item for item in section if isinstance(item, dict)]
            if isinstance(section, list)
            else []
        )
    else:
        holders = [section] if isinstance(section, dict) else []
    changed = False
    for holder in holders:
        subject = holder.get(fld.subject)
        if not isinstance(subject, dict) or fld.attribute not in subject:
            continue
        changed = True
        if replace is None:
            del subject[fld.attribute]
            if not subject:
                del holder[fld.subject]
        else:
            subject[fld.attribute] = replace(subject[fld.attribute])
    if changed and replace is None:
        if category.kind == "list" and isinstance(section, list):
            kept = [i for i in section if not (isinstance(i, dict) and set(i) <= {"id"})]
            section[:] = kept
        if not section:
            del sections[category.section]
    return changed


# -- loading ---------------------------------------------------------------------------


def no_rules(catalog: Catalog) -> Rules:
    return Rules.of(catalog, (), "", "")


def load_rules(path: Path, catalog: Catalog) -> Rules:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise RulesError(f"{path}: cannot be read: {reason}") from exc
    return parse_rules(text, catalog, str(path))


def parse_rules(text: str, catalog: Catalog, source: str = "rules") -> Rules:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _SYNTAX_LINE.search(str(exc))
        if found:
            where = f"{source}, line {found.group(1)}"
        elif "(at end of document)" in str(exc):
            where = f"{source}, line {max(1, len(text.splitlines()))}"
        else:
            where = source
        reason = _SYNTAX_LINE.sub("", str(exc)).replace("(at end of document)", "").strip()
        raise RulesError(f"{where}: not valid TOML: {reason}") from exc
    finder = _Lines(text)
    rules: list[Rule] = []
    for table, value in doc.items():
        if table not in _TABLES:
            line = finder.table(table)
            known = ", ".join(f"[{t}]" for t in _TABLES)
            raise RulesError(f"{source}, line {line}: unknown table [{table}] (known: {known})")
        if not isinstance(value, dict):
            raise RulesError(f"{source}, line {finder.table(table)}: [{table}] must be a table")
        for key, entries in value.items():
            line = finder.key(table, key)
            if key not in _TABLES[table]:
                known = ", ".join(_TABLES[table])
                raise RulesError(
                    f"{source}, line {line}: [{table}] has no key '{key}' (known: {known})"
                )
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                raise RulesError(
                    f"{source}, line {line}: {table}.{key} must be a list of quoted ids"
                )
            for entry in entries:
                at = finder.value(table, key, entry)
                rules.append(_rule(catalog, table, key, entry, f"{source}, line {at}", at))
    _check_overlaps(rules, catalog, source)
    return Rules.of(catalog, rules, source, text)


def _rule(catalog: Catalog, table: str, key: str, entry: str, where: str, line: int) -> Rule:
    if key == "categories":
        category = catalog.categories.get(entry)
        if category is None:
            known = ", ".join(catalog.categories)
            raise RulesError(
                f"{where}: '{entry}' is not a category of the catalog (known: {known})"
            )
        return Rule(table, "category", entry, line, category.title)
    fld = catalog.fields.get(entry)
    if fld is None:
        close = difflib.get_close_matches(entry, list(catalog.fields), n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise RulesError(f"{where}: '{entry}' is not a field of the catalog{hint}")
    if table == "count" and fld.type not in COUNTABLE_TYPES:
        raise RulesError(
            f"{where}: '{entry}' is a single value ({fld.type}), not a list: "
            "only lists and maps can be replaced by counts"
        )
    return Rule(table, "field", entry, line, fld.title)


def _check_overlaps(rules: list[Rule], catalog: Catalog, source: str) -> None:
    dropped_categories = {r.id for r in rules if r.action == "drop" and r.kind == "category"}
    dropped_fields = {r.id for r in rules if r.action == "drop" and r.kind == "field"}
    for rule in rules:
        if rule.action != "count":
            continue
        if rule.id in dropped_fields or catalog.fields[rule.id].category in dropped_categories:
            raise RulesError(
                f"{source}, line {rule.line}: '{rule.id}' is dropped already; it cannot also "
                "be counted"
            )


class _Lines:
    """Where a table, a key or a value stands in the text (1-based lines)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _table_start(self, table: str) -> int | None:
        header = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
        for number, line in enumerate(self.lines, start=1):
            if header.match(line):
                return number
        return None

    def table(self, table: str) -> int:
        start = self._table_start(table)
        if start is not None:
            return start
        dotted = re.compile(rf"^\s*{re.escape(table)}\s*[.=]")
        return next((n for n, line in enumerate(self.lines, 1) if dotted.match(line)), 1)

    def key(self, table: str, key: str) -> int:
        start = self._table_start(table)
        if start is not None:
            pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
            for number in range(start + 1, len(self.lines) + 1):
                line = self.lines[number - 1]
                if re.match(r"^\s*\[", line):
                    break
                if pattern.match(line):
                    return number
        dotted = re.compile(rf"^\s*{re.escape(table)}\s*\.\s*{re.escape(key)}\s*=")
        found = next((n for n, line in enumerate(self.lines, 1) if dotted.match(line)), None)
        return found or self.table(table)

    def value(self, table: str, key: str, value: str) -> int:
        start = self.key(table, key)
        quoted = (json.dumps(value), f"'{value}'")
        for number in range(start, len(self.lines) + 1):
            if any(q in self.lines[number - 1] for q in quoted):
                return number
        return start
