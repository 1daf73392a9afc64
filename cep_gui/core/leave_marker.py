"""A leave that could not be written to a full disk still takes effect.

Leaving must work when nothing can be written. The store first gives back its
reserve file; if even then the transaction fails, an empty marker file is created
(it needs no data blocks, only a name) and every sender treats the computer as not
taking part while it exists. The next command with space records the leave
properly and removes the marker.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cep_gui.core.store import DB_NAME

MARKER_NAME = DB_NAME + ".leave-requested"


def request(data_dir: Path) -> bool:
    """Create the marker; False when even that is impossible."""
    try:
        fd = os.open(
            data_dir / MARKER_NAME, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
    except OSError:
        return False
    os.close(fd)
    return True


def pending(data_dir: Path) -> bool:
    return os.path.lexists(data_dir / MARKER_NAME)


def clear(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / MARKER_NAME).unlink()
