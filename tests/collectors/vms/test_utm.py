"""UTM ``config.plist``: real UTM 3 and 4 configurations (the corpus) and the fixtures."""

from __future__ import annotations

import plistlib

import pytest

from cep_gui.collectors.vms.utm import parse_utm
from tests.collectors.vms.corpus import FIXTURES, corpus


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ---------------------------------------------------------------- real files (the corpus)


@pytest.mark.parametrize(
    ("name", "version", "arch", "machine"),
    [
        ("utm/utmconfigs-system-7.5.3-m68k.plist", "4", "m68k", "q800"),
        ("utm/utmconfigs-mac-os-8.1-m68k.plist", "4", "m68k", "q800"),
        ("utm/utmconfigs-mac-os-9.2.2-ppc.plist", "2", "ppc", "mac99"),
        ("utm/utmconfigs-os-x-10.4-ppc.plist", "2", "ppc", "mac99"),
        ("utm/utmconfigs-os-x-10.10-x86_64.plist", "2", "x86_64", "q35"),
        ("utm/utmconfigs-macos-12-x86_64.plist", "4", "x86_64", "q35"),
    ],
)
def test_every_emulated_architecture_is_named(
    name: str, version: str, arch: str, machine: str
) -> None:
    record = parse_utm(corpus(name))
    assert (record.format_version, record.cpu_architecture, record.machine_type) == (
        version,
        arch,
        machine,
    )


def test_quadra_800_m68k() -> None:
    record = parse_utm(corpus("utm/utmconfigs-system-7.5.3-m68k.plist"))
    assert record.memory_mib == 64
    assert record.cpu_count is None  # 0 CPUs: "as many as the host has"
    assert sorted(record.disk_buses or []) == ["other", "scsi"]  # the MTD PRAM image and the HD
    assert (record.firmware, record.usb, record.network_kinds) == ("bios", "none", [])


def test_mac99_powerpc_legacy_format() -> None:
    record = parse_utm(corpus("utm/utmconfigs-mac-os-9.2.2-ppc.plist"))
    assert (record.cpu_count, record.memory_mib) == (1, 256)
    assert record.disk_buses == ["ide"]
    assert record.network_kinds == ["nat"]


def test_macos_12_on_emulated_x86_64() -> None:
    record = parse_utm(corpus("utm/utmconfigs-macos-12-x86_64.plist"))
    assert (record.cpu_count, record.memory_mib) == (8, 8192)
    assert sorted(record.disk_buses or []) == ["nvme", "usb"]  # the IDE unit is a CD
    assert record.firmware == "efi"


def _v4(architecture: str) -> bytes:
    return plistlib.dumps(
        {"ConfigurationVersion": 4, "Backend": "QEMU", "System": {"Architecture": architecture}}
    )


@pytest.mark.parametrize(
    ("qemu", "catalog"),
    [
        ("aarch64", "arm64"), ("arm", "arm"), ("x86_64", "x86_64"), ("i386", "x86"),
        ("ppc", "ppc"), ("ppc64", "ppc64"), ("m68k", "m68k"), ("riscv64", "riscv64"),
        ("s390x", "s390x"), ("sparc64", "other"), ("mipsel", "other"), ("", None),
    ],
)  # fmt: skip
def test_qemu_architecture_names(qemu: str, catalog: str | None) -> None:
    assert parse_utm(_v4(qemu)).cpu_architecture == catalog


# ---------------------------------------------------------------- fixtures


def test_legacy_version_2() -> None:
    record = parse_utm(fixture("utm/Debian 11 legacy.utm/config.plist"))
    assert record.format_version == "2"
    assert (record.guest.family, record.guest.name) == ("linux", "Debian")
    assert (record.cpu_count, record.memory_mib, record.cpu_architecture) == (4, 2048, "arm64")
    assert record.disk_buses == ["virtio"]
    assert record.network_kinds == ["nat"]
    assert (record.firmware, record.acceleration_3d, record.shared_folders) == ("efi", True, 1)
    assert record.machine_type == "virt"


def test_4_qemu_windows() -> None:
    record = parse_utm(fixture("utm/Windows 11 ARM.utm/config.plist"))
    assert (record.format_version, record.guest.name) == ("4", "Windows 11")
    assert (record.cpu_count, record.memory_mib) == (4, 8192)
    assert record.disk_buses == ["nvme"]  # the CD drive is not a disk
    assert (record.firmware, record.tpm, record.usb) == ("efi", True, "usb3")
    assert record.settings["utm:Backend"] == "QEMU"


def test_4_apple_macos() -> None:
    record = parse_utm(fixture("utm/Sonoma.utm/config.plist"))
    assert (record.guest.family, record.guest.name) == ("macos", "macOS")
    assert (record.cpu_count, record.memory_mib) == (4, 8192)
    assert record.firmware is None  # Apple's boot ROM
    assert record.machine_type == "apple-virtualization"
    assert record.settings["utm:Backend"] == "Apple"


def test_5_apple_linux() -> None:
    record = parse_utm(fixture("utm/Ubuntu Apple.utm/config.plist"))
    assert (record.format_version, record.guest.name) == ("5", "Ubuntu")
    assert (record.cpu_count, record.memory_mib) == (6, 6144)
    assert record.disk_buses == ["nvme"]  # the read-only installer image is not counted
    assert (record.firmware, record.shared_folders) == ("efi", 1)
    assert record.network_kinds == ["bridged"]


def test_5_qemu_host_cpu_count_is_unknown() -> None:
    record = parse_utm(fixture("utm/Fedora x86.utm/config.plist"))
    assert record.cpu_count is None  # 0 means "as many as the host has"
    assert (record.memory_mib, record.cpu_architecture) == (3072, "x86_64")
    assert sorted(record.disk_buses or []) == ["ide", "virtio"]
    assert record.network_kinds == ["bridged", "nat"]
    assert (record.firmware, record.usb, record.shared_folders) == ("bios", "usb2", 0)
