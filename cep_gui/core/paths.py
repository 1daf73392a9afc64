"""Where the program keeps its data, by platform convention (overrides come from the caller)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "cep-gui"


def default_data_dir() -> Path:
    """The user's data directory (``~/.local/share/cep-gui`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_log_file() -> Path:
    """Where unexpected errors are written, for a bug report (never sent anywhere)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "cep-gui.log"


def private_runtime_dir(xdg_runtime_dir: str | None) -> Path:
    """A per-user folder only its owner can enter, for sockets.

    ``XDG_RUNTIME_DIR`` when the session has one (it is 0700 and the user's own);
    otherwise a ``cep-gui-<uid>`` folder in the temporary folder, made 0700 and
    refused when someone else owns it (so another user cannot take the name first).
    """
    if xdg_runtime_dir:
        candidate = Path(xdg_runtime_dir)
        if _is_private_dir(candidate):
            return candidate
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"{APP_NAME}-{uid}"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, exist_ok=True)
    if not _is_private_dir(folder):
        # Someone else holds the name: fall back to our data folder's own runtime space.
        folder = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False, ensure_exists=True))
        if hasattr(os, "chmod"):
            os.chmod(folder, 0o700)
    return folder


def _is_private_dir(folder: Path) -> bool:
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    import stat

    if not stat.S_ISDIR(st.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077 == 0
