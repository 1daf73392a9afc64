"""Host hardware on macOS: captured sysctl and system_profiler output in, catalog values out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware.collector import HostHardwareCollector
from cep_gui.collectors.hardware.macos import (
    PROFILER_COMMAND,
    SYSCTL_COMMAND,
    macos_fields,
    parse_sysctl,
)
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.collectors.hardware.checks import (
    assert_catalog_conform,
    assert_no_canaries,
    error_counts,
    fixture,
)
from tests.helpers.system import CannedRunner, make_env

CANARIES = (
    "CANARY",
    "3c:22:fb:ca:fe",
    "00:e0:4c:ca:fe",
    "a4:2b:b0:ca:fe",
    "f0:18:98:ca:fe",
    "192.0.2.",
    "MKGR3LL",
    "/Volumes/",
)


def collect(
    tmp_path: Path,
    sysctl: str | BaseException,
    profiler: str | BaseException,
    machine: str = "arm64",
) -> tuple[FieldValues, ErrorSink]:
    runner = CannedRunner({SYSCTL_COMMAND: sysctl, PROFILER_COMMAND: profiler})
    env = make_env(tmp_path, platform="darwin", machine=machine, runner=runner)
    errors = ErrorSink()
    values = HostHardwareCollector().collect(env, errors)
    assert_catalog_conform(values)
    assert_no_canaries(values, CANARIES)
    assert runner.calls == [SYSCTL_COMMAND, PROFILER_COMMAND]
    return values, errors


M1_EXPECTED: FieldValues = {
    "host_hardware.cpu.architecture": "arm64",
    "host_hardware.cpu.model": "Apple M1 Pro",
    "host_hardware.cpu.vendor": "Apple",
    "host_hardware.cpu.sockets": 1,
    "host_hardware.cpu.physical_cores": 8,
    "host_hardware.cpu.logical_cores": 8,
    "host_hardware.memory.total_gib": 16.0,
    "host_hardware.memory.swap_gib": 2.0,
    # The APFS volumes share one internal drive; the USB backup disk and the mounted
    # disk image are not internal disks.
    "host_hardware.disks.count": 1,
    "host_hardware.disks.kinds": {"ssd": 1},
    "host_hardware.disks.sizes_gb": [494.38],
    "host_hardware.disks.filesystems": ["apfs", "exfat"],
    "host_hardware.gpus.devices": [{"vendor": "Apple Inc.", "model": "Apple M1 Pro"}],
    "host_hardware.machine.vendor": "Apple Inc.",
    "host_hardware.machine.model": "MacBookPro18,3",
    "host_hardware.machine.form_factor": "laptop",
    "host_hardware.firmware.type": "uefi",
    "host_hardware.hypervisor.detected": "none",
    "host_hardware.battery.present": True,
    # The Thunderbolt bridge and the VPN are not adapters.
    "host_hardware.network.adapters": {"ethernet": 1, "wifi": 1},
}


def test_apple_silicon_macbook(tmp_path: Path) -> None:
    values, errors = collect(
        tmp_path, fixture("macos_sysctl_m1pro.txt"), fixture("macos_profiler_m1pro.json")
    )

    # Apple silicon has no maximum frequency and no VT-x/AMD-V: those are left out.
    assert values == M1_EXPECTED
    assert len(errors) == 0


def test_apple_silicon_under_rosetta_is_still_arm64(tmp_path: Path) -> None:
    values, _ = collect(
        tmp_path,
        fixture("macos_sysctl_m1pro.txt"),
        fixture("macos_profiler_m1pro.json"),
        machine="x86_64",
    )

    assert values["host_hardware.cpu.architecture"] == "arm64"


def test_intel_macbook(tmp_path: Path) -> None:
    values, errors = collect(
        tmp_path,
        fixture("macos_sysctl_intel.txt"),
        fixture("macos_profiler_intel_mbp16.json"),
        machine="x86_64",
    )

    assert values == {
        "host_hardware.cpu.architecture": "x86_64",
        "host_hardware.cpu.model": "Intel(R) Core(TM) i9-9880H CPU @ 2.30GHz",
        "host_hardware.cpu.vendor": "GenuineIntel",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 8,
        "host_hardware.cpu.logical_cores": 16,
        "host_hardware.cpu.max_frequency_mhz": 2300,
        "host_hardware.cpu.virtualization": "vt-x",
        "host_hardware.memory.total_gib": 32.0,
        "host_hardware.memory.swap_gib": 3.0,
        "host_hardware.disks.count": 1,
        "host_hardware.disks.kinds": {"ssd": 1},
        "host_hardware.disks.sizes_gb": [1000.24],
        "host_hardware.disks.filesystems": ["apfs"],
        "host_hardware.gpus.devices": [
            {"vendor": "Intel Corporation", "model": "Intel UHD Graphics 630"},
            {"vendor": "Advanced Micro Devices, Inc. [AMD/ATI]", "model": "AMD Radeon Pro 5500M"},
        ],
        "host_hardware.machine.vendor": "Apple Inc.",
        "host_hardware.machine.model": "MacBookPro16,1",
        "host_hardware.machine.form_factor": "laptop",
        "host_hardware.firmware.type": "uefi",
        "host_hardware.hypervisor.detected": "none",
        "host_hardware.battery.present": True,
        "host_hardware.network.adapters": {"bluetooth": 1, "wifi": 1},
    }
    assert len(errors) == 0


def test_serials_uuids_and_addresses_never_reach_the_report() -> None:
    profiler = json.loads(fixture("macos_profiler_m1pro.json"))
    assert "CANARYC02XK1" in json.dumps(profiler)  # the fixture does plant them

    values = macos_fields(parse_sysctl(fixture("macos_sysctl_m1pro.txt")), profiler, "arm64")

    assert_no_canaries(values, CANARIES)


def test_hanging_system_profiler_costs_only_its_fields(tmp_path: Path) -> None:
    hang = CollectorFailure(ErrorCode.TIMEOUT, "system_profiler did not finish within 30 s")

    values, errors = collect(tmp_path, fixture("macos_sysctl_m1pro.txt"), hang)

    assert error_counts(errors) == {("host_hardware.system_profiler", "timeout"): 1}
    assert values == {
        key: value
        for key, value in M1_EXPECTED.items()
        if key.startswith(("host_hardware.cpu.", "host_hardware.memory.", "host_hardware.hyp"))
        or key in ("host_hardware.machine.model", "host_hardware.firmware.type")
        or key in ("host_hardware.machine.vendor", "host_hardware.machine.form_factor")
    }


def test_failing_sysctl_falls_back_to_system_profiler(tmp_path: Path) -> None:
    failed = CollectorFailure(ErrorCode.FAILED, "/usr/sbin/sysctl exited with 1")

    values, errors = collect(tmp_path, failed, fixture("macos_profiler_m1pro.json"))

    assert error_counts(errors) == {("host_hardware.sysctl", "failed"): 1}
    assert values["host_hardware.cpu.model"] == "Apple M1 Pro"
    assert values["host_hardware.memory.total_gib"] == 16.0
    assert values["host_hardware.machine.model"] == "MacBookPro18,3"
    assert values["host_hardware.disks.count"] == 1
    assert "host_hardware.hypervisor.detected" not in values  # nothing can say


@pytest.mark.parametrize(
    "profiler",
    ['{"SPHardwareDataType": [', "\x00\x01binary\xff", "2024-05-01 system_profiler[123] crashed"],
)
def test_garbage_from_system_profiler_is_a_parse_error(tmp_path: Path, profiler: str) -> None:
    values, errors = collect(tmp_path, fixture("macos_sysctl_m1pro.txt"), profiler)

    assert error_counts(errors) == {("host_hardware.system_profiler", "parse_error"): 1}
    assert values["host_hardware.cpu.logical_cores"] == 8
    assert "host_hardware.gpus.devices" not in values


def test_garbage_from_sysctl_is_a_parse_error(tmp_path: Path) -> None:
    values, errors = collect(
        tmp_path,
        "sysctl: illegal option -- i\nusage: sysctl ...",
        fixture("macos_profiler_m1pro.json"),
    )

    assert error_counts(errors) == {("host_hardware.sysctl", "parse_error"): 1}
    assert values["host_hardware.gpus.devices"] == [
        {"vendor": "Apple Inc.", "model": "Apple M1 Pro"}
    ]


@pytest.mark.parametrize(
    ("model", "vmm_present", "expected"),
    [
        ("VMware7,1", "1", "vmware"),
        ("Parallels-ARM", "1", "parallels"),
        ("VirtualMac2,1", "1", "other"),
        ("MacBookAir10,1", "1", "other"),
        ("Mac14,2", "0", "none"),
    ],
)
def test_macos_virtual_machines(model: str, vmm_present: str, expected: str) -> None:
    sysctl = {"hw.model": model, "kern.hv_vmm_present": vmm_present, "hw.optional.arm64": "1"}

    values = macos_fields(sysctl, {}, "arm64")

    assert values["host_hardware.hypervisor.detected"] == expected
    assert values["host_hardware.machine.model"] == model
    if expected == "none":
        assert values["host_hardware.machine.vendor"] == "Apple Inc."
        assert "host_hardware.machine.form_factor" not in values  # "Mac14,2" could be any Mac
    else:
        assert values["host_hardware.machine.form_factor"] == "virtual"
        assert "host_hardware.machine.vendor" not in values


def test_swap_usage_in_gigabytes_and_no_swap() -> None:
    for line, expected in (
        ("vm.swapusage: total = 0.00M  used = 0.00M  free = 0.00M  (encrypted)", 0.0),
        ("vm.swapusage: total = 5.00G  used = 4.10G  free = 921.00M  (encrypted)", 5.0),
    ):
        values = macos_fields(parse_sysctl(line + "\n"), {}, "x86_64")
        assert values["host_hardware.memory.swap_gib"] == expected
