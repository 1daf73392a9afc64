"""Where the program keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cep-gui"


def default_data_dir() -> Path:
    """The user's data directory; ``CEP_DATA_DIR`` overrides it (as ``--data-dir`` does)."""
    override = os.environ.get("CEP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
