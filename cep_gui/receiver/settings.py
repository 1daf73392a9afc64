"""The receiver's settings, from the command line or the environment.

Every option has an environment variable, so that a service manager (a systemd unit,
a container) can configure the receiver without a command line, and so that uvicorn
worker processes, which start afresh, get exactly the settings of the command that
started them: the command writes the resolved settings to the environment before
spawning the workers, and each worker's app factory reads them back here. This is
the one place where the receiver reads its environment.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from cep_gui.receiver.cli_values import LOG_LEVELS
from cep_gui.receiver.limits import Limits


class SettingsError(ValueError):
    """A setting has a value it cannot take; the message names it."""


@dataclass(frozen=True)
class ReceiverSettings:
    db: str = ""
    host: str = "127.0.0.1"
    port: int = 8787
    workers: int = 1
    pool_size: int = 10
    log_level: str = "info"
    limits: Limits = field(default_factory=Limits)


def _int(low: int, high: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise SettingsError(f"'{text}' is not a whole number") from None
        if value < low or (high is not None and value > high):
            bound = f"{low}-{high}" if high is not None else f"{low} or more"
            raise SettingsError(f"{value} is out of range ({bound})")
        return value

    return parse


def _seconds(text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise SettingsError(f"'{text}' is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise SettingsError(f"{value} is out of range (0-3600 seconds)")
    return value


def _level(text: str) -> str:
    if text.strip().lower() not in LOG_LEVELS:
        raise SettingsError(f"'{text}' is not one of {', '.join(LOG_LEVELS)}")
    return text.strip().lower()


port = _int(0, 65535)
positive = _int(1)

#: setting name → (environment variable, parser); limits are ``limits.<field>``.
VARIABLES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "db": ("CEP_RECEIVER_DB", str),
    "host": ("CEP_RECEIVER_HOST", str),
    "port": ("CEP_RECEIVER_PORT", port),
    "workers": ("CEP_RECEIVER_WORKERS", positive),
    "pool_size": ("CEP_RECEIVER_POOL_SIZE", positive),
    "log_level": ("CEP_RECEIVER_LOG_LEVEL", _level),
    "limits.max_per_minute": ("CEP_RECEIVER_MAX_PER_MINUTE", positive),
    "limits.max_in_flight": ("CEP_RECEIVER_MAX_IN_FLIGHT", positive),
    "limits.body_memory": ("CEP_RECEIVER_BODY_MEMORY", _int(64 * 1024)),
    "limits.header_timeout": ("CEP_RECEIVER_HEADER_TIMEOUT", _seconds),
    "limits.body_timeout": ("CEP_RECEIVER_BODY_TIMEOUT", _seconds),
    "limits.keep_alive": ("CEP_RECEIVER_KEEP_ALIVE", _seconds),
}


def resolve(overrides: Mapping[str, Any], environ: Mapping[str, str]) -> ReceiverSettings:
    """Command-line values (None: not given) over the environment over the defaults."""
    top: dict[str, Any] = {}
    limits: dict[str, Any] = {}
    for name, (variable, parse) in VARIABLES.items():
        value = overrides.get(name)
        if value is None and environ.get(variable):
            try:
                value = parse(environ[variable])
            except SettingsError as exc:
                raise SettingsError(f"{variable}: {exc}") from None
        if value is None:
            continue
        if name.startswith("limits."):
            limits[name.removeprefix("limits.")] = value
        else:
            top[name] = value
    settings = ReceiverSettings(**top)
    return replace(settings, limits=replace(settings.limits, **limits))


def to_environment(settings: ReceiverSettings) -> dict[str, str]:
    """The variables that :func:`resolve` reads back into the same settings."""
    values: dict[str, Any] = {f.name: getattr(settings, f.name) for f in fields(settings)}
    values.update({f"limits.{f.name}": getattr(settings.limits, f.name) for f in fields(Limits)})
    return {
        variable: str(values[name])
        for name, (variable, _) in VARIABLES.items()
        if values.get(name) is not None
    }
