"""Checks shared by the host hardware tests: catalog conformance and privacy canaries."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from cep_gui.collectors.base import ErrorSink

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "hardware"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def catalog_fields(category: str) -> dict[str, dict[str, object]]:
    with (REPO / "resources" / "catalog.toml").open("rb") as fh:
        catalog = tomllib.load(fh)
    return {
        str(field["id"]): field
        for field in catalog["fields"]
        if str(field["id"]).startswith(f"{category}.")
    }


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return _is_int(value) or isinstance(value, float)


def assert_catalog_conform(values: Mapping[str, object]) -> None:
    """Every value is a host_hardware catalog field of the right type and allowed value.

    Fields with ``privacy = "bucket"`` may be raw floats: the privacy filter rounds them.
    """
    fields = catalog_fields("host_hardware")
    for key, value in values.items():
        assert key in fields, f"{key} is not in the catalog"
        spec = fields[key]
        kind = spec["type"]
        numeric_ok = _is_number if spec.get("privacy") == "bucket" else _is_int
        if kind == "string":
            assert isinstance(value, str) and value.strip(), (key, value)
        elif kind == "integer":
            assert numeric_ok(value), (key, value)
            assert isinstance(value, int | float) and value >= 0, (key, value)
        elif kind == "boolean":
            assert isinstance(value, bool), (key, value)
        elif kind == "enum":
            assert value in spec["values"], (key, value)  # type: ignore[operator]
        elif kind == "string_list":
            assert isinstance(value, list) and all(isinstance(v, str) and v for v in value)
        elif kind == "integer_list":
            assert isinstance(value, list) and all(numeric_ok(v) for v in value), (key, value)
        elif kind == "count_map":
            assert isinstance(value, dict), (key, value)
            allowed = spec.get("values")
            for name, count in value.items():
                assert _is_int(count) and count > 0, (key, value)
                assert allowed is None or name in allowed, (key, name)  # type: ignore[operator]
        elif kind == "record_list":
            assert isinstance(value, list), (key, value)
            record = spec["record"]
            assert isinstance(record, dict)
            for item in value:
                assert isinstance(item, dict) and set(item) == set(record), (key, item)
                assert all(isinstance(v, str) and v for v in item.values()), (key, item)
        else:
            raise AssertionError(f"unknown catalog type {kind} for {key}")


def assert_no_canaries(values: Mapping[str, object], canaries: Iterable[str]) -> None:
    """No serial number, UUID, address or name planted in the input leaks into the output."""
    text = json.dumps(values, sort_keys=True).lower()
    for canary in canaries:
        assert canary.lower() not in text, f"{canary!r} leaked into {text}"


def error_counts(errors: ErrorSink) -> dict[tuple[str, str], int]:
    return {(entry.collector, entry.code.value): n for entry, n in errors.counts().items()}
