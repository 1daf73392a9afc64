"""The view of the machine that collectors read.

Everything a collector touches (file system root, home directory, environment,
external tools, the Windows registry) comes through :class:`SystemEnv`, so tests
can point a collector at a directory of real-format files instead of this machine.
"""

from __future__ import annotations

import contextlib
import ipaddress
import itertools
import os
import platform
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cep_gui.core.registry import RegistryReader
from cep_gui.core.runner import CommandRunner, SubprocessRunner

__all__ = ["PlatformName", "RegistryReader", "SystemEnv"]

PlatformName = Literal["linux", "windows", "darwin"]


@dataclass(frozen=True)
class SystemEnv:
    platform: PlatformName
    root: Path
    home: Path
    environ: Mapping[str, str]
    machine: str
    kernel: str
    runner: CommandRunner
    registry: RegistryReader | None = None
    #: This machine's host name and network addresses: read only so that the
    #: privacy filter can remove them wherever they turn up.
    hostname: str = ""
    addresses: tuple[str, ...] = ()
    #: The user's cache folder (what collectors may keep between runs, such as the names in
    #: the distribution's package lists); None keeps nothing.
    cache_dir: Path | None = None

    def path(self, absolute: str) -> Path:
        """An absolute system path (``/proc/cpuinfo``) under this view's root."""
        return self.root / absolute.lstrip("/")

    def read_text(self, absolute: str, limit: int = 4 * 1024 * 1024) -> str:
        """Read a small system file; raises OSError like ``open`` does."""
        with self.path(absolute).open("rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise ValueError(f"{absolute} is larger than {limit} bytes")
        return data.decode("utf-8", errors="replace")

    def read_optional(self, absolute: str) -> str | None:
        """The stripped content of a small file, or None when it is absent or unreadable."""
        try:
            return self.read_text(absolute, limit=65536).strip()
        except (OSError, ValueError):
            return None

    @classmethod
    def current(cls) -> SystemEnv:
        uname = platform.uname()
        registry: RegistryReader | None = None
        if sys.platform == "win32":
            from cep_gui.core.winreg_reader import WinRegReader

            registry = WinRegReader()
        return cls(
            platform=_platform_name(),
            root=Path(os.path.abspath(os.sep)),
            home=Path.home(),
            environ=dict(os.environ),
            machine=uname.machine,
            kernel=uname.release,
            runner=SubprocessRunner(os.environ),
            registry=registry,
            hostname=socket.gethostname(),
            addresses=_own_addresses(),
            cache_dir=_cache_dir(),
        )


def _cache_dir() -> Path:
    import platformdirs

    from cep_gui.core.paths import APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _own_addresses() -> tuple[str, ...]:
    """MAC and IP addresses of this machine's interfaces (for redaction only)."""
    if sys.platform.startswith("linux"):
        found = linux_addresses(Path("/"))
        if found:
            return found
    import psutil

    try:
        table = psutil.net_if_addrs()
    except OSError:
        return ()
    return tuple(
        sorted({a.address.split("%", 1)[0] for addrs in table.values() for a in addrs if a.address})
    )


def linux_addresses(root: Path) -> tuple[str, ...]:
    """The same addresses from /sys and /proc, without loading psutil (13 ms a run):
    each interface's MAC, the local IPv4 addresses of the routing trie, the IPv6 ones."""
    found: set[str] = set()
    try:
        for interface in (root / "sys/class/net").iterdir():
            with contextlib.suppress(OSError):
                mac = (interface / "address").read_text().strip()
                if mac:
                    found.add(mac)
        lines = (root / "proc/net/fib_trie").read_text().splitlines()
    except OSError:
        return ()
    for previous, line in itertools.pairwise(lines):
        if line.strip().startswith("/32 host LOCAL") and "|--" in previous:
            found.add(previous.split("|--", 1)[1].strip())
    with contextlib.suppress(OSError):
        for entry in (root / "proc/net/if_inet6").read_text().splitlines():
            raw = entry.split()[0] if entry.split() else ""
            if len(raw) == 32:
                found.add(str(ipaddress.IPv6Address(int(raw, 16))))
    return tuple(sorted(found))


def _platform_name() -> PlatformName:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "darwin"
    return "linux"
