"""Field ids and value mappings shared by the Linux, Windows and macOS hardware probes.

Each platform reads different sources, but the report must say the same thing for the
same machine: one place maps architectures, firmware-table strings, chassis numbers and
GPU vendor ids to the catalog's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from cep_gui.collectors.architecture import normalize_architecture as _normalize
from cep_gui.collectors.system import SystemEnv

CPU_MODEL = "host_hardware.cpu.model"
CPU_VENDOR = "host_hardware.cpu.vendor"
CPU_ARCHITECTURE = "host_hardware.cpu.architecture"
CPU_SOCKETS = "host_hardware.cpu.sockets"
CPU_PHYSICAL_CORES = "host_hardware.cpu.physical_cores"
CPU_LOGICAL_CORES = "host_hardware.cpu.logical_cores"
CPU_MAX_FREQUENCY_MHZ = "host_hardware.cpu.max_frequency_mhz"
CPU_VIRTUALIZATION = "host_hardware.cpu.virtualization"
MEMORY_TOTAL_GIB = "host_hardware.memory.total_gib"
MEMORY_SWAP_GIB = "host_hardware.memory.swap_gib"
DISKS_COUNT = "host_hardware.disks.count"
DISKS_KINDS = "host_hardware.disks.kinds"
DISKS_SIZES_GB = "host_hardware.disks.sizes_gb"
DISKS_FILESYSTEMS = "host_hardware.disks.filesystems"
GPUS_DEVICES = "host_hardware.gpus.devices"
MACHINE_VENDOR = "host_hardware.machine.vendor"
MACHINE_MODEL = "host_hardware.machine.model"
MACHINE_FORM_FACTOR = "host_hardware.machine.form_factor"
FIRMWARE_TYPE = "host_hardware.firmware.type"
HYPERVISOR_DETECTED = "host_hardware.hypervisor.detected"
BATTERY_PRESENT = "host_hardware.battery.present"
NETWORK_ADAPTERS = "host_hardware.network.adapters"

FIELDS: frozenset[str] = frozenset(
    {
        CPU_MODEL,
        CPU_VENDOR,
        CPU_ARCHITECTURE,
        CPU_SOCKETS,
        CPU_PHYSICAL_CORES,
        CPU_LOGICAL_CORES,
        CPU_MAX_FREQUENCY_MHZ,
        CPU_VIRTUALIZATION,
        MEMORY_TOTAL_GIB,
        MEMORY_SWAP_GIB,
        DISKS_COUNT,
        DISKS_KINDS,
        DISKS_SIZES_GB,
        DISKS_FILESYSTEMS,
        GPUS_DEVICES,
        MACHINE_VENDOR,
        MACHINE_MODEL,
        MACHINE_FORM_FACTOR,
        FIRMWARE_TYPE,
        HYPERVISOR_DETECTED,
        BATTERY_PRESENT,
        NETWORK_ADAPTERS,
    }
)

GIB = 1024**3
GB = 1000**3


def normalize_architecture(machine: str) -> str:
    """The catalog's architecture name; ``other`` when the system reported none."""
    return _normalize(machine) or "other"


#: PCI vendor ids of graphics makers, used when ``pci.ids`` is not installed.
GPU_VENDORS: dict[int, str] = {
    0x8086: "Intel Corporation",
    0x10DE: "NVIDIA Corporation",
    0x1002: "Advanced Micro Devices, Inc. [AMD/ATI]",
    0x1022: "Advanced Micro Devices, Inc. [AMD]",
    0x1AF4: "Red Hat, Inc.",
    0x15AD: "VMware",
    0x80EE: "InnoTek Systemberatung GmbH",
    0x1234: "QEMU",
    0x1414: "Microsoft Corporation",
    0x1B36: "Red Hat, Inc.",
    0x106B: "Apple Inc.",
    0x1A03: "ASPEED Technology, Inc.",
    0x102B: "Matrox Electronics Systems Ltd.",
}

#: Words some firmware uses instead of leaving a field empty.
_PLACEHOLDERS = frozenset(
    {
        "to be filled by o.e.m.",
        "to be filled by oem",
        "system product name",
        "system manufacturer",
        "system version",
        "default string",
        "o.e.m.",
        "oem",
        "not applicable",
        "not specified",
        "not available",
        "none",
        "unknown",
        "invalid",
        "n/a",
        "na",
        "x.x",
        "type1productconfigid",
        "chassis manufacturer",
        "base board product name",
    }
)


def text_value(raw: str) -> str:
    """A short value read from firmware or a tool; binary garbage raises ValueError."""
    value = raw.strip().strip("\x00").strip()
    for char in value:
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char != "\t"):
            raise ValueError("value contains binary data")
    return value


def meaningful(raw: str | None) -> str | None:
    """A firmware string, or None when it is empty or a placeholder like 'Default string'."""
    if raw is None:
        return None
    value = " ".join(text_value(raw).split())
    lowered = value.lower()
    if not value or lowered in _PLACEHOLDERS or not value.strip("0 .-_xX"):
        return None
    if lowered.startswith(("to be filled", "to be determined")):
        return None
    return value


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def hypervisor_from_firmware(vendor: str | None, product: str | None) -> str | None:
    """The hypervisor named by the firmware tables (sys_vendor, product_name), if any."""
    v = (vendor or "").lower()
    p = (product or "").lower()
    both = f"{v} {p}"
    if not both.strip():
        return None
    if "firecracker" in both:
        return "firecracker"
    if "vmware" in both:
        return "vmware"
    if "innotek" in both or "virtualbox" in both:
        return "virtualbox"
    if "parallels" in both:
        return "parallels"
    if "bhyve" in both:
        return "bhyve"
    if v.startswith("microsoft") and "virtual machine" in p:
        return "hyper-v"
    if _has_word(v, "xen") or p.startswith("hvm domu"):
        return "xen"
    if _has_word(both, "kvm") or "kubevirt" in both or "openstack" in both:
        return "kvm"
    if v.startswith("amazon ec2") and not p.endswith(".metal"):
        return "kvm"
    if p == "google compute engine" or v in {"digitalocean", "hetzner", "alibaba cloud"}:
        return "kvm"
    if "qemu" in both or v == "bochs":
        return "qemu"
    return None


_CHASSIS_FORM_FACTORS: dict[int, str] = {
    1: "other",
    3: "desktop",
    4: "desktop",
    5: "desktop",
    6: "desktop",
    7: "desktop",
    8: "laptop",
    9: "laptop",
    10: "laptop",
    11: "tablet",
    12: "other",
    13: "desktop",
    14: "laptop",
    15: "desktop",
    16: "desktop",
    17: "server",
    18: "other",
    19: "other",
    20: "other",
    21: "other",
    22: "other",
    23: "server",
    24: "desktop",
    25: "server",
    26: "other",
    27: "other",
    28: "server",
    29: "server",
    30: "tablet",
    31: "laptop",
    32: "tablet",
    33: "other",
    34: "other",
    35: "desktop",
    36: "desktop",
}


def form_factor_from_chassis(chassis_type: int) -> str | None:
    """SMBIOS chassis type (3.x spec, table 17) to the catalog's kind of computer.

    2 means "Unknown" and gives no answer. A convertible (31) is counted as a laptop and
    a detachable (32) as a tablet, because that is how they are mostly used.
    """
    return _CHASSIS_FORM_FACTORS.get(chassis_type)


def count_map(kinds: Iterable[str]) -> dict[str, int]:
    """Counts per kind, sorted, with only the kinds that occur."""
    return dict(sorted(Counter(kinds).items()))


_FILESYSTEM_NAMES = {
    "fat": "vfat",
    "fat12": "vfat",
    "fat16": "vfat",
    "fat32": "vfat",
    "ms-dos fat32": "vfat",
    "ms-dos fat16": "vfat",
    "ms-dos fat12": "vfat",
    "msdos": "vfat",
    "journaled hfs+": "hfsplus",
    "hfs+": "hfsplus",
    "mac os extended": "hfsplus",
    "mac os extended (journaled)": "hfsplus",
}


def normalize_filesystem(name: str) -> str:
    """File system names as Linux spells them, so 'FAT32' and 'vfat' count as one kind."""
    lowered = " ".join(name.lower().split())
    return _FILESYSTEM_NAMES.get(lowered, lowered)


def read_if_present(env: SystemEnv, absolute: str, limit: int = 65536) -> str | None:
    """A small file's stripped text, or None when it does not exist.

    Unlike :meth:`SystemEnv.read_optional`, an unreadable file raises (PermissionError,
    IsADirectoryError ...) so that the failure is counted rather than mistaken for absence.
    """
    try:
        return env.read_text(absolute, limit=limit).strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
