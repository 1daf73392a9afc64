"""Host hardware on Windows from one PowerShell run of CIM queries.

Starting PowerShell costs about a second, so every query runs in a single script that
prints one JSON object. Each query asks only for the properties used here (never serial
numbers, names or addresses), and a query that fails prints ``null`` so that the failure
costs only its own fields.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware import common as f
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import ErrorCode

TIMEOUT = 30.0

#: Section of the script's output → the probe whose fields it fills.
SECTIONS: dict[str, str] = {
    "Processor": "cpu",
    "ComputerSystem": "dmi",
    "SystemEnclosure": "dmi",
    "PageFileUsage": "memory",
    "PhysicalDisk": "disks",
    "LogicalDisk": "filesystems",
    "VideoController": "gpus",
    "Battery": "battery",
    "NetAdapter": "network",
}


@dataclass(frozen=True)
class Query:
    """One CIM query: the output section, class, properties asked for, namespace, filter."""

    section: str
    cim_class: str
    properties: tuple[str, ...]
    namespace: str = "root/cimv2"
    where: str = ""


QUERIES: tuple[Query, ...] = (
    Query(
        "Processor",
        "Win32_Processor",
        (
            "Name",
            "Manufacturer",
            "NumberOfCores",
            "NumberOfLogicalProcessors",
            "MaxClockSpeed",
            "VirtualizationFirmwareEnabled",
            "VMMonitorModeExtensions",
            "Architecture",
        ),
    ),
    Query(
        "ComputerSystem",
        "Win32_ComputerSystem",
        (
            "Manufacturer",
            "Model",
            "SystemFamily",
            "TotalPhysicalMemory",
            "HypervisorPresent",
            "PCSystemType",
        ),
    ),
    Query("SystemEnclosure", "Win32_SystemEnclosure", ("ChassisTypes",)),
    Query("PageFileUsage", "Win32_PageFileUsage", ("AllocatedBaseSize",)),
    Query(
        "PhysicalDisk",
        "MSFT_PhysicalDisk",
        ("MediaType", "BusType", "Size"),
        namespace="root/Microsoft/Windows/Storage",
    ),
    Query("LogicalDisk", "Win32_LogicalDisk", ("FileSystem",), where="DriveType=3"),
    Query(
        "VideoController", "Win32_VideoController", ("Name", "AdapterCompatibility", "PNPDeviceID")
    ),
    Query("Battery", "Win32_Battery", ("Availability",)),
    Query(
        "NetAdapter",
        "MSFT_NetAdapter",
        ("HardwareInterface", "Virtual", "NdisPhysicalMedium"),
        namespace="root/StandardCimv2",
    ),
)

#: Q returns the query's objects as one array (``,@(...)`` keeps it an array even with
#: zero or one object), or null when the query fails.
_PRELUDE = r"""
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }
Remove-TypeData System.Array -ErrorAction SilentlyContinue
function Q([string]$Class, [string[]]$Property, [string]$Namespace, [string]$Filter) {
  try {
    $a = @{ ClassName = $Class; Namespace = $Namespace; Property = $Property }
    if ($Filter) { $a.Filter = $Filter }
    , @(Get-CimInstance @a -ErrorAction Stop | Select-Object -Property $Property)
  } catch { $null }
}
$r = [ordered]@{}
"""


def build_script() -> str:
    lines = [_PRELUDE.strip()]
    for query in QUERIES:
        properties = ",".join(f"'{name}'" for name in query.properties)
        lines.append(
            f"$r['{query.section}'] = Q '{query.cim_class}' {properties}"
            f" '{query.namespace}' '{query.where}'"
        )
    lines.append("$r['FirmwareType'] = $env:firmware_type")
    lines.append("$r | ConvertTo-Json -Depth 4 -Compress")
    return "\n".join(lines) + "\n"


def powershell_command() -> list[str]:
    """The command line; the script is passed encoded so that no quoting can break it."""
    encoded = base64.b64encode(build_script().encode("utf-16-le")).decode("ascii")
    return [
        "powershell.exe",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Bypass",
        "-EncodedCommand",
        encoded,
    ]


def collect_windows(env: SystemEnv, errors: ErrorSink) -> FieldValues:
    out: FieldValues = {f.CPU_ARCHITECTURE: f.normalize_architecture(env.machine)}
    with errors.guard("host_hardware.powershell"):
        data = decode_inventory(env.runner.run(powershell_command(), timeout=TIMEOUT))
        for section, probe in SECTIONS.items():
            if section in data and data[section] is None:
                errors.add(f"host_hardware.{probe}", ErrorCode.UNAVAILABLE, f"{section} query")
        out.update(inventory_fields(data))
    return out


def parse_windows_inventory(text: str) -> FieldValues:
    """The catalog fields in the script's output; raises ValueError when it is not JSON."""
    return inventory_fields(decode_inventory(text))


def decode_inventory(text: str) -> dict[str, object]:
    data = json.loads(text.lstrip("\ufeff \r\n\t"))
    if not isinstance(data, dict):
        raise ValueError("PowerShell output is not a JSON object")
    return data


def inventory_fields(data: Mapping[str, object]) -> FieldValues:
    out: FieldValues = {}
    system = _first(data.get("ComputerSystem"))
    out.update(_machine(system, _records(data.get("SystemEnclosure"))))
    hypervisor = out.get(f.HYPERVISOR_DETECTED)
    out.update(_processors(_records(data.get("Processor")), system, hypervisor))
    memory = _number(system, "TotalPhysicalMemory")
    if memory:
        out[f.MEMORY_TOTAL_GIB] = round(memory / f.GIB, 2)
    page_files = _records(data.get("PageFileUsage"))
    if page_files is not None:
        mib = sum(_number(p, "AllocatedBaseSize") or 0 for p in page_files)
        out[f.MEMORY_SWAP_GIB] = round(mib / 1024, 2)
    out.update(_disks(_records(data.get("PhysicalDisk"))))
    logical = _records(data.get("LogicalDisk"))
    if logical is not None:
        names = {_text(d, "FileSystem") for d in logical}
        out[f.DISKS_FILESYSTEMS] = sorted(f.normalize_filesystem(n) for n in names if n)
    gpus = _gpus(_records(data.get("VideoController")))
    if gpus is not None:
        out[f.GPUS_DEVICES] = gpus
    batteries = _records(data.get("Battery"))
    if batteries is not None:
        out[f.BATTERY_PRESENT] = len(batteries) > 0
    adapters = _network(_records(data.get("NetAdapter")))
    if adapters is not None:
        out[f.NETWORK_ADAPTERS] = adapters
    firmware = data.get("FirmwareType")
    if isinstance(firmware, str) and firmware.strip().lower() in {"uefi", "legacy"}:
        out[f.FIRMWARE_TYPE] = "uefi" if firmware.strip().lower() == "uefi" else "bios"
    return out


# ------------------------------------------------------------------ ConvertTo-Json quirks


def _records(value: object) -> list[Mapping[str, object]] | None:
    """A list of objects from what ConvertTo-Json made of a query result.

    It may print one object instead of a one-element array, ``{"value": [...], "Count": n}``
    for an array (Windows PowerShell 5.1), or null for a failed query (None here).
    """
    if value is None:
        return None
    if isinstance(value, Mapping) and set(value) == {"value", "Count"}:
        value = value["value"]
    if isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, Mapping)]
    return None


def _first(value: object) -> Mapping[str, object] | None:
    records = _records(value)
    return records[0] if records else None


def _number(record: Mapping[str, object] | None, key: str) -> int | None:
    value = record.get(key) if record is not None else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(record: Mapping[str, object] | None, key: str) -> str | None:
    value = record.get(key) if record is not None else None
    if not isinstance(value, str):
        return None
    try:
        return f.meaningful(value)
    except ValueError:
        return None


def _flag(record: Mapping[str, object] | None, key: str) -> bool | None:
    value = record.get(key) if record is not None else None
    return value if isinstance(value, bool) else None


# ------------------------------------------------------------------ sections

#: Win32_Processor.Architecture codes.
_ARCHITECTURES = {0: "x86", 5: "arm", 9: "x86_64", 12: "arm64"}
#: Win32_ComputerSystem.PCSystemType codes.
_PC_SYSTEM_TYPES = {
    1: "desktop",
    2: "laptop",
    3: "desktop",
    4: "server",
    5: "server",
    6: "other",
    7: "server",
}


def _machine(
    system: Mapping[str, object] | None, enclosures: list[Mapping[str, object]] | None
) -> FieldValues:
    out: FieldValues = {}
    vendor, model = _text(system, "Manufacturer"), _text(system, "Model")
    if vendor is not None and vendor.lower() == "lenovo":
        # Lenovo's Model is the machine-type number; the name is in SystemFamily.
        model = _text(system, "SystemFamily") or model
    if vendor:
        out[f.MACHINE_VENDOR] = vendor
    if model:
        out[f.MACHINE_MODEL] = model
    named = f.hypervisor_from_firmware(vendor, model)
    present = _flag(system, "HypervisorPresent")
    if named is not None:
        out[f.HYPERVISOR_DETECTED] = named
    elif present is not None:
        # Windows with Hyper-V, WSL 2 or virtualization-based security runs on a
        # hypervisor too, so an unnamed one is taken to be the host's own.
        out[f.HYPERVISOR_DETECTED] = "none"
    if named is not None:
        out[f.MACHINE_FORM_FACTOR] = "virtual"
    else:
        form = _chassis_form_factor(enclosures)
        if form is None:
            form = _PC_SYSTEM_TYPES.get(_number(system, "PCSystemType") or 0)
        if form is not None:
            out[f.MACHINE_FORM_FACTOR] = form
    return out


def _chassis_form_factor(enclosures: list[Mapping[str, object]] | None) -> str | None:
    for enclosure in enclosures or []:
        types = enclosure.get("ChassisTypes")
        for chassis in types if isinstance(types, list) else [types]:
            if isinstance(chassis, int) and not isinstance(chassis, bool):
                form = f.form_factor_from_chassis(chassis)
                if form is not None:
                    return form
    return None


def _processors(
    cpus: list[Mapping[str, object]] | None,
    system: Mapping[str, object] | None,
    hypervisor: object,
) -> FieldValues:
    out: FieldValues = {}
    if not cpus:
        return out
    first = cpus[0]
    model, vendor = _text(first, "Name"), _text(first, "Manufacturer")
    if model:
        out[f.CPU_MODEL] = model
    if vendor:
        out[f.CPU_VENDOR] = vendor
    architecture = _number(first, "Architecture")
    if architecture in _ARCHITECTURES:
        out[f.CPU_ARCHITECTURE] = _ARCHITECTURES[architecture]
    out[f.CPU_SOCKETS] = len(cpus)
    cores = [_number(c, "NumberOfCores") for c in cpus]
    if all(c is not None for c in cores):
        out[f.CPU_PHYSICAL_CORES] = sum(c or 0 for c in cores)
    logical = [_number(c, "NumberOfLogicalProcessors") for c in cpus]
    if all(c is not None for c in logical):
        out[f.CPU_LOGICAL_CORES] = sum(c or 0 for c in logical)
    speeds = [s for s in (_number(c, "MaxClockSpeed") for c in cpus) if s]
    if speeds:
        out[f.CPU_MAX_FREQUENCY_MHZ] = max(speeds)
    kind = {"genuineintel": "vt-x", "authenticamd": "amd-v"}.get((vendor or "").lower())
    extensions = _flag(first, "VMMonitorModeExtensions")
    enabled = _flag(first, "VirtualizationFirmwareEnabled")
    if kind is not None:
        if _flag(system, "HypervisorPresent") and hypervisor == "none":
            # Windows hides the extensions from itself once its own hypervisor uses them.
            out[f.CPU_VIRTUALIZATION] = kind
        elif extensions is not None:
            out[f.CPU_VIRTUALIZATION] = kind if extensions and enabled is not False else "none"
    return out


def _disks(disks: list[Mapping[str, object]] | None) -> FieldValues:
    """Disks except USB (7), SD (12) and file-backed virtual disks (15): MSFT_PhysicalDisk."""
    if disks is None:
        return {}
    kinds: list[str] = []
    sizes: list[float] = []
    for disk in disks:
        if _number(disk, "BusType") in (7, 12, 15):
            continue
        if _number(disk, "BusType") == 17:
            kinds.append("nvme")
        else:
            kinds.append({3: "hdd", 4: "ssd"}.get(_number(disk, "MediaType") or 0, "unknown"))
        size = _number(disk, "Size")
        if size:
            sizes.append(round(size / f.GB, 2))
    return {
        f.DISKS_COUNT: len(kinds),
        f.DISKS_KINDS: f.count_map(kinds),
        f.DISKS_SIZES_GB: sorted(sizes, reverse=True),
    }


def _gpus(controllers: list[Mapping[str, object]] | None) -> list[dict[str, str]] | None:
    """Display adapters, without software ones (remote desktop, indirect display drivers)."""
    if controllers is None:
        return None
    records: list[dict[str, str]] = []
    for controller in controllers:
        pnp = controller.get("PNPDeviceID")
        bus = pnp.split("\\", 1)[0].upper() if isinstance(pnp, str) else ""
        if bus in {"ROOT", "SWD"}:
            continue
        model = _text(controller, "Name")
        vendor = _pci_vendor(pnp) or _text(controller, "AdapterCompatibility")
        if model and vendor:
            records.append({"vendor": vendor, "model": model})
    return records


def _pci_vendor(pnp: object) -> str | None:
    if not isinstance(pnp, str) or not pnp.upper().startswith("PCI\\VEN_"):
        return None
    try:
        return f.GPU_VENDORS.get(int(pnp[8:12], 16))
    except ValueError:
        return None


#: MSFT_NetAdapter.NdisPhysicalMedium codes.
_MEDIA = {
    0: "ethernet",
    14: "ethernet",
    1: "wifi",
    9: "wifi",
    8: "cellular",
    12: "cellular",
    10: "bluetooth",
}


def _network(adapters: list[Mapping[str, object]] | None) -> dict[str, int] | None:
    if adapters is None:
        return None
    kinds: list[str] = []
    for adapter in adapters:
        if _flag(adapter, "HardwareInterface") is not True or _flag(adapter, "Virtual"):
            continue
        medium = _number(adapter, "NdisPhysicalMedium")
        kinds.append(_MEDIA.get(medium if medium is not None else -1, "other"))
    return f.count_map(kinds)
