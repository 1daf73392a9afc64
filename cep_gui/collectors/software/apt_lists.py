"""Which installed Debian packages come from a public archive, from apt's own package lists.

``apt-get update`` keeps one ``*_Packages`` list per configured archive, component and
architecture in ``/var/lib/apt/lists`` (compressed with lz4 on Debian and Ubuntu), beside the
archive's ``InRelease``/``Release`` file. A package installed from a public distribution is
listed there under its name and version; one built locally (``acme-corp-asset-004711``), a
public package rebuilt locally (``bash 5.2.15-2+acme1``) or one taken from a private archive is
not, and is counted rather than named: the same test as ``apt list --installed``'s "local".

An archive counts as public when its Release file's ``Origin`` is a public distributor
(:data:`PUBLIC_ORIGINS`, Launchpad PPAs): a company's own archive is configured the same way,
and its package names can name the company. Third-party vendor archives (browsers, IDEs) are
not on the list: their packages are counted, never named.

Reading the lists takes about 0.4 s, so the public names and versions are kept in the user's
cache folder (a hashed index file, looked up only for the installed packages) and rebuilt only
when a list changes.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import hashlib
import lzma
import mmap
import os
import re
import struct
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

LISTS_DIR = "/var/lib/apt/lists"
CACHE_NAME = "apt-public-packages-v3.idx"

#: ``Origin:`` values of public distributions' archives (their mirrors keep the value).
PUBLIC_ORIGINS = frozenset(
    {
        "Debian", "Debian Backports", "Ubuntu", "Canonical", "Raspbian",
        "Raspberry Pi Foundation", "Kali", "Devuan", "linuxmint", "Linux Mint", "Tails",
        "Pop!_OS", "pop-os-release", "pop-os-apps", "elementary", "KDE neon", "neon", "Zorin",
    }
)  # fmt: skip
#: Launchpad personal package archives are public by construction.
_PPA_ORIGIN = re.compile(r"LP-PPA-[A-Za-z0-9.+_-]+")
_ORIGIN = re.compile(rb"^Origin:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
#: The part of a Release file before its checksum lists holds the fields that matter.
_RELEASE_HEAD = 64 * 1024
_PACKAGES = re.compile(r".*_Packages(?:\.(?:lz4|gz|xz|bz2|lzma))?")
_CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class NoPublicLists(CollectorFailure):
    """No list of a public archive can be read: the origin of the packages is unknown."""

    def __init__(self, detail: str) -> None:
        super().__init__(ErrorCode.ORIGIN_UNKNOWN, detail)


@dataclass(frozen=True)
class PackageList:
    path: Path
    size: int
    mtime_ns: int


def public_lists(env: SystemEnv) -> list[PackageList]:
    """The ``*_Packages`` lists of public archives, in a stable order."""
    folder = env.path(LISTS_DIR)
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it if entry.is_file())
    except FileNotFoundError:
        return []
    releases = [n for n in names if n.endswith(("_InRelease", "_Release"))]
    found: list[PackageList] = []
    for name in names:
        if not _PACKAGES.fullmatch(name) or not _from_public_archive(folder, name, releases):
            continue
        info = (folder / name).stat()
        found.append(PackageList(folder / name, info.st_size, info.st_mtime_ns))
    return found


def _from_public_archive(folder: Path, packages: str, releases: list[str]) -> bool:
    """Whether the Release file of the archive a list belongs to names a public origin."""
    owners = [r for r in releases if packages.startswith(r.rsplit("_", 1)[0] + "_")]
    # The longest prefix is the archive's own Release (``..._dists_bookworm-updates_``, not a
    # flat archive's ``..._``).
    return bool(owners) and _public_origin(folder / max(owners, key=len))


def _public_origin(release: Path) -> bool:
    try:
        with release.open("rb") as fh:
            head = fh.read(_RELEASE_HEAD)
    except OSError:
        return False
    match = _ORIGIN.search(head)
    if match is None:
        return False
    origin = match.group(1).decode("utf-8", "replace")
    return origin in PUBLIC_ORIGINS or _PPA_ORIGIN.fullmatch(origin) is not None


def fingerprint(lists: Iterable[PackageList]) -> str:
    """Changes whenever a list is added, removed or rewritten."""
    digest = hashlib.sha256()
    for item in lists:
        digest.update(f"{item.path.name}\0{item.size}\0{item.mtime_ns}\n".encode())
    return digest.hexdigest()


Package = tuple[str, str]


@dataclass(frozen=True)
class Listed:
    """What the public archives list of the installed packages."""

    #: Installed names a public archive lists (in any version).
    names: frozenset[str]
    #: Installed ``(name, version)`` pairs a public archive lists in exactly that version.
    versions: frozenset[Package]


def public_names(env: SystemEnv, installed: Iterable[Package]) -> Listed:
    """Which of the installed ``(name, version)`` pairs public archives list, by name and exactly.

    A name can be public while its version is not: an update the archive has since replaced,
    or a public package rebuilt locally (``bash 5.2.15-2+acme1``, a version that can name the
    company). Raises :class:`NoPublicLists` when there is no list of a public archive (a
    container whose lists were cleaned): then nothing can be said about any package's origin.
    """
    lists = public_lists(env)
    if not lists:
        raise NoPublicLists(f"no package list of a public archive in {LISTS_DIR}")
    pairs = set(installed)
    wanted = sorted({name for name, _ in pairs})
    key = fingerprint(lists)
    if env.cache_dir is None:
        listed = _versions_by_name(lists)
        found = {name: listed[name] for name in wanted if name in listed}
    else:
        cache = env.cache_dir / CACHE_NAME
        cached = _lookup(cache, key, wanted)
        if cached is None:
            _rebuild(cache, key, lists)
            cached = _lookup(cache, key, wanted)
        if cached is None:
            raise CollectorFailure(
                ErrorCode.FAILED, f"{cache} could not be read after it was built"
            )
        found = cached
    return Listed(
        names=frozenset(found),
        versions=frozenset((n, v) for n, v in pairs if n in found and v in found[n]),
    )


def _versions_by_name(lists: Iterable[PackageList]) -> dict[str, frozenset[str]]:
    versions: dict[str, set[str]] = {}
    for name, version in _packages_in(lists):
        versions.setdefault(name, set()).add(version)
    return {name: frozenset(listed) for name, listed in versions.items()}


# The cache file: a header, a table of slots (open addressing, at most half full) holding the
# offset of each record, then the records ``name\tversion\tversion...\0``. A lookup reads
# only the slots and records it needs through mmap, so a collection never loads the tens of
# thousands of names (that alone would take about 15 ms).
_MAGIC = b"cep-gui apt public packages 1\n"
_SLOT = struct.Struct("<Q")


def _slot_of(name: bytes, slots: int) -> int:
    return zlib.crc32(name) % slots


def _lookup(cache: Path, key: str, wanted: list[str]) -> dict[str, frozenset[str]] | None:
    """The versions listed of each public one of ``wanted``; None for a missing, stale or
    damaged cache."""
    try:
        with cache.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return _search(mm, key.encode("ascii"), wanted)
    except (OSError, ValueError, struct.error):
        return None


def _search(mm: mmap.mmap, key: bytes, wanted: list[str]) -> dict[str, frozenset[str]] | None:
    header = len(_MAGIC) + len(key) + 1
    if mm[: len(_MAGIC)] != _MAGIC or mm[len(_MAGIC) : header] != key + b"\n":
        return None
    (slots,) = _SLOT.unpack_from(mm, header)
    table = header + _SLOT.size
    if slots < 1 or table + slots * _SLOT.size > len(mm):
        return None
    found: dict[str, frozenset[str]] = {}
    for name in wanted:
        encoded = name.encode("utf-8", "surrogateescape")
        slot = _slot_of(encoded, slots)
        for _ in range(slots):
            (offset,) = _SLOT.unpack_from(mm, table + slot * _SLOT.size)
            if offset == 0:
                break  # an empty slot: the name is not listed
            end = mm.find(b"\0", offset)
            if end < 0:
                return None
            listed, _, versions = mm[offset:end].partition(b"\t")
            if listed == encoded:
                found[name] = frozenset(versions.decode("utf-8", "replace").split("\t"))
                break
            slot = (slot + 1) % slots
    return found


def _rebuild(cache: Path, key: str, lists: list[PackageList]) -> None:
    """Write a fresh cache beside the old one and move it into place in one step."""
    versions = _versions_by_name(lists)
    slots = max(1, 2 * len(versions))
    table = [0] * slots
    records = bytearray()
    start = len(_MAGIC) + len(key) + 1 + _SLOT.size + slots * _SLOT.size
    for name, listed in versions.items():
        encoded = name.encode("utf-8", "surrogateescape")
        slot = _slot_of(encoded, slots)
        while table[slot]:
            slot = (slot + 1) % slots
        table[slot] = start + len(records)
        records += encoded + b"\t" + "\t".join(sorted(listed)).encode("utf-8") + b"\0"
    cache.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".apt-packages-", suffix=".tmp", dir=cache.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + key.encode("ascii") + b"\n" + _SLOT.pack(slots))
            fh.write(struct.pack(f"<{slots}Q", *table))
            fh.write(records)
        os.replace(temporary, cache)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _packages_in(lists: Iterable[PackageList]) -> Iterator[Package]:
    for item in lists:
        with _opened(item.path) as fh:
            yield from listed_packages(fh)


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Readable]:
    """A list, decompressed as its name says (apt keeps them lz4-compressed on Debian)."""
    suffix = path.suffix
    if suffix == ".lz4":
        import lz4.frame  # only Linux needs it, and only while the cache is rebuilt

        with lz4.frame.open(path, "rb") as lz4_file:
            yield lz4_file
    elif suffix == ".gz":
        with gzip.open(path, "rb") as gz_file:
            yield gz_file
    elif suffix in (".xz", ".lzma"):
        with lzma.open(path, "rb") as xz_file:
            yield xz_file
    elif suffix == ".bz2":
        with bz2.open(path, "rb") as bz2_file:
            yield bz2_file
    else:
        with path.open("rb") as plain:
            yield plain


def listed_packages(fh: Readable) -> Iterator[Package]:
    """``(Package, Version)`` of each paragraph of a list, read in chunks (lists are tens of MB).

    In apt's lists ``Package:`` opens a paragraph and its ``Version:`` follows.
    """
    carry = b""
    name: bytes | None = None
    while True:
        chunk = fh.read(_CHUNK)
        lines = (carry + chunk).split(b"\n")
        carry = lines.pop() if chunk else b""
        for line in lines:
            if line.startswith(b"Package:"):
                name = line[8:].strip()
            elif line.startswith(b"Version:") and name is not None:
                yield name.decode("utf-8", "replace"), line[8:].strip().decode("utf-8", "replace")
                name = None
            elif not line:
                name = None
        if not chunk:
            return
