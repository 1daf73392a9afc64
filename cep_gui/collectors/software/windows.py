"""Installed Windows programs, from the registry's Uninstall keys.

These keys are what "Apps & features" lists. Only the display name, display
version and the flags that hide an entry are looked at: the other values
(install and uninstall paths, publisher contacts, help links) can name the
user and are never read.

Nothing in these keys tells where a program came from: an application a company built and
deployed looks like one bought in a shop. Every entry is therefore of unknown origin: counted,
with a note saying so, never named.
"""

from __future__ import annotations

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import PackageEntry, entry
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode
from cep_gui.core.registry import RegistryReader

UNINSTALL_KEYS = (
    ("HKLM", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKLM", r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Uninstall"),
)

#: Entries of these release types are patches of another entry, not programs.
_UPDATE_TYPES = frozenset({"update", "hotfix", "security update"})


def read_windows(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Programs listed in the Uninstall keys of the machine and the current user."""
    if env.registry is None:
        raise CollectorFailure(ErrorCode.UNAVAILABLE, "no registry access")
    found: list[PackageEntry] = []
    for hive, path in UNINSTALL_KEYS:
        for sub in env.registry.subkeys(hive, path):
            item = _program(env.registry, hive, f"{path}\\{sub}")
            if item is not None:
                found.append(item)
    return found


def _program(registry: RegistryReader, hive: str, path: str) -> PackageEntry | None:
    values = registry.values(hive, path)
    name = values.get("DisplayName")
    if not isinstance(name, str) or not name.strip():
        return None
    if _flag(values.get("SystemComponent")) or values.get("ParentKeyName"):
        return None
    release = values.get("ReleaseType")
    if isinstance(release, str) and release.strip().casefold() in _UPDATE_TYPES:
        return None
    version = values.get("DisplayVersion")
    if isinstance(version, int):
        version = str(version)
    return entry(name, version if isinstance(version, str) else "", "windows")


def _flag(value: object) -> bool:
    """A REG_DWORD flag, also tolerating one written as a string."""
    if isinstance(value, int):
        return value == 1
    return isinstance(value, str) and value.strip() == "1"
