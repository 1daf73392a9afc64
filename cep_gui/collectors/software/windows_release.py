"""Windows version facts, from ``HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion``.

The registry is what ``winver`` shows, and reading it needs no process start.
Its ``ProductName`` still says "Windows 10" on Windows 11, so the build number
decides (Windows 11 starts at build 22000).
"""

from __future__ import annotations

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.software.os_vocabulary import WINDOWS_VERSION, windows_name
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode
from cep_gui.core.registry import RegistryReader

CURRENT_VERSION = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion"
INTERNATIONAL = r"Control Panel\International"
FIRST_WINDOWS_11_BUILD = 22000


def registry(env: SystemEnv) -> RegistryReader:
    if env.registry is None:
        raise CollectorFailure(ErrorCode.UNAVAILABLE, "no registry access")
    return env.registry


def windows_os(env: SystemEnv) -> FieldValues:
    """``os.name``, ``os.version``, ``os.build`` and ``os.kernel`` from the registry."""
    values = registry(env).values("HKLM", CURRENT_VERSION)
    if not values:
        raise CollectorFailure(ErrorCode.UNAVAILABLE, "CurrentVersion key is not readable")
    build = _text(values.get("CurrentBuild")) or _text(values.get("CurrentBuildNumber"))
    found: FieldValues = {}
    name = _text(values.get("ProductName"))
    if name.startswith("Windows 10") and build.isdigit() and int(build) >= FIRST_WINDOWS_11_BUILD:
        name = "Windows 11" + name[len("Windows 10") :]
    # ProductName is writable text: only a release and edition from the list go out.
    if named := windows_name(name):
        found["host_software.os.name"] = named
    version = _text(values.get("DisplayVersion")) or _text(values.get("ReleaseId"))
    if WINDOWS_VERSION.fullmatch(version):
        found["host_software.os.version"] = version
    if build.isascii() and build.isdigit():
        ubr = values.get("UBR")
        has_ubr = isinstance(ubr, int) and not isinstance(ubr, bool)
        found["host_software.os.build"] = f"{build}.{ubr}" if has_ubr else build
        kernel = _kernel(values, build)
        if kernel:
            found["host_software.os.kernel"] = kernel
    return found


def windows_locale(env: SystemEnv) -> str:
    """The user's locale name (``de-DE``), without a sort-order suffix (``_phoneb``)."""
    name = _text(registry(env).values("HKCU", INTERNATIONAL).get("LocaleName"))
    return name.partition("_")[0]


def _kernel(values: dict[str, object], build: str) -> str:
    """NT kernel version: ``10.0.22631`` (Windows 10 and later) or ``6.1.7601``."""
    major, minor = values.get("CurrentMajorVersionNumber"), values.get("CurrentMinorVersionNumber")
    if isinstance(major, int) and isinstance(minor, int):
        return f"{major}.{minor}.{build}"
    legacy = _text(values.get("CurrentVersion"))
    return f"{legacy}.{build}" if legacy else ""


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
