"""Turn a :class:`VmRecord` into catalog field values (one dict per machine).

Kept apart from the parsers so that every format fills the same fields the same
way, and apart from the collector so the mapping can be tested on its own.
"""

from __future__ import annotations

from collections import Counter

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.vms.common import VmRecord
from cep_gui.core.privacy import Public

#: Must equal the catalog's ``max_items`` of ``vm_config.settings.values``.
MAX_SETTINGS = 200

FIELDS = frozenset(
    {
        "vm_software.guest.os_family",
        "vm_software.guest.os_name",
        "vm_software.guest.os_version",
        "vm_software.tools.version",
        "vm_config.hypervisor.name",
        "vm_config.hypervisor.format_version",
        "vm_config.cpu.count",
        "vm_config.cpu.architecture",
        "vm_config.cpu.nested_virtualization",
        "vm_config.memory.size_gib",
        "vm_config.disks.count",
        "vm_config.disks.buses",
        "vm_config.disks.total_gb",
        "vm_config.network.count",
        "vm_config.network.adapters",
        "vm_config.firmware.type",
        "vm_config.firmware.secure_boot",
        "vm_config.firmware.tpm",
        "vm_config.graphics.acceleration_3d",
        "vm_config.usb.controller",
        "vm_config.sharing.shared_folders",
        "vm_config.snapshots.count",
        "vm_config.security.encrypted",
        "vm_config.machine.type",
        "vm_config.passthrough.host_devices",
        "vm_config.settings.values",
    }
)


def record_fields(record: VmRecord) -> FieldValues:
    """Field id → value for one machine; facts the configuration does not state are left out."""
    values: dict[str, object] = {
        "vm_software.guest.os_family": record.guest.family,
        # Guest names only ever come from the vocabulary's tables (``guest_os``).
        "vm_software.guest.os_name": None
        if record.guest.name is None
        else Public(record.guest.name),
        "vm_software.guest.os_version": record.guest.version,
        "vm_software.tools.version": record.tools_version,
        "vm_config.hypervisor.name": record.hypervisor,
        "vm_config.hypervisor.format_version": record.format_version,
        "vm_config.cpu.count": record.cpu_count,
        "vm_config.cpu.architecture": record.cpu_architecture,
        "vm_config.cpu.nested_virtualization": record.nested_virtualization,
        "vm_config.memory.size_gib": (
            None if record.memory_mib is None else record.memory_mib / 1024
        ),
        "vm_config.disks.total_gb": (
            None if record.disk_total_bytes is None else record.disk_total_bytes / 1e9
        ),
        "vm_config.firmware.type": record.firmware,
        "vm_config.firmware.secure_boot": record.secure_boot,
        "vm_config.firmware.tpm": record.tpm,
        "vm_config.graphics.acceleration_3d": record.acceleration_3d,
        "vm_config.usb.controller": record.usb,
        "vm_config.sharing.shared_folders": record.shared_folders,
        "vm_config.snapshots.count": record.snapshots,
        "vm_config.security.encrypted": record.encrypted,
        "vm_config.machine.type": record.machine_type,
        "vm_config.passthrough.host_devices": record.host_devices,
    }
    if record.disk_buses is not None:
        values["vm_config.disks.count"] = len(record.disk_buses)
        values["vm_config.disks.buses"] = dict(sorted(Counter(record.disk_buses).items()))
    if record.network_kinds is not None:
        values["vm_config.network.count"] = len(record.network_kinds)
        values["vm_config.network.adapters"] = dict(sorted(Counter(record.network_kinds).items()))
    if record.settings:
        values["vm_config.settings.values"] = dict(sorted(record.settings.items())[:MAX_SETTINGS])
    return {key: value for key, value in values.items() if value is not None}
