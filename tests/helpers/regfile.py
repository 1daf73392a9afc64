"""A registry read from real ``.reg`` export files, for tests on any platform.

``regedit /e`` writes UTF-16-LE with a byte order mark ("Windows Registry Editor
Version 5.00"); hand-written and ``REGEDIT4`` files are 8-bit. Both are read.
The result implements :class:`cep_gui.core.registry.RegistryReader` with the
value types ``winreg`` returns: ``str`` (REG_SZ, REG_EXPAND_SZ), ``int``
(REG_DWORD, REG_QWORD), ``list[str]`` (REG_MULTI_SZ) and ``bytes`` (the rest).
Key and value names are case-insensitive, as on Windows.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HIVES = {
    "HKEY_LOCAL_MACHINE": "HKLM",
    "HKEY_CURRENT_USER": "HKCU",
    "HKEY_CLASSES_ROOT": "HKCR",
    "HKEY_USERS": "HKU",
    "HKEY_CURRENT_CONFIG": "HKCC",
}
HEADERS = ("Windows Registry Editor Version 5.00", "REGEDIT4")

# hex(n) kinds, as winreg numbers them.
REG_NONE, REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD = 0, 1, 2, 3, 4
REG_DWORD_BIG_ENDIAN, REG_MULTI_SZ, REG_QWORD = 5, 7, 11


class RegFileError(ValueError):
    """A line of a .reg file that cannot be parsed."""


@dataclass
class _Key:
    name: str
    children: dict[str, _Key] = field(default_factory=dict)  # casefolded name → key
    values: dict[str, tuple[str, object]] = field(default_factory=dict)  # casefolded → (name, v)


class RegFileReader:
    """Keys and values of one or more ``.reg`` files (later files win, like importing)."""

    def __init__(self) -> None:
        self._hives: dict[str, _Key] = {}

    @classmethod
    def from_files(cls, *paths: Path) -> RegFileReader:
        reader = cls()
        for path in paths:
            reader.load_bytes(path.read_bytes(), str(path))
        return reader

    @classmethod
    def from_text(cls, text: str) -> RegFileReader:
        reader = cls()
        reader.load_text(text)
        return reader

    # RegistryReader -------------------------------------------------------------

    def subkeys(self, hive: str, path: str) -> list[str]:
        key = self._find(hive, path)
        return [child.name for child in key.children.values()] if key else []

    def values(self, hive: str, path: str) -> dict[str, object]:
        key = self._find(hive, path)
        return dict(key.values.values()) if key else {}

    # loading --------------------------------------------------------------------

    def load_bytes(self, data: bytes, where: str = "<reg>") -> None:
        self.load_text(decode(data), where)

    def load_text(self, text: str, where: str = "<reg>") -> None:
        lines = _logical_lines(text)
        first = next(lines, None)
        if first is None or first[1].strip() not in HEADERS:
            raise RegFileError(f"{where}: not a .reg file (no 'Windows Registry Editor' header)")
        ansi = first[1].strip() == "REGEDIT4"
        current: _Key | None = None
        for number, line in lines:
            stripped = line.strip()
            if not stripped or stripped.startswith(";"):
                continue
            try:
                if stripped.startswith("["):
                    current = self._section(stripped)
                elif current is None:
                    raise RegFileError("value outside of a [key] section")
                else:
                    _set_value(current, stripped, ansi)
            except RegFileError as exc:
                raise RegFileError(f"{where}:{number}: {exc}") from None

    def _section(self, line: str) -> _Key:
        if not line.endswith("]"):
            raise RegFileError(f"unterminated key name: {line!r}")
        name = line[1:-1]
        if name.startswith("-"):
            self._delete(name[1:])
            return _Key("")  # detached: values listed under a deleted key are dropped
        hive, parts = _split_key(name)
        key = self._hives.setdefault(hive, _Key(hive))
        for part in parts:
            key = key.children.setdefault(part.casefold(), _Key(part))
        return key

    def _delete(self, name: str) -> None:
        hive, parts = _split_key(name)
        if not parts:
            return
        parent = self._find(hive, "\\".join(parts[:-1]))
        if parent is not None:
            parent.children.pop(parts[-1].casefold(), None)

    def _find(self, hive: str, path: str) -> _Key | None:
        key = self._hives.get(HIVES.get(hive.upper(), hive.upper()))
        for part in _parts(path):
            if key is None:
                return None
            key = key.children.get(part.casefold())
        return key


def decode(data: bytes) -> str:
    """Text of a .reg file: UTF-16 with BOM (regedit), UTF-8 (with or without BOM) or ANSI."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines with trailing-backslash continuations joined (hex data spans lines)."""
    pending = ""
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not pending:
            start = number
        stripped = line.rstrip()
        if stripped.endswith("\\") and _continues(pending + stripped):
            pending += stripped[:-1]
            continue
        yield start, pending + (line.lstrip() if pending else line)
        pending = ""
    if pending:
        yield start, pending


def _continues(line: str) -> bool:
    """A trailing backslash continues a line only in hex data, not inside a key name."""
    head = line.lstrip()
    return not head.startswith("[") and "=hex" in head.replace(" ", "").lower()


def _split_key(name: str) -> tuple[str, list[str]]:
    parts = _parts(name)
    if not parts:
        raise RegFileError("empty key name")
    hive = HIVES.get(parts[0].upper(), parts[0].upper())
    return hive, parts[1:]


def _parts(path: str) -> list[str]:
    return [part for part in path.split("\\") if part]


def _set_value(key: _Key, line: str, ansi: bool) -> None:
    if line.startswith("@"):
        name, rest = "", line[1:].lstrip()
    elif line.startswith('"'):
        name, end = _quoted(line, 0)
        rest = line[end:].lstrip()
    else:
        raise RegFileError(f"cannot parse value line: {line!r}")
    if not rest.startswith("="):
        raise RegFileError(f"missing '=' after value name {name!r}")
    data = rest[1:].strip()
    if data == "-":
        key.values.pop(name.casefold(), None)
        return
    key.values[name.casefold()] = (name, _data(data, ansi))


def _quoted(line: str, start: int) -> tuple[str, int]:
    """A ``"..."`` string at ``start`` with ``\\\\`` and ``\\"`` escapes; returns (text, end)."""
    out: list[str] = []
    i = start + 1
    while i < len(line):
        char = line[i]
        if char == "\\" and i + 1 < len(line):
            out.append(line[i + 1])
            i += 2
            continue
        if char == '"':
            return "".join(out), i + 1
        out.append(char)
        i += 1
    raise RegFileError(f"unterminated string: {line!r}")


def _data(data: str, ansi: bool) -> object:
    if data.startswith('"'):
        text, end = _quoted(data, 0)
        if data[end:].strip():
            raise RegFileError(f"text after string value: {data!r}")
        return text
    lowered = data.lower()
    if lowered.startswith("dword:"):
        digits = data[6:].strip()
        try:
            if not 0 < len(digits) <= 8:
                raise ValueError(digits)
            return int(digits, 16)
        except ValueError:
            raise RegFileError(f"bad dword: {data!r}") from None
    if lowered.startswith("hex"):
        kind, _, payload = data.partition(":")
        return _hex_value(_hex_kind(kind), _hex_bytes(payload), ansi)
    raise RegFileError(f"unknown value data: {data!r}")


def _hex_kind(kind: str) -> int:
    kind = kind.strip().lower()
    if kind == "hex":
        return REG_BINARY
    if kind.startswith("hex(") and kind.endswith(")"):
        try:
            return int(kind[4:-1], 16)
        except ValueError:
            pass
    raise RegFileError(f"bad hex type: {kind!r}")


def _hex_bytes(payload: str) -> bytes:
    cleaned = payload.replace(" ", "").replace("\t", "").rstrip(",")
    if not cleaned:
        return b""
    try:
        return bytes(int(byte, 16) for byte in cleaned.split(","))
    except ValueError as exc:
        raise RegFileError(f"bad hex data: {payload!r}") from exc


def _hex_value(kind: int, raw: bytes, ansi: bool) -> object:
    if kind in (REG_SZ, REG_EXPAND_SZ):
        return _strings(raw, ansi)[0] if raw else ""
    if kind == REG_MULTI_SZ:
        return [s for s in _strings(raw, ansi) if s]
    if kind == REG_DWORD and len(raw) == 4:
        return int.from_bytes(raw, "little")
    if kind == REG_DWORD_BIG_ENDIAN and len(raw) == 4:
        return int.from_bytes(raw, "big")
    if kind == REG_QWORD and len(raw) == 8:
        return int.from_bytes(raw, "little")
    return raw


def _strings(raw: bytes, ansi: bool) -> list[str]:
    """NUL-separated strings: UTF-16-LE in version 5 files, ANSI in REGEDIT4 files."""
    if ansi:
        text = raw.decode("cp1252", errors="replace")
    else:
        if len(raw) % 2:
            raise RegFileError("UTF-16 string data with an odd number of bytes")
        text = raw.decode("utf-16-le")
    return text.split("\0")
