"""Managed policy: settings, their sources and their precedence.

Policy comes in layers, highest first: machine mandatory, user mandatory, (the
user's own choice, handled by :mod:`cep_gui.core.participation`), recommended,
installer preset, built-in default. A setting takes its value from the highest
layer that sets it. A broken mandatory policy fails closed: nothing is collected
or sent until it is fixed.
"""

from __future__ import annotations

import enum
import functools
import ipaddress
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit

from cep_gui.core.catalog import CATEGORY_IDS
from cep_gui.core.exceptions import UsageError


class Level(enum.IntEnum):
    BUILT_IN = 0
    INSTALLER_PRESET = 1
    RECOMMENDED = 2
    USER_CHOICE = 3
    USER_MANDATORY = 4
    MACHINE_MANDATORY = 5

    @property
    def label(self) -> str:
        return {
            Level.BUILT_IN: "built-in default",
            Level.INSTALLER_PRESET: "installer preset",
            Level.RECOMMENDED: "recommended policy",
            Level.USER_CHOICE: "your choice",
            Level.USER_MANDATORY: "user policy",
            Level.MACHINE_MANDATORY: "machine policy",
        }[self]

    @property
    def mandatory(self) -> bool:
        return self >= Level.USER_MANDATORY


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: str
    title: str
    description: str
    values: tuple[str, ...] = ()


@functools.cache
def policy_schema() -> dict[str, SettingSpec]:
    raw = tomllib.loads(
        resources.files("cep_gui.resources").joinpath("policy_schema.toml").read_text("utf-8")
    )
    return {
        name: SettingSpec(
            name=name,
            type=spec["type"],
            title=spec["title"],
            description=spec["description"],
            values=tuple(spec.get("values", ())),
        )
        for name, spec in raw["settings"].items()
    }


@dataclass(frozen=True)
class PolicyProblem:
    source: str
    message: str
    #: True when the problem stops all collection and sending until it is fixed.
    blocks: bool

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class PolicyLayer:
    level: Level
    source: str
    values: Mapping[str, object]


@dataclass(frozen=True)
class EffectiveSetting:
    name: str
    value: object
    level: Level
    source: str

    def as_json(self) -> dict[str, object]:
        return {"value": self.value, "level": self.level.label, "source": self.source}


@dataclass
class PolicySet:
    layers: list[PolicyLayer] = field(default_factory=list)
    problems: list[PolicyProblem] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        return any(p.blocks for p in self.problems)

    def get(self, name: str, *, mandatory_only: bool = False) -> EffectiveSetting | None:
        best: EffectiveSetting | None = None
        for layer in self.layers:
            if name not in layer.values or (mandatory_only and not layer.level.mandatory):
                continue
            if best is None or layer.level >= best.level:  # later files override
                best = EffectiveSetting(name, layer.values[name], layer.level, layer.source)
        return best

    def effective(self) -> dict[str, EffectiveSetting]:
        found = {name: self.get(name) for name in policy_schema()}
        return {name: s for name, s in found.items() if s is not None}


def parse_settings(
    raw: Mapping[str, object],
    source: str,
    level: Level,
    problems: list[PolicyProblem],
    *,
    case_insensitive: bool = False,
) -> PolicyLayer | None:
    """Check raw settings against the schema; any bad value makes the layer unusable.

    A mandatory layer with a bad value or an unknown setting blocks everything (fail
    closed: a misspelt ``participation`` must not let the user join what the
    administrator meant to forbid); a recommended or preset layer is skipped instead,
    since it cannot restrict. Registry value names are case-insensitive, as Windows
    treats them.
    """
    schema = policy_schema()
    by_folded = {name.casefold(): name for name in schema}
    values: dict[str, object] = {}
    bad = False
    for given, value in raw.items():
        name = str(given)
        if case_insensitive:
            name = by_folded.get(name.casefold(), name)
        spec = schema.get(name)
        if spec is None:
            hint = by_folded.get(name.casefold())
            suggestion = f" (did you mean '{hint}'?)" if hint else ""
            if level.mandatory:
                problems.append(
                    PolicyProblem(source, f"unknown setting '{name}'{suggestion}", True)
                )
                bad = True
            else:
                problems.append(
                    PolicyProblem(source, f"unknown setting '{name}'{suggestion} (ignored)", False)
                )
            continue
        try:
            values[name] = _coerce(spec, value)
        except ValueError as exc:
            problems.append(PolicyProblem(source, f"{name}: {exc}", level.mandatory))
            bad = True
    if bad:
        return None
    return PolicyLayer(level, source, values)


def _coerce(spec: SettingSpec, value: object) -> object:
    if spec.type == "enum":
        if not isinstance(value, str) or value not in spec.values:
            raise ValueError(f"must be one of {', '.join(spec.values)}, not {value!r}")
        return value
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):  # REG_DWORD
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
            return value.strip().lower() in ("true", "1")
        raise ValueError(f"must be true or false, not {value!r}")
    if spec.type == "url":
        if not isinstance(value, str):
            raise ValueError(f"must be a URL, not {value!r}")
        return check_url(value)
    if spec.type == "category_list":
        items: object = value
        if isinstance(value, str):  # REG_SZ "a,b" as well as REG_MULTI_SZ
            items = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ValueError(f"must be a list of categories, not {value!r}")
        unknown = [v for v in items if v not in CATEGORY_IDS]
        if unknown:
            raise ValueError(
                f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}"
            )
        return list(dict.fromkeys(items))
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    return value


class InvalidUrl(UsageError):
    """A URL cep-gui will not send to (not http(s), credentials in it, plain http elsewhere)."""


def check_url(url: str) -> str:
    """HTTPS everywhere, plain HTTP only to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidUrl(f"'{url}' is not an http(s) URL")
    if parts.username or parts.password:
        raise InvalidUrl("a URL must not carry a user name or password")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidUrl(f"'{url}' must use https (plain http is only allowed to this computer)")
    return url.strip()


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
