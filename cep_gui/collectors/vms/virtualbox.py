"""VirtualBox machine settings (``.vbox``) and the global registry (``VirtualBox.xml``).

Settings formats 1.12 to 1.19 are read in both namespaces (the old
``innotek.de`` one and ``virtualbox.org``). ``StorageControllers`` moved from
``Machine`` (1.12) to ``Machine/Hardware`` (later); both places are looked at.
Only direct children are followed, so the copies of the hardware kept inside
snapshots never count twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cep_gui.collectors.vms.common import (
    Setting,
    VmConfigError,
    VmRecord,
    child,
    children,
    local,
    parse_xml,
    path,
    positive,
    put,
    short_text,
    to_bool,
    to_int,
)
from cep_gui.collectors.vms.guest_os import from_virtualbox

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_CONTROLLER_BUSES = {
    "piix3": "ide", "piix4": "ide", "ich6": "ide", "ahci": "sata", "lsilogic": "scsi",
    "buslogic": "scsi", "lsilogicsas": "scsi", "nvme": "nvme", "virtioscsi": "virtio",
    "usb": "usb",
}  # fmt: skip
_ATTACHMENTS = {
    "NAT": "nat", "NATNetwork": "nat", "BridgedInterface": "bridged",
    "HostOnlyInterface": "host_only", "HostOnlyNetwork": "host_only",
    "InternalNetwork": "internal", "GenericInterface": "other", "CloudNetwork": "other",
}  # fmt: skip
_USB = {"OHCI": "usb1", "EHCI": "usb2", "XHCI": "usb3"}
_LEVELS = ("none", "usb1", "usb2", "usb3")
_FORMAT = re.compile(r"^(\d+\.\d+)")

#: (element path below Machine, attribute) copied as ``vbox:<path>@<attribute>``.
_SETTINGS = (
    (("Hardware", "CPU"), "count"), (("Hardware", "CPU"), "hotplug"),
    (("Hardware", "CPU"), "executionCap"), (("Hardware", "CPU", "HardwareVirtEx"), "enabled"),
    (("Hardware", "CPU", "HardwareVirtExNestedPaging"), "enabled"),
    (("Hardware", "CPU", "HardwareVirtExLargePages"), "enabled"),
    (("Hardware", "CPU", "PAE"), "enabled"), (("Hardware", "CPU", "LongMode"), "enabled"),
    (("Hardware", "CPU", "NestedHWVirt"), "enabled"), (("Hardware", "Firmware"), "type"),
    (("Hardware", "Chipset"), "type"), (("Hardware", "Paravirt"), "provider"),
    (("Hardware", "HPET"), "enabled"), (("Hardware", "HID"), "Pointing"),
    (("Hardware", "HID"), "Keyboard"), (("Hardware", "Display"), "controller"),
    (("Hardware", "Display"), "monitorCount"), (("Hardware", "Display"), "accelerate3D"),
    (("Hardware", "Display"), "accelerate2DVideo"), (("Hardware", "Graphics"), "controller"),
    (("Hardware", "AudioAdapter"), "controller"), (("Hardware", "AudioAdapter"), "driver"),
    (("Hardware", "AudioAdapter"), "enabled"), (("Hardware", "RTC"), "localOrUTC"),
    (("Hardware", "Clipboard"), "mode"), (("Hardware", "DragAndDrop"), "mode"),
    (("Hardware", "TrustedPlatformModule"), "type"), (("Hardware", "Memory"), "PageFusion"),
    (("Hardware", "BIOS", "IOAPIC"), "enabled"), (("Hardware", "BIOS", "ACPI"), "enabled"),
    (("Hardware", "IO", "IoCache"), "enabled"), ((), "OSType"),
)  # fmt: skip


def parse_vbox(data: bytes) -> VmRecord:
    """A record from one ``.vbox`` settings file."""
    root = parse_xml(data)
    if local(root.tag) != "VirtualBox":
        raise VmConfigError(f"unexpected root element {local(root.tag)!r}")
    version = root.get("version") or ""
    found = _FORMAT.match(version)
    machine = child(root, "Machine")
    if machine is None:
        if any(local(item.tag).startswith("MachineEncrypted") for item in root):
            return VmRecord("virtualbox", found.group(1) if found else None, encrypted=True)
        raise VmConfigError("no Machine element")
    hardware = child(machine, "Hardware")
    cpu = child(hardware, "CPU")
    display = child(hardware, "Display")
    if display is None:  # never `or`: an element without children is falsy
        display = child(hardware, "Graphics")
    tpm = path(hardware, "TrustedPlatformModule")
    guest = from_virtualbox(machine.get("OSType"))
    record = VmRecord(
        hypervisor="virtualbox",
        format_version=found.group(1) if found else None,
        guest=guest,
        tools_version=_guest_property(machine, hardware, "/VirtualBox/GuestAdd/Version"),
        cpu_count=_cpu_count(hardware, cpu),
        cpu_architecture=guest.architecture,
        nested_virtualization=_enabled(path(cpu, "NestedHWVirt")),
        memory_mib=positive(to_int(_attr(path(hardware, "Memory"), "RAMSize"))),
        firmware=_firmware(hardware),
        tpm=None if hardware is None else (tpm is not None and tpm.get("type", "None") != "None"),
        acceleration_3d=None if display is None else bool(to_bool(display.get("accelerate3D"))),
        usb=_usb(hardware),
        shared_folders=_shared_folders(machine, hardware),
        snapshots=sum(1 for item in machine.iter() if local(item.tag) == "Snapshot"),
        encrypted=_encrypted(machine),
        machine_type=short_text((_attr(path(hardware, "Chipset"), "type") or "PIIX3").lower())
        if hardware is not None
        else None,
        host_devices=len(children(path(hardware, "HostPci", "Devices"), "Device")),
        settings=_settings(root, machine, hardware),
    )
    if hardware is not None:
        record.disk_buses = _disks(machine, hardware)
        record.network_kinds = _networks(hardware)
    return record


def registry_entries(data: bytes) -> list[str]:
    """The ``MachineEntry src=`` paths of a global ``VirtualBox.xml`` (may be relative)."""
    root = parse_xml(data)
    return [
        src
        for item in root.iter()
        if local(item.tag) == "MachineEntry" and (src := (item.get("src") or "").strip())
    ]


def _attr(element: Element | None, name: str) -> str | None:
    return None if element is None else element.get(name)


def _enabled(element: Element | None) -> bool | None:
    return None if element is None else to_bool(element.get("enabled"))


def _cpu_count(hardware: Element | None, cpu: Element | None) -> int | None:
    """VirtualBox writes neither ``<CPU>`` nor its ``count`` when the machine has one vCPU."""
    if hardware is None:
        return None
    return positive(to_int(_attr(cpu, "count") or "1"))


def _firmware(hardware: Element | None) -> str | None:
    if hardware is None:
        return None
    kind = _attr(path(hardware, "Firmware"), "type") or "BIOS"
    return "efi" if kind.upper().startswith("EFI") else "bios"


def _usb(hardware: Element | None) -> str | None:
    usb = child(hardware, "USB")
    legacy = child(hardware, "USBController")
    if usb is None and legacy is None:
        return None
    level = 0
    for controller in children(path(usb, "Controllers"), "Controller"):
        level = max(level, _LEVELS.index(_USB.get((controller.get("type") or "").upper(), "none")))
    if legacy is not None and to_bool(legacy.get("enabled")):
        level = max(level, 1)
        if to_bool(legacy.get("enabledEhci")):
            level = 2
        if to_bool(legacy.get("enabledXhci")):
            level = 3
    return _LEVELS[level]


def _disks(machine: Element, hardware: Element) -> list[str]:
    buses: list[str] = []
    holders = (child(hardware, "StorageControllers"), child(machine, "StorageControllers"))
    for holder in holders:
        for controller in children(holder, "StorageController"):
            bus = _CONTROLLER_BUSES.get((controller.get("type") or "").lower(), "other")
            attached = children(controller, "AttachedDevice")
            buses += [bus for device in attached if device.get("type") == "HardDisk"]
    return buses


def _networks(hardware: Element) -> list[str]:
    kinds: list[str] = []
    for adapter in children(path(hardware, "Network"), "Adapter"):
        if not to_bool(adapter.get("enabled")):
            continue
        modes = [local(item.tag) for item in adapter if local(item.tag) in _ATTACHMENTS]
        kinds.append(_ATTACHMENTS[modes[0]] if modes else "other")
    return kinds


def _shared_folders(machine: Element, hardware: Element | None) -> int | None:
    holders = [path(hardware, "SharedFolders"), child(machine, "SharedFolders")]
    if all(holder is None for holder in holders):
        return None
    return sum(len(children(holder, "SharedFolder")) for holder in holders)


def _encrypted(machine: Element) -> bool:
    """Disk encryption leaves a ``CRYPT/...`` property on the encrypted medium."""
    for item in machine.iter():
        if local(item.tag) == "Property" and (item.get("name") or "").startswith("CRYPT/"):
            return True
    return False


def _guest_property(machine: Element, hardware: Element | None, name: str) -> str | None:
    for holder in (path(hardware, "GuestProperties"), child(machine, "GuestProperties")):
        for item in children(holder, "GuestProperty"):
            if item.get("name") == name:
                return short_text(item.get("value"))
    return None


def _settings(root: Element, machine: Element, hardware: Element | None) -> dict[str, Setting]:
    settings: dict[str, Setting] = {}
    put(settings, "vbox:VirtualBox@version", root.get("version"))
    for names, attribute in _SETTINGS:
        element = path(machine, *names)
        key = "/".join(names) if names else "Machine"
        put(settings, f"vbox:{key}@{attribute}", _attr(element, attribute))
    for index, adapter in enumerate(children(path(hardware, "Network"), "Adapter")[:8]):
        for attribute in ("enabled", "type", "cable"):
            put(
                settings,
                f"vbox:Hardware/Network/Adapter[{index}]@{attribute}",
                adapter.get(attribute),
            )
    holders = (child(hardware, "StorageControllers"), child(machine, "StorageControllers"))
    controllers = [c for holder in holders for c in children(holder, "StorageController")]
    for index, controller in enumerate(controllers[:8]):
        for attribute in ("type", "PortCount", "useHostIOCache", "Bootable"):
            put(
                settings,
                f"vbox:StorageControllers/StorageController[{index}]@{attribute}",
                controller.get(attribute),
            )
    for index, usb in enumerate(children(path(hardware, "USB", "Controllers"), "Controller")[:4]):
        put(settings, f"vbox:Hardware/USB/Controllers/Controller[{index}]@type", usb.get("type"))
    return settings
