"""What every virtual-machine parser shares: the record, its error, safe reading.

Parsers turn one configuration file into a :class:`VmRecord` that holds only
technical facts in the collector's own vocabulary (never a name, path, address or
identifier); anything they cannot use raises :class:`VmConfigError`, the one
error the collector counts per format. XML is parsed only through defusedxml with
DTDs refused, so entity expansion and external entities never happen.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cep_gui.collectors.vms.guest_os import UNKNOWN, GuestOs
from cep_gui.core.errors import CollectorFailure, ErrorCode

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

Hypervisor = Literal["parallels", "virtualbox", "vmware", "libvirt", "utm"]

#: Hypervisors in report order (VMs are sorted by this first).
HYPERVISORS: tuple[Hypervisor, ...] = ("parallels", "virtualbox", "vmware", "libvirt", "utm")

#: No real configuration file comes near this; a larger one is not read at all.
MAX_CONFIG_BYTES = 4 * 1024 * 1024

#: The common disk-bus and network-attachment vocabulary (the catalog's values).
DISK_BUSES = ("sata", "scsi", "ide", "nvme", "virtio", "usb", "other")
NETWORK_KINDS = ("nat", "bridged", "host_only", "internal", "other")
USB_LEVELS = ("none", "usb1", "usb2", "usb3")

#: QEMU's target names (what libvirt's ``os/type@arch`` and UTM's ``System/Architecture`` say)
#: onto the catalog's guest architectures. Any other target QEMU emulates is "other".
_QEMU_ARCHITECTURES = {
    "x86_64": "x86_64", "i386": "x86", "i486": "x86", "i586": "x86", "i686": "x86",
    "aarch64": "arm64", "arm": "arm", "armv6l": "arm", "armv7l": "arm", "riscv64": "riscv64",
    "ppc": "ppc", "ppc64": "ppc64", "ppc64le": "ppc64", "m68k": "m68k", "s390x": "s390x",
}  # fmt: skip
_QEMU_TARGET = re.compile(r"[a-z][a-z0-9_]{1,15}")

Setting = str | int | bool


class VmConfigError(CollectorFailure):
    """A configuration file cannot be used (damaged, oversized, not what it claims)."""

    def __init__(self, detail: str, code: ErrorCode = ErrorCode.PARSE_ERROR) -> None:
        super().__init__(code, detail)


@dataclass
class VmRecord:
    """One virtual machine, already reduced to what may be reported.

    ``None`` means "the configuration does not say"; such values are left out of
    the report rather than guessed.
    """

    hypervisor: Hypervisor
    format_version: str | None = None
    guest: GuestOs = UNKNOWN
    tools_version: str | None = None
    cpu_count: int | None = None
    cpu_architecture: str | None = None
    nested_virtualization: bool | None = None
    memory_mib: float | None = None
    #: One bus name (from :data:`DISK_BUSES`) per hard disk; None when unknown.
    disk_buses: list[str] | None = None
    disk_total_bytes: int | None = None
    #: One kind (from :data:`NETWORK_KINDS`) per enabled network adapter.
    network_kinds: list[str] | None = None
    firmware: str | None = None
    secure_boot: bool | None = None
    tpm: bool | None = None
    acceleration_3d: bool | None = None
    usb: str | None = None
    shared_folders: int | None = None
    snapshots: int | None = None
    encrypted: bool | None = None
    machine_type: str | None = None
    host_devices: int | None = None
    #: Allow-listed technical settings, keys prefixed by format (``vmx:memsize``).
    settings: dict[str, Setting] = field(default_factory=dict)


def read_config(path: Path, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Checks the file type first, so a FIFO or device named like a configuration
    file can never block the collector. Raises OSError or :class:`VmConfigError`.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise VmConfigError("not a regular file")
    if info.st_size > limit:
        raise VmConfigError(f"larger than {limit} bytes", ErrorCode.TOO_LARGE)
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise VmConfigError(f"larger than {limit} bytes", ErrorCode.TOO_LARGE)
    return data


def parse_xml(data: bytes) -> Element:
    """The root element of an XML document, or :class:`VmConfigError`.

    DTDs, entity declarations and external references are refused (billion laughs,
    XXE); the declared encoding (ISO-8859-1 in old VirtualBox files) is honoured.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except (ParseError, DefusedXmlException, ValueError, LookupError, UnicodeError) as exc:
        raise VmConfigError(f"not well-formed XML: {exc}") from exc
    # Namespaces differ between format versions and never matter here: drop them once,
    # so that lookups below are plain (fast, C-level) child searches.
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def local(tag: object) -> str:
    """An element's name without its namespace (``{ns}Machine`` → ``Machine``)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def child(element: Element | None, name: str) -> Element | None:
    """The first direct child called ``name`` (namespaces are gone after :func:`parse_xml`)."""
    return None if element is None else element.find(name)


def children(element: Element | None, name: str) -> list[Element]:
    """Every direct child called ``name``."""
    return [] if element is None else element.findall(name)


def path(element: Element | None, *names: str) -> Element | None:
    """Follow direct children by name; None as soon as one is missing."""
    for name in names:
        element = child(element, name)
    return element


def text(element: Element | None) -> str | None:
    """Stripped text of an element, or None when it is missing or empty."""
    if element is None or element.text is None:
        return None
    value = element.text.strip()
    return value or None


def to_int(value: object) -> int | None:
    """An integer from text such as ``"4"``; None for anything else (or absurd sizes)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        value = value.strip()
        if not value or len(value) > 20:
            return None
        try:
            number = int(value, 0) if value.lower().startswith("0x") else int(value)
        except ValueError:
            return None
    else:
        return None
    return number if -(2**62) < number < 2**62 else None


def to_bool(value: object) -> bool | None:
    """True/false from the spellings configuration files use; None otherwise."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if word in ("true", "yes", "on", "1"):
        return True
    if word in ("false", "no", "off", "0"):
        return False
    return None


def qemu_architecture(name: object) -> str | None:
    """The catalog's name of a QEMU target (``aarch64`` → arm64, ``m68k``, ``ppc``).

    None when the file names none; "other" for a real target the catalog does not list
    (``sparc64``, ``mipsel``), so the report says "some other architecture" rather than nothing.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    key = name.strip().lower()
    if key in _QEMU_ARCHITECTURES:
        return _QEMU_ARCHITECTURES[key]
    return "other" if _QEMU_TARGET.fullmatch(key) else None


def positive(value: int | None) -> int | None:
    """The value when it is a plausible count or size (above zero)."""
    return value if value is not None and value > 0 else None


#: Longest technical setting value kept; anything longer is not a setting but data.
MAX_SETTING = 64


def short_text(value: object) -> str | None:
    """A short printable token (a version, a machine type); None for anything else."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if value and len(value) <= MAX_SETTING and value.isprintable() else None


def setting_value(value: object) -> Setting | None:
    """A short scalar fit for the settings table, or None."""
    if isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        value = value.strip()
        if value.isascii() and value.isdigit() and len(value) <= 9:
            return int(value)  # counts and codes as numbers, the same in every format
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        if value and len(value) <= MAX_SETTING and value.isprintable():
            return value
    return None


def put(settings: dict[str, Setting], key: str, value: object) -> None:
    """Add one setting when its value is usable."""
    usable = setting_value(value)
    if usable is not None:
        settings[key] = usable
