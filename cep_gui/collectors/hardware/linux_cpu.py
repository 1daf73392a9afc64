"""Processor facts on Linux from ``/proc/cpuinfo`` and the CPU topology in sysfs.

``/proc/cpuinfo`` differs per architecture: x86 names the model and flags, ARM names an
implementer and part number instead, so known ARM cores are named from a small table.
"""

from __future__ import annotations

from dataclasses import dataclass

from cep_gui.collectors.hardware.common import read_if_present, text_value
from cep_gui.collectors.system import SystemEnv

#: ARM "CPU implementer" codes (Linux arch/arm64/include/asm/cputype.h).
ARM_IMPLEMENTERS: dict[int, str] = {
    0x41: "ARM",
    0x42: "Broadcom",
    0x43: "Cavium",
    0x46: "Fujitsu",
    0x48: "HiSilicon",
    0x4E: "NVIDIA",
    0x50: "Applied Micro",
    0x51: "Qualcomm",
    0x53: "Samsung",
    0x61: "Apple",
    0x6D: "Microsoft",
    0xC0: "Ampere",
}

#: (implementer, part) of well-known ARM cores.
ARM_PARTS: dict[tuple[int, int], str] = {
    (0x41, 0xB76): "ARM1176",
    (0x41, 0xC07): "Cortex-A7",
    (0x41, 0xC09): "Cortex-A9",
    (0x41, 0xC0F): "Cortex-A15",
    (0x41, 0xD03): "Cortex-A53",
    (0x41, 0xD04): "Cortex-A35",
    (0x41, 0xD05): "Cortex-A55",
    (0x41, 0xD07): "Cortex-A57",
    (0x41, 0xD08): "Cortex-A72",
    (0x41, 0xD09): "Cortex-A73",
    (0x41, 0xD0A): "Cortex-A75",
    (0x41, 0xD0B): "Cortex-A76",
    (0x41, 0xD0C): "Neoverse-N1",
    (0x41, 0xD0D): "Cortex-A77",
    (0x41, 0xD40): "Neoverse-V1",
    (0x41, 0xD41): "Cortex-A78",
    (0x41, 0xD44): "Cortex-X1",
    (0x41, 0xD46): "Cortex-A510",
    (0x41, 0xD47): "Cortex-A710",
    (0x41, 0xD48): "Cortex-X2",
    (0x41, 0xD49): "Neoverse-N2",
    (0x41, 0xD4F): "Neoverse-V2",
    (0xC0, 0xAC3): "AmpereOne",
}


@dataclass(frozen=True)
class CpuInfo:
    """What ``/proc/cpuinfo`` says; None where this architecture does not say it."""

    logical: int
    model: str | None = None
    vendor: str | None = None
    sockets: int | None = None
    physical_cores: int | None = None
    #: x86 feature flags; None on architectures without them (ARM, RISC-V ...).
    flags: frozenset[str] | None = None


def parse_cpuinfo(text: str) -> CpuInfo:
    """Parse ``/proc/cpuinfo``; raises ValueError for binary, truncated or foreign text."""
    if "\x00" in text or "\ufffd" in text:
        raise ValueError("/proc/cpuinfo contains binary data")
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
                current = {}
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError("/proc/cpuinfo has a line without a colon")
        current.setdefault(key.strip(), value.strip())
    if current:
        blocks.append(current)

    processors = [block for block in blocks if "processor" in block]
    if not processors:
        return _parse_s390(blocks)
    keys = set(processors[0])
    if any(set(block) != keys for block in processors):
        raise ValueError("/proc/cpuinfo is truncated: processor entries differ")
    first = processors[0]
    if "vendor_id" in first and "flags" not in first:
        raise ValueError("/proc/cpuinfo is truncated: no flags")

    flags = frozenset(first["flags"].split()) if "flags" in first else None
    sockets = physical_cores = None
    if "physical id" in first and "core id" in first:
        sockets = len({block["physical id"] for block in processors})
        physical_cores = len({(block["physical id"], block["core id"]) for block in processors})
    return CpuInfo(
        logical=len(processors),
        model=_model(processors),
        vendor=_vendor(first),
        sockets=sockets,
        physical_cores=physical_cores,
        flags=flags,
    )


def _parse_s390(blocks: list[dict[str, str]]) -> CpuInfo:
    for block in blocks:
        if "# processors" in block:
            return CpuInfo(logical=int(block["# processors"]), vendor=block.get("vendor_id"))
    raise ValueError("/proc/cpuinfo lists no processor")


def _model(processors: list[dict[str, str]]) -> str | None:
    first = processors[0]
    if "CPU implementer" in first and "CPU part" in first:
        names: list[str] = []
        for block in processors:
            part = (int(block["CPU implementer"], 16), int(block["CPU part"], 16))
            name = ARM_PARTS.get(part)
            if name is None:
                names = []
                break
            if name not in names:
                names.append(name)
        if names:
            return " + ".join(names)
    for key in ("model name", "cpu model", "uarch", "cpu"):
        value = first.get(key, "").strip()
        if value:
            return " ".join(value.split())
    return None


def _vendor(first: dict[str, str]) -> str | None:
    if first.get("vendor_id"):
        return first["vendor_id"]
    if "CPU implementer" in first:
        return ARM_IMPLEMENTERS.get(int(first["CPU implementer"], 16))
    return None


def virtualization(flags: frozenset[str]) -> str:
    """Hardware virtualization the kernel saw enabled (it hides vmx when firmware disables it)."""
    if "vmx" in flags:
        return "vt-x"
    if "svm" in flags:
        return "amd-v"
    return "none"


def read_topology(env: SystemEnv) -> tuple[int, int] | None:
    """(sockets, physical cores) from sysfs, for cpuinfo without physical/core ids (ARM)."""
    base = env.path("/sys/devices/system/cpu")
    if not base.is_dir():
        return None
    cores: set[tuple[int, int]] = set()
    for cpu in base.glob("cpu[0-9]*"):
        prefix = f"/sys/devices/system/cpu/{cpu.name}/topology"
        package = read_if_present(env, f"{prefix}/physical_package_id")
        core = read_if_present(env, f"{prefix}/core_id")
        if package is None or core is None:
            continue
        cores.add((max(int(text_value(package)), 0), int(text_value(core))))
    if not cores:
        return None
    return len({package for package, _ in cores}), len(cores)


def read_max_frequency_mhz(env: SystemEnv) -> int | None:
    """The highest ``cpuinfo_max_freq`` (kHz) of any frequency policy, in MHz."""
    base = env.path("/sys/devices/system/cpu")
    candidates = [
        f"/sys/devices/system/cpu/cpufreq/{policy.name}/cpuinfo_max_freq"
        for policy in base.glob("cpufreq/policy[0-9]*")
    ] or [
        f"/sys/devices/system/cpu/{cpu.name}/cpufreq/cpuinfo_max_freq"
        for cpu in base.glob("cpu[0-9]*")
    ]
    best: int | None = None
    for candidate in candidates:
        raw = read_if_present(env, candidate)
        if raw is None:
            continue
        khz = int(text_value(raw))
        if khz > 0 and (best is None or khz > best):
            best = khz
    return None if best is None else round(best / 1000)
