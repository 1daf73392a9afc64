"""VMware ``.vmx`` files (Workstation, Fusion, ESXi), their ``.vmsd`` and inventories.

A ``.vmx`` is ``key = "value"`` lines with case-insensitive keys, an optional
``#!`` line and comments. Only the keys named here are used; display names,
annotations, UUIDs, MAC addresses and file names are never read into a record.
An encrypted machine keeps everything inside ``encryption.data``: only the fact
that it is an encrypted VMware machine is knowable.
"""

from __future__ import annotations

import re

from cep_gui.collectors.vms.common import (
    Setting,
    VmConfigError,
    VmRecord,
    positive,
    put,
    short_text,
    to_bool,
    to_int,
)
from cep_gui.collectors.vms.guest_os import UNKNOWN, from_vmware, from_vmware_report

_LINE = re.compile(r"^\s*([A-Za-z0-9_.:\-\[\]]+)\s*=\s*(.*?)\s*$")
_DEVICE = re.compile(r"^(ide|scsi|sata|nvme)(\d+):(\d+)\.(present|devicetype|filename)$")
_ETHERNET = re.compile(r"^ethernet(\d+)\.(present|connectiontype)$")
_SHARED = re.compile(r"^sharedfolder(\d+)\.present$")
_NETWORKS = {"bridged": "bridged", "nat": "nat", "hostonly": "host_only", "custom": "other"}
_DISK_TYPES = ("disk", "harddisk", "rawdisk", "plaindisk")
_MARKERS = ("config.version", "virtualhw.version", "guestos", "memsize", "numvcpus", "displayname")

#: Technical keys copied as ``vmx:<key>``, in their usual spelling.
_SETTINGS = (
    "config.version", "virtualHW.version", "virtualHW.productCompatibility", "guestOS",
    "firmware", "numvcpus", "cpuid.coresPerSocket", "vhv.enable", "vpmc.enable",
    "uefi.secureBoot.enabled", "vtpm.present", "mks.enable3d", "svga.present",
    "svga.autodetect", "usb.present", "ehci.present", "usb_xhci.present", "sound.present",
    "sound.virtualDev", "hpet0.present", "vmci0.present", "pciBridge0.present",
    "tools.upgrade.policy", "tools.syncTime", "isolation.tools.hgfs.disable",
    "isolation.tools.copy.disable", "isolation.tools.paste.disable", "monitor.virtual_mmu",
    "monitor.virtual_exec", "powerType.powerOff", "powerType.suspend", "floppy0.present",
    "serial0.present", "parallel0.present", "sharedFolder.maxNum",
)  # fmt: skip
_INDEXED = (
    re.compile(r"^ethernet(\d+)\.(present|virtualdev|connectiontype|addresstype)$"),
    re.compile(r"^(scsi|sata|nvme|ide)(\d+)\.(present|virtualdev)$"),
    re.compile(r"^(scsi|sata|nvme|ide)(\d+):(\d+)\.(present|devicetype)$"),
)
_SPELLING = {
    "virtualdev": "virtualDev", "connectiontype": "connectionType", "addresstype": "addressType",
    "devicetype": "deviceType", "present": "present",
}  # fmt: skip
_CANONICAL = {key.lower(): key for key in _SETTINGS}


def read_vmx(data: bytes) -> dict[str, str]:
    """Keys (lower case) to unquoted values; later lines win, as in VMware."""
    values: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        if line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match:
            value = match.group(2)
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            values[match.group(1).lower()] = value
    return values


def parse_vmx(data: bytes, vmsd: bytes | None = None) -> VmRecord:
    """A record from a ``.vmx``; ``vmsd`` is the snapshot list beside it, if any."""
    values = read_vmx(data)
    encrypted = "encryption.keysafe" in values or "encryption.data" in values
    if not encrypted and not any(key in values for key in _MARKERS):
        raise VmConfigError("no VMware configuration keys")
    if encrypted:
        return VmRecord(
            "vmware",
            format_version=short_text(values.get("config.version")),
            guest=UNKNOWN,
            encrypted=True,
            settings=_settings(values),
        )
    configured = from_vmware(values.get("guestos"))
    reported = from_vmware_report(values.get("guestinfo.detailed.data"))
    # What the guest itself reports is fresher than the type chosen when the VM was made.
    guest = configured
    if reported is not None:
        guest = reported._replace(architecture=reported.architecture or configured.architecture)
    hardware_version = to_int(values.get("virtualhw.version"))
    return VmRecord(
        hypervisor="vmware",
        format_version=short_text(values.get("config.version")),
        guest=guest,
        cpu_count=positive(to_int(values.get("numvcpus", "1"))),
        tools_version=short_text(values.get("guestinfo.vmtools.versionstring")),
        cpu_architecture=guest.architecture,
        nested_virtualization=bool(to_bool(values.get("vhv.enable"))),
        memory_mib=positive(to_int(values.get("memsize"))),
        disk_buses=_disks(values),
        network_kinds=_networks(values),
        firmware="efi" if values.get("firmware", "").lower() == "efi" else "bios",
        secure_boot=bool(to_bool(values.get("uefi.secureboot.enabled"))),
        tpm=bool(to_bool(values.get("vtpm.present"))),
        acceleration_3d=bool(to_bool(values.get("mks.enable3d"))),
        usb=_usb(values),
        shared_folders=_shared_folders(values),
        snapshots=_snapshots(vmsd),
        encrypted=False,
        machine_type=f"vmx-{hardware_version}" if hardware_version else None,
        settings=_settings(values),
    )


def inventory_entries(data: bytes) -> list[str]:
    """``vmlistN.config`` paths of a Workstation ``inventory.vmls`` or Fusion ``vmInventory``."""
    return [
        value
        for key, value in read_vmx(data).items()
        if key.startswith("vmlist") and key.endswith(".config") and value.lower().endswith(".vmx")
    ]


def _present(values: dict[str, str], key: str) -> bool:
    return bool(to_bool(values.get(key)))


def _disks(values: dict[str, str]) -> list[str]:
    slots: dict[tuple[str, str, str], dict[str, str]] = {}
    for key, value in values.items():
        match = _DEVICE.match(key)
        if match:
            bus, controller, unit, attribute = match.groups()
            slots.setdefault((bus, controller, unit), {})[attribute] = value
    buses: list[str] = []
    for (bus, _controller, _unit), slot in sorted(slots.items()):
        if not to_bool(slot.get("present")):
            continue
        kind = slot.get("devicetype", "").lower()
        is_disk = (
            any(word in kind for word in _DISK_TYPES)
            if kind
            else slot.get("filename", "").lower().endswith(".vmdk")
        )
        if is_disk:
            buses.append(bus)
    return buses


def _networks(values: dict[str, str]) -> list[str]:
    adapters: dict[int, dict[str, str]] = {}
    for key, value in values.items():
        match = _ETHERNET.match(key)
        if match:
            adapters.setdefault(int(match.group(1)), {})[match.group(2)] = value
    return [
        # VMware's default attachment is bridged.
        _NETWORKS.get(adapter.get("connectiontype", "bridged").lower(), "other")
        for _, adapter in sorted(adapters.items())
        if to_bool(adapter.get("present"))
    ]


def _usb(values: dict[str, str]) -> str:
    for key, level in (
        ("usb_xhci.present", "usb3"),
        ("ehci.present", "usb2"),
        ("usb.present", "usb1"),
    ):
        if _present(values, key):
            return level
    return "none"


def _shared_folders(values: dict[str, str]) -> int:
    return sum(1 for key, value in values.items() if _SHARED.match(key) and to_bool(value))


def _snapshots(vmsd: bytes | None) -> int | None:
    if vmsd is None:
        return None
    count = to_int(read_vmx(vmsd).get("snapshot.numsnapshots", "0"))
    return count if count is not None and count >= 0 else None


def _settings(values: dict[str, str]) -> dict[str, Setting]:
    settings: dict[str, Setting] = {}
    for key, value in values.items():
        name = _CANONICAL.get(key) or _indexed_name(key)
        if name is None:
            continue
        put(settings, f"vmx:{name}", value)
    return dict(sorted(settings.items()))


def _indexed_name(key: str) -> str | None:
    for pattern in _INDEXED:
        if pattern.match(key):
            head, _, attribute = key.rpartition(".")
            return f"{head}.{_SPELLING.get(attribute, attribute)}"
    return None
