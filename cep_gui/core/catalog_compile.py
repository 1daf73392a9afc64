"""Compile the packaged field catalog into a Python module, checked once, loaded fast.

    python -m cep_gui.core.catalog_compile --write   # after editing resources/catalog.toml
    python -m cep_gui.core.catalog_compile --check   # exit 1 while the module is stale

Every run of cep-gui needs the catalog. Parsing the TOML and checking every entry
(types, examples, privacy rules, every key pattern compiled to see it is valid) took
about 20 ms of each ``collect``; the compiled module holds the checked result as plain
Python literals, and the loader uses it only while it matches the TOML file byte for
byte (its SHA-256), so an edited catalog is never served from a stale copy. A test
fails while the module is stale.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from importlib import resources
from pathlib import Path

from cep_gui.core.catalog import Catalog, parse_catalog_bytes

TARGET = Path(__file__).with_name("catalog_compiled.py")
HEADER = '''"""The packaged field catalog, compiled. Generated from resources/catalog.toml by
`python -m cep_gui.core.catalog_compile --write`; do not edit (a test fails while stale)."""

# ruff: noqa: E501
from cep_gui.core.catalog import Catalog, Category, Field, RecordKey

'''


def catalog_bytes() -> bytes:
    return resources.files("cep_gui.resources").joinpath("catalog.toml").read_bytes()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render(catalog: Catalog, source_digest: str) -> str:
    categories = ",\n".join(f"        {cid!r}: {cat!r}" for cid, cat in catalog.categories.items())
    fields = ",\n".join(f"        {fid!r}: {fld!r}" for fid, fld in catalog.fields.items())
    return (
        HEADER
        + f"SOURCE_SHA256 = {source_digest!r}\n\n"
        + "CATALOG = Catalog(\n"
        + f"    categories={{\n{categories},\n    }},\n"
        + f"    fields={{\n{fields},\n    }},\n"
        + f"    source={catalog.source!r},\n)\n"
    )


def compiled_text() -> str:
    data = catalog_bytes()
    return render(parse_catalog_bytes(data, "catalog.toml"), digest(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = compiled_text()
    if args.write:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
        return 0
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if current != text:
        print(f"{TARGET} is stale: run python -m cep_gui.core.catalog_compile --write")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
