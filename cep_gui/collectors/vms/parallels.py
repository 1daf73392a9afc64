"""Parallels Desktop ``config.pvs`` (and the bundle's ``Snapshots.xml``).

Numeric codes follow the Parallels SDK (``PrlEnums.h``, ``PrlOses.h``). Only the
elements named here are read: identification, user paths, MAC addresses, serial
numbers, passwords and descriptions are never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cep_gui.collectors.vms.common import (
    Setting,
    VmConfigError,
    VmRecord,
    children,
    local,
    parse_xml,
    path,
    positive,
    put,
    short_text,
    text,
    to_int,
)
from cep_gui.collectors.vms.guest_os import from_parallels

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

#: ``Hdd/InterfaceType`` codes: PRL_MASS_STORAGE_INTERFACE_TYPE in the SDK's ``PrlEnums.h``
#: (the Virtuozzo Virtualization SDK C API Reference, Parallels International: PMS_IDE_DEVICE 0,
#: PMS_SCSI_DEVICE 1, PMS_SATA_DEVICE 2, PMS_VIRTIO_BLOCK_DEVICE 3, PMS_UNKNOWN_DEVICE 255;
#: OpenVZ's libprlsdk adds PMS_USB_DEVICE 4). No published version of the enumeration has an
#: NVMe code, so no number is read as NVMe: an unlisted code is "other", never a guess.
_BUSES = {0: "ide", 1: "scsi", 2: "sata", 3: "virtio", 4: "usb"}
#: PRL_NET_ADAPTER_EMULATED_TYPE: host-only, shared (NAT), bridged, ...
_NETWORKS = {0: "host_only", 1: "nat", 2: "bridged", 6: "bridged"}

#: Technical settings copied as they are (path below the root → ``pvs:`` key).
_SETTINGS = (
    ("Hardware", "Cpu", "Number"), ("Hardware", "Cpu", "Mode"),
    ("Hardware", "Cpu", "AutoCountEnabled"), ("Hardware", "Cpu", "AccelerationLevel"),
    ("Hardware", "Cpu", "EnableVTxSupport"), ("Hardware", "Cpu", "VirtualizedHV"),
    ("Hardware", "Cpu", "VirtualizePMU"), ("Hardware", "Cpu", "EnableHotplug"),
    ("Hardware", "Chipset", "Type"), ("Hardware", "Chipset", "Version"),
    ("Hardware", "Memory", "RamAutoSizeEnabled"), ("Hardware", "Memory", "EnableHotplug"),
    ("Hardware", "Video", "Enable3DAcceleration"), ("Hardware", "Video", "EnableVSync"),
    ("Hardware", "Video", "EnableHiResDrawing"), ("Hardware", "TpmChip", "Type"),
    ("Settings", "General", "OsType"), ("Settings", "General", "OsNumber"),
    ("Settings", "Startup", "Bios", "EfiEnabled"), ("Settings", "Startup", "Bios", "EfiSecureBoot"),
    ("Settings", "Runtime", "HypervisorType"), ("Settings", "Runtime", "EnableAdaptiveHypervisor"),
    ("Settings", "Runtime", "OptimizePowerConsumptionMode"),
    ("Settings", "Tools", "IsolatedVm"), ("Settings", "Tools", "ClipboardSync", "Enabled"),
    ("Settings", "Tools", "DragAndDrop", "Enabled"), ("Settings", "Tools", "TimeSync", "Enabled"),
    ("Settings", "Tools", "SharedFolders", "HostSharing", "Enabled"),
    ("Settings", "Tools", "SharedFolders", "HostSharing", "ShareUserHomeDir"),
    ("Settings", "Tools", "SharedProfile", "Enabled"),
    ("Settings", "Tools", "Coherence", "ShowTaskBar"),
    ("Settings", "UsbController", "UhcEnabled"), ("Settings", "UsbController", "EhcEnabled"),
    ("Settings", "UsbController", "XhcEnabled"), ("Settings", "VmEncryptionInfo", "Enabled"),
)  # fmt: skip
_DEVICE_SETTINGS = (
    ("Hdd", ("InterfaceType", "EmulatedType", "DiskType")),
    ("NetworkAdapter", ("EmulatedType", "AdapterType")),
    ("CdRom", ("InterfaceType",)),
)


def parse_pvs(data: bytes, snapshots: bytes | None = None) -> VmRecord:
    """A record from ``config.pvs``; ``snapshots`` is the bundle's ``Snapshots.xml``."""
    root = parse_xml(data)
    if local(root.tag) != "ParallelsVirtualMachine":
        raise VmConfigError(f"unexpected root element {local(root.tag)!r}")
    hardware = path(root, "Hardware")
    general = path(root, "Settings", "General")
    bios = path(root, "Settings", "Startup", "Bios")
    efi = to_int(text(path(bios, "EfiEnabled")))
    record = VmRecord(
        hypervisor="parallels",
        format_version=short_text(text(path(root, "AppVersion"))),
        guest=from_parallels(
            to_int(text(path(general, "OsType"))), to_int(text(path(general, "OsNumber")))
        ),
        tools_version=short_text(text(path(root, "Settings", "Tools", "ToolsVersion"))),
        cpu_count=positive(to_int(text(path(hardware, "Cpu", "Number")))),
        nested_virtualization=_flag(path(hardware, "Cpu", "VirtualizedHV")),
        memory_mib=positive(to_int(text(path(hardware, "Memory", "RAM")))),
        firmware=None if efi is None else ("efi" if efi else "bios"),
        secure_boot=_flag(path(bios, "EfiSecureBoot")),
        tpm=_tpm(hardware),
        acceleration_3d=_flag(path(hardware, "Video", "Enable3DAcceleration")),
        usb=_usb(path(root, "Settings", "UsbController")),
        shared_folders=_shared_folders(root),
        encrypted=_flag(path(root, "Settings", "VmEncryptionInfo", "Enabled")) or False,
        snapshots=_snapshot_count(snapshots),
        host_devices=len(_enabled(children(hardware, "GenericPciDevice"))),
        settings=_settings(root, hardware),
    )
    _disks(record, hardware)
    record.network_kinds = [
        _NETWORKS.get(_code(path(nic, "EmulatedType")), "other")
        for nic in _enabled(children(hardware, "NetworkAdapter"))
    ]
    return record


def _flag(element: Element | None) -> bool | None:
    """Parallels booleans are numbers: 0 is off, anything else on."""
    value = to_int(text(element))
    return None if value is None else value != 0


def _code(element: Element | None) -> int:
    value = to_int(text(element))
    return -1 if value is None else value


def _enabled(devices: list[Element]) -> list[Element]:
    return [d for d in devices if to_int(text(path(d, "Enabled"))) != 0]


def _tpm(hardware: Element | None) -> bool | None:
    if hardware is None:
        return None
    chip = path(hardware, "TpmChip")
    return chip is not None and (to_int(text(path(chip, "Type"))) or 0) != 0


def _usb(controller: Element | None) -> str | None:
    if controller is None:
        return None
    for key, level in (("XhcEnabled", "usb3"), ("EhcEnabled", "usb2"), ("UhcEnabled", "usb1")):
        if _flag(path(controller, key)):
            return level
    return "none"


def _shared_folders(root: Element) -> int | None:
    sharing = path(root, "Settings", "Tools", "SharedFolders", "HostSharing")
    if sharing is None:
        return None
    return len(_enabled(children(sharing, "SharedFolder")))


def _disks(record: VmRecord, hardware: Element | None) -> None:
    if hardware is None:
        return
    disks = _enabled(children(hardware, "Hdd"))
    record.disk_buses = [_BUSES.get(_code(path(d, "InterfaceType")), "other") for d in disks]
    sizes = [positive(to_int(text(path(d, "Size")))) for d in disks]
    if disks and all(size is not None for size in sizes):
        record.disk_total_bytes = sum(size or 0 for size in sizes) * 1024 * 1024


def _snapshot_count(data: bytes | None) -> int | None:
    """Saved states in ``Snapshots.xml``; the root item has an empty guid."""
    if data is None:
        return None
    try:
        root = parse_xml(data)
    except VmConfigError:
        return None  # a damaged snapshot list costs the count, not the machine
    return sum(
        1 for item in root.iter() if local(item.tag) == "SavedStateItem" and item.get("guid")
    )


def _settings(root: Element, hardware: Element | None) -> dict[str, Setting]:
    settings: dict[str, Setting] = {}
    for names in _SETTINGS:
        put(settings, "pvs:" + "/".join(names), text(path(root, *names)))
    for device, keys in _DEVICE_SETTINGS:
        for index, element in enumerate(children(hardware, device)[:16]):
            for key in keys:
                put(settings, f"pvs:Hardware/{device}[{index}]/{key}", text(path(element, key)))
    return settings
