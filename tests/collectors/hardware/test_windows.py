"""Host hardware on Windows: captured PowerShell output in, catalog values out."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware.collector import HostHardwareCollector
from cep_gui.collectors.hardware.windows import (
    QUERIES,
    SECTIONS,
    parse_windows_inventory,
    powershell_command,
)
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.collectors.hardware.checks import (
    assert_catalog_conform,
    assert_no_canaries,
    error_counts,
    fixture,
)
from tests.helpers.system import CannedRunner, make_env

CANARIES = ("CANARY", "8C-8C-AA-CA-FE", "8C8CAACAFE", "00-15-5D-CA-FE", "BFEBFBFF000806C1")
COMMAND = tuple(powershell_command())


def collect(
    tmp_path: Path, output: str | BaseException, machine: str = "AMD64"
) -> tuple[FieldValues, ErrorSink, CannedRunner]:
    runner = CannedRunner({COMMAND: output})
    env = make_env(tmp_path, platform="windows", machine=machine, runner=runner)
    errors = ErrorSink()
    values = HostHardwareCollector().collect(env, errors)
    assert_catalog_conform(values)
    assert_no_canaries(values, CANARIES)
    return values, errors, runner


def test_thinkpad_reports_every_field_from_one_powershell_run(tmp_path: Path) -> None:
    values, errors, runner = collect(tmp_path, fixture("windows_inventory_thinkpad_t14.json"))

    assert values == {
        "host_hardware.cpu.architecture": "x86_64",
        "host_hardware.cpu.model": "11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz",
        "host_hardware.cpu.vendor": "GenuineIntel",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 4,
        "host_hardware.cpu.logical_cores": 8,
        "host_hardware.cpu.max_frequency_mhz": 2803,
        # Windows' own hypervisor (VBS) hides VT-x from Win32_Processor; it is there.
        "host_hardware.cpu.virtualization": "vt-x",
        "host_hardware.memory.total_gib": 15.7,
        "host_hardware.memory.swap_gib": 2.38,
        # The USB stick is not counted.
        "host_hardware.disks.count": 1,
        "host_hardware.disks.kinds": {"nvme": 1},
        "host_hardware.disks.sizes_gb": [512.11],
        "host_hardware.disks.filesystems": ["ntfs"],
        # The remote-desktop adapter is software, not a graphics card.
        "host_hardware.gpus.devices": [
            {"vendor": "Intel Corporation", "model": "Intel(R) Iris(R) Xe Graphics"}
        ],
        "host_hardware.machine.vendor": "LENOVO",
        "host_hardware.machine.model": "ThinkPad T14 Gen 2i",
        "host_hardware.machine.form_factor": "laptop",
        "host_hardware.firmware.type": "uefi",
        "host_hardware.hypervisor.detected": "none",
        "host_hardware.battery.present": True,
        # Hyper-V's virtual switch and Wi-Fi Direct are not hardware.
        "host_hardware.network.adapters": {"bluetooth": 1, "ethernet": 1, "wifi": 1},
    }
    assert len(errors) == 0
    assert runner.calls == [COMMAND]


def test_windows_powershell_51_shapes_and_a_failed_query(tmp_path: Path) -> None:
    """Single objects instead of arrays, {"value", "Count"} wrappers, null, missing keys."""
    values, errors, _ = collect(tmp_path, fixture("windows_inventory_azure_vm_ps51.json"))

    assert values == {
        "host_hardware.cpu.architecture": "x86_64",
        "host_hardware.cpu.model": "Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz",
        "host_hardware.cpu.vendor": "GenuineIntel",
        "host_hardware.cpu.sockets": 1,
        "host_hardware.cpu.physical_cores": 2,
        "host_hardware.cpu.logical_cores": 4,
        "host_hardware.cpu.max_frequency_mhz": 2594,
        "host_hardware.cpu.virtualization": "none",
        "host_hardware.memory.total_gib": 16.0,
        "host_hardware.disks.count": 2,
        "host_hardware.disks.kinds": {"unknown": 2},
        "host_hardware.disks.sizes_gb": [136.37, 34.36],
        "host_hardware.disks.filesystems": ["ntfs"],
        "host_hardware.gpus.devices": [
            {"vendor": "Microsoft Corporation", "model": "Microsoft Hyper-V Video"}
        ],
        "host_hardware.machine.vendor": "Microsoft Corporation",
        "host_hardware.machine.model": "Virtual Machine",
        "host_hardware.machine.form_factor": "virtual",
        "host_hardware.firmware.type": "uefi",
        "host_hardware.hypervisor.detected": "hyper-v",
        "host_hardware.battery.present": False,
        "host_hardware.network.adapters": {"other": 1},
    }
    # The page file query failed: swap is left out and the failure is counted.
    assert error_counts(errors) == {("host_hardware.memory", "unavailable"): 1}


def test_serials_names_and_addresses_in_the_output_never_reach_the_report() -> None:
    text = fixture("windows_inventory_thinkpad_t14.json")
    assert "CANARY" in text and "8C-8C-AA-CA-FE-01" in text  # the fixture does plant them

    assert_no_canaries(parse_windows_inventory(text), CANARIES)


def test_the_script_asks_only_for_harmless_properties() -> None:
    argv = powershell_command()
    script = base64.b64decode(argv[-1]).decode("utf-16-le")

    assert argv[0] == "powershell.exe" and "-EncodedCommand" in argv
    assert "ConvertTo-Json -Depth 4 -Compress" in script
    requested = {name for query in QUERIES for name in query.properties}
    for forbidden in ("Serial", "UUID", "MAC", "Address", "UserName", "ProcessorId", "Volume"):
        assert not any(forbidden.lower() in name.lower() for name in requested), forbidden
        assert forbidden not in script, forbidden
    assert {query.section for query in QUERIES} == set(SECTIONS)


def test_hanging_powershell_is_a_counted_timeout(tmp_path: Path) -> None:
    hang = CollectorFailure(ErrorCode.TIMEOUT, "powershell.exe did not finish within 30 s")

    values, errors, _ = collect(tmp_path, hang)

    assert error_counts(errors) == {("host_hardware.powershell", "timeout"): 1}
    assert values == {"host_hardware.cpu.architecture": "x86_64"}


def test_missing_powershell_is_a_counted_missing_tool(tmp_path: Path) -> None:
    env = make_env(tmp_path, platform="windows", machine="ARM64", runner=CannedRunner())
    errors = ErrorSink()

    values = HostHardwareCollector().collect(env, errors)

    assert error_counts(errors) == {("host_hardware.powershell", "missing_tool"): 1}
    assert values == {"host_hardware.cpu.architecture": "arm64"}


@pytest.mark.parametrize(
    "output",
    [
        "",
        "Get-CimInstance : Access denied\r\nAt line:1 char:1\r\n",
        '{"Processor":[{"Name":"Intel',
        "[1, 2, 3]",
    ],
)
def test_output_that_is_not_the_json_object_is_a_parse_error(tmp_path: Path, output: str) -> None:
    values, errors, _ = collect(tmp_path, output)

    assert error_counts(errors) == {("host_hardware.powershell", "parse_error"): 1}
    assert values == {"host_hardware.cpu.architecture": "x86_64"}


def test_wrong_types_and_missing_properties_leave_fields_out() -> None:
    text = json.dumps(
        {
            "Processor": [{"Name": "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"}] * 2,
            "ComputerSystem": {"Manufacturer": "Dell Inc.", "TotalPhysicalMemory": "lots"},
            "SystemEnclosure": [{"ChassisTypes": 23}],
            "PhysicalDisk": [{"MediaType": 3, "BusType": 11}],
            "VideoController": [{"Name": None}],
            "NetAdapter": [],
            "FirmwareType": "Legacy",
        }
    )

    values = parse_windows_inventory("\ufeff" + text)

    assert values == {
        "host_hardware.cpu.model": "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
        "host_hardware.cpu.sockets": 2,
        "host_hardware.machine.vendor": "Dell Inc.",
        "host_hardware.machine.form_factor": "server",
        "host_hardware.disks.count": 1,
        "host_hardware.disks.kinds": {"hdd": 1},
        "host_hardware.disks.sizes_gb": [],
        "host_hardware.gpus.devices": [],
        "host_hardware.network.adapters": {},
        "host_hardware.firmware.type": "bios",
    }


@pytest.mark.parametrize(
    ("manufacturer", "model", "expected"),
    [
        ("VMware, Inc.", "VMware7,1", "vmware"),
        ("innotek GmbH", "VirtualBox", "virtualbox"),
        ("QEMU", "Standard PC (Q35 + ICH9, 2009)", "qemu"),
        ("Parallels International GmbH.", "Parallels ARM Virtual Machine", "parallels"),
        ("Xen", "HVM domU", "xen"),
        ("Amazon EC2", "t3.large", "kvm"),
        ("Microsoft Corporation", "Surface Laptop Studio", "none"),
    ],
)
def test_virtual_machines_are_named_from_the_computer_system(
    manufacturer: str, model: str, expected: str
) -> None:
    text = json.dumps(
        {
            "ComputerSystem": {
                "Manufacturer": manufacturer,
                "Model": model,
                "HypervisorPresent": True,
            }
        }
    )

    values = parse_windows_inventory(text)

    assert values["host_hardware.hypervisor.detected"] == expected
    if expected != "none":
        assert values["host_hardware.machine.form_factor"] == "virtual"
