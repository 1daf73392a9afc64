"""libvirt domain XML: libvirt's own test data, virt-install and virsh output, the fixtures."""

from __future__ import annotations

import functools
import subprocess

import pytest

from cep_gui.collectors.vms.common import VmRecord
from cep_gui.collectors.vms.libvirt import parse_domain
from tests.collectors.vms.corpus import FIXTURES, corpus
from tests.helpers.requirements import require_tools, unmet


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def domain(data: bytes) -> VmRecord:
    record = parse_domain(data)
    assert record is not None
    return record


# ---------------------------------------------------------------- real files (the corpus)


def test_aarch64_virt_machine() -> None:
    record = domain(corpus("libvirt/libvirt-aarch64-virt-virtio.xml"))
    assert (record.cpu_architecture, record.machine_type) == ("arm64", "virt")
    assert (record.cpu_count, record.memory_mib) == (1, 1024)  # <memory> without unit is KiB
    assert record.disk_buses == ["virtio"]
    assert record.network_kinds == ["nat"]  # user-mode networking


def test_swtpm_tpm_2() -> None:
    record = domain(corpus("libvirt/libvirt-tpm-emulator-tpm2.xml"))
    assert record.tpm is True
    assert record.settings["libvirt:devices/tpm/backend@version"] == "2.0"
    assert (record.firmware, record.machine_type) == ("bios", "pc-i440fx-2.12")


def test_firmware_efi_with_secure_loader() -> None:
    record = domain(corpus("libvirt/libvirt-os-firmware-efi-secboot.xml"))
    assert (record.firmware, record.secure_boot) == ("efi", True)
    assert record.machine_type == "pc-q35-4.0"
    assert record.usb == "usb2"


def test_ovmf_named_only_by_its_loader_path() -> None:
    record = domain(corpus("libvirt/libvirt-bios-nvram-ovmf.xml"))
    assert (record.firmware, record.secure_boot) == ("efi", False)
    assert record.disk_buses == ["ide"]


def test_virt_install_windows_11_with_tpm() -> None:
    record = domain(corpus("libvirt/virt-install-win11-tpm.xml"))
    assert (record.guest.family, record.guest.name) == ("windows", "Windows 11")
    assert (record.cpu_count, record.memory_mib, record.tpm) == (4, 8192, True)
    assert record.disk_buses == ["sata"]


def test_virt_install_debian_11() -> None:
    record = domain(corpus("libvirt/virt-install-debian11.xml"))
    assert (record.guest.family, record.guest.name, record.guest.version) == (
        "linux",
        "Debian",
        "11",
    )
    assert (record.cpu_count, record.memory_mib) == (2, 2048)


def test_virsh_test_driver_domain_as_dumped() -> None:
    record = domain(corpus("libvirt/virsh-test-default.xml"))
    assert (record.cpu_count, record.memory_mib) == (2, 8 * 1024)
    assert record.disk_buses == ["virtio"]
    assert record.network_kinds == ["nat"]  # libvirt's "default" network
    assert record.guest.family == "unknown"  # the test domain has no libosinfo metadata


# ---------------------------------------------------------------- fixtures


def test_unraid_template_and_passthrough() -> None:
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


def test_secure_boot_nested_and_units() -> None:
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


def test_other_xml_is_not_a_machine() -> None:
    assert parse_domain(b"<network><name>default</name></network>") is None


# ---------------------------------------------------------------- real libvirt tools


def _run(argv: list[str]) -> bytes:
    require_tools(argv[0], package="libvirt-clients virtinst")
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
    unmet(f"none of {wanted} in this osinfo-db (Debian: osinfo-db)")


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
