"""Installed snaps, read from each mounted snap's ``meta/snap.yaml``.

Reading the mounted metadata avoids starting ``snap`` (which asks snapd over a
socket and can take seconds). Only two top-level scalar keys are needed, so a
line scan replaces a YAML library. Base snaps and snapd itself are listed too:
they are installed software like any other.

A snap from the Snap Store is mounted under its store revision (``/snap/firefox/5361``); one
installed from a file (``snap install --dangerous``) gets a local revision ``x1``, ``x2``...:
counted, never named.
"""

from __future__ import annotations

import os
from pathlib import Path

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import Origin, PackageEntry, entry, error_name
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import ErrorCode

#: Mount roots of snaps: Debian/Ubuntu, and distributions that keep /snap off the root.
SNAP_ROOTS = ("/snap", "/var/lib/snapd/snap")
MAX_YAML_BYTES = 1024 * 1024


def read_snap(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Installed snaps, or None when no snap mount root exists."""
    roots = [env.path(root) for root in SNAP_ROOTS]
    roots = [root for root in roots if root.is_dir()]
    if not roots:
        return None
    found: list[PackageEntry] = []
    for root in roots:
        with os.scandir(root) as it:
            names = sorted(e.name for e in it if e.is_dir() and not e.name.startswith("."))
        for snap in names:
            meta = root / snap / "current" / "meta" / "snap.yaml"
            try:
                with meta.open("rb") as fh:
                    data = fh.read(MAX_YAML_BYTES)
            except FileNotFoundError:
                continue  # /snap/bin, or a snap without a current revision
            except OSError as exc:
                errors.add(error_name("snap"), ErrorCode.UNAVAILABLE, f"{meta}: {exc}")
                continue
            name, version = parse_snap_yaml(data.decode("utf-8", "replace"))
            origin = _origin(root / snap / "current")
            if (item := entry(name or snap, version, "snap", origin)) is not None:
                found.append(item)
    return found


def _origin(current: Path) -> Origin:
    """Store revisions are numbers; a snap installed from a file has ``x<n>``."""
    try:
        revision = os.readlink(current)
    except OSError:
        return "unknown"
    revision = revision.rstrip("/").rsplit("/", 1)[-1]
    if revision.isascii() and revision.isdigit():
        return "public"
    return "local" if revision.startswith("x") else "unknown"


def parse_snap_yaml(text: str) -> tuple[str, str]:
    """The top-level ``name`` and ``version`` of a snap.yaml (empty when absent)."""
    values = {"name": "", "version": ""}
    for line in text.splitlines():
        key, sep, raw = line.partition(":")
        if sep and key in values and not values[key]:
            values[key] = _scalar(raw)
            if all(values.values()):
                break
    return values["name"], values["version"]


def _scalar(raw: str) -> str:
    """A plain, single- or double-quoted YAML scalar on one line."""
    raw = raw.strip()
    if raw[:1] == "'":
        end = raw.find("'", 1)
        while end >= 0 and raw[end + 1 : end + 2] == "'":
            end = raw.find("'", end + 2)
        body = raw[1:end] if end > 0 else raw[1:]
        return body.replace("''", "'")
    if raw[:1] == '"':
        end = 1
        while end < len(raw) and raw[end] != '"':
            end += 2 if raw[end] == "\\" else 1
        return raw[1:end].replace('\\"', '"').replace("\\\\", "\\")
    if raw[:1] in ("|", ">"):
        return ""  # block scalars are not used for names or versions
    value, _, _ = raw.partition(" #")
    return value.strip()
