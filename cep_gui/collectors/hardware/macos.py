"""Host hardware on macOS from ``sysctl`` and one ``system_profiler -json`` run.

``sysctl`` answers processor and memory questions in milliseconds; ``system_profiler``
is slow but the only source for disks, graphics, battery and network services, so all
of its data types are asked for in a single run. Its output holds serial numbers and
UUIDs; only an allow-list of keys is read from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware import common as f
from cep_gui.collectors.system import SystemEnv

SYSCTL_KEYS = (
    "hw.model",
    "hw.memsize",
    "hw.packages",
    "hw.physicalcpu",
    "hw.logicalcpu",
    "hw.cpufrequency_max",
    "hw.optional.arm64",
    "machdep.cpu.brand_string",
    "machdep.cpu.vendor",
    "kern.hv_support",
    "kern.hv_vmm_present",
    "vm.swapusage",
)
#: ``-i`` skips keys this Mac lacks (Apple silicon has no machdep.cpu.vendor) instead of
#: failing; without ``-n`` each line names its key, so a skipped key shifts nothing.
SYSCTL_COMMAND = ("/usr/sbin/sysctl", "-i", *SYSCTL_KEYS)
PROFILER_TYPES = (
    "SPHardwareDataType",
    "SPDisplaysDataType",
    "SPStorageDataType",
    "SPPowerDataType",
    "SPNetworkDataType",
)
PROFILER_COMMAND = ("/usr/sbin/system_profiler", "-json", *PROFILER_TYPES)
SYSCTL_TIMEOUT = 5.0
PROFILER_TIMEOUT = 30.0


def collect_macos(env: SystemEnv, errors: ErrorSink) -> FieldValues:
    sysctl: dict[str, str] = {}
    profiler: Mapping[str, object] = {}
    with errors.guard("host_hardware.sysctl"):
        sysctl = parse_sysctl(env.runner.run(SYSCTL_COMMAND, timeout=SYSCTL_TIMEOUT))
    with errors.guard("host_hardware.system_profiler"):
        profiler = parse_system_profiler(env.runner.run(PROFILER_COMMAND, timeout=PROFILER_TIMEOUT))
    return macos_fields(sysctl, profiler, env.machine)


_SYSCTL_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def parse_sysctl(text: str) -> dict[str, str]:
    """``key: value`` lines of ``sysctl`` into a dict; raises ValueError on foreign text."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(": ")
        if not sep or _SYSCTL_NAME.match(key.strip()) is None:
            raise ValueError("sysctl printed a line that is not 'name.of.key: value'")
        values[key.strip()] = f.text_value(value)
    return values


def parse_system_profiler(text: str) -> Mapping[str, object]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("system_profiler output is not a JSON object")
    return data


def macos_fields(
    sysctl: Mapping[str, str], profiler: Mapping[str, object], machine: str
) -> FieldValues:
    """Catalog fields from both sources; sysctl wins where both answer."""
    out: FieldValues = {f.FIRMWARE_TYPE: "uefi"}  # Intel Macs boot EFI, Apple silicon iBoot
    hardware = _first(profiler.get("SPHardwareDataType"))
    out.update(_profiler_cpu_memory(hardware))
    out.update(_cpu_memory(sysctl, machine))
    out.update(_identity(sysctl, hardware))
    out.update(_storage(_items(profiler.get("SPStorageDataType"))))
    gpus = _gpus(_items(profiler.get("SPDisplaysDataType")))
    if gpus is not None:
        out[f.GPUS_DEVICES] = gpus
    power = _items(profiler.get("SPPowerDataType"))
    if power is not None:
        out[f.BATTERY_PRESENT] = any(p.get("_name") == "spbattery_information" for p in power)
    network = _network(_items(profiler.get("SPNetworkDataType")))
    if network is not None:
        out[f.NETWORK_ADAPTERS] = network
    return out


def _items(value: object) -> list[Mapping[str, object]] | None:
    if not isinstance(value, list):
        return None
    return [item for item in value if isinstance(item, Mapping)]


def _first(value: object) -> Mapping[str, object]:
    items = _items(value)
    return items[0] if items else {}


def _str(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    try:
        return f.meaningful(value)
    except ValueError:
        return None


def _int(values: Mapping[str, str], key: str) -> int | None:
    raw = values.get(key, "")
    return int(raw) if raw.isdigit() else None


_SIZE = re.compile(r"^\s*([\d.]+)\s*([KMGT])B?\s*$", re.IGNORECASE)
_UNITS = {"K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def _bytes(text: str) -> float | None:
    """'2048.00M' or '16 GB' (binary units, as macOS means them) in bytes."""
    match = _SIZE.match(text)
    if match is None:
        return None
    return float(match.group(1)) * _UNITS[match.group(2).upper()]


def _profiler_cpu_memory(hardware: Mapping[str, object]) -> FieldValues:
    out: FieldValues = {}
    model = _str(hardware, "chip_type") or _str(hardware, "cpu_type")
    if model:
        out[f.CPU_MODEL] = model
    memory = _bytes(_str(hardware, "physical_memory") or "")
    if memory:
        out[f.MEMORY_TOTAL_GIB] = round(memory / f.GIB, 2)
    return out


def _cpu_memory(sysctl: Mapping[str, str], machine: str) -> FieldValues:
    out: FieldValues = {}
    arm64 = sysctl.get("hw.optional.arm64") == "1"  # true even under Rosetta
    out[f.CPU_ARCHITECTURE] = "arm64" if arm64 else f.normalize_architecture(machine)
    model = f.meaningful(sysctl.get("machdep.cpu.brand_string"))
    if model:
        out[f.CPU_MODEL] = model
    vendor = sysctl.get("machdep.cpu.vendor") or ("Apple" if arm64 else None)
    if vendor:
        out[f.CPU_VENDOR] = vendor
    for key, field in (
        ("hw.packages", f.CPU_SOCKETS),
        ("hw.physicalcpu", f.CPU_PHYSICAL_CORES),
        ("hw.logicalcpu", f.CPU_LOGICAL_CORES),
    ):
        number = _int(sysctl, key)
        if number:
            out[field] = number
    hertz = _int(sysctl, "hw.cpufrequency_max")
    if hertz:
        out[f.CPU_MAX_FREQUENCY_MHZ] = round(hertz / 1_000_000)
    kind = {"GenuineIntel": "vt-x", "AuthenticAMD": "amd-v"}.get(vendor or "")
    if kind is not None and sysctl.get("kern.hv_support") in {"0", "1"}:
        out[f.CPU_VIRTUALIZATION] = kind if sysctl["kern.hv_support"] == "1" else "none"
    memory = _int(sysctl, "hw.memsize")
    if memory:
        out[f.MEMORY_TOTAL_GIB] = round(memory / f.GIB, 2)
    swap = re.search(r"total\s*=\s*([\d.]+[KMGT])", sysctl.get("vm.swapusage", ""))
    swap_bytes = _bytes(swap.group(1)) if swap else None
    if swap_bytes is not None:
        out[f.MEMORY_SWAP_GIB] = round(swap_bytes / f.GIB, 2)
    return out


_LAPTOP_NAMES = ("MacBook",)
_DESKTOP_NAMES = ("iMac", "Mac mini", "Mac Studio", "Mac Pro", "Macmini", "MacPro")


def _identity(sysctl: Mapping[str, str], hardware: Mapping[str, object]) -> FieldValues:
    """Model identifier, hypervisor and kind of computer."""
    out: FieldValues = {}
    model = f.meaningful(sysctl.get("hw.model")) or _str(hardware, "machine_model")
    name = _str(hardware, "machine_name") or ""
    hypervisor = f.hypervisor_from_firmware(None, model)
    if hypervisor is None and model and model.startswith("VirtualMac"):
        hypervisor = "other"  # Apple's Virtualization framework
    present = sysctl.get("kern.hv_vmm_present")
    if hypervisor is None and present in {"0", "1"}:
        hypervisor = "other" if present == "1" else "none"
    if hypervisor is not None:
        out[f.HYPERVISOR_DETECTED] = hypervisor
    if model:
        out[f.MACHINE_MODEL] = model
    if hypervisor not in (None, "none"):
        out[f.MACHINE_FORM_FACTOR] = "virtual"
        return out
    if model or name:
        out[f.MACHINE_VENDOR] = "Apple Inc."
    label = name or model or ""
    if label.startswith(_LAPTOP_NAMES):
        out[f.MACHINE_FORM_FACTOR] = "laptop"
    elif label.startswith(_DESKTOP_NAMES):
        out[f.MACHINE_FORM_FACTOR] = "desktop"
    return out


def _storage(volumes: list[Mapping[str, object]] | None) -> FieldValues:
    """Internal physical drives behind the mounted volumes, and the volumes' file systems.

    APFS volumes share their drive, so drives are told apart by their description and a
    drive's size is that of its largest container.
    """
    if volumes is None:
        return {}
    drives: dict[tuple[str, ...], tuple[str, float]] = {}
    filesystems: set[str] = set()
    for volume in volumes:
        drive = volume.get("physical_drive")
        if not isinstance(drive, Mapping) or _str(drive, "protocol") == "Disk Image":
            continue
        fs = _str(volume, "file_system")
        if fs:
            filesystems.add(f.normalize_filesystem(fs))
        if _str(drive, "is_internal_disk") != "yes":
            continue
        key = tuple(_str(drive, k) or "" for k in ("device_name", "medium_type", "protocol"))
        size = volume.get("size_in_bytes")
        size_gb = size / f.GB if isinstance(size, int | float) else 0.0
        previous = drives.get(key, ("", 0.0))[1]
        drives[key] = (_drive_kind(drive), max(previous, size_gb))
    kinds = [kind for kind, _ in drives.values()]
    sizes = sorted((round(size, 2) for _, size in drives.values() if size), reverse=True)
    return {
        f.DISKS_COUNT: len(drives),
        f.DISKS_KINDS: f.count_map(kinds),
        f.DISKS_SIZES_GB: sizes,
        f.DISKS_FILESYSTEMS: sorted(filesystems),
    }


def _drive_kind(drive: Mapping[str, object]) -> str:
    protocol = (_str(drive, "protocol") or "").lower()
    if "nvm" in protocol:
        return "nvme"
    return {"ssd": "ssd", "rotational": "hdd"}.get(_str(drive, "medium_type") or "", "unknown")


_GPU_VENDOR_WORDS = {
    "intel": "Intel Corporation",
    "amd": "Advanced Micro Devices, Inc. [AMD/ATI]",
    "ati": "Advanced Micro Devices, Inc. [AMD/ATI]",
    "nvidia": "NVIDIA Corporation",
    "apple": "Apple Inc.",
}


def _gpus(displays: list[Mapping[str, object]] | None) -> list[dict[str, str]] | None:
    if displays is None:
        return None
    records: list[dict[str, str]] = []
    for gpu in displays:
        model = _str(gpu, "sppci_model") or _str(gpu, "_name")
        vendor = _gpu_vendor(gpu)
        if model and vendor:
            records.append({"vendor": vendor, "model": model})
    return records


def _gpu_vendor(gpu: Mapping[str, object]) -> str | None:
    raw = _str(gpu, "spdisplays_vendor") or ""
    vendor_id = re.search(r"0x([0-9a-f]{4})", raw + " " + (_str(gpu, "spdisplays_vendor-id") or ""))
    if vendor_id and int(vendor_id.group(1), 16) in f.GPU_VENDORS:
        return f.GPU_VENDORS[int(vendor_id.group(1), 16)]
    word = raw.removeprefix("sppci_vendor_").split(" ")[0].lower()
    return _GPU_VENDOR_WORDS.get(word) or (raw.removeprefix("sppci_vendor_") or None)


def _network(services: list[Mapping[str, object]] | None) -> dict[str, int] | None:
    """Network services on physical hardware by kind (VPN, bridges, PPP are skipped)."""
    if services is None:
        return None
    kinds: list[str] = []
    for service in services:
        kind_raw = (_str(service, "type") or _str(service, "hardware") or "").lower()
        label = (_str(service, "_name") or "").lower()
        if kind_raw in {"airport", "wi-fi"}:
            kinds.append("wifi")
        elif "bluetooth" in label or kind_raw == "bluetooth":
            kinds.append("bluetooth")
        elif kind_raw == "ethernet":
            kinds.append("ethernet")
        elif kind_raw in {"modem", "wwan"}:
            kinds.append("cellular")
        elif kind_raw == "firewire":
            kinds.append("other")
    return f.count_map(kinds)
