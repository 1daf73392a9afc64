"""Start the tray component at login (XDG autostart on Linux).

A package may install a machine-wide entry (/etc/xdg/autostart); a user turns it off
for themselves with a user entry marked ``Hidden=true``, as the XDG spec says.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ENTRY_NAME = "cep-gui.desktop"
SYSTEM_DIRS = ("/etc/xdg",)


def autostart_file(environ: Mapping[str, str]) -> Path:
    env = environ
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def system_entries(environ: Mapping[str, str]) -> list[Path]:
    env = environ
    dirs = (env.get("XDG_CONFIG_DIRS") or ":".join(SYSTEM_DIRS)).split(":")
    return [Path(d) / "autostart" / ENTRY_NAME for d in dirs if d]


def app_command() -> list[str]:
    """How to start this very program: the bundle's executable, or Python with the module.

    ``-P``: the working folder is not put on the module path, so a folder there that happens
    to be called ``cep_gui`` can never be what runs (a login session, or the tray's report
    builder, starts from wherever the user happens to be)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-P", "-m", "cep_gui"]


def is_enabled(environ: Mapping[str, str], path: Path | None = None) -> bool:
    target = path or autostart_file(environ)
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return path is None and any(p.exists() for p in system_entries(environ))
    return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text


def enable(environ: Mapping[str, str], command: Sequence[str], path: Path | None = None) -> Path:
    return _write(path or autostart_file(environ), command, hidden=False)


def disable(environ: Mapping[str, str], path: Path | None = None) -> None:
    target = path or autostart_file(environ)
    if path is None and any(p.exists() for p in system_entries(environ)):
        _write(target, app_command(), hidden=True)  # override the machine-wide entry
    else:
        target.unlink(missing_ok=True)


def _write(target: Path, command: Sequence[str], *, hidden: bool) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Customer Experience Program\n"
        "Comment=Sends technical feedback on schedule, only while you take part\n"
        f"Exec={shlex.join(command)} tray\n"
        "Icon=cep-gui\n"
        "Terminal=false\n"
        f"Hidden={'true' if hidden else 'false'}\n"
        f"X-GNOME-Autostart-enabled={'false' if hidden else 'true'}\n",
        encoding="utf-8",
    )
    return target
