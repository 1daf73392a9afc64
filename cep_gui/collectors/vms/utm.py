"""UTM ``config.plist`` (macOS): configuration versions 2 (UTM 3), 4 and 5.

Version 4 and later hold a ``Backend`` (``QEMU`` or ``Apple``) and sections
named ``Information``, ``System``, ``Drive``, ``Network``...; the legacy version 2
uses ``Info``, ``Drives``, ``Networking``. The guest system is guessed from the
built-in icon UTM shows; names, notes, UUIDs, MAC addresses and bookmarks of
shared folders are never read.
"""

from __future__ import annotations

from collections.abc import Mapping

from cep_gui.collectors.plists import plist_dict
from cep_gui.collectors.vms.common import (
    Setting,
    VmConfigError,
    VmRecord,
    positive,
    put,
    qemu_architecture,
    short_text,
    to_int,
)
from cep_gui.collectors.vms.guest_os import GuestOs, from_utm
from cep_gui.core.errors import CollectorFailure

_BUSES = {"ide": "ide", "scsi": "scsi", "virtio": "virtio", "nvme": "nvme", "usb": "usb"}
_NETWORKS = {"shared": "nat", "emulated": "nat", "host": "host_only", "bridged": "bridged"}
_USB = {"disabled": "none", "2.0": "usb2", "3.0": "usb3"}

Plist = Mapping[str, object]


def parse_utm(data: bytes) -> VmRecord:
    """A record from a ``.utm`` bundle's ``config.plist``."""
    try:
        root = plist_dict(data, "config.plist")
    except CollectorFailure as exc:
        raise VmConfigError(exc.detail) from exc
    version = root.get("ConfigurationVersion")
    if not isinstance(version, int) or isinstance(version, bool):
        raise VmConfigError("no ConfigurationVersion")
    if version < 3:
        return _legacy(root, version)
    if _text(root.get("Backend")).lower() == "apple":
        return _apple(root, version)
    return _qemu(root, version)


def _qemu(root: Plist, version: int) -> VmRecord:
    system, qemu = _dict(root, "System"), _dict(root, "QEMU")
    sharing, info = _dict(root, "Sharing"), _dict(root, "Information")
    drives = _list(root, "Drive")
    displays = _list(root, "Display")
    record = VmRecord(
        hypervisor="utm",
        format_version=str(version),
        guest=_guest(info, None),
        cpu_count=_count(system.get("CPUCount")),
        cpu_architecture=qemu_architecture(system.get("Architecture")),
        memory_mib=_count(system.get("MemorySize")),
        disk_buses=[
            _BUSES.get(_text(d.get("Interface")).lower(), "other")
            for d in drives
            if _text(d.get("ImageType")) == "Disk"
        ],
        network_kinds=[
            _NETWORKS.get(_text(n.get("Mode")).lower(), "other") for n in _list(root, "Network")
        ],
        firmware=_firmware(qemu.get("UEFIBoot")),
        tpm=_flag(qemu.get("TPMDevice")),
        acceleration_3d=any("-gl" in _text(d.get("Hardware")) for d in displays)
        if displays
        else None,
        usb=_USB.get(_text(_dict(root, "Input").get("UsbBusSupport")).lower()),
        shared_folders=_share_count(sharing.get("DirectoryShareMode")),
        encrypted=False,
        machine_type=short_text(system.get("Target")),
    )
    settings: dict[str, Setting] = {}
    _common_settings(settings, root, version)
    for key in ("Architecture", "Target", "CPU", "CPUCount", "ForceMulticore"):
        put(settings, f"utm:System/{key}", system.get(key))
    for key in ("UEFIBoot", "TPMDevice", "Hypervisor", "TSO", "RNGDevice", "BalloonDevice",
                "RTCLocalTime", "PS2Controller"):  # fmt: skip
        put(settings, f"utm:QEMU/{key}", qemu.get(key))
    for key in ("UsbBusSupport", "UsbSharing", "MaximumUsbShare"):
        put(settings, f"utm:Input/{key}", _dict(root, "Input").get(key))
    for key in ("DirectoryShareMode", "DirectoryShareReadOnly", "ClipboardSharing"):
        put(settings, f"utm:Sharing/{key}", sharing.get(key))
    _indexed(settings, "Drive", drives, ("ImageType", "Interface", "InterfaceVersion", "ReadOnly"))
    _indexed(settings, "Display", displays, ("Hardware", "DynamicResolution"))
    _indexed(settings, "Network", _list(root, "Network"), ("Mode", "Hardware", "IsolateFromHost"))
    _indexed(settings, "Sound", _list(root, "Sound"), ("Hardware",))
    record.settings = settings
    return record


def _apple(root: Plist, version: int) -> VmRecord:
    system, info = _dict(root, "System"), _dict(root, "Information")
    boot = _dict(system, "Boot")
    operating_system = _text(boot.get("OperatingSystem"))
    drives = [d for d in _list(root, "Drive") if d.get("ReadOnly") is not True]
    record = VmRecord(
        hypervisor="utm",
        format_version=str(version),
        guest=_guest(info, operating_system),
        cpu_count=_count(system.get("CPUCount")),
        cpu_architecture=qemu_architecture(system.get("Architecture")),
        memory_mib=_count(system.get("MemorySize")),
        disk_buses=["nvme" if d.get("Nvme") is True else "virtio" for d in drives],
        network_kinds=[
            _NETWORKS.get(_text(n.get("Mode")).lower(), "other") for n in _list(root, "Network")
        ],
        # macOS guests start from Apple's own boot ROM: neither BIOS nor UEFI.
        firmware=None if operating_system == "macOS" else _firmware(boot.get("UEFIBoot")),
        shared_folders=len(_list(root, "SharedDirectory")),
        encrypted=False,
        machine_type="apple-virtualization",
    )
    settings: dict[str, Setting] = {}
    _common_settings(settings, root, version)
    for key in ("Architecture", "CPUCount"):
        put(settings, f"utm:System/{key}", system.get(key))
    put(settings, "utm:System/Boot/OperatingSystem", operating_system)
    put(settings, "utm:System/Boot/UEFIBoot", boot.get("UEFIBoot"))
    virtualization = _dict(root, "Virtualization")
    for key in ("Audio", "Balloon", "Entropy", "Keyboard", "Pointer", "Rosetta", "ClipboardSharing",
                "Trackpad"):  # fmt: skip
        put(settings, f"utm:Virtualization/{key}", virtualization.get(key))
    _indexed(settings, "Drive", _list(root, "Drive"), ("ReadOnly", "Nvme"))
    _indexed(settings, "Network", _list(root, "Network"), ("Mode",))
    record.settings = settings
    return record


def _legacy(root: Plist, version: int) -> VmRecord:
    system, networking = _dict(root, "System"), _dict(root, "Networking")
    drives = _list(root, "Drives")
    enabled = networking.get("NetworkEnabled", True) is not False
    display_card = _text(_dict(root, "Display").get("DisplayCard"))
    record = VmRecord(
        hypervisor="utm",
        format_version=str(version),
        guest=_guest(_dict(root, "Info"), None),
        cpu_count=_count(system.get("CPUCount")),
        cpu_architecture=qemu_architecture(system.get("Architecture")),
        memory_mib=_count(system.get("Memory")),
        disk_buses=[
            _BUSES.get(_text(d.get("InterfaceType")).lower(), "other")
            for d in drives
            if _text(d.get("ImageType")).lower() == "disk"
        ],
        network_kinds=(
            [_NETWORKS.get(_text(networking.get("NetworkMode")).lower(), "other")]
            if enabled
            else []
        ),
        firmware=_firmware(system.get("BootUefi")),
        acceleration_3d=("-gl" in display_card) if display_card else None,
        shared_folders=_share_count(_dict(root, "Sharing").get("DirectorySharing")),
        encrypted=False,
        machine_type=short_text(system.get("Target")),
    )
    settings: dict[str, Setting] = {}
    _common_settings(settings, root, version)
    for key in ("Architecture", "Target", "CPU", "CPUCount", "BootUefi", "UseHypervisor",
                "ForceMulticore", "RngEnabled"):  # fmt: skip
        put(settings, f"utm:System/{key}", system.get(key))
    for key in ("NetworkEnabled", "NetworkMode", "NetworkCard"):
        put(settings, f"utm:Networking/{key}", networking.get(key))
    put(settings, "utm:Display/DisplayCard", display_card)
    _indexed(settings, "Drives", drives, ("ImageType", "InterfaceType", "Removable"))
    record.settings = settings
    return record


def _dict(container: Plist, key: str) -> Plist:
    value = container.get(key)
    return value if isinstance(value, dict) else {}


def _list(container: Plist, key: str) -> list[Plist]:
    value = container.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _count(value: object) -> int | None:
    """A positive integer; UTM's 0 CPUs means "as many as the host has", so unknown."""
    return positive(to_int(value)) if isinstance(value, int) else None


def _firmware(uefi: object) -> str | None:
    flag = _flag(uefi)
    return None if flag is None else ("efi" if flag else "bios")


def _share_count(mode: object) -> int | None:
    if isinstance(mode, bool):
        return int(mode)
    text = _text(mode)
    return None if not text else (0 if text.lower() == "none" else 1)


def _guest(info: Plist, boot_os: str | None) -> GuestOs:
    icon = None if info.get("IconCustom") is True else _text(info.get("Icon"))
    return from_utm(icon, boot_os)


def _common_settings(settings: dict[str, Setting], root: Plist, version: int) -> None:
    put(settings, "utm:ConfigurationVersion", version)
    put(settings, "utm:Backend", root.get("Backend"))


def _indexed(
    settings: dict[str, Setting], section: str, items: list[Plist], keys: tuple[str, ...]
) -> None:
    for index, item in enumerate(items[:16]):
        for key in keys:
            put(settings, f"utm:{section}[{index}]/{key}", item.get(key))
