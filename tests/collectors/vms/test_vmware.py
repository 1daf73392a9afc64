"""VMware ``.vmx``: real files from ESX, ESXi, GSX and Fusion (the corpus) and the fixtures."""

from __future__ import annotations

import pytest

from cep_gui.collectors.vms.common import VmRecord
from cep_gui.collectors.vms.vmware import inventory_entries, parse_vmx
from tests.collectors.vms.corpus import FIXTURES, corpus


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def guest(record: VmRecord) -> tuple[str, str | None, str | None, str | None]:
    g = record.guest
    return g.family, g.name, g.version, g.architecture


# ---------------------------------------------------------------- real files (the corpus)


def test_fusion_windows_xp() -> None:
    record = parse_vmx(corpus("vmware/libvirt-fusion-in-the-wild-1.vmx"))
    assert guest(record) == ("windows", "Windows XP", None, "x86")
    assert record.cpu_count == 2
    assert record.memory_mib == 3572
    assert record.disk_buses == ["scsi"]  # the IDE unit is a CD-ROM
    assert record.network_kinds == ["bridged", "bridged"]
    assert record.usb == "usb2"
    assert record.acceleration_3d is True
    assert record.machine_type == "vmx-9"
    assert record.encrypted is False


def test_esx_3_ubuntu() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-2.vmx"))
    assert guest(record) == ("linux", "Ubuntu", None, "x86_64")
    assert record.cpu_count == 4
    assert record.memory_mib == 1000
    assert sorted(record.disk_buses or []) == ["ide", "scsi"]  # CD images not counted
    assert record.network_kinds == ["bridged"]  # no connectionType: VMware's default
    assert record.machine_type == "vmx-4"
    assert record.settings["vmx:ethernet0.virtualDev"] == "vlance"


def test_esxi_windows_server_2012_sixteen_vcpus() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-9.vmx"))
    assert guest(record) == ("windows", "Windows Server 2012", None, "x86_64")
    assert (record.cpu_count, record.memory_mib) == (16, 16384)
    assert record.settings["vmx:cpuid.coresPerSocket"] == 4
    assert record.disk_buses == ["scsi"]  # the SATA unit is a CD drive


def test_without_numvcpus_the_machine_has_one_vcpu() -> None:
    """ESXi leaves ``numvcpus`` out when it is 1 (VMware's default)."""
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-12.vmx"))
    assert record.cpu_count == 1
    assert (record.firmware, record.secure_boot) == ("efi", True)


def test_the_guest_s_own_report_wins_over_the_configured_type() -> None:
    """Configured as ``rhel7-64``, the guest itself reports Red Hat Enterprise Linux 8.10."""
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-14.vmx"))
    assert guest(record) == ("linux", "Red Hat Enterprise Linux", "8.10", "x86_64")
    assert (record.cpu_count, record.memory_mib) == (12, 32768)
    assert record.disk_buses == ["scsi", "scsi"]


def test_debian_11_configured_debian_12_reported_and_tools_version() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-15.vmx"))
    assert guest(record) == ("linux", "Debian", "12", "x86_64")
    assert record.tools_version == "12.2.0"  # guestinfo.vmtools.versionString
    assert record.disk_buses == ["nvme", "nvme"]


def test_rhel_9_4_nvme_disk_without_device_type() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-16.vmx"))
    assert guest(record) == ("linux", "Red Hat Enterprise Linux", "9.4", "x86_64")
    assert record.disk_buses == ["nvme"]  # a .vmdk file name says it is a disk
    assert (record.firmware, record.secure_boot) == ("efi", True)


def test_esxi_8_windows_server_2022() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-17.vmx"))
    assert guest(record) == ("windows", "Windows Server 2022", None, "x86_64")
    assert record.disk_buses == ["scsi", "scsi"]
    assert record.usb == "usb3"
    assert record.machine_type == "vmx-20"


def test_gsx_custom_network_and_blank_lines() -> None:
    record = parse_vmx(corpus("vmware/libvirt-gsx-in-the-wild-4.vmx"))
    assert guest(record) == ("linux", "Linux", None, "x86")
    assert (record.cpu_count, record.memory_mib) == (1, 264)
    assert record.disk_buses == ["ide"]  # ide1:0 is a CD-ROM that is not present
    assert record.network_kinds == ["other"]
    assert record.usb == "usb1"


# ---------------------------------------------------------------- the guest's own report


def _vmx(detailed: str, guest_os: str = "other-64") -> bytes:
    return (
        f'config.version = "8"\nvirtualHW.version = "21"\nguestOS = "{guest_os}"\n'
        f'guestInfo.detailed.data = "{detailed}"\n'
    ).encode()


@pytest.mark.parametrize(
    ("detailed", "expected"),
    [
        (
            "architecture='X86' bitness='64' buildNumber='19045' distroName='Windows' "
            "distroVersion='10.0' familyName='Windows' kernelVersion='19045.3803' "
            "prettyName='Windows 10 Pro, 64-bit (Build 19045.3803)'",
            ("windows", "Windows 10", None, "x86_64"),
        ),
        (
            "architecture='X86' bitness='64' buildNumber='22631' distroName='Windows' "
            "distroVersion='10.0' familyName='Windows' prettyName='Windows 11 Enterprise, 64-bit'",
            ("windows", "Windows 11", None, "x86_64"),
        ),
        (
            "architecture='X86' bitness='64' buildNumber='17763' distroName='Windows' "
            "distroVersion='10.0' familyName='Windows' "
            "prettyName='Windows Server 2019 Standard, 64-bit (Build 17763.5329)'",
            ("windows", "Windows Server 2019", None, "x86_64"),
        ),
        (
            "architecture='Arm' bitness='64' distroName='Ubuntu 22.04.1 LTS' distroVersion='22.04' "
            "familyName='Linux' kernelVersion='5.15.0-56-generic' prettyName='Ubuntu 22.04.1 LTS'",
            ("linux", "Ubuntu", "22.04", "arm64"),
        ),
        (
            "architecture='X86' bitness='64' cpeString='cpe:/o:almalinux:almalinux:9::baseos' "
            "distroAddlVersion='9.5 (Teal Serval)' distroName='AlmaLinux' distroVersion='9.5' "
            "familyName='Linux' prettyName='AlmaLinux 9.5 (Teal Serval)'",
            ("linux", "AlmaLinux", "9.5", "x86_64"),
        ),
    ],
)
def test_guest_reports_seen_in_real_files(
    detailed: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert guest(parse_vmx(_vmx(detailed))) == expected


def test_an_unknown_distribution_is_never_named_from_its_own_text() -> None:
    """Names come from the vocabulary: free text in the guest's report never goes out."""
    record = parse_vmx(
        _vmx(
            "architecture='X86' bitness='64' distroName='ACME-Legal JaneRoe Linux' "
            "distroVersion='7 JaneRoe' familyName='Linux' prettyName='ACME-Legal JaneRoe'",
            guest_os="rhel8-64",
        )
    )
    # An unknown distribution falls back to the configured type, not to the report's words.
    assert guest(record) == ("linux", "Red Hat Enterprise Linux", "8", "x86_64")
    assert "JaneRoe" not in repr(record)


def test_a_damaged_report_falls_back_to_the_configured_type() -> None:
    record = parse_vmx(_vmx("distroName='Debian", guest_os="ubuntu-64"))
    assert guest(record) == ("linux", "Ubuntu", None, "x86_64")


def test_the_report_is_not_copied_into_the_settings() -> None:
    record = parse_vmx(corpus("vmware/libvirt-esx-in-the-wild-14.vmx"))
    assert not any("detailed" in key.lower() for key in record.settings)
    assert record.settings["vmx:guestOS"] == "rhel7-64"


# ---------------------------------------------------------------- fixtures


def test_workstation_windows_11_with_snapshots() -> None:
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


def test_encrypted_keeps_only_what_is_knowable() -> None:
    record = parse_vmx(fixture("vmware/Encrypted/Encrypted.vmx"))
    assert record.hypervisor == "vmware"
    assert record.encrypted is True
    assert record.guest.family == "unknown"
    assert record.cpu_count is None and record.memory_mib is None and record.disk_buses is None
    assert record.settings == {}  # the key safe is never copied


def test_keys_are_case_insensitive_and_comments_skipped() -> None:
    record = parse_vmx(
        b'#!/usr/bin/vmware\n# numvcpus = "16"\nNumVCPUs = "3"\nMEMSIZE = 2048\n'
        b'GuestOS = "Debian12-64"\n  firmware   =   "EFI"  \n'
    )
    assert (record.cpu_count, record.memory_mib) == (3, 2048)
    assert (record.guest.name, record.guest.version) == ("Debian", "12")
    assert record.firmware == "efi"


def test_inventory_entries() -> None:
    data = (
        b'.encoding = "UTF-8"\nvmlist1.config = "/home/u/vmware/a/a.vmx"\n'
        b'vmlist1.DisplayName = "a"\nvmlist2.config = "/srv/b/b.vmx"\nindex0.field0.name = "x"\n'
    )
    assert inventory_entries(data) == ["/home/u/vmware/a/a.vmx", "/srv/b/b.vmx"]
