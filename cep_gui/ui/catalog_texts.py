"""The catalog's texts in the user's language.

The catalog (``resources/catalog.toml``) stays in English: it documents the wire
format. Its titles, descriptions and purposes, the privacy labels, the names of
the usage counters, its enumerated values (an enum's allowed values, a count map's
closed set of keys, a record key's allowed values) and the summaries of the catalog's
versions (``resources/catalog_changes.toml``) are shown translated. Only enumerated
values are: a value the catalog does not list (a package or OS name, a version) is
data and is shown exactly as collected. lupdate only finds texts written in
Python source, so :func:`generate` writes them into ``catalog_messages.py`` as
``QT_TRANSLATE_NOOP`` calls; ``scripts/update_translations.sh`` runs it before
lupdate, for whatever the catalog holds. A test fails when the generated module is
out of date or a text has no German translation.

    python -m cep_gui.ui.catalog_texts            # rewrite catalog_messages.py
    python -m cep_gui.ui.catalog_texts --check    # exit 1 when it is out of date
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cep_gui.core.catalog import Catalog, load_catalog
from cep_gui.core.catalog_changes import CatalogChanges, load_changes
from cep_gui.core.report_rows import LEFT_OUT, PRIVACY_LABELS
from cep_gui.ui import value_words

MODULE = Path(__file__).with_name("catalog_messages.py")
#: Count maps whose keys are the program's own ids: shown as words.
#: The line length ``ruff format`` keeps (pyproject.toml).
LINE = 100
WORDED_FIELDS = ("usage.features.counts", "usage.problems.counts")


def translated(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


def privacy_text(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def change_summary(text: str) -> str:
    """A catalog version's plain-language summary (the "What's new" page)."""
    return QCoreApplication.translate("CatalogChanges", text)


def value_word(value: str) -> str:
    """An enumerated value as the user reads it ("none" -> "keine", "host_only" ->
    "host-only"); the report keeps it as is. A translation wins; without one (English,
    the source language) the English word, where the id is not a word itself."""
    word = QCoreApplication.translate("CatalogValue", value)
    return value_words.WORDS.get(value, value) if word == value else word


def usage_word(name: str) -> str:
    """A usage id such as ``categories_changed`` as words ("Categories changed")."""
    return QCoreApplication.translate("Usage", humanize(name))


#: Words of ids that are abbreviations, written as people write them.
ABBREVIATIONS = {"vm": "VM", "cpu": "CPU", "usb": "USB", "sccm": "SCCM"}


def humanize(name: str) -> str:
    words = [ABBREVIATIONS.get(word, word) for word in name.split("_") if word]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def catalog_texts(catalog: Catalog) -> list[str]:
    """Every catalog text a person reads, once each, in catalog order."""
    texts: list[str] = []
    for category in catalog.categories.values():
        texts += [category.title, category.description]
    for field in catalog:
        texts += [field.title, field.description, field.purpose]
    return list(dict.fromkeys(texts))


def privacy_texts() -> list[str]:
    pairs = [*PRIVACY_LABELS.values(), LEFT_OUT]
    return list(dict.fromkeys(text for pair in pairs for text in pair))


def usage_texts(catalog: Catalog) -> list[str]:
    names = [v for field_id in WORDED_FIELDS for v in catalog.fields[field_id].values]
    return list(dict.fromkeys(humanize(n) for n in names))


def value_texts(catalog: Catalog) -> list[str]:
    """Every enumerated value, once each: the words a report's closed vocabularies use.

    The usage counters' ids are left to :func:`usage_texts`, which says them as words."""
    found: list[str] = []
    for field in catalog:
        if field.id not in WORDED_FIELDS:
            found += field.values
        for key in field.record:
            found += key.values
    return list(dict.fromkeys(found))


def change_texts(changes: CatalogChanges) -> list[str]:
    return list(dict.fromkeys(version.summary for version in changes.versions))


def generate(catalog: Catalog, changes: CatalogChanges | None = None) -> str:
    """The source of ``catalog_messages.py`` for this catalog and its versions."""

    def block(name: str, context: str, texts: Iterable[str]) -> list[str]:
        lines = [f"{name} = ("]
        for text in texts:
            lines += _call(json.dumps(context), _literal(text))
        return [*lines, ")", ""]

    out = [
        '"""Generated from resources/catalog.toml by `python -m cep_gui.ui.catalog_texts`.',
        "",
        "Do not edit: run scripts/update_translations.sh after the catalog changed.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
    ]
    out += block("CATALOG", "Catalog", catalog_texts(catalog))
    out += block("PRIVACY", "Privacy", privacy_texts())
    out += block("USAGE", "Usage", usage_texts(catalog))
    out += block("VALUES", "CatalogValue", value_texts(catalog))
    out += block("CHANGES", "CatalogChanges", change_texts(changes or load_changes()))
    return "\n".join(out).rstrip() + "\n"


def _literal(text: str) -> str:
    """A Python string literal quoted as ``ruff format`` quotes it: double quotes, unless
    single ones need fewer escapes (a text that quotes a field's title)."""
    double = json.dumps(text, ensure_ascii=False)
    if text.count('"') <= text.count("'"):
        return double
    return "'" + double[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"


def _call(context: str, literal: str) -> list[str]:
    """One QT_TRANSLATE_NOOP call laid out as ``ruff format`` lays it out."""
    one = f"    QT_TRANSLATE_NOOP({context}, {literal}),"
    if len(one) <= LINE:
        return [one]
    inner = f"        {context}, {literal}"
    if len(inner) <= LINE:
        return ["    QT_TRANSLATE_NOOP(", inner, "    ),"]
    return ["    QT_TRANSLATE_NOOP(", f"        {context},", f"        {literal},", "    ),"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that it is current")
    args = parser.parse_args(argv)
    wanted = generate(load_catalog())
    current = MODULE.read_text(encoding="utf-8") if MODULE.exists() else ""
    if args.check:
        return 0 if current == wanted else 1
    if current != wanted:
        MODULE.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
