"""Operating system, desktop and language facts of the host.

The per-OS sources (os-release, the registry, ``SystemVersion.plist``) live in
``os_linux``, ``os_windows`` and ``os_macos``; this module adds what comes from
the process view (architecture, kernel, session environment) and turns raw
names into the catalog's normalized values. Each part is guarded on its own, so
an unreadable release file does not cost the architecture or the language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cep_gui.collectors.architecture import normalize_architecture
from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.privacy import Public

ERROR_NAME = "host_software.os"

FAMILIES = {"linux": "linux", "windows": "windows", "darwin": "macos"}

#: Desktop names as they appear in XDG_CURRENT_DESKTOP / DESKTOP_SESSION → shown name.
_DESKTOPS = {
    "gnome": "GNOME",
    "gnome-classic": "GNOME",
    "gnome-flashback": "GNOME",
    "ubuntu": "GNOME",  # Ubuntu's default session is GNOME with Ubuntu's settings
    "kde": "KDE",
    "plasma": "KDE",
    "plasmawayland": "KDE",
    "plasmax11": "KDE",
    "xfce": "XFCE",
    "xfce4": "XFCE",
    "cinnamon": "Cinnamon",
    "mate": "MATE",
    "lxqt": "LXQt",
    "lxde": "LXDE",
    "budgie": "Budgie",
    "budgie-desktop": "Budgie",
    "pantheon": "Pantheon",
    "unity": "Unity",
    "deepin": "Deepin",
    "dde": "Deepin",
    "enlightenment": "Enlightenment",
    "cosmic": "COSMIC",
    "sway": "sway",
    "hyprland": "Hyprland",
    "i3": "i3",
}
#: An unknown desktop name is kept only when it looks like a name, not free text.
_DESKTOP_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+._-]{0,31}")

_SESSION_TYPES = frozenset({"x11", "wayland", "tty"})

#: ``de_DE.UTF-8``, ``pt_BR@euro``, ``de-DE``, ``sr-Latn-RS``, ``zh-Hans_CN``.
_LOCALE = re.compile(
    r"(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<script>[A-Za-z]{4}))?(?:[-_](?P<region>[A-Za-z]{2}|\d{3}))?"
)
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def collect_os(env: SystemEnv, errors: ErrorSink) -> FieldValues:
    values: FieldValues = {"host_software.os.family": FAMILIES[env.platform]}
    if env.platform != "linux":
        values["host_software.os.id"] = Public(FAMILIES[env.platform])
    if arch := architecture(env.machine):
        values["host_software.os.architecture"] = arch
    if env.platform != "windows" and env.kernel.strip():
        # On Windows uname's release is just "10"; os_windows gives the NT version.
        values["host_software.os.kernel"] = env.kernel.strip()
    with errors.guard(ERROR_NAME):
        values.update(_release(env))
    with errors.guard(ERROR_NAME):
        values.update(_session(env))
    with errors.guard(ERROR_NAME):
        if tag := _language(env):
            values["host_software.locale.language"] = tag
    return values


def _release(env: SystemEnv) -> FieldValues:
    if env.platform == "linux":
        from cep_gui.collectors.software.linux_release import linux_os

        return linux_os(env)
    if env.platform == "windows":
        from cep_gui.collectors.software.windows_release import windows_os

        return windows_os(env)
    from cep_gui.collectors.software.macos_release import macos_os

    return macos_os(env)


def _session(env: SystemEnv) -> FieldValues:
    found: FieldValues = {}
    if env.platform == "linux":
        if desktop := desktop_environment(env.environ):
            found["host_software.desktop.environment"] = desktop
        if session := session_type(env.environ):
            found["host_software.desktop.session_type"] = session
    else:
        found["host_software.desktop.session_type"] = FAMILIES[env.platform]
    return found


def _language(env: SystemEnv) -> str | None:
    if env.platform == "windows":
        if env.registry is None:
            return None  # already counted once by the release facts
        from cep_gui.collectors.software.windows_release import windows_locale

        return language_tag(windows_locale(env))
    tag = environment_language(env.environ)
    if tag is None and env.platform == "darwin":
        from cep_gui.collectors.software.macos_release import macos_locale

        tag = language_tag(macos_locale(env))
    return tag


def architecture(machine: str) -> str | None:
    """The catalog's architecture name for a machine name (``uname -m``, ``AMD64``)."""
    return normalize_architecture(machine)


def desktop_environment(environ: Mapping[str, str]) -> str | None:
    """The desktop of the session: ``ubuntu:GNOME`` → GNOME, ``X-Cinnamon`` → Cinnamon."""
    names = [n.strip() for n in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if n.strip()]
    for name in names:
        if known := _known_desktop(name):
            return known
    if names:
        return _plain_desktop(names[0])
    session = environ.get("DESKTOP_SESSION", "").strip().rstrip("/").rpartition("/")[2]
    if not session:
        return None
    return _known_desktop(session) or _plain_desktop(session)


def _known_desktop(name: str) -> str | None:
    key = name.lower().removeprefix("x-")
    if key in _DESKTOPS:
        return Public(_DESKTOPS[key])
    # Session variants: gnome-xorg, plasma-wayland, ubuntu-wayland, i3-with-shmlog.
    base = re.split(r"[-_]", key, maxsplit=1)[0]
    return Public(_DESKTOPS[base]) if base in _DESKTOPS else None


def _plain_desktop(name: str) -> str | None:
    name = name.removeprefix("X-").removeprefix("x-")
    return name if _DESKTOP_TOKEN.fullmatch(name) else None


def session_type(environ: Mapping[str, str]) -> str | None:
    """x11, wayland or tty from XDG_SESSION_TYPE (else the display variables), or other."""
    kind = environ.get("XDG_SESSION_TYPE", "").strip().lower()
    if kind in _SESSION_TYPES:
        return kind
    if kind and kind != "unspecified":
        return "other"
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if environ.get("DISPLAY"):
        return "x11"
    return None


def environment_language(environ: Mapping[str, str]) -> str | None:
    """The language tag of the first of LC_ALL, LC_MESSAGES, LANG that names a language.

    Unset, empty, ``C``, ``C.UTF-8`` and ``POSIX`` name no language and are passed over.
    """
    for variable in _LOCALE_VARIABLES:
        if tag := language_tag(environ.get(variable, "")):
            return tag
    return None


def language_tag(locale: str) -> str | None:
    """A BCP 47 tag from a POSIX locale or a Windows/Apple locale name.

    ``de_DE.UTF-8`` → ``de-DE``, ``pt_BR@euro`` → ``pt-BR``, ``sr-latn-rs`` →
    ``sr-Latn-RS``. Anything that is not a plain language[-script][-region]
    (``C``, ``POSIX``, free text) gives None.
    """
    core = re.split(r"[.@]", locale.strip(), maxsplit=1)[0]
    match = _LOCALE.fullmatch(core)
    if match is None:
        return None
    parts = [match["lang"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    return "-".join(parts)
