"""Host hardware on Linux: real-format /proc and /sys trees in, catalog values out."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware.collector import HostHardwareCollector
from cep_gui.collectors.hardware.pci import lookup_pci_names
from cep_gui.collectors.system import SystemEnv
from tests.collectors.hardware.checks import (
    FIXTURES,
    assert_catalog_conform,
    assert_no_canaries,
    catalog_fields,
    error_counts,
    fixture,
)
from tests.helpers.system import CannedRunner, make_env, write_tree
from tests.helpers.unprivileged import run_unprivileged

CANARIES = (
    "CANARY",
    "8c:8c:aa:ca:fe",
    "10000000c4fe5e71",  # the Raspberry Pi's serial in /proc/cpuinfo
    "/media/",
    "/home",
)

LAPTOP_MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
udev /dev devtmpfs rw,nosuid,relatime,size=7995952k,nr_inodes=1998988,mode=755,inode64 0 0
tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=1610788k,mode=755,inode64 0 0
/dev/mapper/vgubuntu-root / ext4 rw,relatime,errors=remount-ro 0 0
/dev/nvme0n1p2 /boot ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro 0 0
/dev/loop0 /snap/core22/1380 squashfs ro,nodev,relatime,errors=continue,threads=single 0 0
/dev/sda1 /media/canary/CANARY-USB exfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022,iocharset=utf8,errors=remount-ro 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1610784k,nr_inodes=402696,mode=700,uid=1000,gid=1000,inode64 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev,relatime,user_id=1000,group_id=1000 0 0
/dev/fuse /run/user/1000/doc fuse rw,nosuid,nodev,relatime,user_id=1000,group_id=1000 0 0
server:/export/home /home/canary nfs4 rw,relatime,vers=4.2,rsize=1048576,wsize=1048576 0 0
"""  # noqa: E501


def build(root: Path, files: Mapping[str, str | bytes], dirs: Iterable[str] = ()) -> Path:
    write_tree(root, files)
    for directory in dirs:
        (root / directory.lstrip("/")).mkdir(parents=True, exist_ok=True)
    return root


def intel_laptop(root: Path) -> Path:
    """A ThinkPad T14 Gen 1: i7-10510U, NVMe, Wi-Fi + Ethernet + WWAN, UEFI, battery."""
    files: dict[str, str | bytes] = {
        "/proc/cpuinfo": fixture("cpuinfo_intel_i7-10510U.txt"),
        "/proc/meminfo": fixture("meminfo_laptop.txt"),
        "/proc/self/mounts": LAPTOP_MOUNTS,
        "/usr/share/misc/pci.ids": fixture("pci.ids"),
        "/sys/devices/system/clocksource/clocksource0/available_clocksource": "tsc hpet acpi_pm \n",
        # NVMe system disk.
        "/sys/block/nvme0n1/device/model": "SAMSUNG MZVLB512HBJQ-000L7\n",
        "/sys/block/nvme0n1/device/serial": "CANARY-NVME-SERIAL\n",
        "/sys/block/nvme0n1/size": "1000215216\n",
        "/sys/block/nvme0n1/removable": "0\n",
        "/sys/block/nvme0n1/queue/rotational": "0\n",
        # A USB stick: removable.
        "/sys/block/sda/device/vendor": "SanDisk \n",
        "/sys/block/sda/size": "60063744\n",
        "/sys/block/sda/removable": "1\n",
        "/sys/block/sda/queue/rotational": "1\n",
        # Virtual block devices: no `device`.
        "/sys/block/loop0/size": "112600\n",
        "/sys/block/loop0/removable": "0\n",
        "/sys/block/zram0/size": "16777216\n",
        "/sys/block/dm-0/size": "995213312\n",
        # Intel graphics, with a connector and a render node that are not cards.
        "/sys/class/drm/card0/device/vendor": "0x8086\n",
        "/sys/class/drm/card0/device/device": "0x9b41\n",
        "/sys/class/drm/card0/device/class": "0x030000\n",
        "/sys/class/drm/card0-eDP-1/status": "connected\n",
        "/sys/class/drm/renderD128/device/vendor": "0x8086\n",
        "/sys/class/drm/version": "drm 1.1.0 20060810\n",
        # Firmware tables, including files that must never be read.
        "/sys/class/dmi/id/sys_vendor": "LENOVO\n",
        "/sys/class/dmi/id/product_name": "20S0000RGE\n",
        "/sys/class/dmi/id/product_version": "ThinkPad T14 Gen 1\n",
        "/sys/class/dmi/id/chassis_type": "10\n",
        "/sys/class/dmi/id/bios_vendor": "LENOVO\n",
        "/sys/class/dmi/id/product_serial": "CANARY-PRODUCT-SERIAL\n",
        "/sys/class/dmi/id/product_uuid": "CANARY-0000-UUID\n",
        "/sys/class/dmi/id/board_serial": "CANARY-BOARD-SERIAL\n",
        "/sys/class/dmi/id/chassis_serial": "CANARY-CHASSIS-SERIAL\n",
        "/sys/firmware/efi/fw_platform_size": "64\n",
        # Laptop battery, charger, and a wireless mouse's battery.
        "/sys/class/power_supply/BAT0/type": "Battery\n",
        "/sys/class/power_supply/BAT0/serial_number": "CANARY-BATTERY-SERIAL\n",
        "/sys/class/power_supply/AC/type": "Mains\n",
        "/sys/class/power_supply/hidpp_battery_0/type": "Battery\n",
        "/sys/class/power_supply/hidpp_battery_0/scope": "Device\n",
        # Network: loopback, Wi-Fi, Ethernet, WWAN modem, docker bridge, veth.
        "/sys/class/net/lo/type": "772\n",
        "/sys/class/net/lo/address": "00:00:00:00:00:00\n",
        "/sys/class/net/wlp0s20f3/type": "1\n",
        "/sys/class/net/wlp0s20f3/uevent": "DEVTYPE=wlan\nINTERFACE=wlp0s20f3\nIFINDEX=3\n",
        "/sys/class/net/wlp0s20f3/address": "8c:8c:aa:ca:fe:31\n",
        "/sys/class/net/enp0s31f6/type": "1\n",
        "/sys/class/net/enp0s31f6/uevent": "INTERFACE=enp0s31f6\nIFINDEX=2\n",
        "/sys/class/net/enp0s31f6/address": "8c:8c:aa:ca:fe:32\n",
        "/sys/class/net/wwan0/type": "65534\n",
        "/sys/class/net/wwan0/uevent": "DEVTYPE=wwan\nINTERFACE=wwan0\nIFINDEX=5\n",
        "/sys/class/net/docker0/type": "1\n",
        "/sys/class/net/docker0/address": "02:42:ca:fe:00:01\n",
        "/sys/class/net/vethab12cd/type": "1\n",
    }
    for cpu in range(8):
        files[f"/sys/devices/system/cpu/cpufreq/policy{cpu}/cpuinfo_max_freq"] = "4900000\n"
    return build(
        root,
        files,
        dirs=[
            "/sys/class/net/wlp0s20f3/device",
            "/sys/class/net/wlp0s20f3/wireless",
            "/sys/class/net/wlp0s20f3/phy80211",
            "/sys/class/net/enp0s31f6/device",
            "/sys/class/net/wwan0/device",
            "/sys/class/net/docker0/bridge",
            "/sys/class/drm/card0-eDP-1/device",
        ],
    )


def amd_desktop(root: Path) -> Path:
    """A self-built Ryzen desktop: placeholder firmware strings, legacy BIOS, three disks."""
    files: dict[str, str | bytes] = {
        "/proc/cpuinfo": fixture("cpuinfo_amd_ryzen5-5600X.txt"),
        "/proc/meminfo": fixture("meminfo_desktop_noswap.txt"),
        "/proc/mounts": (
            "/dev/nvme0n1p2 / btrfs rw,relatime,ssd,space_cache=v2,subvol=/@ 0 0\n"
            "/dev/nvme0n1p2 /home btrfs rw,relatime,ssd,space_cache=v2,subvol=/@home 0 0\n"
            "/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0\n"
            "/dev/sda1 /srv/data xfs rw,relatime,attr2,inode64 0 0\n"
            "tmpfs /tmp tmpfs rw,nosuid,nodev 0 0\n"
        ),
        "/sys/block/nvme0n1/device/model": "Samsung SSD 980 PRO 1TB\n",
        "/sys/block/nvme0n1/size": "1953525168\n",
        "/sys/block/nvme0n1/removable": "0\n",
        "/sys/block/nvme0n1/queue/rotational": "0\n",
        "/sys/block/sda/device/model": "ST2000DM008-2FR1\n",
        "/sys/block/sda/size": "3907029168\n",
        "/sys/block/sda/removable": "0\n",
        "/sys/block/sda/queue/rotational": "1\n",
        "/sys/block/sdb/device/model": "CT500MX500SSD1\n",
        "/sys/block/sdb/size": "976773168\n",
        "/sys/block/sdb/removable": "0\n",
        "/sys/block/sdb/queue/rotational": "0\n",
        "/sys/block/sr0/device/model": "DVD-RAM GH24NSD1\n",
        "/sys/block/sr0/size": "2097151\n",
        "/sys/block/sr0/removable": "1\n",
        "/sys/class/drm/card0/device/vendor": "0x10de\n",
        "/sys/class/drm/card0/device/device": "0x2504\n",
        "/sys/class/dmi/id/sys_vendor": "To Be Filled By O.E.M.\n",
        "/sys/class/dmi/id/product_name": "To Be Filled By O.E.M.\n",
        "/sys/class/dmi/id/board_vendor": "ASRock\n",
        "/sys/class/dmi/id/chassis_type": "3\n",
        "/sys/class/power_supply/hidpp_battery_0/type": "Battery\n",
        "/sys/class/power_supply/hidpp_battery_0/scope": "Device\n",
        "/sys/class/net/lo/type": "772\n",
        "/sys/class/net/enp5s0/type": "1\n",
        "/sys/class/net/enp5s0/uevent": "INTERFACE=enp5s0\nIFINDEX=2\n",
        "/sys/class/net/virbr0/type": "1\n",
        "/sys/class/net/vnet0/type": "1\n",
        "/sys/firmware/acpi/pm_profile": "1\n",
    }
    for cpu in range(12):
        files[f"/sys/devices/system/cpu/cpu{cpu}/cpufreq/cpuinfo_max_freq"] = "4650000\n"
    return build(root, files, dirs=["/sys/class/net/enp5s0/device", "/sys/block/loop0"])


def raspberry_pi(root: Path) -> Path:
    """A Raspberry Pi 4: ARM cpuinfo without model name, device tree instead of DMI."""
    files: dict[str, str | bytes] = {
        "/proc/cpuinfo": fixture("cpuinfo_raspberrypi4.txt"),
        "/proc/meminfo": fixture("meminfo_raspberrypi4.txt"),
        "/proc/self/mounts": (
            "/dev/mmcblk0p2 / ext4 rw,noatime 0 0\n"
            "/dev/mmcblk0p1 /boot/firmware vfat rw,relatime,fmask=0022,dmask=0022 0 0\n"
        ),
        "/sys/devices/system/cpu/cpufreq/policy0/cpuinfo_max_freq": "1800000\n",
        "/sys/devices/system/clocksource/clocksource0/available_clocksource": (
            "arch_sys_counter \n"
        ),
        "/sys/block/mmcblk0/device/type": "SD\n",
        "/sys/block/mmcblk0/device/serial": "CANARY-SD-SERIAL\n",
        "/sys/block/mmcblk0/size": "62333952\n",
        "/sys/block/mmcblk0/removable": "0\n",
        "/sys/block/mmcblk0/queue/rotational": "0\n",
        "/sys/class/drm/card0/device/uevent": "DRIVER=v3d\nOF_NAME=v3d\n",
        "/sys/class/drm/card1/device/uevent": "DRIVER=vc4-drm\nOF_NAME=gpu\n",
        "/sys/firmware/devicetree/base/model": b"Raspberry Pi 4 Model B Rev 1.4\x00",
        "/sys/firmware/devicetree/base/serial-number": b"CANARY-DT-SERIAL\x00",
        "/sys/class/net/lo/type": "772\n",
        "/sys/class/net/eth0/type": "1\n",
        "/sys/class/net/eth0/address": "dc:a6:32:ca:fe:41\n",
        "/sys/class/net/wlan0/type": "1\n",
        "/sys/class/net/wlan0/uevent": "DEVTYPE=wlan\nINTERFACE=wlan0\nIFINDEX=3\n",
    }
    for cpu in range(4):
        files[f"/sys/devices/system/cpu/cpu{cpu}/topology/physical_package_id"] = "0\n"
        files[f"/sys/devices/system/cpu/cpu{cpu}/topology/core_id"] = f"{cpu}\n"
    return build(
        root,
        files,
        dirs=["/sys/class/net/eth0/device", "/sys/class/net/wlan0/device", "/sys/class/misc"],
    )


def collect(root: Path, machine: str = "x86_64") -> tuple[FieldValues, ErrorSink]:
    errors = ErrorSink()
    values = HostHardwareCollector().collect(make_env(root, machine=machine), errors)
    assert_catalog_conform(values)
    assert_no_canaries(values, CANARIES)
    return values, errors


# ------------------------------------------------------------------ whole machines


def test_the_collector_declares_exactly_the_catalog_fields() -> None:
    collector = HostHardwareCollector()

    assert collector.fields == set(catalog_fields("host_hardware"))
    assert collector.categories == {"host_hardware"}
    assert collector.name == "host_hardware"


def test_intel_laptop_reports_every_field(tmp_path: Path) -> None:
    values, errors = collect(intel_laptop(tmp_path))

    assert values == {
        "host_hardware.cpu.architecture": "x86_64",
        "host_hardware.cpu.model": "Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz",
        "host_hardware.cpu.vendor": "GenuineIntel",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 4,
        "host_hardware.cpu.logical_cores": 8,
        "host_hardware.cpu.max_frequency_mhz": 4900,
        "host_hardware.cpu.virtualization": "vt-x",
        "host_hardware.memory.total_gib": 15.36,
        "host_hardware.memory.swap_gib": 2.0,
        "host_hardware.disks.count": 1,
        "host_hardware.disks.kinds": {"nvme": 1},
        "host_hardware.disks.sizes_gb": [512.11],
        "host_hardware.disks.filesystems": ["exfat", "ext4", "vfat"],
        "host_hardware.gpus.devices": [
            {"vendor": "Intel Corporation", "model": "CometLake-U GT2 [UHD Graphics]"}
        ],
        "host_hardware.machine.vendor": "LENOVO",
        "host_hardware.machine.model": "ThinkPad T14 Gen 1",
        "host_hardware.machine.form_factor": "laptop",
        "host_hardware.firmware.type": "uefi",
        "host_hardware.hypervisor.detected": "none",
        "host_hardware.battery.present": True,
        "host_hardware.network.adapters": {"cellular": 1, "ethernet": 1, "wifi": 1},
    }
    assert len(errors) == 0


def test_amd_desktop_with_placeholder_firmware_strings(tmp_path: Path) -> None:
    values, errors = collect(amd_desktop(tmp_path))

    assert values == {
        "host_hardware.cpu.architecture": "x86_64",
        "host_hardware.cpu.model": "AMD Ryzen 5 5600X 6-Core Processor",
        "host_hardware.cpu.vendor": "AuthenticAMD",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 6,
        "host_hardware.cpu.logical_cores": 12,
        "host_hardware.cpu.max_frequency_mhz": 4650,
        "host_hardware.cpu.virtualization": "amd-v",
        "host_hardware.memory.total_gib": 31.26,
        "host_hardware.memory.swap_gib": 0.0,
        "host_hardware.disks.count": 3,
        "host_hardware.disks.kinds": {"hdd": 1, "nvme": 1, "ssd": 1},
        "host_hardware.disks.sizes_gb": [2000.4, 1000.2, 500.11],
        "host_hardware.disks.filesystems": ["btrfs", "vfat", "xfs"],
        # No pci.ids installed: the vendor comes from the built-in list.
        "host_hardware.gpus.devices": [{"vendor": "NVIDIA Corporation", "model": "device 0x2504"}],
        "host_hardware.machine.form_factor": "desktop",
        "host_hardware.firmware.type": "bios",
        "host_hardware.hypervisor.detected": "none",
        "host_hardware.battery.present": False,
        "host_hardware.network.adapters": {"ethernet": 1},
    }
    assert len(errors) == 0


def test_raspberry_pi_names_the_arm_core_and_board(tmp_path: Path) -> None:
    values, errors = collect(raspberry_pi(tmp_path), machine="aarch64")

    assert values == {
        "host_hardware.cpu.architecture": "arm64",
        "host_hardware.cpu.model": "Cortex-A72",
        "host_hardware.cpu.vendor": "ARM",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 4,
        "host_hardware.cpu.logical_cores": 4,
        "host_hardware.cpu.max_frequency_mhz": 1800,
        "host_hardware.memory.total_gib": 3.7,
        "host_hardware.memory.swap_gib": 0.1,
        "host_hardware.disks.count": 1,
        "host_hardware.disks.kinds": {"ssd": 1},
        "host_hardware.disks.sizes_gb": [31.91],
        "host_hardware.disks.filesystems": ["ext4", "vfat"],
        "host_hardware.machine.model": "Raspberry Pi 4 Model B Rev 1.4",
        "host_hardware.hypervisor.detected": "none",
        "host_hardware.battery.present": False,
        "host_hardware.network.adapters": {"ethernet": 1, "wifi": 1},
    }
    # SoC graphics have no PCI ids: the list is left out rather than claiming "no GPU".
    assert "host_hardware.gpus.devices" not in values
    assert len(errors) == 0


def test_ampere_server_counts_cores_from_sysfs_topology(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "/proc/cpuinfo": fixture("cpuinfo_ampere_altra.txt"),
        "/proc/meminfo": fixture("meminfo_desktop_noswap.txt"),
        "/sys/class/dmi/id/sys_vendor": "GIGABYTE\n",
        "/sys/class/dmi/id/product_name": "R272-P30-00\n",
        "/sys/class/dmi/id/chassis_type": "23\n",
        "/sys/firmware/efi/fw_platform_size": "64\n",
    }
    for cpu in range(80):
        files[f"/sys/devices/system/cpu/cpu{cpu}/topology/physical_package_id"] = "0\n"
        files[f"/sys/devices/system/cpu/cpu{cpu}/topology/core_id"] = f"{cpu}\n"
    values, _ = collect(build(tmp_path, files), machine="aarch64")

    assert values["host_hardware.cpu.model"] == "Neoverse-N1"
    assert values["host_hardware.cpu.vendor"] == "ARM"
    assert values["host_hardware.cpu.sockets"] == 1
    assert values["host_hardware.cpu.physical_cores"] == 80
    assert values["host_hardware.cpu.logical_cores"] == 80
    assert values["host_hardware.machine.form_factor"] == "server"
    assert values["host_hardware.firmware.type"] == "uefi"
    assert values["host_hardware.hypervisor.detected"] == "none"
    # ARM has no VT-x/AMD-V flag to look at: the field is left out, not guessed.
    assert "host_hardware.cpu.virtualization" not in values


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads this Linux machine")
def test_this_machine() -> None:
    errors = ErrorSink()
    values = HostHardwareCollector().collect(SystemEnv.current(), errors)

    assert_catalog_conform(values)
    model = values.get("host_hardware.cpu.model")
    assert isinstance(model, str) and model.strip()
    assert values["host_hardware.cpu.logical_cores"] == os.cpu_count()
    memory = values["host_hardware.memory.total_gib"]
    assert isinstance(memory, float) and memory > 0
    assert values["host_hardware.cpu.architecture"] != "other"


# ------------------------------------------------------------------ broken sources


TRUNCATED_CPUINFO = fixture("cpuinfo_intel_i7-10510U.txt")[:2500]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(TRUNCATED_CPUINFO, id="truncated"),
        pytest.param(TRUNCATED_CPUINFO.rsplit("\n", 1)[0] + "\n", id="truncated-at-line"),
        pytest.param(bytes(range(256)) * 8, id="binary"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, id="elf"),
        pytest.param("", id="empty"),
    ],
)
def test_broken_cpuinfo_costs_only_processor_fields(tmp_path: Path, content: str | bytes) -> None:
    intel_laptop(tmp_path)
    write_tree(tmp_path, {"/proc/cpuinfo": content})

    values, errors = collect(tmp_path)

    assert error_counts(errors) == {("host_hardware.cpu", "parse_error"): 1}
    for lost in ("model", "vendor", "sockets", "physical_cores", "logical_cores"):
        assert f"host_hardware.cpu.{lost}" not in values
    # Everything else still arrives, including the frequency from its own source.
    assert values["host_hardware.cpu.max_frequency_mhz"] == 4900
    assert values["host_hardware.memory.total_gib"] == 15.36
    assert values["host_hardware.disks.count"] == 1
    assert values["host_hardware.machine.model"] == "ThinkPad T14 Gen 1"
    assert values["host_hardware.hypervisor.detected"] == "none"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("MemTotal:       16107868 kB\nMemFree:         69", id="truncated"),
        pytest.param(b"\x00\x01\x02MemTotal\xff\xfe", id="binary"),
        pytest.param("MemTotal:       lots kB\nSwapTotal:       0 kB\n", id="not-a-number"),
    ],
)
def test_broken_meminfo_costs_only_memory_fields(tmp_path: Path, content: str | bytes) -> None:
    intel_laptop(tmp_path)
    write_tree(tmp_path, {"/proc/meminfo": content})

    values, errors = collect(tmp_path)

    assert error_counts(errors) == {("host_hardware.memory", "parse_error"): 1}
    assert "host_hardware.memory.total_gib" not in values
    assert "host_hardware.memory.swap_gib" not in values
    assert values["host_hardware.cpu.logical_cores"] == 8
    assert values["host_hardware.battery.present"] is True


def test_a_directory_where_cpuinfo_should_be_is_unavailable(tmp_path: Path) -> None:
    intel_laptop(tmp_path)
    (tmp_path / "proc" / "cpuinfo").unlink()
    (tmp_path / "proc" / "cpuinfo").mkdir()

    values, errors = collect(tmp_path)

    assert error_counts(errors) == {("host_hardware.cpu", "unavailable"): 1}
    assert "host_hardware.cpu.model" not in values
    assert values["host_hardware.memory.total_gib"] == 15.36


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
def test_unreadable_firmware_table_is_permission_denied(tmp_path: Path) -> None:
    intel_laptop(tmp_path)
    (tmp_path / "sys/class/dmi/id/sys_vendor").chmod(0)

    def collect_unprivileged() -> tuple[FieldValues, dict[tuple[str, str], int]]:
        values, errors = collect(tmp_path)
        return values, error_counts(errors)

    # Root reads a file with mode 000: the collector runs without root's privileges.
    values, counts = run_unprivileged(collect_unprivileged)

    assert counts == {("host_hardware.dmi", "permission_denied"): 1}
    assert "host_hardware.machine.vendor" not in values
    assert values["host_hardware.cpu.model"] == "Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz"


def test_garbage_in_sysfs_numbers_is_a_parse_error(tmp_path: Path) -> None:
    intel_laptop(tmp_path)
    write_tree(
        tmp_path,
        {
            "/sys/block/nvme0n1/size": b"\xff\xfe\x00garbage",
            "/sys/class/dmi/id/chassis_type": "laptop-ish\n",
            "/sys/class/drm/card0/device/vendor": "Intel\n",
        },
    )

    values, errors = collect(tmp_path)

    assert error_counts(errors) == {
        ("host_hardware.disks", "parse_error"): 1,
        ("host_hardware.dmi", "parse_error"): 1,
        ("host_hardware.gpus", "parse_error"): 1,
    }
    for lost in ("disks.count", "disks.sizes_gb", "gpus.devices", "machine.form_factor"):
        assert f"host_hardware.{lost}" not in values
    assert values["host_hardware.machine.model"] == "ThinkPad T14 Gen 1"
    assert values["host_hardware.network.adapters"] == {"cellular": 1, "ethernet": 1, "wifi": 1}


def test_missing_optional_sources_are_not_errors(tmp_path: Path) -> None:
    """A small VM: no DMI, no battery, no GPU, no cpufreq, no EFI, no pci.ids."""
    build(
        tmp_path,
        {
            "/proc/cpuinfo": fixture("cpuinfo_amd_ryzen5-5600X.txt").replace(
                " svm ", " hypervisor "
            ),
            "/proc/meminfo": fixture("meminfo_desktop_noswap.txt"),
            "/proc/self/mounts": "/dev/vda / ext4 rw,relatime 0 0\n",
            "/sys/block/vda/size": "536870912\n",
            "/sys/block/vda/queue/rotational": "1\n",
            "/sys/class/net/eth0/type": "1\n",
        },
        dirs=["/sys/block/vda/device", "/sys/class/net/eth0/device", "/sys/firmware/acpi"],
    )

    values, errors = collect(tmp_path)

    assert len(errors) == 0
    assert values["host_hardware.gpus.devices"] == []
    assert values["host_hardware.battery.present"] is False
    assert values["host_hardware.disks.kinds"] == {"hdd": 1}
    assert values["host_hardware.hypervisor.detected"] == "other"
    assert values["host_hardware.machine.form_factor"] == "virtual"
    assert values["host_hardware.cpu.virtualization"] == "none"
    assert values["host_hardware.firmware.type"] == "bios"
    for absent in ("machine.vendor", "machine.model", "cpu.max_frequency_mhz"):
        assert f"host_hardware.{absent}" not in values


# ------------------------------------------------------------------ privacy


@dataclass(frozen=True)
class RecordingEnv(SystemEnv):
    """Remembers every file read through the environment; refuses the ``denied`` ones."""

    opened: list[str] = field(default_factory=list)
    denied: frozenset[str] = frozenset()

    def read_text(self, absolute: str, limit: int = 4 * 1024 * 1024) -> str:
        self.opened.append(absolute)
        if absolute in self.denied:
            raise PermissionError(errno.EACCES, "Permission denied", absolute)
        return super().read_text(absolute, limit)


def recording_env(root: Path, machine: str = "x86_64", denied: Iterable[str] = ()) -> RecordingEnv:
    return RecordingEnv(
        platform="linux",
        root=root,
        home=root / "home" / "user",
        environ={},
        machine=machine,
        kernel="6.1.0-26-amd64",
        runner=CannedRunner(),
        denied=frozenset(denied),
    )


def test_permission_denied_costs_only_that_probe(tmp_path: Path) -> None:
    """Works as root too, where chmod 000 would not stop the read."""
    env = recording_env(
        intel_laptop(tmp_path), denied={"/sys/class/dmi/id/sys_vendor", "/proc/meminfo"}
    )
    errors = ErrorSink()

    values = HostHardwareCollector().collect(env, errors)

    assert error_counts(errors) == {
        ("host_hardware.dmi", "permission_denied"): 1,
        ("host_hardware.memory", "permission_denied"): 1,
    }
    for lost in ("machine.vendor", "machine.model", "memory.total_gib", "memory.swap_gib"):
        assert f"host_hardware.{lost}" not in values
    assert values["host_hardware.cpu.logical_cores"] == 8
    assert values["host_hardware.gpus.devices"] == [
        {"vendor": "Intel Corporation", "model": "CometLake-U GT2 [UHD Graphics]"}
    ]


def test_serial_numbers_uuids_and_addresses_are_never_read(tmp_path: Path) -> None:
    for env in (
        recording_env(intel_laptop(tmp_path / "laptop")),
        recording_env(raspberry_pi(tmp_path / "pi"), machine="aarch64"),
    ):
        values = HostHardwareCollector().collect(env, ErrorSink())

        assert values["host_hardware.cpu.logical_cores"] in (4, 8)
        assert env.opened
        for path in env.opened:
            name = path.rsplit("/", 1)[-1]
            assert "serial" not in name and "uuid" not in name, path
            assert name != "address", path


# ------------------------------------------------------------------ single probes


def test_disks_skip_boot_partitions_empty_readers_and_virtual_devices(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "/sys/block/mmcblk0/size": "122142720\n",
        "/sys/block/mmcblk0/removable": "0\n",
        "/sys/block/mmcblk0/queue/rotational": "0\n",
        "/sys/block/mmcblk0boot0/size": "8192\n",
        "/sys/block/mmcblk0boot1/size": "8192\n",
        "/sys/block/mmcblk0rpmb/size": "32768\n",
        "/sys/block/sdc/size": "0\n",  # card reader without a card
        "/sys/block/sdc/removable": "0\n",
        "/sys/block/md0/size": "1953262592\n",
        "/sys/block/nbd0/size": "0\n",
    }
    build(
        tmp_path,
        files,
        dirs=[f"/sys/block/{name}/device" for name in ("mmcblk0", "mmcblk0boot0", "mmcblk0boot1")]
        + ["/sys/block/mmcblk0rpmb/device", "/sys/block/sdc/device"],
    )
    env = make_env(tmp_path)
    from cep_gui.collectors.hardware.linux_devices import disk_fields, read_disks

    assert disk_fields(read_disks(env)) == (1, {"ssd": 1}, [62.54])


def test_pci_ids_lookup_names_devices_and_ignores_subsystems() -> None:
    names = lookup_pci_names(
        FIXTURES / "pci.ids", [(0x8086, 0x9B41), (0x1AF4, 0x1050), (0x1002, 0xFFFF)]
    )

    assert names == {
        (0x8086, 0x9B41): ("Intel Corporation", "CometLake-U GT2 [UHD Graphics]"),
        (0x1AF4, 0x1050): ("Red Hat, Inc.", "Virtio 1.0 GPU"),
        (0x1002, 0xFFFF): ("Advanced Micro Devices, Inc. [AMD/ATI]", None),
    }


def test_pci_ids_scan_stops_after_the_wanted_vendors(tmp_path: Path) -> None:
    """The file is sorted by vendor, so nothing after the last wanted vendor is read."""
    ids = tmp_path / "pci.ids"
    # An out-of-order duplicate after the wanted vendor would rename the device if read.
    ids.write_text(
        fixture("pci.ids").replace(
            "ffff  Illegal Vendor ID", "10de  Not NVIDIA\n\t2504  WRONG\nffff  Illegal Vendor ID"
        )
    )

    assert lookup_pci_names(ids, [(0x10DE, 0x2504)]) == {
        (0x10DE, 0x2504): ("NVIDIA Corporation", "GA106 [GeForce RTX 3060 Lite Hash Rate]")
    }


VM_CPUINFO = fixture("cpuinfo_intel_i7-10510U.txt").replace(" vmx ", " hypervisor ")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "QEMU\n",
             "/sys/class/dmi/id/product_name": "Standard PC (Q35 + ICH9, 2009)\n",
             "/sys/devices/system/clocksource/clocksource0/available_clocksource":
                 "kvm-clock tsc acpi_pm \n"},
            "kvm",
            id="qemu-kvm",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "QEMU\n",
             "/sys/class/dmi/id/product_name": "Standard PC (i440FX + PIIX, 1996)\n"},
            "qemu",
            id="qemu-tcg",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "VMware, Inc.\n",
             "/sys/class/dmi/id/product_name": "VMware Virtual Platform\n"},
            "vmware",
            id="vmware",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "innotek GmbH\n",
             "/sys/class/dmi/id/product_name": "VirtualBox\n"},
            "virtualbox",
            id="virtualbox",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Microsoft Corporation\n",
             "/sys/class/dmi/id/product_name": "Virtual Machine\n"},
            "hyper-v",
            id="hyper-v",
        ),
        pytest.param(
            {"/sys/devices/system/clocksource/clocksource0/available_clocksource":
                 "tsc hyperv_clocksource_tsc_page acpi_pm \n"},
            "hyper-v",
            id="wsl2",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Xen\n",
             "/sys/class/dmi/id/product_name": "HVM domU\n"},
            "xen",
            id="xen-hvm",
        ),
        pytest.param({"/sys/hypervisor/type": "xen\n"}, "xen", id="xen-pv"),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Parallels Software International Inc.\n",
             "/sys/class/dmi/id/product_name": "Parallels Virtual Platform\n"},
            "parallels",
            id="parallels",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "FreeBSD\n",
             "/sys/class/dmi/id/product_name": "BHYVE\n"},
            "bhyve",
            id="bhyve",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Amazon EC2\n",
             "/sys/class/dmi/id/product_name": "m5.large\n"},
            "kvm",
            id="ec2-nitro",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Google\n",
             "/sys/class/dmi/id/product_name": "Google Compute Engine\n"},
            "kvm",
            id="gce",
        ),
        pytest.param(
            {"/sys/class/dmi/id/sys_vendor": "Firecracker\n"}, "firecracker", id="firecracker"
        ),
        pytest.param(
            {"/sys/devices/system/clocksource/clocksource0/available_clocksource":
                 "kvm-clock tsc \n"},
            "kvm",
            id="kvm-without-dmi",
        ),
        pytest.param({}, "other", id="unnamed"),
    ],
)  # fmt: skip
def test_virtual_machines_name_their_hypervisor(
    tmp_path: Path, files: dict[str, str | bytes], expected: str
) -> None:
    intel_laptop(tmp_path)
    for leftover in ("sys_vendor", "product_name", "product_version", "chassis_type"):
        (tmp_path / "sys/class/dmi/id" / leftover).unlink()
    write_tree(tmp_path, {"/proc/cpuinfo": VM_CPUINFO, **files})

    values, errors = collect(tmp_path)

    assert values["host_hardware.hypervisor.detected"] == expected
    assert values["host_hardware.machine.form_factor"] == "virtual"
    assert values["host_hardware.cpu.virtualization"] == "none"
    assert len(errors) == 0


def test_real_hardware_is_not_mistaken_for_a_vm(tmp_path: Path) -> None:
    intel_laptop(tmp_path)
    write_tree(
        tmp_path,
        {
            "/sys/class/dmi/id/sys_vendor": "Microsoft Corporation\n",
            "/sys/class/dmi/id/product_name": "Surface Laptop 4\n",
            "/sys/class/dmi/id/chassis_type": "9\n",
        },
    )

    values, _ = collect(tmp_path)

    assert values["host_hardware.hypervisor.detected"] == "none"
    assert values["host_hardware.machine.form_factor"] == "laptop"


def test_xen_dom0_runs_on_the_hardware(tmp_path: Path) -> None:
    amd_desktop(tmp_path)
    write_tree(
        tmp_path,
        {
            "/proc/cpuinfo": fixture("cpuinfo_amd_ryzen5-5600X.txt").replace(
                " svm ", " hypervisor "
            ),
            "/sys/hypervisor/type": "xen\n",
            "/proc/xen/capabilities": "control_d\n",
        },
    )

    values, _ = collect(tmp_path)

    assert values["host_hardware.hypervisor.detected"] == "none"
    assert values["host_hardware.machine.form_factor"] == "desktop"


@pytest.mark.parametrize(
    ("chassis", "expected"),
    [("3", "desktop"), ("10", "laptop"), ("31", "laptop"), ("32", "tablet"), ("30", "tablet"),
     ("23", "server"), ("35", "desktop"), ("1", "other"), ("2", None)],
)  # fmt: skip
def test_chassis_type_gives_the_kind_of_computer(
    tmp_path: Path, chassis: str, expected: str | None
) -> None:
    intel_laptop(tmp_path)
    write_tree(tmp_path, {"/sys/class/dmi/id/chassis_type": f"{chassis}\n"})

    values, _ = collect(tmp_path)

    assert values.get("host_hardware.machine.form_factor") == expected


@pytest.mark.parametrize(
    ("machine", "expected"),
    [("x86_64", "x86_64"), ("AMD64", "x86_64"), ("i686", "x86"), ("aarch64", "arm64"),
     ("ARM64", "arm64"), ("armv7l", "arm"), ("riscv64", "riscv64"), ("ppc64le", "ppc64le"),
     ("s390x", "s390x"), ("mips64", "other")],
)  # fmt: skip
def test_architecture_names(tmp_path: Path, machine: str, expected: str) -> None:
    values, _ = collect(tmp_path, machine=machine)

    assert values["host_hardware.cpu.architecture"] == expected
