"""Generate the Markdown field reference (``docs/fields.md``) from the catalog.

Run ``python -m cep_gui.core.catalog_doc --write docs/fields.md`` after editing the
catalog; a test fails while the committed file is stale.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cep_gui.core.catalog import Catalog, Field, load_catalog

TREATMENTS = {
    "keep": "Sent as read; if an identifier is found in it, the value is left out.",
    "bucket": "Rounded to the nearest of a few common sizes, so it cannot single out a computer.",
    "scrub": "Free text: user names, host names, home folders, e-mail, MAC and IP addresses, "
    "UUIDs and serial numbers are replaced by placeholders such as `[user]` or `~`.",
    "version": "Must look like a version number; otherwise, or if an identifier is found, "
    "left out.",
    "pseudonym": "Replaced by a neutral name such as `vm-1`.",
}


def render_markdown(catalog: Catalog) -> str:
    out = [
        "# Field reference",
        "",
        "<!-- Generated from resources/catalog.toml by "
        "`python -m cep_gui.core.catalog_doc --write docs/fields.md`. Do not edit. -->",
        "",
        "Every field that can ever leave the computer is listed here. Nothing else is sent.",
        "",
        "## Privacy treatments",
        "",
        "| treatment | what happens to the value |",
        "|---|---|",
        *(f"| `{name}` | {text} |" for name, text in TREATMENTS.items()),
        "",
    ]
    for category in catalog.categories.values():
        fields = catalog.in_category(category.id)
        out += [f"## {category.title} (`{category.id}`)", "", category.description, ""]
        if not fields:
            out += ["No fields yet.", ""]
            continue
        out += [
            "| field | name | type | privacy | description | purpose | example |",
            "|---|---|---|---|---|---|---|",
        ]
        out += [_row(fld) for fld in fields]
        out.append("")
    return "\n".join(out)


def _row(fld: Field) -> str:
    ftype = fld.type + (f" ({fld.unit})" if fld.unit else "")
    if fld.values:
        ftype += ": " + ", ".join(f"`{v}`" for v in fld.values)
    if fld.record:
        ftype += ": " + ", ".join(f"`{k.name}`" for k in fld.record)
    if fld.max_items:
        ftype += f"; at most {fld.max_items:,}"
    if fld.key_patterns:
        ftype += "; only the keys " + ", ".join(f"`{p}`" for p in fld.key_patterns)
    privacy = f"`{fld.privacy}`"
    if fld.buckets:
        privacy += " to " + ", ".join(f"{b:g}" for b in fld.buckets)
    example = json.dumps(fld.example, ensure_ascii=False).replace("|", "\\|")
    cells = [f"`{fld.id}`", fld.title, ftype, privacy, fld.description, fld.purpose, f"`{example}`"]
    return "| " + " | ".join(c.replace("\n", " ") for c in cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="write to this file instead of printing")
    args = parser.parse_args()
    text = render_markdown(load_catalog())
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
