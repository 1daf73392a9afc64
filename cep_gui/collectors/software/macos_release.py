"""macOS version facts, from ``SystemVersion.plist``.

The file is what ``sw_vers`` prints, read without starting a process.
"""

from __future__ import annotations

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.plists import plist_dict, plist_text
from cep_gui.collectors.software.os_vocabulary import MACOS_BUILD, macos_name, release_number
from cep_gui.collectors.system import SystemEnv

SYSTEM_VERSION = "/System/Library/CoreServices/SystemVersion.plist"
#: The user's region settings; ``AppleLocale`` is what apps started from the Finder use.
GLOBAL_PREFERENCES = "Library/Preferences/.GlobalPreferences.plist"
MAX_PLIST_BYTES = 1024 * 1024


def macos_os(env: SystemEnv) -> FieldValues:
    """``os.name``, ``os.version`` and ``os.build``, each only in its known form."""
    with env.path(SYSTEM_VERSION).open("rb") as fh:
        info = plist_dict(fh.read(MAX_PLIST_BYTES), SYSTEM_VERSION)
    found: FieldValues = {}
    if name := macos_name(plist_text(info.get("ProductName"))):
        found["host_software.os.name"] = name
    if version := release_number(plist_text(info.get("ProductVersion"))):
        found["host_software.os.version"] = version
    build = plist_text(info.get("ProductBuildVersion"))
    if MACOS_BUILD.fullmatch(build):
        found["host_software.os.build"] = build
    return found


def macos_locale(env: SystemEnv) -> str:
    """``AppleLocale`` (``de_DE``, ``en_US@rg=chzzzz``), or "" when not set."""
    try:
        with (env.home / GLOBAL_PREFERENCES).open("rb") as fh:
            data = fh.read(MAX_PLIST_BYTES)
    except FileNotFoundError:
        return ""
    return plist_text(plist_dict(data, GLOBAL_PREFERENCES).get("AppleLocale"))
