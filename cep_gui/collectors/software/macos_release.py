"""macOS version facts, from ``SystemVersion.plist``.

The file is what ``sw_vers`` prints, read without starting a process.
"""

from __future__ import annotations

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.plists import plist_dict, plist_text
from cep_gui.collectors.system import SystemEnv

SYSTEM_VERSION = "/System/Library/CoreServices/SystemVersion.plist"
#: The user's region settings; ``AppleLocale`` is what apps started from the Finder use.
GLOBAL_PREFERENCES = "Library/Preferences/.GlobalPreferences.plist"
MAX_PLIST_BYTES = 1024 * 1024

_FIELDS = {
    "ProductName": "host_software.os.name",
    "ProductVersion": "host_software.os.version",
    "ProductBuildVersion": "host_software.os.build",
}


def macos_os(env: SystemEnv) -> FieldValues:
    """``os.name``, ``os.version`` and ``os.build``."""
    with env.path(SYSTEM_VERSION).open("rb") as fh:
        info = plist_dict(fh.read(MAX_PLIST_BYTES), SYSTEM_VERSION)
    found: FieldValues = {}
    for key, field_id in _FIELDS.items():
        if text := plist_text(info.get(key)):
            found[field_id] = text
    return found


def macos_locale(env: SystemEnv) -> str:
    """``AppleLocale`` (``de_DE``, ``en_US@rg=chzzzz``), or "" when not set."""
    try:
        with (env.home / GLOBAL_PREFERENCES).open("rb") as fh:
            data = fh.read(MAX_PLIST_BYTES)
    except FileNotFoundError:
        return ""
    return plist_text(plist_dict(data, GLOBAL_PREFERENCES).get("AppleLocale"))
