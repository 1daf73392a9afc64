"""libvirt domain XML (``/etc/libvirt/qemu/*.xml``, ``virsh dumpxml`` output).

The guest system comes from the libosinfo metadata or unRAID's ``vmtemplate``.
Names, titles, descriptions, UUIDs, MAC addresses, source paths, SMBIOS data and
extra QEMU command lines are never read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cep_gui.collectors.vms.common import (
    Setting,
    VmRecord,
    child,
    children,
    local,
    parse_xml,
    path,
    positive,
    put,
    qemu_architecture,
    short_text,
    text,
    to_bool,
    to_int,
)
from cep_gui.collectors.vms.guest_os import UNKNOWN, GuestOs, from_libosinfo, from_unraid

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_UNITS = {
    "b": 1, "bytes": 1, "kb": 1000, "k": 1024, "kib": 1024, "mb": 1000**2, "m": 1024**2,
    "mib": 1024**2, "gb": 1000**3, "g": 1024**3, "gib": 1024**3, "tb": 1000**4, "t": 1024**4,
    "tib": 1024**4,
}  # fmt: skip
_BUSES = {
    "sata": "sata",
    "scsi": "scsi",
    "ide": "ide",
    "virtio": "virtio",
    "usb": "usb",
    "nvme": "nvme",
}
_USB1 = ("uhci", "ohci")
_FEATURE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def parse_domain(data: bytes) -> VmRecord | None:
    """A record from a domain definition; None when the XML is not a domain at all."""
    root = parse_xml(data)
    if local(root.tag) != "domain":
        return None
    os_element = child(root, "os")
    devices = child(root, "devices")
    os_type = path(os_element, "type")
    guest = _guest(root)
    arch = qemu_architecture(os_type.get("arch") if os_type is not None else None)
    disks = [d for d in children(devices, "disk") if d.get("device", "disk") in ("disk", "lun")]
    vcpu = child(root, "vcpu")
    return VmRecord(
        hypervisor="libvirt",
        guest=guest,
        cpu_count=positive(to_int(vcpu.get("current") or text(vcpu))) if vcpu is not None else None,
        cpu_architecture=arch or guest.architecture,
        nested_virtualization=_nested(child(root, "cpu")),
        memory_mib=_memory_mib(child(root, "memory")),
        disk_buses=[_BUSES.get(_attr(path(d, "target"), "bus"), "other") for d in disks],
        network_kinds=[_network(i) for i in children(devices, "interface")],
        firmware=_firmware(os_element),
        secure_boot=_secure_boot(os_element),
        tpm=len(children(devices, "tpm")) > 0,
        acceleration_3d=_accel3d(devices),
        usb=_usb(devices),
        shared_folders=len(children(devices, "filesystem")),
        encrypted=any(
            child(d, "encryption") is not None or path(d, "source", "encryption") is not None
            for d in disks
        ),
        machine_type=short_text(_attr(os_type, "machine")),
        host_devices=len(children(devices, "hostdev")),
        settings=_settings(root, os_element, devices),
    )


def _attr(element: Element | None, name: str) -> str:
    return (element.get(name) or "") if element is not None else ""


def _guest(root: Element) -> GuestOs:
    metadata = child(root, "metadata")
    for item in metadata if metadata is not None else ():
        if local(item.tag) == "libosinfo":
            guest = from_libosinfo(_attr(child(item, "os"), "id"))
            if guest is not UNKNOWN:
                return guest
        if local(item.tag) == "vmtemplate":
            guest = from_unraid(item.get("os"))
            if guest is not UNKNOWN:
                return guest
    return UNKNOWN


def _memory_mib(memory: Element | None) -> float | None:
    amount = positive(to_int(text(memory)))
    if memory is None or amount is None:
        return None
    factor = _UNITS.get((memory.get("unit") or "KiB").lower())
    return None if factor is None else amount * factor / 1024**2


def _network(interface: Element) -> str:
    kind = interface.get("type") or ""
    if kind == "network":
        # libvirt's "default" network is NAT; other networks may be anything.
        return "nat" if _attr(child(interface, "source"), "network") == "default" else "other"
    return {"user": "nat", "bridge": "bridged", "direct": "bridged"}.get(kind, "other")


def _firmware(os_element: Element | None) -> str | None:
    if os_element is None:
        return None
    loader = child(os_element, "loader")
    efi = os_element.get("firmware") == "efi" or _attr(loader, "type") == "pflash"
    return "efi" if efi else "bios"


def _secure_boot(os_element: Element | None) -> bool | None:
    if _firmware(os_element) != "efi":
        return None if os_element is None else False
    loader = child(os_element, "loader")
    if to_bool(_attr(loader, "secure")):
        return True
    for feature in children(child(os_element, "firmware"), "feature"):
        if feature.get("name") == "secure-boot":
            return bool(to_bool(feature.get("enabled")))
    return "secboot" in (text(loader) or "").rsplit("/", 1)[-1].lower()


def _nested(cpu: Element | None) -> bool | None:
    """Explicitly required or forbidden vmx/svm; host-passthrough alone says nothing."""
    for feature in children(cpu, "feature"):
        if feature.get("name") in ("vmx", "svm"):
            return feature.get("policy", "require") in ("require", "force")
    return None


def _accel3d(devices: Element | None) -> bool | None:
    if devices is None:
        return None
    for video in children(devices, "video"):
        if to_bool(_attr(path(video, "model", "acceleration"), "accel3d")):
            return True
    return any(
        to_bool(_attr(child(graphics, "gl"), "enable"))
        for graphics in children(devices, "graphics")
    )


def _usb(devices: Element | None) -> str | None:
    controllers = [c for c in children(devices, "controller") if c.get("type") == "usb"]
    if not controllers:
        return None
    level = 0
    for controller in controllers:
        model = controller.get("model") or ""
        if "xhci" in model:
            level = max(level, 3)
        elif "ehci" in model:
            level = max(level, 2)
        elif any(word in model for word in _USB1):
            level = max(level, 1)
    return ("none", "usb1", "usb2", "usb3")[level]


def _settings(
    root: Element, os_element: Element | None, devices: Element | None
) -> dict[str, Setting]:
    settings: dict[str, Setting] = {}
    os_type = child(os_element, "type")
    cpu = child(root, "cpu")
    put(settings, "libvirt:@type", root.get("type"))
    put(settings, "libvirt:os/type@machine", _attr(os_type, "machine"))
    put(settings, "libvirt:os/type@arch", _attr(os_type, "arch"))
    put(settings, "libvirt:os@firmware", _attr(os_element, "firmware"))
    put(settings, "libvirt:os/loader@type", _attr(child(os_element, "loader"), "type"))
    put(settings, "libvirt:os/loader@secure", _attr(child(os_element, "loader"), "secure"))
    put(settings, "libvirt:vcpu", text(child(root, "vcpu")))
    put(settings, "libvirt:cpu@mode", _attr(cpu, "mode"))
    for name in ("sockets", "cores", "threads"):
        put(settings, f"libvirt:cpu/topology@{name}", _attr(child(cpu, "topology"), name))
    put(settings, "libvirt:clock@offset", _attr(child(root, "clock"), "offset"))
    features = child(root, "features")
    for feature in list(features)[:32] if features is not None else []:
        if _FEATURE.match(local(feature.tag)):
            put(settings, f"libvirt:features/{local(feature.tag)}", True)
    for index, disk in enumerate(children(devices, "disk")[:16]):
        put(settings, f"libvirt:devices/disk[{index}]@device", disk.get("device", "disk"))
        put(
            settings,
            f"libvirt:devices/disk[{index}]/target@bus",
            _attr(child(disk, "target"), "bus"),
        )
        put(
            settings,
            f"libvirt:devices/disk[{index}]/driver@type",
            _attr(child(disk, "driver"), "type"),
        )
    for index, nic in enumerate(children(devices, "interface")[:16]):
        put(settings, f"libvirt:devices/interface[{index}]@type", nic.get("type"))
        put(
            settings,
            f"libvirt:devices/interface[{index}]/model@type",
            _attr(child(nic, "model"), "type"),
        )
    for index, controller in enumerate(children(devices, "controller")[:16]):
        put(settings, f"libvirt:devices/controller[{index}]@type", controller.get("type"))
        put(settings, f"libvirt:devices/controller[{index}]@model", controller.get("model"))
    for name, attribute in (("video/model", "type"), ("graphics", "type"), ("sound", "model"),
                            ("tpm", "model"), ("tpm/backend", "type"), ("tpm/backend", "version"),
                            ("memballoon", "model"), ("rng", "model")):  # fmt: skip
        put(
            settings,
            f"libvirt:devices/{name}@{attribute}",
            _attr(path(devices, *name.split("/")), attribute),
        )
    return settings
