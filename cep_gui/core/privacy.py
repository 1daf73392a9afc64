"""The privacy filter: value rules applied after the catalog allow-list.

Two kinds of screening run over every string:

* the machine's own identifiers (user names, host names, home directories, MAC and
  IP addresses, serial numbers), matched literally wherever they occur;
* patterns of identifiers of any machine: e-mail, UUID, MAC, IPv4/IPv6 addresses,
  user folders, "serial number: ..." phrases.

What a hit does depends on the field's treatment: ``scrub`` (free text) replaces the
identifier with a placeholder and keeps the rest; ``keep`` and ``version`` (values
never expected to hold an identifier) drop the whole value.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cep_gui.core.catalog import Field, RecordKey
from cep_gui.core.validate import key_allowed

#: Account names shared by millions of machines; redacting them would only mangle
#: technical words ("user", "admin") without protecting anyone.
GENERIC_ACCOUNTS = frozenset(
    {
        "root", "user", "users", "admin", "administrator", "guest", "default", "public",
        "shared", "pi", "ubuntu", "debian", "fedora", "vagrant", "system", "nobody",
    }
)  # fmt: skip
MIN_LITERAL = 3


@dataclass(frozen=True)
class MachineIdentifiers:
    """Strings that identify this machine or its users and must never leave it."""

    user_names: frozenset[str] = frozenset()
    host_names: frozenset[str] = frozenset()
    home_dirs: frozenset[str] = frozenset()
    secrets: frozenset[str] = frozenset()

    def merged(self, other: MachineIdentifiers) -> MachineIdentifiers:
        return MachineIdentifiers(
            self.user_names | other.user_names,
            self.host_names | other.host_names,
            self.home_dirs | other.home_dirs,
            self.secrets | other.secrets,
        )


_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
_UUID = r"\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?"
_HEX32 = r"(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])"
_MAC = (
    r"(?<![0-9A-Za-z:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
    r"(?![0-9A-Za-z:\-])|(?<![0-9A-Za-z.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"
    r"(?![0-9A-Za-z.])"
)
_IPV4 = (
    r"(?<![0-9.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}"
    r"(?![0-9]|\.\d)"
)
_IPV6_CANDIDATE = (
    r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|[0-9.]{7,15})?"
    r"(?:%[\w.]+)?(?![0-9A-Za-z:])"
)
# A user folder's name may hold spaces ("C:\\Users\\Jane Doe\\..."): take them when a path
# separator follows, otherwise stop at the first space.
_USER_FOLDER = (
    r"(?:(?<=[\s\"'=(:,])|^)(?:/home/|/Users/|/export/home/|[A-Za-z]:[\\/]+"
    r"(?:Users|Documents and Settings)[\\/]+)(?:[^\\/\"'\n]+(?=[\\/])|[^\\/\s\"']+)"
)
_SERIAL_PHRASE = (
    r"(?i)\b(?:serial(?:\s*(?:number|no\.?|#))?|s/n|sn)\s*[:#=]?\s*[A-Za-z0-9][A-Za-z0-9\-]{3,}"
)

PLACEHOLDERS = {
    "home": "~",
    "user": "[user]",
    "host": "[host]",
    "secret": "[redacted]",
    "email": "[email]",
    "uuid": "[id]",
    "mac": "[mac]",
    "ip": "[ip]",
    "serial": "[serial]",
}


@dataclass
class Screened:
    text: str
    hits: int = 0


@dataclass
class TextScreen:
    """Finds and replaces identifiers in text."""

    identifiers: MachineIdentifiers = field(default_factory=MachineIdentifiers)

    def __post_init__(self) -> None:
        ids = self.identifiers
        self._literals: list[tuple[re.Pattern[str], str]] = []
        for values, kind in (
            (ids.home_dirs, "home"),
            (ids.secrets, "secret"),
            (ids.host_names, "host"),
            (ids.user_names, "user"),
        ):
            pattern = _literal_pattern(values, skip_generic=kind == "user")
            if pattern is not None:
                self._literals.append((pattern, PLACEHOLDERS[kind]))
        self._patterns: list[tuple[re.Pattern[str], str]] = [
            (re.compile(_EMAIL), PLACEHOLDERS["email"]),
            (re.compile(_UUID), PLACEHOLDERS["uuid"]),
            (re.compile(_HEX32), PLACEHOLDERS["uuid"]),
            (re.compile(_MAC), PLACEHOLDERS["mac"]),
            (re.compile(_SERIAL_PHRASE), PLACEHOLDERS["serial"]),
        ]
        self._user_folder = re.compile(_USER_FOLDER)
        self._ipv4 = re.compile(_IPV4)
        self._ipv6 = re.compile(_IPV6_CANDIDATE)

    def screen(self, text: str, *, allow_ip_like: bool = False) -> Screened:
        """Replace every identifier in ``text``; ``hits`` counts replacements.

        ``allow_ip_like`` skips the IP patterns for version strings, where
        ``10.0.19041.1`` is a version number and not an address.
        """
        result = Screened(text)
        # Whole e-mail addresses, ids and addresses go first, so that a user or host
        # name inside them does not leave the rest of the address behind.
        for pattern, placeholder in (*self._patterns, *self._literals):
            result.text, n = pattern.subn(placeholder, result.text)
            result.hits += n
        result.text, n = self._user_folder.subn(PLACEHOLDERS["home"], result.text)
        result.hits += n
        if not allow_ip_like:
            result.text, n = self._ipv4.subn(PLACEHOLDERS["ip"], result.text)
            result.hits += n
            replaced = 0

            def ipv6(match: re.Match[str]) -> str:
                nonlocal replaced
                candidate = match.group(0)
                try:
                    ipaddress.IPv6Address(candidate.split("%", 1)[0])
                except ValueError:
                    return candidate
                replaced += 1
                return PLACEHOLDERS["ip"]

            result.text = self._ipv6.sub(ipv6, result.text)
            result.hits += replaced
        return result


def _literal_pattern(values: Iterable[str], *, skip_generic: bool) -> re.Pattern[str] | None:
    wanted = sorted(
        {
            v
            for v in (s.strip() for s in values)
            if len(v) >= MIN_LITERAL and not (skip_generic and v.casefold() in GENERIC_ACCOUNTS)
        },
        key=len,
        reverse=True,
    )
    if not wanted:
        return None
    alternation = "|".join(re.escape(v) for v in wanted)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])", re.IGNORECASE)


VERSION_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+~:_\-() ,]*$")


_ItemRule = Callable[[object], object]


class Dropped(Exception):
    """The value cannot be made safe and must be left out."""


class PrivacyFilter:
    """Applies each catalog field's privacy treatment to a collected value."""

    def __init__(self, identifiers: MachineIdentifiers | None = None) -> None:
        self.screen = TextScreen(identifiers or MachineIdentifiers())

    def apply(self, fld: Field, value: object) -> tuple[object, int]:
        """Return the safe value and how many list items had to be left out.

        Raises :class:`Dropped` when the whole value has to go.
        """
        if fld.privacy == "bucket":
            return _bucket_value(fld.buckets, value), 0
        if fld.type in ("string", "enum"):
            return self._text(fld.privacy, value), 0
        if fld.type == "string_list":
            return self._each(value, lambda item: self._text(fld.privacy, item))
        if fld.type == "record_list":
            return self._each(value, lambda item: self._record(fld.record, item))
        if fld.type == "count_map" and isinstance(value, dict) and not fld.values:
            return self._keys(value)
        if fld.type == "string_map" and isinstance(value, dict):
            return self._settings(fld, value)
        return value, 0

    def _settings(self, fld: Field, value: dict[object, object]) -> tuple[object, int]:
        """Keep allow-listed settings whose values hold no identifier."""
        kept: dict[object, object] = {}
        dropped = 0
        for key, item in value.items():
            if not isinstance(key, str) or not key_allowed(fld, key):
                dropped += 1
                continue
            try:
                kept[key] = self._text(fld.privacy, item)
            except Dropped:
                dropped += 1
        return kept, dropped

    def _keys(self, value: dict[object, object]) -> tuple[object, int]:
        kept: dict[object, object] = {}
        dropped = 0
        for key, count in value.items():
            try:
                kept[self._text("keep", key)] = count
            except Dropped:
                dropped += 1
        return kept, dropped

    def _text(self, treatment: str, value: object) -> object:
        if not isinstance(value, str):
            return value  # type errors are the validator's job
        if treatment == "pseudonym":
            if re.fullmatch(r"vm-[1-9][0-9]*", value):
                return value
            raise Dropped("not a pseudonym")
        if treatment == "version":
            if value and not VERSION_CHARS.match(value):
                raise Dropped("not a version string")
            screened = self.screen.screen(value, allow_ip_like=True)
        else:
            screened = self.screen.screen(value)
        if screened.hits and treatment != "scrub":
            raise Dropped("identifier in a value that must not hold one")
        return screened.text

    def _record(self, keys: tuple[RecordKey, ...], value: object) -> object:
        if not isinstance(value, dict):
            return value
        by_name = {k.name: k for k in keys}
        safe: dict[str, object] = {}
        for name, item in value.items():
            key = by_name.get(name)
            # Unknown keys pass through untouched: the validator rejects the record.
            safe[name] = self._text(key.privacy, item) if key and key.type == "string" else item
        return safe

    @staticmethod
    def _each(value: object, one: _ItemRule) -> tuple[object, int]:
        if not isinstance(value, list):
            return value, 0
        kept: list[object] = []
        dropped = 0
        for item in value:
            try:
                kept.append(one(item))
            except Dropped:
                dropped += 1
        return kept, dropped


def _bucket_value(buckets: tuple[float, ...], value: object) -> object:
    if isinstance(value, list):
        return [_bucket_value(buckets, v) for v in value]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return value
    return _to_int(nearest_bucket(buckets, float(value)))


def nearest_bucket(buckets: tuple[float, ...], value: float) -> float:
    """The bucket closest to ``value`` on a logarithmic scale (sizes grow by ratios)."""
    positive = [b for b in buckets if b > 0]
    if value <= 0 or not positive:
        return buckets[0]
    if buckets[0] == 0 and value < positive[0] / 2:
        return 0.0
    return min(positive, key=lambda b: abs(math.log(value / b)))


def _to_int(x: float) -> int | float:
    return int(x) if x.is_integer() else x
