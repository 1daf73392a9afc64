"""Gather the identifiers of this machine and its users, so the filter can remove them.

They are read only to be redacted: nothing here is ever put into a report.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import PurePosixPath, PureWindowsPath

from cep_gui.collectors.system import SystemEnv
from cep_gui.core.privacy import MachineIdentifiers

_SERIAL_FILES = (
    "/sys/class/dmi/id/product_serial",
    "/sys/class/dmi/id/board_serial",
    "/sys/class/dmi/id/chassis_serial",
    "/sys/class/dmi/id/product_uuid",
    "/etc/machine-id",
    "/var/lib/dbus/machine-id",
)
_HUMAN_UIDS = range(1000, 60000)
#: The parts of a real name: runs of letters ("Jane-Marie Roe" → Jane, Marie, Roe).
_NAME_PART = re.compile(r"[^\W\d_]{2,}")
_PLACEHOLDER_SERIALS = {
    "",
    "0",
    "none",
    "default string",
    "to be filled by o.e.m.",
    "not specified",
}


def gather_identifiers(env: SystemEnv) -> MachineIdentifiers:
    users: set[str] = set()
    homes: set[str] = set()
    hosts: set[str] = set()
    secrets: set[str] = set()

    for var in ("USER", "LOGNAME", "USERNAME", "SUDO_USER"):
        if env.environ.get(var):
            users.add(env.environ[var])
    for var in ("HOME", "USERPROFILE"):
        if env.environ.get(var):
            homes.add(env.environ[var])
    homes.add(str(env.home))
    users.update(_home_owner(h) for h in homes)
    _passwd_accounts(env, users, homes)

    for name in (
        env.hostname,
        env.environ.get("HOSTNAME", ""),
        env.environ.get("COMPUTERNAME", ""),
    ):
        _add_host(hosts, name)
    _add_host(hosts, env.read_optional("/etc/hostname") or "")

    for path in _SERIAL_FILES:
        value = env.read_optional(path)
        if value and value.casefold() not in _PLACEHOLDER_SERIALS:
            secrets.add(value)
    for address in env.addresses:
        if not _is_loopback(address):
            secrets.add(address)
    return MachineIdentifiers(
        user_names=frozenset(u for u in users if u),
        host_names=frozenset(hosts),
        home_dirs=frozenset(h for h in homes if h and h not in ("/", "C:\\")),
        secrets=frozenset(secrets),
    )


def _home_owner(home: str) -> str:
    path = PureWindowsPath(home) if "\\" in home else PurePosixPath(home)
    return path.name


def _passwd_accounts(env: SystemEnv, users: set[str], homes: set[str]) -> None:
    """Human accounts from /etc/passwd: their names, real names and home folders."""
    text = env.read_optional("/etc/passwd")
    if not text:
        return
    for line in text.splitlines():
        parts = line.split(":")
        if len(parts) < 7 or not parts[2].isdigit() or int(parts[2]) not in _HUMAN_UIDS:
            continue
        users.add(parts[0])
        real_name = parts[4].split(",", 1)[0].strip()
        if real_name:
            users.add(real_name)
            # Every part, however short ("Li", "Wu", "Roe"): the filter matches whole words.
            users.update(_NAME_PART.findall(real_name))
        if parts[5] and parts[5] != "/":
            homes.add(parts[5])


def _add_host(hosts: set[str], name: str) -> None:
    name = name.strip().rstrip(".")
    if not name or name in ("localhost", "localhost.localdomain"):
        return
    hosts.add(name)
    hosts.add(name.split(".", 1)[0])


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address in ("00:00:00:00:00:00", "")
