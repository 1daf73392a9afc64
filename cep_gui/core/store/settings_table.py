"""The ``settings`` table: the user's own settings, typed.

Stored as one JSON value per name, so a new setting needs no migration; reading
ignores names this version does not know (written by a newer one) and falls back
to the default for a value it cannot use.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from dataclasses import dataclass

DEFAULT_KEEP_REPORTS = 100
DEFAULT_KEEP_DAYS = 365


@dataclass(frozen=True)
class UserSettings:
    #: The SCCM AdminService the user set on the Advanced page (policy may override it).
    sccm_url: str | None = None
    sccm_account: str | None = None
    sccm_ca_file: str | None = None
    #: Folders searched for virtual machines besides each hypervisor's usual ones.
    vm_folders: tuple[str, ...] = ()
    #: Preferences were shown once, on the first start.
    first_run_done: bool = False
    #: History retention: the last N reports or the last D days, whichever keeps more.
    history_keep_reports: int = DEFAULT_KEEP_REPORTS
    history_keep_days: int = DEFAULT_KEEP_DAYS
    #: Ask before each report is sent (policy may force this on or off).
    review_before_sending: bool = False


_FIELDS = {f.name: f for f in dataclasses.fields(UserSettings)}
_HINTS = typing.get_type_hints(UserSettings)


def read(conn: sqlite3.Connection) -> UserSettings:
    values: dict[str, object] = {}
    for key, text in conn.execute("SELECT key, value FROM settings"):
        if key not in _FIELDS:
            continue
        try:
            value = _coerce(_HINTS[key], json.loads(text))
        except (ValueError, TypeError):
            continue
        values[key] = value
    return UserSettings(**values)  # type: ignore[arg-type]


def write(tx: sqlite3.Connection, settings: UserSettings) -> None:
    for name in _FIELDS:
        value = getattr(settings, name)
        if isinstance(value, tuple):
            value = list(value)
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (name, json.dumps(value)),
        )


def _coerce(hint: object, value: object) -> object:
    """Check a stored value against its declared type (a file edited by hand, an old one)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        hint = next(o for o in options if o is not type(None))
        origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("expected a list of text")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError("expected true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TypeError("expected a whole number")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise TypeError("expected text")
        return value
    raise TypeError(f"unsupported setting type {hint!r}")
