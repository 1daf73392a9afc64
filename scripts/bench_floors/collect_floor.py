"""The floor for ``cep-gui collect --json``: the least a Python collector must do.

It reads the installed packages from dpkg's status file, the CPU and memory from /proc
and the OS from os-release, and prints them as JSON. No catalog, no privacy filter, no
validation: the time any Python program needs to gather these facts, for comparison.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def packages(status: Path) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    name = version = ""
    installed = False
    for line in status.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line:
            if installed and name:
                found.append((name, version))
            name, version, installed = "", "", False
        elif line.startswith("Package: "):
            name = line[9:]
        elif line.startswith("Version: "):
            version = line[9:]
        elif line.startswith("Status: "):
            installed = line.endswith(" installed")
    if installed and name:
        found.append((name, version))
    return sorted(found)


def cpu() -> dict[str, object]:
    models = [
        line.split(":", 1)[1].strip()
        for line in Path("/proc/cpuinfo").read_text().splitlines()
        if line.startswith("model name")
    ]
    return {"model": models[0] if models else "", "threads": len(models)}


def memory_kib() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1])
    return 0


def os_release() -> dict[str, str]:
    values: dict[str, str] = {}
    for line in Path("/etc/os-release").read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key] = value.strip('"')
    return values


def main() -> int:
    report = {
        "cpu": cpu(),
        "memory_kib": memory_kib(),
        "os": os_release(),
        "packages": packages(Path("/var/lib/dpkg/status")),
    }
    sys.stdout.write(json.dumps(report, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
