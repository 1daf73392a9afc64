"""Start the tray component at login (XDG autostart on Linux)."""

from __future__ import annotations

import os
import shlex
from collections.abc import Sequence
from pathlib import Path

ENTRY_NAME = "cep-gui.desktop"


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def is_enabled(path: Path | None = None) -> bool:
    target = path or autostart_file()
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return False
    return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text


def enable(command: Sequence[str], path: Path | None = None) -> Path:
    target = path or autostart_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Customer Experience Program\n"
        "Comment=Sends technical feedback on schedule, only while you take part\n"
        f"Exec={shlex.join(command)} tray\n"
        "Icon=cep-gui\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
    return target


def disable(path: Path | None = None) -> None:
    target = path or autostart_file()
    target.unlink(missing_ok=True)
