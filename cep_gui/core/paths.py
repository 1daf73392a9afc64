"""Where the program keeps its data, by platform convention (overrides come from the caller)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs

from cep_gui.core.exceptions import ConfigError

APP_NAME = "cep-gui"


def default_data_dir() -> Path:
    """The user's data directory (``~/.local/share/cep-gui`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_log_file() -> Path:
    """Where unexpected errors are written, for a bug report (never sent anywhere)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "cep-gui.log"


def private_runtime_dir(
    xdg_runtime_dir: str | None,
    *,
    temp_dir: Path | None = None,
    uid: int | None = None,
    fallback: Path | None = None,
    owner_of: Callable[[Path], int] | None = None,
) -> Path:
    """A per-user folder only its owner can enter, for sockets.

    ``XDG_RUNTIME_DIR`` when the session has one (it is 0700 and the user's own);
    otherwise a ``cep-gui-<uid>`` folder in the temporary folder, made 0700 and
    refused when someone else owns it (so another user cannot take the name first); then
    the user's own runtime folder (``fallback``). When none of them is private, one plain
    error: a socket in a folder others can enter could be answered by them.
    ``temp_dir``, ``uid`` and ``owner_of`` stand in for the system's (tests).
    """
    me = uid if uid is not None else (os.getuid() if hasattr(os, "getuid") else 0)
    owner = owner_of or (lambda path: os.lstat(path).st_uid)
    if xdg_runtime_dir:
        candidate = Path(xdg_runtime_dir)
        if _is_private_dir(candidate, me, owner):
            return candidate
    folder = (temp_dir or Path(tempfile.gettempdir())) / f"{APP_NAME}-{me}"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, exist_ok=True)
    if _is_private_dir(folder, me, owner):
        return folder
    # Someone else holds the name: the user's own runtime folder instead.
    folder = fallback or Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if hasattr(os, "chmod") and owner(folder) == me:
            os.chmod(folder, 0o700)
    if _is_private_dir(folder, me, owner):
        return folder
    raise ConfigError(
        f"there is no private folder for the program's sockets: {folder} belongs to another "
        "user or others may enter it (set XDG_RUNTIME_DIR to a folder of your own, mode 0700)"
    )


def _is_private_dir(folder: Path, uid: int, owner: Callable[[Path], int]) -> bool:
    try:
        st = os.lstat(folder)
        owned_by = owner(folder)
    except OSError:
        return False
    import stat

    if not stat.S_ISDIR(st.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True
    return owned_by == uid and stat.S_IMODE(st.st_mode) & 0o077 == 0
