"""One spelling of processor architectures for the whole catalog."""

from __future__ import annotations

_ARCHITECTURES = {
    "x86_64": "x86_64",
    "amd64": "x86_64",
    "x64": "x86_64",
    "i386": "x86",
    "i486": "x86",
    "i586": "x86",
    "i686": "x86",
    "x86": "x86",
    "aarch64": "arm64",
    "arm64": "arm64",
    "aarch64_be": "arm64",
    "riscv64": "riscv64",
    "ppc64le": "ppc64le",
    "s390x": "s390x",
}


def normalize_architecture(machine: str) -> str | None:
    """Map ``uname -m`` / ``PROCESSOR_ARCHITECTURE`` spellings to the catalog's enum.

    None when nothing was reported; ``other`` for an architecture the catalog does not name.
    """
    name = machine.strip().lower()
    if not name:
        return None
    if name in _ARCHITECTURES:
        return _ARCHITECTURES[name]
    return "arm" if name.startswith("arm") else "other"
