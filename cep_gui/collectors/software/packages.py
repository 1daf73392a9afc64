"""What every installed-software source returns, and how its text is cleaned.

Each source module (dpkg, rpm, flatpak, snap, windows, macos) yields
:class:`PackageEntry` tuples; the host software collector merges, sorts and
de-duplicates them. Tuples rather than dicts so that merging is cheap and
duplicates are found by plain hashing.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

Source = Literal["dpkg", "rpm", "flatpak", "snap", "windows", "macos"]
#: Where an installed package came from, as far as this machine can tell. Only ``public``
#: ones (the distribution's archive, Flathub, the Snap Store, the Mac App Store) are named
#: in a report; ``local`` (built here, a private archive, sideloaded) and ``unknown`` (the
#: source keeps no origin, or its records are gone) are counted without names.
Origin = Literal["public", "local", "unknown"]

#: Every source, in the order of the catalog's enum.
SOURCES: tuple[Source, ...] = ("dpkg", "rpm", "flatpak", "snap", "windows", "macos")

#: Longest name or version kept; longer text is not a package name but noise.
MAX_TEXT = 256

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


class PackageEntry(NamedTuple):
    name: str
    version: str
    source: Source
    origin: Origin = "unknown"


def error_name(source: Source) -> str:
    """The ``collection_errors`` collector name of one source."""
    return f"host_software.{source}"


def clean(text: str) -> str:
    """Strip surrounding blanks and control characters; cut at :data:`MAX_TEXT`."""
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)
    return text.strip()[:MAX_TEXT].strip()


def entry(
    name: str, version: str, source: Source, origin: Origin = "unknown"
) -> PackageEntry | None:
    """A cleaned entry, or None when nothing is left of the name."""
    name = clean(name)
    if not name:
        return None
    return PackageEntry(name, clean(version), source, origin)
