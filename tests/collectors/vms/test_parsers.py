"""Each format's parser on real files (the shared corpus, real libvirt tools) and fixtures."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import pytest

from cep_gui.collectors.vms.common import VmRecord
from cep_gui.collectors.vms.libvirt import parse_domain
from cep_gui.collectors.vms.parallels import parse_pvs
from cep_gui.collectors.vms.utm import parse_utm
from cep_gui.collectors.vms.virtualbox import parse_vbox, registry_entries
from cep_gui.collectors.vms.vmware import inventory_entries, parse_vmx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vms"
CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


def corpus(name: str) -> bytes:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus not present ({path})")
    return path.read_bytes()


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def domain(data: bytes) -> VmRecord:
    record = parse_domain(data)
    assert record is not None
    return record


# ---------------------------------------------------------------- the shared corpus


def test_corpus_virtualbox_1_12_innotek_namespace_iso_8859_1() -> None:
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


def test_corpus_vmware_fusion_windows_xp() -> None:
    record = parse_vmx(corpus("vmware/libvirt-fusion-in-the-wild-1.vmx"))
    assert (record.guest.family, record.guest.name, record.guest.architecture) == (
        "windows",
        "Windows XP",
        "x86",
    )
    assert record.cpu_count == 2
    assert record.memory_mib == 3572
    assert record.disk_buses == ["scsi"]  # the IDE unit is a CD-ROM
    assert record.network_kinds == ["bridged", "bridged"]
    assert record.usb == "usb2"
    assert record.acceleration_3d is True
    assert record.machine_type == "vmx-9"
    assert record.encrypted is False


def test_corpus_vmware_esx_ubuntu() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-2.vmx"))
    assert (record.guest.family, record.guest.name, record.guest.architecture) == (
        "linux",
        "Ubuntu",
        "x86_64",
    )
    assert record.cpu_count == 4
    assert record.memory_mib == 1000
    assert sorted(record.disk_buses or []) == ["ide", "scsi"]  # CD images not counted
    assert record.network_kinds == ["bridged"]  # no connectionType: VMware's default
    assert record.machine_type == "vmx-4"
    assert record.settings["vmx:ethernet0.virtualDev"] == "vlance"


# ---------------------------------------------------------------- fixtures


def test_parallels_16_windows_10() -> None:
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


def test_parallels_18_with_snapshots() -> None:
    record = parse_pvs(
        fixture("parallels/ubuntu-pd18.pvm/config.pvs"),
        fixture("parallels/ubuntu-pd18.pvm/Snapshots.xml"),
    )
    assert (record.guest.family, record.guest.name) == ("linux", "Ubuntu")
    assert (record.cpu_count, record.memory_mib) == (6, 12288)
    assert record.nested_virtualization is True
    assert sorted(record.disk_buses or []) == ["nvme", "sata"]
    assert sorted(record.network_kinds or []) == ["bridged", "nat"]
    assert (record.firmware, record.secure_boot, record.tpm) == ("efi", True, True)
    assert record.snapshots == 2
    assert record.shared_folders == 1
    assert record.settings["pvs:Hardware/Hdd[0]/InterfaceType"] == 4


def test_virtualbox_1_19_storage_under_hardware() -> None:
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


def test_virtualbox_registry_entries() -> None:
    assert registry_entries(fixture("virtualbox/VirtualBox.xml")) == [
        "Machines/Win11 Lab/Win11 Lab.vbox",
        "/srv/vms/Old XP/Old XP.vbox",
    ]


def test_vmware_workstation_windows_11_with_snapshots() -> None:
    record = parse_vmx(
        fixture("vmware/Win11 Pro/Win11 Pro.vmx"), fixture("vmware/Win11 Pro/Win11 Pro.vmsd")
    )
    assert (record.guest.family, record.guest.name) == ("windows", "Windows 11")
    assert (record.cpu_count, record.memory_mib) == (8, 16384)
    assert record.disk_buses == ["nvme"]
    assert record.network_kinds == ["nat", "other"]
    assert (record.firmware, record.secure_boot, record.tpm) == ("efi", True, True)
    assert record.nested_virtualization is True
    assert (record.usb, record.shared_folders, record.snapshots) == ("usb3", 1, 2)
    assert record.machine_type == "vmx-20"
    assert record.settings["vmx:virtualHW.version"] == 20
    assert record.settings["vmx:uefi.secureBoot.enabled"] is True


def test_vmware_encrypted_keeps_only_what_is_knowable() -> None:
    record = parse_vmx(fixture("vmware/Encrypted/Encrypted.vmx"))
    assert record.hypervisor == "vmware"
    assert record.encrypted is True
    assert record.guest.family == "unknown"
    assert record.cpu_count is None and record.memory_mib is None and record.disk_buses is None
    assert record.settings == {}  # the key safe is never copied


def test_vmware_keys_are_case_insensitive_and_comments_skipped() -> None:
    record = parse_vmx(
        b'#!/usr/bin/vmware\n# numvcpus = "16"\nNumVCPUs = "3"\nMEMSIZE = 2048\n'
        b'GuestOS = "Debian12-64"\n  firmware   =   "EFI"  \n'
    )
    assert (record.cpu_count, record.memory_mib) == (3, 2048)
    assert (record.guest.name, record.guest.version) == ("Debian", "12")
    assert record.firmware == "efi"


def test_vmware_inventory_entries() -> None:
    data = (
        b'.encoding = "UTF-8"\nvmlist1.config = "/home/u/vmware/a/a.vmx"\n'
        b'vmlist1.DisplayName = "a"\nvmlist2.config = "/srv/b/b.vmx"\nindex0.field0.name = "x"\n'
    )
    assert inventory_entries(data) == ["/home/u/vmware/a/a.vmx", "/srv/b/b.vmx"]


def test_libvirt_unraid_template_and_passthrough() -> None:
    record = domain(fixture("libvirt/unraid-win10.xml"))
    assert (record.guest.family, record.guest.name) == ("windows", "Windows 10")
    assert (record.cpu_count, record.memory_mib) == (8, 16384)
    assert record.machine_type == "pc-q35-7.1"
    assert (record.firmware, record.secure_boot, record.tpm) == ("efi", False, True)
    assert record.host_devices == 3
    assert sorted(record.disk_buses or []) == ["sata", "virtio"]  # the CD-ROM not counted
    assert record.network_kinds == ["bridged"]
    assert record.usb == "usb3"
    assert record.cpu_architecture == "x86_64"


def test_libvirt_secure_boot_nested_and_units() -> None:
    record = domain(fixture("libvirt/fedora-secureboot.xml"))
    assert (record.guest.name, record.guest.version) == ("Fedora", "39")
    assert record.cpu_count == 4  # vcpu current, not the maximum
    assert record.memory_mib == 6 * 1024  # unit='GiB'
    assert (record.firmware, record.secure_boot) == ("efi", True)
    assert record.nested_virtualization is True
    assert record.acceleration_3d is True
    assert record.encrypted is True
    assert record.shared_folders == 1
    assert sorted(record.network_kinds or []) == ["bridged", "nat"]


def test_libvirt_other_xml_is_not_a_machine() -> None:
    assert parse_domain(b"<network><name>default</name></network>") is None


def test_utm_legacy_version_2() -> None:
    record = parse_utm(fixture("utm/Debian 11 legacy.utm/config.plist"))
    assert record.format_version == "2"
    assert (record.guest.family, record.guest.name) == ("linux", "Debian")
    assert (record.cpu_count, record.memory_mib, record.cpu_architecture) == (4, 2048, "arm64")
    assert record.disk_buses == ["virtio"]
    assert record.network_kinds == ["nat"]
    assert (record.firmware, record.acceleration_3d, record.shared_folders) == ("efi", True, 1)
    assert record.machine_type == "virt"


def test_utm_4_qemu_windows() -> None:
    record = parse_utm(fixture("utm/Windows 11 ARM.utm/config.plist"))
    assert (record.format_version, record.guest.name) == ("4", "Windows 11")
    assert (record.cpu_count, record.memory_mib) == (4, 8192)
    assert record.disk_buses == ["nvme"]  # the CD drive is not a disk
    assert (record.firmware, record.tpm, record.usb) == ("efi", True, "usb3")
    assert record.settings["utm:Backend"] == "QEMU"


def test_utm_4_apple_macos() -> None:
    record = parse_utm(fixture("utm/Sonoma.utm/config.plist"))
    assert (record.guest.family, record.guest.name) == ("macos", "macOS")
    assert (record.cpu_count, record.memory_mib) == (4, 8192)
    assert record.firmware is None  # Apple's boot ROM
    assert record.machine_type == "apple-virtualization"
    assert record.settings["utm:Backend"] == "Apple"


def test_utm_5_apple_linux() -> None:
    record = parse_utm(fixture("utm/Ubuntu Apple.utm/config.plist"))
    assert (record.format_version, record.guest.name) == ("5", "Ubuntu")
    assert (record.cpu_count, record.memory_mib) == (6, 6144)
    assert record.disk_buses == ["nvme"]  # the read-only installer image is not counted
    assert (record.firmware, record.shared_folders) == ("efi", 1)
    assert record.network_kinds == ["bridged"]


def test_utm_5_qemu_host_cpu_count_is_unknown() -> None:
    record = parse_utm(fixture("utm/Fedora x86.utm/config.plist"))
    assert record.cpu_count is None  # 0 means "as many as the host has"
    assert (record.memory_mib, record.cpu_architecture) == (3072, "x86_64")
    assert sorted(record.disk_buses or []) == ["ide", "virtio"]
    assert record.network_kinds == ["bridged", "nat"]
    assert (record.firmware, record.usb, record.shared_folders) == ("bios", "usb2", 0)


# ---------------------------------------------------------------- real libvirt tools


def _run(argv: list[str]) -> bytes:
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed (Debian: libvirt-clients, virtinst)")
    return subprocess.run(argv, capture_output=True, check=True, timeout=60).stdout


def test_virsh_test_driver_domain() -> None:
    record = domain(_run(["virsh", "-c", "test:///default", "dumpxml", "test"]))
    assert (record.cpu_count, record.memory_mib) == (2, 8 * 1024)
    assert record.disk_buses == ["virtio"]
    assert record.network_kinds == ["nat"]  # libvirt's "default" network
    assert record.guest.family == "unknown"  # the test domain has no libosinfo metadata


@functools.cache
def _osinfo_names() -> frozenset[str]:
    out = _run(["virt-install", "--osinfo", "list"]).decode()
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(","))


def _newest(names: frozenset[str], wanted: list[str]) -> str:
    for name in wanted:
        if name in names:
            return name
    pytest.skip(f"none of {wanted} in this osinfo-db")


@pytest.mark.parametrize(
    ("candidates", "family", "name"),
    [
        (["win10"], "windows", "Windows 10"),
        (["win11"], "windows", "Windows 11"),
        (["win2k19"], "windows", "Windows Server 2019"),
        (["ubuntu22.04"], "linux", "Ubuntu"),
        (["debian12", "debian11"], "linux", "Debian"),
        (["fedora39", "fedora38", "fedora37"], "linux", "Fedora"),
        (["freebsd13.1", "freebsd13.0"], "bsd", "FreeBSD"),
    ],
)
def test_virt_install_print_xml(candidates: list[str], family: str, name: str) -> None:
    """virt-install writes the libosinfo id the guest is recognised by."""
    chosen = _newest(_osinfo_names(), candidates)
    xml = _run(
        [
            "virt-install", "--connect", "test:///default", "--name", "cep-probe",
            "--osinfo", chosen, "--memory", "4096", "--vcpus", "4", "--disk", "size=20",
            "--import", "--print-xml",
        ]
    )  # fmt: skip
    record = domain(xml)
    assert (record.guest.family, record.guest.name) == (family, name)
    version = chosen.removeprefix(name.split()[0].lower()).rstrip(".")
    if family == "linux":
        assert record.guest.version == version
    assert (record.cpu_count, record.memory_mib) == (4, 4096)
    assert record.disk_buses is not None and len(record.disk_buses) == 1
    assert record.network_kinds is not None and len(record.network_kinds) == 1
