"""Type checks of field values against their catalog entry.

Runs after the privacy filter, right before a value is put into a report: a value
of the wrong shape is dropped rather than guessed at.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cep_gui.core.catalog import Field, RecordKey

MAX_STRING = 512


class InvalidValue(ValueError):
    """A value does not fit its catalog field."""


def check_value(field: Field, value: object) -> object:
    """Return ``value`` if it fits ``field``; raise :class:`InvalidValue` otherwise."""
    t = field.type
    if t in ("string", "integer", "number", "boolean", "enum"):
        return _scalar(t, field.values, value)
    if t in ("string_list", "integer_list"):
        item_type = "string" if t == "string_list" else "integer"
        items = _list(field, value)
        return [_scalar(item_type, (), item) for item in items]
    if t == "count_map":
        return _count_map(field, value)
    if t == "string_map":
        return _string_map(field, value)
    if t == "record_list":
        return [_record(field.record, item) for item in _list(field, value)]
    raise InvalidValue(f"unknown type {t}")


def _scalar(t: str, values: tuple[str, ...], value: object) -> object:
    if t in ("string", "enum"):
        if not isinstance(value, str) or not value:
            raise InvalidValue(f"expected a non-empty string, got {type(value).__name__}")
        if len(value) > MAX_STRING:
            raise InvalidValue(f"string longer than {MAX_STRING} characters")
        if t == "enum" and value not in values:
            raise InvalidValue(f"'{value}' is not one of {', '.join(values)}")
        return value
    if t == "boolean":
        if not isinstance(value, bool):
            raise InvalidValue(f"expected true or false, got {type(value).__name__}")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(f"expected a number, got {type(value).__name__}")
    if t == "integer":
        if isinstance(value, float) and not value.is_integer():
            raise InvalidValue(f"expected a whole number, got {value}")
        return int(value)
    if not math.isfinite(value):
        raise InvalidValue("expected a finite number")
    return value


def _list(field: Field, value: object) -> list[object]:
    if not isinstance(value, list):
        raise InvalidValue(f"expected a list, got {type(value).__name__}")
    if field.max_items is not None and len(value) > field.max_items:
        raise InvalidValue(f"more than {field.max_items} items")
    return value


def _count_map(field: Field, value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise InvalidValue(f"expected a table of counts, got {type(value).__name__}")
    checked: dict[str, int] = {}
    for key, count in value.items():
        if not isinstance(key, str) or (field.values and key not in field.values):
            raise InvalidValue(f"unexpected key {key!r}")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidValue(f"count of {key!r} must be a non-negative integer")
        checked[key] = count
    return checked


def _string_map(field: Field, value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise InvalidValue(f"expected a table of settings, got {type(value).__name__}")
    if field.max_items is not None and len(value) > field.max_items:
        raise InvalidValue(f"more than {field.max_items} settings")
    checked: dict[str, object] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key_allowed(field, key):
            raise InvalidValue(f"setting {key!r} is not in the allow-list")
        if isinstance(item, str):
            checked[key] = _scalar("string", (), item)
        elif isinstance(item, bool | int):
            checked[key] = item
        else:
            raise InvalidValue(f"setting {key!r} must be text, a number or true/false")
    return checked


def key_allowed(field: Field, key: str) -> bool:
    """Whether a settings key is in the field's allow-list (one of its ``key_patterns``)."""
    return field.key_allow_list.fullmatch(key) is not None


def _record(keys: tuple[RecordKey, ...], value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise InvalidValue(f"expected a record, got {type(value).__name__}")
    names = {k.name for k in keys}
    extra = set(value) - names
    if extra:
        raise InvalidValue(f"unexpected record key(s) {sorted(map(str, extra))}")
    checked: dict[str, object] = {}
    for key in keys:
        if key.name not in value:
            continue
        item = value[key.name]
        if key.type == "string" and item == "":
            checked[key.name] = item  # an unknown version is an empty string, not a reason to drop
            continue
        checked[key.name] = _scalar(key.type, key.values, item)
    return checked
