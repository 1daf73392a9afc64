"""Icons from resources/icons (SVG, so they stay sharp at any size and scale)."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon


@functools.cache
def _icon(name: str) -> QIcon:
    # One name per joinpath: Python 3.11's MultiplexedPath (what a PyInstaller bundle
    # returns) takes only one.
    path = resources.files("cep_gui.resources").joinpath("icons").joinpath(f"{name}.svg")
    return QIcon(str(path))


def app_icon() -> QIcon:
    return _icon("cep-gui")


def tray_icon(state: str) -> QIcon:
    """``participating``, ``not-participating`` or ``problem``."""
    return _icon(f"tray-{state}")
