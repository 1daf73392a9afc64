"""The catalog is a privacy boundary: it must load strictly and document itself."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from cep_gui.core.catalog import CatalogError, load_catalog, parse_catalog
from cep_gui.core.catalog_doc import render_markdown

REPO = Path(__file__).resolve().parents[2]


def packaged_doc() -> dict[str, Any]:
    raw = resources.files("cep_gui.resources").joinpath("catalog.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def test_packaged_catalog_covers_host_categories() -> None:
    catalog = load_catalog()
    for category in ("host_hardware", "host_software"):
        assert len(catalog.in_category(category)) >= 10
    for fld in catalog:
        assert fld.description and fld.purpose and fld.title


def test_field_reference_is_up_to_date() -> None:
    committed = (REPO / "docs" / "fields.md").read_text(encoding="utf-8")
    assert committed == render_markdown(load_catalog()), (
        "docs/fields.md is stale: run `python -m cep_gui.core.catalog_doc --write docs/fields.md`"
    )


def _broken(mutate: Any) -> str:
    doc = copy.deepcopy(packaged_doc())
    mutate(doc)
    with pytest.raises(CatalogError) as caught:
        parse_catalog(doc, "catalog.toml")
    return str(caught.value)


def test_duplicate_id_is_named() -> None:
    def dup(doc: dict[str, Any]) -> None:
        doc["fields"].append(copy.deepcopy(doc["fields"][0]))

    message = _broken(dup)
    assert "host_hardware.cpu.model" in message and "duplicate" in message


def test_missing_description_is_named() -> None:
    def drop(doc: dict[str, Any]) -> None:
        doc["fields"][2]["description"] = "   "

    message = _broken(drop)
    assert "host_hardware.cpu.architecture" in message and "missing description" in message


def test_unknown_type_is_named() -> None:
    def bad(doc: dict[str, Any]) -> None:
        doc["fields"][1]["type"] = "blob"

    message = _broken(bad)
    assert "host_hardware.cpu.vendor" in message and "unknown type 'blob'" in message


def test_unknown_category_is_named() -> None:
    def bad(doc: dict[str, Any]) -> None:
        doc["fields"][0]["id"] = "telemetry.cpu.model"

    message = _broken(bad)
    assert "telemetry.cpu.model" in message and "unknown category" in message


def test_unknown_category_table_is_named() -> None:
    message = _broken(lambda doc: doc["categories"].update({"location": dict(title="x")}))
    assert "location" in message


def test_example_must_fit_its_type() -> None:
    def bad(doc: dict[str, Any]) -> None:
        doc["fields"][3]["example"] = "two"

    message = _broken(bad)
    assert "host_hardware.cpu.sockets" in message and "example" in message


def test_enum_without_values_and_unknown_key_are_rejected() -> None:
    def enum(doc: dict[str, Any]) -> None:
        del doc["fields"][2]["values"]

    assert "values" in _broken(enum)
    assert "unknown key(s) colour" in _broken(lambda doc: doc["fields"][0].update(colour="red"))


def test_unknown_privacy_treatment_is_rejected() -> None:
    message = _broken(lambda doc: doc["fields"][0].update(privacy="hash"))
    assert "host_hardware.cpu.model" in message and "privacy" in message


def test_malformed_toml_file_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "catalog.toml"
    broken.write_text("schema_version = 1\n[[fields]\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid TOML"):
        load_catalog(broken)


def test_the_compiled_catalog_is_fresh_and_the_same_as_the_toml() -> None:
    """The packaged catalog loads from its compiled module only while that module was
    made from the very bytes of catalog.toml, and holds exactly what parsing gives."""
    from cep_gui.core import catalog_compile, catalog_compiled
    from cep_gui.core.catalog import parse_catalog_bytes

    assert catalog_compile.main(["--check"]) == 0, (
        "run python -m cep_gui.core.catalog_compile --write"
    )
    data = catalog_compile.catalog_bytes()
    assert catalog_compile.digest(data) == catalog_compiled.SOURCE_SHA256
    assert load_catalog() == parse_catalog_bytes(data, "catalog.toml")


def test_a_stale_compiled_catalog_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from cep_gui.core import catalog as catalog_module
    from cep_gui.core import catalog_compiled

    monkeypatch.setattr(catalog_compiled, "SOURCE_SHA256", "0" * 64)
    catalog_module._packaged_catalog.cache_clear()
    try:
        fresh = load_catalog()
        assert fresh is not catalog_compiled.CATALOG and fresh == catalog_compiled.CATALOG
    finally:
        catalog_module._packaged_catalog.cache_clear()
