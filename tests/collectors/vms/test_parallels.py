"""Parallels Desktop ``config.pvs`` and the bundle's ``Snapshots.xml``."""

from __future__ import annotations

import pytest

from cep_gui.collectors.vms.parallels import parse_pvs
from tests.collectors.vms.corpus import FIXTURES


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_16_windows_10() -> None:
    record = parse_pvs(fixture("parallels/win10-pd16.pvm/config.pvs"))
    assert record.format_version == "16.0.0-48916"
    assert (record.guest.family, record.guest.name) == ("windows", "Windows 10")
    assert record.tools_version == "16.0.0.48916"
    assert (record.cpu_count, record.memory_mib) == (2, 4096)
    assert record.disk_buses == ["sata"]
    assert record.disk_total_bytes == 131072 * 1024 * 1024
    assert record.network_kinds == ["nat"]  # "shared" networking
    assert (record.firmware, record.secure_boot, record.tpm) == ("efi", False, False)
    assert record.acceleration_3d is True
    assert record.usb == "usb3"
    assert record.shared_folders == 2
    assert record.snapshots is None  # no Snapshots.xml given


def test_18_with_snapshots() -> None:
    record = parse_pvs(
        fixture("parallels/ubuntu-pd18.pvm/config.pvs"),
        fixture("parallels/ubuntu-pd18.pvm/Snapshots.xml"),
    )
    assert (record.guest.family, record.guest.name) == ("linux", "Ubuntu")
    assert (record.cpu_count, record.memory_mib) == (6, 12288)
    assert record.nested_virtualization is True
    assert sorted(record.disk_buses or []) == ["sata", "virtio"]
    assert sorted(record.network_kinds or []) == ["bridged", "nat"]
    assert (record.firmware, record.secure_boot, record.tpm) == ("efi", True, True)
    assert record.snapshots == 2
    assert record.shared_folders == 1
    assert record.settings["pvs:Hardware/Hdd[0]/InterfaceType"] == 3


def _with_disk(interface: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ParallelsVirtualMachine schemaVersion="1.0">'
        '<AppVersion>18.1.1-53328</AppVersion><Hardware><Hdd id="0"><Enabled>1</Enabled>'
        f"<InterfaceType>{interface}</InterfaceType><Size>65536</Size></Hdd></Hardware>"
        "</ParallelsVirtualMachine>"
    ).encode()


@pytest.mark.parametrize(
    ("code", "bus"),
    [
        # PRL_MASS_STORAGE_INTERFACE_TYPE (PrlEnums.h of the Parallels/Virtuozzo SDK).
        ("0", "ide"),  # PMS_IDE_DEVICE
        ("1", "scsi"),  # PMS_SCSI_DEVICE
        ("2", "sata"),  # PMS_SATA_DEVICE
        ("3", "virtio"),  # PMS_VIRTIO_BLOCK_DEVICE
        ("4", "usb"),  # PMS_USB_DEVICE
        ("255", "other"),  # PMS_UNKNOWN_DEVICE
        ("7", "other"),  # a code the SDK does not define is not guessed at
        ("", "other"),
    ],
)
def test_disk_interface_codes_follow_the_sdk(code: str, bus: str) -> None:
    assert parse_pvs(_with_disk(code)).disk_buses == [bus]
