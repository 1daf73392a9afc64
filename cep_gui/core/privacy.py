"""The privacy filter: value rules applied after the catalog allow-list.

Two kinds of screening run over every string, in one pass:

* the machine's own identifiers (user names and the parts of real names, host names and each
  of their domain suffixes, home directories, MAC and IP addresses, serial numbers), matched
  literally and as whole words wherever they occur, the longest first;
* patterns of identifiers of any machine: e-mail, UUID, MAC, IPv4/IPv6 addresses,
  user folders, "serial number: ..." phrases.

What a hit does depends on the field's treatment: ``scrub`` (free text) replaces the
identifier with a placeholder and keeps the rest; ``keep`` and ``version`` (values
never expected to hold an identifier) drop the whole value.

A value that comes from a vocabulary (an operating system named from the shipped list, a
package name listed by the distribution's archive) is marked :class:`Public` by its collector:
the machine's own names are not looked for in it, so a host called ``debian`` or a user called
``desktop`` cannot mangle "Debian GNU/Linux"; the address and id patterns still apply.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable
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
#: Shortest identifier looked for: two letters ("Li", "Wu") are a real name's part; a single
#: character is no identifier and would destroy any text.
MIN_LITERAL = 2


class Public(str):
    """A value taken from a public vocabulary, not from anything this machine's users wrote.

    Only collectors that looked the value up in a vocabulary create one (the operating system
    list, the distribution's package lists, the guest-system tables). It is still screened for
    addresses and ids, but not for this machine's own names, which may be ordinary words.
    """

    __slots__ = ()


@dataclass(frozen=True)
class MachineIdentifiers:
    """Strings that identify this machine or its users and must never leave it."""

    user_names: frozenset[str] = frozenset()
    host_names: frozenset[str] = frozenset()
    home_dirs: frozenset[str] = frozenset()
    secrets: frozenset[str] = frozenset()


_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
_UUID = r"\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?"
_HEX32 = r"(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])"
_MAC = (
    r"(?<![0-9A-Za-z:\-])[0-9A-Fa-f]{2}(?P<sep>[:\-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){4}"
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
    r"(?i:\b(?:serial(?:\s*(?:number|no\.?|#))?|s/n|sn)\s*[:#=]?\s*[A-Za-z0-9][A-Za-z0-9\-]{3,})"
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

#: Screened texts remembered per filter (short ones only: long free text rarely repeats).
_MAX_REMEMBERED = 20_000
_REMEMBER_LENGTH = 256

#: Which kind of machine identifier wins when one string is several (a user named like the
#: host): the first in this order.
_LITERAL_KINDS = ("home", "secret", "host", "user")


@dataclass
class Screened:
    text: str
    hits: int = 0


@dataclass
class TextScreen:
    """Finds and replaces identifiers in text, in one regular-expression pass per string."""

    identifiers: MachineIdentifiers = field(default_factory=MachineIdentifiers)

    def __post_init__(self) -> None:
        self._kinds = literal_kinds(self.identifiers)
        # At one position the first alternative that matches wins, so the order says what a
        # string is: whole addresses and ids before the names inside them, this machine's
        # names (longest first) before the generic patterns, addresses last.
        parts = [
            rf"(?P<email>{_EMAIL})",
            rf"(?P<uuid>{_UUID}|{_HEX32})",
            rf"(?P<mac>{_MAC})",
            rf"(?P<serial>{_SERIAL_PHRASE})",
        ]
        if self._kinds:
            alternation = "|".join(re.escape(v) for v in sorted(self._kinds, key=len, reverse=True))
            parts.append(rf"(?P<literal>(?<![A-Za-z0-9])(?i:{alternation})(?![A-Za-z0-9]))")
        parts += [
            rf"(?P<home>{_USER_FOLDER})",
            rf"(?P<ipv4>{_IPV4})",
            rf"(?P<ipv6>{_IPV6_CANDIDATE})",
        ]
        self._all = re.compile("|".join(parts))
        without_names = [p for p in parts if not p.startswith("(?P<literal>")]
        self._patterns_only = re.compile("|".join(without_names))
        #: Reports repeat the same short texts many times ("efi", "vmxnet3" in every VM's
        #: settings): each is screened once per filter.
        self._seen: dict[tuple[str, bool, bool], Screened] = {}

    def screen(
        self, text: str, *, allow_ip_like: bool = False, machine_names: bool = True
    ) -> Screened:
        """Replace every identifier in ``text``; ``hits`` counts replacements.

        ``allow_ip_like`` skips the IP patterns for version strings, where ``10.0.19041.1`` is a
        version number and not an address. ``machine_names`` false skips this machine's own
        names (for :class:`Public` values); addresses and ids are looked for either way.
        """
        key = (text, allow_ip_like, machine_names)
        if (known := self._seen.get(key)) is not None:
            return Screened(known.text, known.hits)
        hits = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal hits
            kind = match.lastgroup
            found = match.group(0)
            if kind == "literal":
                placeholder = PLACEHOLDERS[self._kinds[found.casefold()]]
            elif kind in ("ipv4", "ipv6"):
                if allow_ip_like or (kind == "ipv6" and not _is_ipv6(found)):
                    return found
                placeholder = PLACEHOLDERS["ip"]
            else:
                placeholder = PLACEHOLDERS[str(kind)]
            hits += 1
            return placeholder

        pattern = self._all if machine_names else self._patterns_only
        screened = Screened(pattern.sub(replace, text), hits)
        if len(self._seen) < _MAX_REMEMBERED and len(text) <= _REMEMBER_LENGTH:
            self._seen[key] = Screened(screened.text, screened.hits)
        return screened


def _is_ipv6(candidate: str) -> bool:
    """Whether a candidate is an IPv6 address (with or without a ``%zone``)."""
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


def literal_kinds(ids: MachineIdentifiers) -> dict[str, str]:
    """Every string looked for literally (case-folded) and the kind of identifier it is.

    Host names bring each of their domain suffixes of two labels or more (the host
    ``ws-7.emea.corp.example`` also gives ``emea.corp.example`` and ``corp.example``) and their
    short name. Generic account names ("root", "admin") are not looked for as user names.
    """
    hosts: set[str] = set()
    for name in ids.host_names:
        labels = name.strip().rstrip(".").split(".")
        hosts.add(labels[0])
        hosts.update(".".join(labels[i:]) for i in range(len(labels) - 1))
    wanted = {
        "home": ids.home_dirs,
        "secret": ids.secrets,
        "host": hosts,
        "user": {u for u in ids.user_names if u.strip().casefold() not in GENERIC_ACCOUNTS},
    }
    kinds: dict[str, str] = {}
    for kind in _LITERAL_KINDS:
        for value in wanted[kind]:
            key = value.strip().casefold()
            if len(key) >= MIN_LITERAL:
                kinds.setdefault(key, kind)
    return kinds


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
        if fld.type == "enum" and isinstance(value, str) and value in fld.values:
            return value, 0  # the catalog's own words
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
        names = not isinstance(value, Public)
        if treatment == "version":
            if value and not VERSION_CHARS.match(value):
                raise Dropped("not a version string")
            screened = self.screen.screen(value, allow_ip_like=True, machine_names=names)
        else:
            screened = self.screen.screen(value, machine_names=names)
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
