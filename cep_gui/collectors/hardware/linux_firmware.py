"""Machine identity on Linux: firmware tables (DMI), firmware type and hypervisor.

Only ``sys_vendor``, ``product_name``, ``product_version`` and ``chassis_type`` are read
from ``/sys/class/dmi/id``; the serial number and UUID files next to them never are.
"""

from __future__ import annotations

from dataclasses import dataclass

from cep_gui.collectors.hardware.common import (
    form_factor_from_chassis,
    hypervisor_from_firmware,
    meaningful,
    read_if_present,
    text_value,
)
from cep_gui.collectors.system import SystemEnv

DMI = "/sys/class/dmi/id"


@dataclass(frozen=True)
class FirmwareTables:
    """The firmware's description of the machine; None where absent or a placeholder."""

    vendor: str | None = None
    model: str | None = None
    #: The SMBIOS chassis type number as the kernel prints it (parsed by the caller).
    chassis_type: str | None = None
    #: True when the machine has DMI tables or a device tree at all.
    present: bool = False


def read_firmware_tables(env: SystemEnv) -> FirmwareTables:
    """DMI on PCs and servers, else the device tree model on ARM boards."""
    if env.path(DMI).is_dir():
        vendor = meaningful(read_if_present(env, f"{DMI}/sys_vendor"))
        model = meaningful(read_if_present(env, f"{DMI}/product_name"))
        if vendor is not None and vendor.lower() == "lenovo":
            # Lenovo puts the machine-type number in product_name, the name in version.
            model = meaningful(read_if_present(env, f"{DMI}/product_version")) or model
        chassis = read_if_present(env, f"{DMI}/chassis_type") or None
        return FirmwareTables(vendor=vendor, model=model, chassis_type=chassis, present=True)
    tree_model = read_if_present(env, "/sys/firmware/devicetree/base/model")
    if tree_model is not None:
        return FirmwareTables(model=meaningful(tree_model), present=True)
    return FirmwareTables()


def form_factor(tables: FirmwareTables) -> str | None:
    """The kind of computer from the chassis type; raises ValueError when it is garbage."""
    if tables.chassis_type is None:
        return None
    return form_factor_from_chassis(int(text_value(tables.chassis_type)))


def firmware_type(env: SystemEnv, architecture: str) -> str | None:
    """UEFI when the kernel was started through EFI; otherwise BIOS, which only PCs have."""
    if env.path("/sys/firmware/efi").is_dir():
        return "uefi"
    if architecture in {"x86_64", "x86"} and env.path("/sys/firmware").is_dir():
        return "bios"
    return None


_CLOCKSOURCES = {"kvm-clock": "kvm", "hyperv_clocksource_tsc_page": "hyper-v", "xen": "xen"}


def detect_hypervisor(
    env: SystemEnv, tables: FirmwareTables | None, cpu_flags: frozenset[str] | None
) -> str | None:
    """Which hypervisor runs this machine: 'none' on real hardware, None when unknowable.

    Firmware strings name most hypervisors; a paravirtual clock names KVM, Hyper-V (also
    WSL 2) and Xen guests without firmware tables (Firecracker, for one). The x86
    ``hypervisor`` CPU flag tells a VM from real hardware when nothing names it.
    """
    capabilities = read_if_present(env, "/proc/xen/capabilities")
    if capabilities is not None and "control_d" in capabilities:
        return "none"  # Xen dom0 runs on the hardware
    named = hypervisor_from_firmware(
        tables.vendor if tables else None, tables.model if tables else None
    )
    clock = _paravirtual_clock(env)
    if named == "qemu" and clock == "kvm":
        return "kvm"  # QEMU with KVM acceleration rather than emulation
    if named is not None:
        return named
    if (read_if_present(env, "/sys/hypervisor/type") or "").lower() == "xen":
        return "xen"
    if clock is not None:
        return clock
    if cpu_flags is not None:
        return "other" if "hypervisor" in cpu_flags else "none"
    if tables is not None and tables.present:
        return "none"  # firmware tables that name no hypervisor: real hardware
    return None


def _paravirtual_clock(env: SystemEnv) -> str | None:
    raw = read_if_present(env, "/sys/devices/system/clocksource/clocksource0/available_clocksource")
    for name in (raw or "").split():
        if name in _CLOCKSOURCES:
            return _CLOCKSOURCES[name]
    return None
