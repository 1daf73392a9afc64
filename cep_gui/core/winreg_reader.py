"""The real Windows registry through :mod:`winreg` (only importable on Windows)."""

from __future__ import annotations

import sys
from typing import Any

_HIVES = ("HKLM", "HKCU")


class WinRegReader:
    """Implements :class:`cep_gui.core.registry.RegistryReader` on Windows."""

    def _open(self, hive: str, path: str) -> Any:
        if sys.platform != "win32":
            return None
        import winreg

        root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
        try:
            return winreg.OpenKey(root, path, 0, winreg.KEY_READ)
        except OSError:
            return None

    def subkeys(self, hive: str, path: str) -> list[str]:
        if sys.platform != "win32":
            return []
        import winreg

        key = self._open(hive, path)
        if key is None:
            return []
        names: list[str] = []
        with key:
            index = 0
            while True:
                try:
                    names.append(winreg.EnumKey(key, index))
                except OSError:
                    return names
                index += 1

    def values(self, hive: str, path: str) -> dict[str, object]:
        if sys.platform != "win32":
            return {}
        import winreg

        key = self._open(hive, path)
        if key is None:
            return {}
        found: dict[str, object] = {}
        with key:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(key, index)
                except OSError:
                    return found
                found[name] = value
                index += 1
