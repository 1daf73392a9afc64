"""Privacy as a correctness property: planted identifiers never reach a report.

A whole fake machine is seeded with unique canary strings in every place a
collector reads (and places it does not), then a full report is built.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from cep_gui.pipeline import build_report
from tests.collectors.software.apt import write_archive
from tests.helpers.requirements import require_tools
from tests.helpers.system import CannedRunner, make_env, write_tree

USER = "zqcanaryuser"
REAL_NAME = "Quentin Canaryperson"
HOST = "zq-canary-host-7731"
HOME = f"/home/{USER}"
MAC = "5e:ca:4a:12:34:56"
IPV4 = "10.77.66.55"
IPV6 = "fd00:77:66::55"
EMAIL = "quentin@canary-corp.example"
SERIAL = "ZQSERIAL9081726"
UUID = "8d2f6c1e-0b1a-4c55-9e8f-7a6b5c4d3e2f"
#: Text planted where a system keeps free text: os-release and a package built on the machine.
PLANTED = ["JaneRoe", "ACME-Legal", "acmelegal", "acme-corp", "asset004711", "004711"]
CANARIES = [
    USER, REAL_NAME, HOST, HOME, MAC, IPV4, IPV6, EMAIL, SERIAL, UUID, "Canaryperson", *PLANTED,
]  # fmt: skip

CPUINFO = "".join(
    f"processor\t: {n}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i5 built by "
    f"{USER}@{HOST}\nphysical id\t: 0\ncore id\t\t: {n}\nflags\t\t: fpu vmx sse2\n\n"
    for n in range(2)
)
DPKG = (
    f"Package: {USER}-dotfiles\nStatus: install ok installed\nVersion: 1.0-{HOST}\n"
    f"Maintainer: {REAL_NAME} <{EMAIL}>\nDescription: config of {HOME}\n\n"
    f"Package: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b7\n"
    f"Maintainer: Matthias Klose <doko@debian.org>\n\n"
    f"Package: hostnote\nStatus: install ok installed\nVersion: {IPV4}\n\n"
    f"Package: uuid-tool-{UUID}\nStatus: install ok installed\nVersion: 2.0\n\n"
    "Package: acme-corp-asset-004711\nStatus: install ok installed\n"
    "Version: 2024.06+asset004711\n\n"
)


@pytest.fixture
def canary_machine(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    write_tree(
        root,
        {
            "/proc/cpuinfo": CPUINFO,
            "/proc/meminfo": "MemTotal:       16314040 kB\nSwapTotal:       2097148 kB\n",
            "/etc/hostname": f"{HOST}\n",
            "/etc/machine-id": UUID.replace("-", "") + "\n",
            "/etc/passwd": f"root:x:0:0:root:/root:/bin/bash\n"
            f"{USER}:x:1000:1000:{REAL_NAME},,,:{HOME}:/bin/bash\n",
            "/etc/os-release": 'PRETTY_NAME="Debian GNU/Linux ACME-Legal JaneRoe"\n'
            'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n'
            "VERSION_CODENAME=acmelegal-janeroe\n",
            "/sys/class/dmi/id/sys_vendor": f"{REAL_NAME} Computers\n",
            "/sys/class/dmi/id/product_name": f"Workstation of {USER}\n",
            "/sys/class/dmi/id/product_serial": f"{SERIAL}\n",
            "/sys/class/dmi/id/product_uuid": f"{UUID}\n",
            "/sys/class/dmi/id/chassis_type": "3\n",
            "/sys/class/net/eth0/address": f"{MAC}\n",
            "/sys/class/net/eth0/type": "1\n",
            "/sys/class/net/eth0/device/vendor": "0x8086\n",
            "/sys/block/sda/size": "1000215216\n",
            "/sys/block/sda/queue/rotational": "0\n",
            "/sys/block/sda/removable": "0\n",
            "/sys/block/sda/device/serial": f"{SERIAL}\n",
            "/proc/self/mounts": f"/dev/sda1 {HOME} ext4 rw 0 0\n/dev/sda2 /boot/efi vfat rw 0 0\n",
            "/var/lib/dpkg/status": DPKG,
            f"/snap/{USER}-app/current/meta/snap.yaml": f"name: {USER}-app\nversion: '{IPV4}'\n",
        },
    )
    write_archive(root, [("bash", "5.2.15-2+b7")])  # what Debian's archive lists
    return root


def test_no_canary_reaches_the_report(canary_machine: Path) -> None:
    env = make_env(
        canary_machine,
        home=canary_machine / HOME.lstrip("/"),
        environ={
            "USER": USER,
            "HOME": HOME,
            "HOSTNAME": HOST,
            "LANG": "de_DE.UTF-8",
            "XDG_CURRENT_DESKTOP": f"GNOME-{HOST}",
            "XDG_SESSION_TYPE": "wayland",
        },
        runner=CannedRunner(),
    )
    env = env.__class__(**{**env.__dict__, "hostname": HOST, "addresses": (MAC, IPV4, IPV6)})
    built = build_report(selected=["host_hardware", "host_software"], env=env)
    text = built.report.payload.decode("utf-8")
    lowered = text.lower()
    leaks = [c for c in CANARIES if c.lower() in lowered]
    assert leaks == [], f"leaked {leaks} in {text}"

    doc = json.loads(text)
    hw, sw = doc["sections"]["host_hardware"], doc["sections"]["host_software"]
    # The report is still useful: technical facts survive the filter.
    assert hw["cpu"]["logical_cores"] == 2 and hw["cpu"]["virtualization"] == "vt-x"
    assert hw["memory"]["total_gib"] == 16
    assert sw["os"]["id"] == "debian" and sw["locale"]["language"] == "de-DE"
    assert sw["os"]["name"] == "Debian GNU/Linux" and "codename" not in sw["os"]
    names = [p["name"] for p in sw["packages"]["items"]]
    # Only what Debian's archive lists is named; the machine's own packages are counted.
    assert names == ["bash"]
    assert sw["packages"]["unnamed"] == 5  # four dpkg packages and the snap


def test_the_real_machine_report_has_no_host_name_home_mac_or_ip() -> None:
    import psutil

    from cep_gui.collectors.system import SystemEnv

    env = SystemEnv.current()
    built = build_report(selected=["host_hardware", "host_software"], env=env)
    text = built.report.payload.decode("utf-8")
    secrets = {a.address.split("%")[0] for addrs in psutil.net_if_addrs().values() for a in addrs}
    secrets = {s for s in secrets if s and s not in ("127.0.0.1", "::1", "00:00:00:00:00:00")}
    if len(env.hostname) >= 3:
        secrets.add(env.hostname)
    if str(env.home) not in ("/", "/root"):
        secrets.add(str(env.home))
    assert [s for s in secrets if s in text] == []


def _installed() -> set[tuple[str, ...]]:
    listed = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Version}\n"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return {tuple(line.split("\t")[1:]) for line in listed.splitlines() if line[:2] in ("ii", "hi")}


def test_collect_json_lists_what_dpkg_shows(tmp_path: Path) -> None:
    from tests.helpers.cli import run_cli

    require_tools("dpkg-query", package="dpkg")

    before = _installed()
    result = run_cli("collect", "--json", data_dir=tmp_path, env={"XDG_CACHE_HOME": str(tmp_path)})
    after = _installed()  # another program may install or remove packages meanwhile
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["sections"]["host_hardware"] and doc["sections"]["host_software"]
    packages = doc["sections"]["host_software"]["packages"]
    reported = {(p["name"], p["version"]) for p in packages["items"] if p["source"] == "dpkg"}
    # Each installed package is named (with its version when the archive lists it) or counted.
    installed = before | after
    assert {(n, v) for n, v in reported if v} <= installed
    assert {n for n, _ in reported} <= {n for n, _ in installed}
    assert len(before & after) <= packages["by_source"]["dpkg"] <= len(installed)
