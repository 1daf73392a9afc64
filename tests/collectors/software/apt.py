"""Real-format apt package lists in a test root: a Release file and an lz4-compressed list.

The lists are written the way ``apt-get update`` leaves them in ``/var/lib/apt/lists``: the
archive's ``InRelease`` with its ``Origin``, and one ``*_Packages.lz4`` per component with a
paragraph per package.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import lz4.frame

LISTS = "var/lib/apt/lists"


def release(origin: str, suite: str = "bookworm") -> bytes:
    return (
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n"
        f"Origin: {origin}\nLabel: {origin}\nSuite: {suite}\nCodename: {suite}\n"
        "Date: Sat, 11 Jan 2025 10:36:53 UTC\nArchitectures: amd64 arm64\n"
        "Components: main contrib non-free-firmware\nSHA256:\n"
        " 0b6ba2f7d1e3ffb4d9a1bf1e2f1f3c5c7a2e8d3f7a9d4b6c1e2f3a4b5c6d7e8f 1024 main/Contents-all\n"
        "-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCgAdFiEE\n-----END PGP SIGNATURE-----\n"
    ).encode()


def packages(listed: Iterable[str | tuple[str, str]]) -> bytes:
    """Paragraphs for ``name`` (version 1.0-1) or ``(name, version)`` entries."""
    pairs = [(item, "1.0-1") if isinstance(item, str) else item for item in listed]
    return "".join(
        f"Package: {name}\nSource: {name}-src\nVersion: {version}\nInstalled-Size: 100\n"
        f"Maintainer: Debian Maintainers <debian@lists.example>\nArchitecture: amd64\n"
        f"Description: {name} package\nSection: misc\nPriority: optional\n"
        f"Filename: pool/main/{name[0]}/{name}/{name}_1.0-1_amd64.deb\nSize: 4242\n\n"
        for name, version in pairs
    ).encode()


def write_archive(
    root: Path,
    names: Iterable[str | tuple[str, str]],
    *,
    site: str = "deb.debian.org_debian",
    suite: str = "bookworm",
    origin: str = "Debian",
    compression: str = "lz4",
) -> Path:
    """One archive's Release file and main/binary-amd64 list; returns the list's path."""
    lists = root / LISTS
    lists.mkdir(parents=True, exist_ok=True)
    (lists / f"{site}_dists_{suite}_InRelease").write_bytes(release(origin, suite))
    data = packages(names)
    target = lists / f"{site}_dists_{suite}_main_binary-amd64_Packages"
    if compression == "lz4":
        target = target.with_name(target.name + ".lz4")
        target.write_bytes(lz4.frame.compress(data))
    elif compression == "gz":
        import gzip

        target = target.with_name(target.name + ".gz")
        target.write_bytes(gzip.compress(data))
    elif compression == "xz":
        import lzma

        target = target.with_name(target.name + ".xz")
        target.write_bytes(lzma.compress(data))
    else:
        target.write_bytes(data)
    return target
