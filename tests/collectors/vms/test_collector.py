"""The vms collector as a whole: catalog contract, report shape and the privacy canaries."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.registry import all_collectors, collectors_for
from cep_gui.collectors.vms.collector import PARSERS, VmCollector, read_machine
from cep_gui.collectors.vms.common import Hypervisor
from cep_gui.collectors.vms.discovery import Found
from cep_gui.collectors.vms.fields import FIELDS, MAX_SETTINGS, record_fields
from cep_gui.core.catalog import load_catalog
from cep_gui.core.validate import check_value, key_allowed
from cep_gui.pipeline import build_report
from tests.collectors.vms.corpus import FIXTURES, corpus_files
from tests.helpers.system import make_env

ALL_FILES: list[tuple[Hypervisor, Path]] = [
    ("parallels", FIXTURES / "parallels/win10-pd16.pvm/config.pvs"),
    ("parallels", FIXTURES / "parallels/ubuntu-pd18.pvm/config.pvs"),
    ("virtualbox", FIXTURES / "virtualbox/Win11 Lab/Win11 Lab.vbox"),
    ("vmware", FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmx"),
    ("vmware", FIXTURES / "vmware/Encrypted/Encrypted.vmx"),
    ("libvirt", FIXTURES / "libvirt/unraid-win10.xml"),
    ("libvirt", FIXTURES / "libvirt/fedora-secureboot.xml"),
    *(("utm", p) for p in sorted(FIXTURES.glob("utm/*/config.plist"))),
    *corpus_files(),
]

#: Every settings key starts with its own format's prefix, so keys never mean two things.
PREFIX = {
    "parallels": "pvs:", "virtualbox": "vbox:", "vmware": "vmx:", "libvirt": "libvirt:",
    "utm": "utm:",
}  # fmt: skip


def test_fields_match_the_catalog() -> None:
    catalog = load_catalog()
    collector = VmCollector()
    assert collector.name == "vms"
    assert collector.categories == {"vm_software", "vm_config"}
    expected = {f.id for c in collector.categories for f in catalog.in_category(c)}
    assert collector.fields == FIELDS == expected
    assert all(catalog.fields[f].collector == "vms" for f in FIELDS)
    assert catalog.fields["vm_config.settings.values"].max_items == MAX_SETTINGS


def test_registered_for_both_categories() -> None:
    assert any(isinstance(c, VmCollector) for c in all_collectors())
    for category in ("vm_software", "vm_config"):
        assert [type(c) for c in collectors_for([category])] == [VmCollector]


@pytest.mark.parametrize(("fmt", "path"), ALL_FILES, ids=lambda v: str(getattr(v, "name", v)))
def test_every_value_fits_the_catalog_and_every_setting_is_allowed(
    fmt: Hypervisor, path: Path
) -> None:
    errors = ErrorSink()
    record = read_machine(Found(fmt, path, "0"), errors)
    assert record is not None, errors.details
    catalog = load_catalog()
    values = record_fields(record)
    for field_id, value in values.items():
        check_value(catalog.fields[field_id], value)
    settings_field = catalog.fields["vm_config.settings.values"]
    settings = values.get("vm_config.settings.values", {})
    assert isinstance(settings, dict)
    assert [key for key in settings if not key_allowed(settings_field, key)] == []
    assert all(key.startswith(PREFIX[fmt]) for key in settings)


def test_allow_list_refuses_personal_keys() -> None:
    field = load_catalog().fields["vm_config.settings.values"]
    for key in (
        "vmx:displayName", "vmx:annotation", "vmx:uuid.bios", "vmx:ethernet0.generatedAddress",
        "vmx:sharedFolder0.hostPath", "vmx:encryption.keySafe", "vmx:scsi0:0.fileName",
        "vbox:Machine@name", "vbox:Machine@uuid", "vbox:Hardware/Network/Adapter[0]@MACAddress",
        "pvs:Identification/VmName", "pvs:Hardware/NetworkAdapter[0]/MAC",
        "pvs:Settings/General/SerialNumber", "libvirt:name", "libvirt:uuid",
        "libvirt:devices/interface[0]/mac@address", "utm:Information/Name",
        "utm:Network[0]/MacAddress", "virtualHW.version", "vmx:memsize",
        "vbox:Hardware/Memory@RAMSize",
    ):  # fmt: skip
        assert not key_allowed(field, key), key


# ---------------------------------------------------------------- canaries through the pipeline

#: Personal values in each fixture → the unique canary the test swaps in for them.
CANARIES: dict[str, dict[str, str]] = {
    "parallels/win10-pd16.pvm/config.pvs": {
        "Marta's Windows 10 (tax office)": "Qx7 Canary PvsName",
        "mkowalska": "qxcanaryuser",
        "5b1f0c7e-3d42-4a8e-9c61-0f2a7d9e4b13": "c0ffee01-1111-4aaa-8bbb-00000000a001",
        "2e6a9f40-81c3-4d5b-a7e2-93b0c4d1f857": "c0ffee01-1111-4aaa-8bbb-00000000a002",
        "001C42A1B2C3": "001C42CA9A01",
        "001C42D4E5F6": "001C42CA9A02",
        "5B 1F 0C 7E 3D 42 4A 8E 9C 61 0F 2A 7D 9E 4B 13": "QXCANARYSERIAL0017",
        "Tax returns 2019-2020, password is on the yellow note": "qxcanary note pvs",
        "Hunter2-tax!": "qxcanary-pass-pvs",
        "vnc-Hunter2": "qxcanary-vnc-pass",
        "KOW-LAPTOP-0042": "QXCANARY-ASSET-9",
        "marta-win10": "qxcanary-guest-host",
        "Steuer 2020": "QxCanaryShareDir",
        "Wi-Fi (Marta's MacBook Pro)": "QxCanary Wifi Adapter",
        "Win10_20H2_German_x64.iso": "qxcanary-install.iso",
    },
    "virtualbox/Win11 Lab/Win11 Lab.vbox": {
        "Win11 Lab of Priya Raman": "Qx7 Canary VboxName",
        "praman": "qxvboxuser",
        "4f9b2c1e-7a3d-4e58-b6c0-d1e2f3a4b5c6": "c0ffee02-2222-4aaa-8bbb-00000000b001",
        "080027C0FFEE": "080027CA9B01",
        "0800274D3A21": "080027CA9B02",
        "wlp0s20f3": "qxcanarynic0",
        "licence key XXXXX-7QF3K in the notes app": "qxcanary vbox description",
        "Exams/2024 spring": "QxCanaryExamShare",
        "Fresh install (praman)": "Qx Canary Snapshot Name",
        "17283946": "QXCANARYUSBSERIAL",
        "exam-net": "qxcanary-intnet",
    },
    "vmware/Win11 Pro/Win11 Pro.vmx": {
        "Win11 Pro - Dariusz Nowicki": "Qx7 Canary VmxName",
        "dnowicki": "qxvmxuser",
        "Sp4rrow!": "qxcanary-vmx-pass",
        "56 4d 9a 1c 2b 3d 4e 5f-60 71 82 93 a4 b5 c6 d7": (
            "56 4d ca 9c 00 00 00 00-00 00 00 00 00 00 0c 01"
        ),
        "00:0c:29:b5:c6:d7": "00:0c:29:ca:9c:01",
        "00:50:56:3F:A1:B2": "00:50:56:ca:9c:02",
        "Nowicki office VLAN": "QxCanary Vnet Name",
        "Nowicki & Partners": "QxCanary Client Share",
    },
    "vmware/Encrypted/Encrypted.vmx": {
        "Nowicki payroll (encrypted)": "Qx7 Canary Encrypted",
        "5a3f1c9e0d7b4a26": "qxcanarykeysafe01",
    },
    "libvirt/unraid-win10.xml": {
        "Gaming VM (Jonas)": "Qx7 Canary UnraidName",
        "3e1f6a2b-8c4d-4e5f-9a6b-7c8d9e0f1a2b": "c0ffee04-4444-4aaa-8bbb-00000000d001",
        "Jonas Weber's gaming rig": "qxcanary unraid description",
        "52:54:00:7a:1b:2c": "52:54:00:ca:9d:01",
        "MB-1234-5678-JW": "QXCANARY-SMBIOS-SERIAL",
        "S4EWNX0R123456A": "QXCANARYNVMESERIAL",
        "SN-9F3A21B7": "QXCANARYKBDSERIAL",
    },
    "utm/Windows 11 ARM.utm/config.plist": {
        "Hanna Virtanen Win11": "Qx7 Canary UtmName",
        "hanna.virtanen@example.fi": "qxcanary@example.org",
        "8E0A2C4E-6A8C-4E0A-9C2E-4A6C8E0A2C4E": "C0FFEE05-5555-4AAA-8BBB-00000000E001",
        "3A:8B:2C:71:E4:05": "3A:8B:2C:CA:9E:01",
        "windows-11-arm64-hanna.qcow2": "qxcanary-disk.qcow2",
    },
}

#: Where each canary file goes in the temp machine (macOS home, libvirt in an extra folder).
HOME = "Users/qxcanaryhome"
UTM_DOCS = f"{HOME}/Library/Containers/com.utmapp.UTM/Data/Documents"
FUSION = f"{HOME}/Virtual Machines.localized"
PLACES = {
    "parallels/win10-pd16.pvm/config.pvs": f"{HOME}/Parallels/Qx Canary Bundle.pvm/config.pvs",
    "virtualbox/Win11 Lab/Win11 Lab.vbox": f"{HOME}/VirtualBox VMs/QxCanaryDir/QxCanaryDir.vbox",
    "vmware/Win11 Pro/Win11 Pro.vmx": f"{FUSION}/QxCanaryVmx.vmwarevm/QxCanaryVmx.vmx",
    "vmware/Encrypted/Encrypted.vmx": f"{FUSION}/QxSecret.vmwarevm/QxSecret.vmx",
    "libvirt/unraid-win10.xml": "srv/qxcanarystore/qemu/QxCanaryDomain.xml",
    "utm/Windows 11 ARM.utm/config.plist": f"{UTM_DOCS}/QxCanaryUtm.utm/config.plist",
}
PATH_CANARIES = ["qxcanaryhome", "Qx Canary Bundle", "QxCanaryDir", "QxCanaryVmx", "QxSecret",
                 "qxcanarystore", "QxCanaryDomain", "QxCanaryUtm"]  # fmt: skip


def canary_machine(root: Path) -> None:
    for name, replacements in CANARIES.items():
        text = (FIXTURES / name).read_text(encoding="utf-8")
        for original, canary in sorted(replacements.items(), key=lambda kv: -len(kv[0])):
            assert original in text, f"{name} no longer holds {original!r}"
            text = text.replace(original, canary)
        target = root / PLACES[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    shutil.copyfile(
        FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmsd",
        root / PLACES["vmware/Win11 Pro/Win11 Pro.vmx"].replace(".vmx", ".vmsd"),
    )


def leaks(text: str) -> list[str]:
    """Every canary (and its MAC/UUID spellings) found in ``text``, case-insensitively."""
    needles = [c for replacements in CANARIES.values() for c in replacements.values()]
    needles += PATH_CANARIES
    needles += [re.sub(r"[:\- ]", "", n) for n in needles if re.search(r"[0-9a-fA-F]{2}[: -]", n)]
    lowered = text.lower()
    return sorted({n for n in needles if n.lower() in lowered})


def vms_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    machines = document["sections"]["vms"]
    assert isinstance(machines, list)
    return machines


def test_no_canary_leaves_the_machine(tmp_path: Path) -> None:
    canary_machine(tmp_path)
    home = tmp_path / "Users" / "qxcanaryhome"
    env = make_env(tmp_path, platform="darwin", home=home)
    collector = VmCollector(extra_folders=[tmp_path / "srv/qxcanarystore/qemu"])

    raw = collector.collect(env, ErrorSink())
    assert leaks(json.dumps(raw)) == []  # the collector itself never picks them up

    built = build_report(
        selected=["vm_software", "vm_config"],
        env=env,
        collectors=[collector],
        today=date(2026, 12, 5),
    )
    payload = built.report.payload.decode("utf-8")
    assert leaks(payload) == []
    assert built.report.document["collection_errors"] == [], built.errors.details

    machines = vms_of(built.report.document)
    assert [m["id"] for m in machines] == [f"vm-{n}" for n in range(1, 7)]
    summary = sorted(
        (
            m["hypervisor"]["name"],
            m["guest"]["os_family"],
            m["guest"].get("os_name"),
            m.get("cpu", {}).get("count"),
            m.get("memory", {}).get("size_gib"),
        )
        for m in machines
    )
    assert summary == [
        ("libvirt", "windows", "Windows 10", 8, 16),
        ("parallels", "windows", "Windows 10", 2, 4),
        ("utm", "windows", "Windows 11", 4, 8),
        ("virtualbox", "windows", "Windows 11", 4, 8),
        ("vmware", "unknown", None, None, None),
        ("vmware", "windows", "Windows 11", 8, 16),
    ]
    assert [m["hypervisor"]["name"] for m in machines] == [
        "parallels", "virtualbox", "vmware", "vmware", "libvirt", "utm",
    ]  # fmt: skip
    encrypted = [m for m in machines if m["guest"]["os_family"] == "unknown"]
    assert encrypted[0]["security"] == {"encrypted": True}


def test_report_order_is_stable_and_independent_of_names(tmp_path: Path) -> None:
    canary_machine(tmp_path)
    env = make_env(tmp_path, platform="darwin", home=tmp_path / "Users" / "qxcanaryhome")

    def ids() -> list[tuple[str, str]]:
        built = build_report(selected=["vm_config"], env=env, collectors=[VmCollector()])
        machines = vms_of(built.report.document)
        return [(m["id"], json.dumps(m, sort_keys=True)) for m in machines]

    assert ids() == ids()


def test_withheld_category_leaves_its_fields_out(tmp_path: Path) -> None:
    canary_machine(tmp_path)
    env = make_env(tmp_path, platform="darwin", home=tmp_path / "Users" / "qxcanaryhome")
    built = build_report(selected=["vm_software"], env=env, collectors=[VmCollector()])
    machines = vms_of(built.report.document)
    assert machines and all(set(m) <= {"id", "guest", "tools"} for m in machines)


def test_nothing_to_find_gives_an_empty_list(tmp_path: Path) -> None:
    errors = ErrorSink()
    values = VmCollector().collect(make_env(tmp_path), errors)
    assert values == {"items": []}
    assert len(errors) == 0


def test_parsers_cover_every_hypervisor() -> None:
    assert set(PARSERS) == set(load_catalog().fields["vm_config.hypervisor.name"].values)


#: Identifying values in the real files of the corpus (names, paths, addresses, ids, notes):
#: what the people and tools that wrote them put there, and what a report must never hold.
CORPUS_IDENTIFIERS = {
    "vmware/libvirt-esx-in-the-wild-9.vmx": [
        "kkulkarn", "00:50:56:80:b3:81", "b55c806d-99b9-4fa5-bbcc-a4de04f822e5",
        "42 00 93 72 17 da be 73", "1017c46c",
    ],
    "vmware/libvirt-esx-in-the-wild-14.vmx": [
        "wild14", "execution env sandbox", "a2636d32-fc15-469f-b3b4-f8193fefd097",
        "64e4b8e0", "Ootpa", "4.18.0-553",
    ],
    "vmware/libvirt-esx-in-the-wild-15.vmx": [
        "dokuwiki", "00:50:56:83:c9:0c", "apache2", "sshd", "730da1ed", "bookworm",
        "6.1.0-31-amd64", "21223074",
    ],
    "vmware/libvirt-esx-in-the-wild-16.vmx": ["Auto-esx8.0-rhel9.4", "c97af7e9", "Plow"],
    "vmware/libvirt-esx-in-the-wild-17.vmx": [
        "windows_11_x64_official_dvd", "Mgmt Network", "f84f070c", "2azK3dLANCIEK",
    ],
    "vmware/libvirt-gsx-in-the-wild-4.vmx": ["Debian-System", "/dev/vmnet2", "00:0c:29:c5:e3:5d"],
    "libvirt/libvirt-aarch64-virt-virtio.xml": [
        "aarch64test", "496d7ea8-9739-544b-4ebd-ef08be936e8b", "52:54:00:09:a4:37", "ttyAMA0",
    ],
    "libvirt/libvirt-os-firmware-efi-secboot.xml": ["fedora_VARS", "63840878-0deb"],
    "libvirt/libvirt-bios-nvram-ovmf.xml": ["HostVG", "QEMUGuest1", "OVMF_VARS"],
    "libvirt/virt-install-win11-tpm.xml": ["39f5c391-0b76", "00:16:3e:a5:76:d4"],
    "virtualbox/libvirt-2disks-nosnap.vbox": ["/home/libvirt", "libvirtTest-disk1", "hns0000000v"],
}  # fmt: skip


def test_no_identifier_of_the_real_files_reaches_a_report(tmp_path: Path) -> None:
    """Every file of the corpus in one extra folder, through the whole pipeline."""
    folder = tmp_path / "corpus"
    for fmt, path in corpus_files():
        suffix = {"utm": ".utm/config.plist", "parallels": ".pvm/config.pvs"}.get(fmt, "")
        target = folder / fmt / (path.name + suffix if suffix else path.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    env = make_env(tmp_path, home=tmp_path / "home" / "user")
    built = build_report(
        selected=["vm_software", "vm_config"],
        env=env,
        collectors=[
            VmCollector(
                extra_folders=[folder / fmt for fmt in ("vmware", "libvirt", "virtualbox", "utm")]
            )
        ],
    )
    machines = built.report.document["sections"]["vms"]
    assert len(machines) == len(corpus_files())
    lowered = built.report.payload.decode("utf-8").lower()
    leaked = [
        value
        for values in CORPUS_IDENTIFIERS.values()
        for value in values
        if value.lower() in lowered
    ]
    assert leaked == []
