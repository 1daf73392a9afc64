"""Host hardware on Linux, read from ``/proc`` and ``/sys`` through :class:`SystemEnv`.

No tool is started: every fact comes from small kernel files, so the whole probe takes a
few milliseconds. Each probe runs under its own guard, so a broken or unreadable source
costs only the fields it fills and shows up as a counted error.
"""

from __future__ import annotations

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware import common as f
from cep_gui.collectors.hardware import linux_cpu as cpu
from cep_gui.collectors.hardware import linux_devices as dev
from cep_gui.collectors.hardware.linux_firmware import (
    FirmwareTables,
    detect_hypervisor,
    firmware_type,
    form_factor,
    read_firmware_tables,
)
from cep_gui.collectors.system import SystemEnv


def collect_linux(env: SystemEnv, errors: ErrorSink) -> FieldValues:
    out: FieldValues = {}
    architecture = f.normalize_architecture(env.machine)
    out[f.CPU_ARCHITECTURE] = architecture

    flags: frozenset[str] | None = None
    with errors.guard("host_hardware.cpu"):
        flags = _cpu(env, out)
    with errors.guard("host_hardware.cpu"):
        mhz = cpu.read_max_frequency_mhz(env)
        if mhz is not None:
            out[f.CPU_MAX_FREQUENCY_MHZ] = mhz
    with errors.guard("host_hardware.memory"):
        out.update(parse_meminfo(env.read_text("/proc/meminfo")))
    with errors.guard("host_hardware.disks"):
        count, kinds, sizes = dev.disk_fields(dev.read_disks(env))
        out.update({f.DISKS_COUNT: count, f.DISKS_KINDS: kinds, f.DISKS_SIZES_GB: sizes})
    with errors.guard("host_hardware.filesystems"):
        out[f.DISKS_FILESYSTEMS] = dev.parse_mounts(dev.read_mount_table(env))
    with errors.guard("host_hardware.gpus"):
        _gpus(env, errors, out)

    tables: FirmwareTables | None = None
    with errors.guard("host_hardware.dmi"):
        tables = read_firmware_tables(env)
        if tables.vendor:
            out[f.MACHINE_VENDOR] = tables.vendor
        if tables.model:
            out[f.MACHINE_MODEL] = tables.model
    with errors.guard("host_hardware.firmware"):
        kind = firmware_type(env, architecture)
        if kind is not None:
            out[f.FIRMWARE_TYPE] = kind
    hypervisor: str | None = None
    with errors.guard("host_hardware.hypervisor"):
        hypervisor = detect_hypervisor(env, tables, flags)
        if hypervisor is not None:
            out[f.HYPERVISOR_DETECTED] = hypervisor
    if hypervisor not in (None, "none"):
        out[f.MACHINE_FORM_FACTOR] = "virtual"
    elif tables is not None:
        with errors.guard("host_hardware.dmi"):
            form = form_factor(tables)
            if form is not None:
                out[f.MACHINE_FORM_FACTOR] = form

    with errors.guard("host_hardware.battery"):
        battery = dev.has_battery(env)
        if battery is not None:
            out[f.BATTERY_PRESENT] = battery
    with errors.guard("host_hardware.network"):
        out[f.NETWORK_ADAPTERS] = dev.read_network_kinds(env)
    return out


def _cpu(env: SystemEnv, out: FieldValues) -> frozenset[str] | None:
    """Fill the processor fields; return the x86 flags for hypervisor detection."""
    info = cpu.parse_cpuinfo(env.read_text("/proc/cpuinfo"))
    out[f.CPU_LOGICAL_CORES] = info.logical
    if info.model:
        out[f.CPU_MODEL] = info.model
    if info.vendor:
        out[f.CPU_VENDOR] = info.vendor
    sockets, cores = info.sockets, info.physical_cores
    if sockets is None or cores is None:
        topology = cpu.read_topology(env)
        if topology is not None:
            sockets, cores = topology
    if sockets is not None and cores is not None:
        out[f.CPU_SOCKETS] = sockets
        out[f.CPU_PHYSICAL_CORES] = cores
    if info.flags is not None:
        out[f.CPU_VIRTUALIZATION] = cpu.virtualization(info.flags)
    return info.flags


def _gpus(env: SystemEnv, errors: ErrorSink, out: FieldValues) -> None:
    ids = dev.read_gpu_ids(env)
    if ids is None:
        return
    names: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    if ids:
        # A damaged pci.ids costs only the names, never the list of adapters.
        with errors.guard("host_hardware.gpus"):
            names = dev.lookup_gpu_names(env, ids)
    out[f.GPUS_DEVICES] = dev.name_gpus(ids, names)


def parse_meminfo(text: str) -> FieldValues:
    """MemTotal and SwapTotal (kB) of ``/proc/meminfo`` in GiB."""
    values: dict[str, int] = {}
    for line in text.splitlines():
        key, sep, rest = line.partition(":")
        if sep and key in ("MemTotal", "SwapTotal"):
            number, _, unit = rest.strip().partition(" ")
            if unit.strip() != "kB":
                raise ValueError(f"/proc/meminfo {key} has no kB unit")
            values[key] = int(number)
    if "MemTotal" not in values or "SwapTotal" not in values:
        raise ValueError("/proc/meminfo lacks MemTotal or SwapTotal")
    if values["MemTotal"] <= 0:
        raise ValueError("/proc/meminfo MemTotal is not positive")
    return {
        f.MEMORY_TOTAL_GIB: round(values["MemTotal"] * 1024 / f.GIB, 2),
        f.MEMORY_SWAP_GIB: round(values["SwapTotal"] * 1024 / f.GIB, 2),
    }
