"""Installed Flatpak applications, from one ``flatpak list`` run.

When its output is not a terminal, ``flatpak list --columns=...`` prints one
row per installed ref with the chosen columns separated by tabs and no header
(flatpak's table printer only adds titles and padding for a terminal).
Runtimes are left out: they are platform pieces, not software the user chose.

An application that declares no version (no release in its AppStream data)
gets an empty version. Its branch (``stable``) is not a version and is not used.

The ``origin`` column names the remote an application was installed from. Applications from
a public remote (:data:`PUBLIC_REMOTES`: Flathub, the distributions' own) are named in a
report; a bundle installed from a file gets a remote of its own (``<app>-origin``) and, like
one from a company's remote, is counted without its name.
"""

from __future__ import annotations

import re

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import Origin, PackageEntry, entry
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

ARGV = ("flatpak", "list", "--app", "--columns=application,version,origin")
#: Remotes whose applications anyone can install.
PUBLIC_REMOTES = frozenset(
    {
        "flathub", "flathub-beta", "fedora", "fedora-testing", "gnome-nightly", "kdeapps",
        "appcenter", "elementary", "eos-apps", "eos-sdk",
    }
)  # fmt: skip
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
        app_id, _, rest = line.partition("\t")
        version, has_origin, remote = rest.partition("\t")
        app_id = app_id.strip()
        if not _APP_ID.fullmatch(app_id):
            continue
        origin: Origin = "unknown"
        if has_origin:
            origin = "public" if remote.strip() in PUBLIC_REMOTES else "local"
        if (item := entry(app_id, version, "flatpak", origin)) is not None:
            found.append(item)
    if lines and not found:
        raise CollectorFailure(ErrorCode.PARSE_ERROR, "flatpak printed no application rows")
    return found
