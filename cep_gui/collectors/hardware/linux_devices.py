"""Devices on Linux from sysfs: disks, mounted file system types, GPUs, battery, network.

Only kinds, sizes and PCI ids are read. Network addresses (``address``), disk serials
and mount points are never read or kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cep_gui.collectors.hardware.common import (
    GB,
    GPU_VENDORS,
    count_map,
    read_if_present,
    text_value,
)
from cep_gui.collectors.hardware.pci import PCI_IDS_PATHS, PciId, lookup_pci_names
from cep_gui.collectors.system import SystemEnv

#: Block devices that are not disks: optical and floppy drives, eMMC boot partitions.
_NOT_A_DISK = re.compile(r"^(sr|fd)\d|^mmcblk\d+(boot\d+|rpmb)$")


@dataclass(frozen=True)
class Disk:
    kind: str
    size_gb: float


def read_disks(env: SystemEnv) -> list[Disk]:
    """Physical, non-removable disks, largest first.

    A disk is a ``/sys/block`` entry with a ``device`` (loop, zram, device-mapper and md
    devices have none), that is not optical or flagged removable and that has a medium.
    """
    disks: list[Disk] = []
    for entry in sorted(env.path("/sys/block").iterdir()):
        name = entry.name
        if _NOT_A_DISK.search(name) or not (entry / "device").exists():
            continue
        base = f"/sys/block/{name}"
        if read_if_present(env, f"{base}/removable") == "1":
            continue
        sectors = int(text_value(read_if_present(env, f"{base}/size") or "0"))
        if sectors <= 0:
            continue  # an empty card reader slot
        disks.append(Disk(kind=_disk_kind(env, name), size_gb=round(sectors * 512 / GB, 2)))
    disks.sort(key=lambda disk: disk.size_gb, reverse=True)
    return disks


def _disk_kind(env: SystemEnv, name: str) -> str:
    if name.startswith("nvme"):
        return "nvme"
    rotational = read_if_present(env, f"/sys/block/{name}/queue/rotational")
    return {"1": "hdd", "0": "ssd"}.get(rotational or "", "unknown")


def disk_fields(disks: list[Disk]) -> tuple[int, dict[str, int], list[float]]:
    return len(disks), count_map(d.kind for d in disks), [d.size_gb for d in disks]


#: Mount sources that are local but not a /dev path.
_LOCAL_WITHOUT_DEVICE = frozenset({"zfs"})
_NOT_DISK_SOURCES = ("/dev/loop", "/dev/ram", "/dev/zram", "/dev/nbd", "/dev/fuse")


def parse_mounts(text: str) -> list[str]:
    """Sorted file system types mounted from local disks (snap/loop images excluded)."""
    if "\x00" in text or "\ufffd" in text:
        raise ValueError("mount table contains binary data")
    types: set[str] = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) < 3:
            raise ValueError("mount table has a short line")
        source, fstype = parts[0], parts[2]
        if fstype in _LOCAL_WITHOUT_DEVICE or (
            source.startswith("/dev/") and not source.startswith(_NOT_DISK_SOURCES)
        ):
            types.add(fstype)
    return sorted(types)


def read_mount_table(env: SystemEnv) -> str:
    text = read_if_present(env, "/proc/self/mounts", limit=4 * 1024 * 1024)
    if text is None:
        text = env.read_text("/proc/mounts")
    return text


_CARD = re.compile(r"^card\d+$")


def read_gpu_ids(env: SystemEnv) -> list[PciId] | None:
    """PCI (vendor, device) of each graphics card, one per device.

    None when there are cards but none is on PCI (ARM SoC graphics), because then the
    list would wrongly say "no graphics".
    """
    drm = env.path("/sys/class/drm")
    if not drm.is_dir():
        return []
    seen: set[str] = set()
    ids: list[PciId] = []
    unidentified = 0
    for card in sorted(drm.iterdir(), key=lambda p: p.name):
        if not _CARD.match(card.name) or not (card / "device").exists():
            continue
        device_path = str((card / "device").resolve())
        if device_path in seen:
            continue
        seen.add(device_path)
        base = f"/sys/class/drm/{card.name}/device"
        vendor = read_if_present(env, f"{base}/vendor")
        device = read_if_present(env, f"{base}/device")
        if vendor is None or device is None:
            unidentified += 1
            continue
        ids.append((int(text_value(vendor), 16), int(text_value(device), 16)))
    if not ids and unidentified:
        return None
    return ids


def name_gpus(
    ids: list[PciId], names: dict[PciId, tuple[str | None, str | None]]
) -> list[dict[str, str]]:
    """Records for the report, named from pci.ids or else from the built-in vendor list."""
    records: list[dict[str, str]] = []
    for vendor_id, device_id in ids:
        vendor_name, device_name = names.get((vendor_id, device_id), (None, None))
        vendor = vendor_name or GPU_VENDORS.get(vendor_id) or f"vendor 0x{vendor_id:04x}"
        model = device_name or f"device 0x{device_id:04x}"
        records.append({"vendor": vendor, "model": model})
    return records


def lookup_gpu_names(
    env: SystemEnv, ids: list[PciId]
) -> dict[PciId, tuple[str | None, str | None]]:
    for candidate in PCI_IDS_PATHS:
        path = env.path(candidate)
        if path.is_file():
            return lookup_pci_names(path, ids)
    return {}


def has_battery(env: SystemEnv) -> bool | None:
    """Whether a system battery exists; a wireless mouse's battery (scope Device) is not one."""
    supplies = env.path("/sys/class/power_supply")
    if not supplies.is_dir():
        return False if env.path("/sys/class").is_dir() else None
    for supply in supplies.iterdir():
        base = f"/sys/class/power_supply/{supply.name}"
        if read_if_present(env, f"{base}/type") != "Battery":
            continue
        if read_if_present(env, f"{base}/scope") == "Device":
            continue
        return True
    return False


def read_network_kinds(env: SystemEnv) -> dict[str, int]:
    """Physical network interfaces by kind; virtual ones (no ``device``) are skipped."""
    kinds: list[str] = []
    for iface in env.path("/sys/class/net").iterdir():
        if iface.name == "lo" or not (iface / "device").exists():
            continue
        kinds.append(_network_kind(env, iface.name))
    return count_map(kinds)


def _network_kind(env: SystemEnv, name: str) -> str:
    base = f"/sys/class/net/{name}"
    devtype = ""
    for line in (read_if_present(env, f"{base}/uevent") or "").splitlines():
        key, _, value = line.partition("=")
        if key == "DEVTYPE":
            devtype = value.strip().lower()
    if devtype == "wlan" or env.path(f"{base}/wireless").exists():
        return "wifi"
    if env.path(f"{base}/phy80211").exists():
        return "wifi"
    if devtype == "wwan":
        return "cellular"
    if devtype == "bluetooth":
        return "bluetooth"
    if read_if_present(env, f"{base}/type") == "1":
        return "ethernet"
    return "other"
