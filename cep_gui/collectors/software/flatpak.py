"""Installed Flatpak applications, from one ``flatpak list`` run.

When its output is not a terminal, ``flatpak list --columns=...`` prints one
row per installed ref with the chosen columns separated by tabs and no header
(flatpak's table printer only adds titles and padding for a terminal).
Runtimes are left out: they are platform pieces, not software the user chose.

An application that declares no version (no release in its AppStream data)
gets an empty version. Its branch (``stable``) is not a version and is not used.
"""

from __future__ import annotations

import re

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import PackageEntry, entry
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

ARGV = ("flatpak", "list", "--app", "--columns=application,version")
TIMEOUT = 5.0

#: A Flatpak application ID: reverse-DNS, at least three dot-separated parts.
#: Anything else (a title row, colour codes from forced "fancy" output) is skipped.
_APP_ID = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*){2,}")


def read_flatpak(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Installed Flatpak applications, or None when Flatpak is not installed."""
    if not env.runner.available("flatpak"):
        return None
    return parse_flatpak_list(env.runner.run(ARGV, timeout=TIMEOUT))


def parse_flatpak_list(text: str) -> list[PackageEntry]:
    found: list[PackageEntry] = []
    lines = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines += 1
        app_id, _, version = line.partition("\t")
        app_id = app_id.strip()
        if not _APP_ID.fullmatch(app_id):
            continue
        if (item := entry(app_id, version, "flatpak")) is not None:
            found.append(item)
    if lines and not found:
        raise CollectorFailure(ErrorCode.PARSE_ERROR, "flatpak printed no application rows")
    return found
