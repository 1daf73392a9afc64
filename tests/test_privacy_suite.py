"""The privacy suite (issue 9): fifty canaries, one whole fake world, nothing leaks.

A home folder with virtual machines, a machine description, the installed
software and a Configuration Manager site are seeded with unique personal strings
of every kind. A report is built from all of them, sent to the real receiver, and
then the report, the history, what the receiver stored and every log line are
searched: not one canary may appear in any of them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from cep_gui.core.client import BuildRequest, CepClient, Overrides
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.report import Report
from cep_gui.pipeline import build_report
from cep_gui.receiver.server import ReceiverServer
from tests.helpers import fake_adminservice as sccm
from tests.helpers.keyring_backend import EnvKeyring, variable
from tests.helpers.policies import trusted
from tests.helpers.system import CannedRunner, make_env, write_tree

USER, REAL_NAME, HOST = "zqcanaryuser", "Quentin Canaryperson", "zq-canary-host-7731"
HOME = f"/home/{USER}"
MACHINE = {
    "user": USER, "real_name": REAL_NAME, "host": HOST, "fqdn": f"{HOST}.corp-canary.example",
    "home": HOME, "mac": "5e:ca:4a:12:34:56", "ipv4": "10.77.66.55", "ipv6": "fd00:77:66::55",
    "email": "quentin@canary-corp.example", "board_serial": "ZQBOARD90817", "disk_serial":
    "ZQDISK55501", "product_uuid": "8d2f6c1e-0b1a-4c55-9e8f-7a6b5c4d3e2f",
    "machine_id": "3e1f0c2b4a5d6e7f8091a2b3c4d5e6f7", "second_email": "it-desk@canary-corp.example",
}  # fmt: skip
VMS = {
    "vmx_name": "Quentins Secret Tax VM",
    "vmx_uuid": "56 4d 9a 1c 2b 3e 4f 50-61 72 83 94 a5 b6 c7 d8",
    "vmx_mac": "00:50:56:3f:aa:bb", "vmx_iso": f"{HOME}/Downloads/zq-secret-installer.iso",
    "vmx_note": "zq note: password hunter2canary", "vmx_share": f"{HOME}/zq-shared-documents",
    "libvirt_name": "zq-payroll-server", "libvirt_uuid": "0f3c9a7e-6b1d-4e2f-9a8b-7c6d5e4f3a2b",
    "libvirt_mac": "52:54:00:c4:4a:99", "libvirt_disk": f"{HOME}/VMs/zq-payroll-disk.qcow2",
    "libvirt_title": "ZQ Payroll for Canary Corp", "libvirt_serial": "ZQVMSERIAL3141",
    "vbox_name": "zq-kids-laptop-vm", "vbox_uuid": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "vbox_mac": "080027ZQ0A1B", "vbox_bridge": "zq-eth-canary0",
}  # fmt: skip
SITE = {
    "server": sccm.SERVER, "site_code_list": "CN9", "domain": sccm.DOMAIN, "user": sccm.USER,
    "password": sccm.PASSWORD, "collection": sccm.COLLECTION, "device": sccm.DEVICE,
    "unc": "canary-fs", "ip": sccm.IP, "mac": sccm.MAC, "site_name": "Canary Site Name",
}  # fmt: skip
#: Planted by the real-format Parallels fixture (a VM bundle in an extra search folder).
PARALLELS = [
    "Marta's Windows 10", "mkowalska", "5b1f0c7e-3d42-4a8e-9c61-0f2a7d9e4b13",
    "5B 1F 0C 7E 3D 42 4A 8E", "001C42A1B2C3", "001C42D4E5F6", "Win10_20H2_German_x64",
    "3f2a9c7d1e5b4a6f8c0d2e4f6a8b0c1d2e3f4a5b",
]  # fmt: skip
PARALLELS_FIXTURE = Path(__file__).parent / "fixtures" / "vms" / "parallels" / "win10-pd16.pvm"
CANARIES = [
    *MACHINE.values(), *VMS.values(), *SITE.values(), *PARALLELS, "Canaryperson", "hunter2canary",
]  # fmt: skip


def vmx() -> str:
    return "\n".join([
        '.encoding = "UTF-8"', 'config.version = "8"', 'virtualHW.version = "19"',
        f'displayName = "{VMS["vmx_name"]}"', 'guestOS = "windows9-64"', 'numvcpus = "4"',
        'memsize = "8192"', f'uuid.bios = "{VMS["vmx_uuid"]}"', 'ethernet0.present = "TRUE"',
        'ethernet0.connectionType = "nat"', 'ethernet0.virtualDev = "e1000e"',
        f'ethernet0.generatedAddress = "{VMS["vmx_mac"]}"', 'sata0:1.present = "TRUE"',
        f'sata0:1.fileName = "{VMS["vmx_iso"]}"', 'sata0:1.deviceType = "cdrom-image"',
        f'annotation = "{VMS["vmx_note"]}"', 'sharedFolder0.present = "TRUE"',
        f'sharedFolder0.hostPath = "{VMS["vmx_share"]}"', 'firmware = "efi"',
    ]) + "\n"  # fmt: skip


def libvirt() -> str:
    return f"""<domain type='kvm'>
  <name>{VMS["libvirt_name"]}</name>
  <uuid>{VMS["libvirt_uuid"]}</uuid>
  <title>{VMS["libvirt_title"]}</title>
  <description>contact {MACHINE["second_email"]}</description>
  <memory unit='KiB'>4194304</memory>
  <vcpu>2</vcpu>
  <sysinfo type='smbios'><system>
    <entry name='serial'>{VMS["libvirt_serial"]}</entry>
  </system></sysinfo>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
      <source file='{VMS["libvirt_disk"]}'/><target dev='vda' bus='virtio'/></disk>
    <interface type='network'><mac address='{VMS["libvirt_mac"]}'/>
      <source network='default'/><model type='virtio'/></interface>
  </devices>
</domain>
"""


def vbox() -> str:
    return f"""<?xml version="1.0"?>
<VirtualBox xmlns="http://www.virtualbox.org/" version="1.19-linux">
  <Machine uuid="{{{VMS["vbox_uuid"]}}}" name="{VMS["vbox_name"]}" OSType="Ubuntu_64">
    <Hardware>
      <CPU count="2"/><Memory RAMSize="2048"/>
      <Network>
        <Adapter slot="0" enabled="true" MACAddress="{VMS["vbox_mac"]}" type="82540EM">
          <BridgedInterface name="{VMS["vbox_bridge"]}"/>
        </Adapter>
      </Network>
    </Hardware>
  </Machine>
</VirtualBox>
"""


@pytest.fixture
def world(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    cpu = "".join(
        f"processor\t: {n}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel Core i5 of {USER}\n"
        f"physical id\t: 0\ncore id\t\t: {n}\nflags\t\t: fpu vmx\n\n"
        for n in range(4)
    )
    write_tree(
        root,
        {
            "/proc/cpuinfo": cpu,
            "/proc/meminfo": "MemTotal:       16314040 kB\nSwapTotal:       0 kB\n",
            "/etc/hostname": MACHINE["fqdn"] + "\n",
            "/etc/machine-id": MACHINE["machine_id"] + "\n",
            "/etc/passwd": f"{USER}:x:1000:1000:{REAL_NAME},,,:{HOME}:/bin/bash\n",
            "/etc/os-release": 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n',
            "/sys/class/dmi/id/product_name": f"{REAL_NAME}'s Workstation\n",
            "/sys/class/dmi/id/board_serial": MACHINE["board_serial"] + "\n",
            "/sys/class/dmi/id/product_uuid": MACHINE["product_uuid"] + "\n",
            "/sys/block/sda/size": "1000215216\n",
            "/sys/block/sda/queue/rotational": "0\n",
            "/sys/block/sda/removable": "0\n",
            "/sys/block/sda/device/serial": MACHINE["disk_serial"] + "\n",
            "/var/lib/dpkg/status": (
                f"Package: {USER}-tools\nStatus: install ok installed\nVersion: 1.0\n"
                f"Maintainer: {REAL_NAME} <{MACHINE['email']}>\n\n"
                "Package: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b7\n\n"
            ),
            f"{HOME}/vmware/tax/tax.vmx": vmx(),
            f"{HOME}/.config/libvirt/qemu/payroll.xml": libvirt(),
            f"{HOME}/VirtualBox VMs/kids/kids.vbox": vbox(),
        },
    )
    bundle = root / "srv" / "vms" / "tax.pvm"
    bundle.mkdir(parents=True)
    (bundle / "config.pvs").write_bytes((PARALLELS_FIXTURE / "config.pvs").read_bytes())
    return root


@pytest.fixture
def site_password(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The SCCM account's password, in a test keyring (never in a file)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(EnvKeyring())  # type: ignore[no-untyped-call]
    monkeypatch.setenv(variable("sccm-password"), sccm.PASSWORD)
    yield
    keyring.set_keyring(previous)


def test_fifty_canaries_reach_no_report_history_receiver_or_log(
    world: Path,
    tmp_path: Path,
    receiver: ReceiverServer,
    caplog: pytest.LogCaptureFixture,
    site_password: None,
) -> None:
    assert len(set(CANARIES)) >= 50
    caplog.set_level(logging.DEBUG)
    env = make_env(
        world,
        home=world / HOME.lstrip("/"),
        environ={"USER": USER, "HOME": HOME, "HOSTNAME": HOST, "LANG": "en_GB.UTF-8"},
        runner=CannedRunner(),
    )
    env = dataclasses.replace(
        env, hostname=MACHINE["fqdn"], addresses=(MACHINE["mac"], MACHINE["ipv4"], MACHINE["ipv6"])
    )
    fakes = sccm.Fakes(tmp_path)
    site = fakes()  # signs in with real NTLM, as the client's configured account
    try:
        categories = ["host_hardware", "host_software", "vm_software", "vm_config",
                      "sccm_infrastructure", "sccm_deployments", "usage"]  # fmt: skip

        def builder(request: BuildRequest) -> Report:
            config = dataclasses.replace(
                request.config,
                sccm_url=site.url,
                sccm_account=sccm.ACCOUNT,
                vm_folders=(str(world / "srv" / "vms"),),
            )
            built = build_report(
                selected=categories, profile=request.profile,
                installation_id=request.installation_id,
                deletion_key_hash=request.deletion_key_hash, today=request.today,
                period_start=request.period_start, usage=request.usage, env=env, config=config,
            )  # fmt: skip
            return built.report

        with CepClient(
            tmp_path / "data",
            overrides=Overrides(endpoint=receiver.url),
            policy_locations=trusted(tmp_path / "no-policies"),
        ) as client:
            client.join(Source.USER)
            result = asyncio.run(client.send_now(builder))
            summary = result.summary
            assert summary.delivered
            (entry,) = list_history(client.store)
    finally:
        fakes.stop()

    report = entry.payload.decode("utf-8")
    sections = json.loads(report)["sections"]
    # The report is complete enough to be worth something ...
    assert {"host_hardware", "host_software", "vms", "sccm"} <= set(sections)
    assert sections["sccm"]["deployments"], "the SCCM site was read"
    assert len(sections["vms"]) == 4
    # ... and holds no canary anywhere: report, history, receiver, logs.
    stored = b"".join(body for _, _, body in receiver.db.reports()).decode("utf-8")
    logs = "\n".join(record.getMessage() for record in caplog.records)
    for place, text in (("report", report), ("receiver", stored), ("logs", logs)):
        leaked = [c for c in CANARIES if c.casefold() in text.casefold()]
        context = [text[max(0, text.casefold().find(c.casefold()) - 80) :][:200] for c in leaked]
        assert leaked == [], f"{place} holds {leaked}: {context}"
