"""Read-only access to the Windows registry, as collectors and the policy reader see it."""

from __future__ import annotations

from typing import Protocol


class RegistryReader(Protocol):
    """The real ``winreg`` on Windows, or a parsed ``.reg`` export in tests."""

    def subkeys(self, hive: str, path: str) -> list[str]:
        """Names of the subkeys of ``hive\\path``; empty when the key does not exist."""
        ...

    def values(self, hive: str, path: str) -> dict[str, object]:
        """Values of ``hive\\path`` (str, int, list[str] or bytes); empty when missing."""
        ...
