"""Installed macOS applications, from the ``Info.plist`` of each app bundle.

Application bundles in ``/Applications`` (and one folder below, like
``Utilities``) and in the user's ``~/Applications`` are what the Finder shows
as installed. Reading their property lists is far faster than asking
``system_profiler``, which takes seconds.

An application from the Mac App Store carries the store's receipt
(``Contents/_MASReceipt/receipt``) and is named in a report. For any other application the
bundle does not say where it came from (a download from its maker and a company's in-house
tool look alike): it is of unknown origin, counted with a note, never named.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.plists import plist_dict, plist_text
from cep_gui.collectors.software.packages import PackageEntry, entry, error_name
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

MAX_PLIST_BYTES = 4 * 1024 * 1024

#: Where a bundle keeps its property list: a normal app, and an iPhone/iPad app
#: installed on Apple silicon (a wrapper whose ``WrappedBundle`` is the real app).
_PLIST_PLACES = ("Contents/Info.plist", "WrappedBundle/Info.plist")


def read_macos(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    found: list[PackageEntry] = []
    for bundle in app_bundles(env):
        item = _bundle_entry(bundle, errors)
        if item is not None:
            found.append(item)
    return found


def app_bundles(env: SystemEnv) -> Iterator[Path]:
    """``/Applications/*.app``, ``/Applications/*/*.app`` and ``~/Applications/*.app``."""
    system = env.path("/Applications")
    for entry_ in _list_dir(system):
        if entry_.name.endswith(".app"):
            yield Path(entry_.path)
        elif entry_.is_dir():
            for inner in _list_dir(Path(entry_.path)):
                if inner.name.endswith(".app"):
                    yield Path(inner.path)
    for entry_ in _list_dir(env.home / "Applications"):
        if entry_.name.endswith(".app"):
            yield Path(entry_.path)


def _list_dir(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []


def _bundle_entry(bundle: Path, errors: ErrorSink) -> PackageEntry | None:
    for place in _PLIST_PLACES:
        plist = bundle / place
        try:
            with plist.open("rb") as fh:
                data = fh.read(MAX_PLIST_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as exc:
            errors.add(error_name("macos"), ErrorCode.UNAVAILABLE, f"{plist}: {exc}")
            return None
        if len(data) > MAX_PLIST_BYTES:
            errors.add(error_name("macos"), ErrorCode.TOO_LARGE, str(plist))
            return None
        return _from_plist(bundle, plist, data, errors)
    return None  # not a real bundle (no property list): nothing to report


def _from_plist(bundle: Path, plist: Path, data: bytes, errors: ErrorSink) -> PackageEntry | None:
    try:
        info = plist_dict(data, str(plist))
    except CollectorFailure as exc:
        errors.add(error_name("macos"), exc.code, exc.detail)
        return None
    name = plist_text(info.get("CFBundleDisplayName")) or plist_text(info.get("CFBundleName"))
    version = plist_text(info.get("CFBundleShortVersionString")) or plist_text(
        info.get("CFBundleVersion")
    )
    store = (bundle / "Contents" / "_MASReceipt" / "receipt").is_file()
    return entry(name or bundle.stem, version, "macos", "public" if store else "unknown")
