"""VirtualBox ``.vbox`` settings and the global ``VirtualBox.xml`` registry."""

from __future__ import annotations

import pytest

from cep_gui.collectors.vms.virtualbox import parse_vbox, registry_entries
from tests.collectors.vms.corpus import FIXTURES, corpus


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_real_1_12_file_innotek_namespace_iso_8859_1() -> None:
    record = parse_vbox(corpus("virtualbox/libvirt-2disks-nosnap.vbox"))
    assert record.format_version == "1.12"
    assert (record.guest.family, record.guest.name) == ("other", "Other")
    assert record.cpu_count == 1
    assert record.memory_mib == 192
    assert record.disk_buses == ["ide", "ide"]  # StorageControllers directly under Machine
    assert record.network_kinds == ["bridged"]  # one enabled adapter of eight
    assert (record.firmware, record.usb, record.tpm) == ("bios", "none", False)
    assert record.acceleration_3d is False
    assert record.snapshots == 0
    assert record.machine_type == "piix3"
    assert record.settings["vbox:StorageControllers/StorageController[0]@type"] == "PIIX4"


def _machine(hardware: str) -> bytes:
    return (
        '<?xml version="1.0"?>\n<VirtualBox xmlns="http://www.virtualbox.org/" '
        'version="1.19-linux">\n  <Machine uuid="{00000000-0000-4000-8000-000000000001}" '
        f'name="x" OSType="Debian_64">\n    <Hardware>{hardware}</Hardware>\n  </Machine>\n'
        "</VirtualBox>\n"
    ).encode()


@pytest.mark.parametrize(
    "hardware",
    [
        '<Memory RAMSize="2048"/>',  # VirtualBox writes no <CPU> at all for one plain vCPU
        '<CPU><PAE enabled="true"/></CPU><Memory RAMSize="2048"/>',  # <CPU> without count
        '<CPU count="1"/><Memory RAMSize="2048"/>',
    ],
    ids=["no-cpu-element", "cpu-without-count", "count-1"],
)
def test_one_vcpu_is_virtualbox_s_default(hardware: str) -> None:
    assert parse_vbox(_machine(hardware)).cpu_count == 1


def test_a_file_without_hardware_says_nothing_about_vcpus() -> None:
    data = (
        b'<VirtualBox xmlns="http://www.virtualbox.org/" version="1.19-linux">'
        b'<Machine name="x" OSType="Other"/></VirtualBox>'
    )
    assert parse_vbox(data).cpu_count is None


def test_1_19_storage_under_hardware() -> None:
    record = parse_vbox(fixture("virtualbox/Win11 Lab/Win11 Lab.vbox"))
    assert record.format_version == "1.19"
    assert (record.guest.family, record.guest.name, record.guest.architecture) == (
        "windows",
        "Windows 11",
        "x86_64",
    )
    assert record.tools_version == "7.0.12"
    assert (record.cpu_count, record.memory_mib) == (4, 8192)  # not the snapshots' copies
    assert sorted(record.disk_buses or []) == ["nvme", "sata"]  # DVD not counted
    assert sorted(record.network_kinds or []) == ["bridged", "host_only", "nat"]
    assert (record.firmware, record.tpm, record.nested_virtualization) == ("efi", True, True)
    assert record.usb == "usb3"
    assert record.snapshots == 2
    assert record.shared_folders == 1
    assert record.encrypted is True  # the data disk carries CRYPT/ properties
    assert record.machine_type == "ich9"


def test_registry_entries() -> None:
    assert registry_entries(fixture("virtualbox/VirtualBox.xml")) == [
        "Machines/Win11 Lab/Win11 Lab.vbox",
        "/srv/vms/Old XP/Old XP.vbox",
    ]
