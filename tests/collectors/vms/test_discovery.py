"""Where configuration files are looked for, and that each is read once."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.system import PlatformName
from cep_gui.collectors.vms.collector import VmCollector
from cep_gui.collectors.vms.discovery import Found, discover
from tests.collectors.vms.corpus import FIXTURES
from tests.helpers.system import make_env

PVS = FIXTURES / "parallels/win10-pd16.pvm/config.pvs"
VBOX = FIXTURES / "virtualbox/Win11 Lab/Win11 Lab.vbox"
VMX = FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmx"
DOMAIN = FIXTURES / "libvirt/fedora-secureboot.xml"
UTM = FIXTURES / "utm/Windows 11 ARM.utm/config.plist"


def place(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def found(
    root: Path,
    home: Path,
    platform: PlatformName = "linux",
    extra: tuple[Path, ...] = (),
    environ: dict[str, str] | None = None,
) -> tuple[list[Found], ErrorSink]:
    errors = ErrorSink()
    env = make_env(root, home=home, platform=platform, environ=environ)
    return discover(env, extra, errors), errors


def names(items: list[Found]) -> list[tuple[str, str]]:
    return [(f.format, f.path.name) for f in items]


def test_linux_defaults(tmp_path: Path) -> None:
    home = tmp_path / "home" / "jane"
    place(VBOX, home / "VirtualBox VMs/Lab/Lab.vbox")
    place(VBOX, home / "VirtualBox VMs/Lab/Lab.vbox-prev")  # VirtualBox's backup: not a machine
    place(VMX, home / "vmware/Win/Win.vmx")
    place(DOMAIN, tmp_path / "etc/libvirt/qemu/fedora.xml")
    place(DOMAIN, home / ".config/libvirt/qemu/session.xml")
    place(PVS, home / "Parallels/Mac only.pvm/config.pvs")  # not a Linux location
    place(UTM, home / "Library/Containers/com.utmapp.UTM/Data/Documents/x.utm/config.plist")
    items, errors = found(tmp_path, home)
    assert sorted(names(items)) == [
        ("libvirt", "fedora.xml"),
        ("libvirt", "session.xml"),
        ("virtualbox", "Lab.vbox"),
        ("vmware", "Win.vmx"),
    ]
    assert len(errors) == 0


def test_darwin_defaults(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "marta"
    place(PVS, home / "Parallels/A.pvm/config.pvs")
    place(PVS, home / "Documents/Parallels/B.pvm/config.pvs")
    place(PVS, tmp_path / "Users/Shared/Parallels/C.pvm/config.pvs")
    place(PVS, home / "Parallels/not-a-bundle/config.pvs")
    place(VMX, home / "Virtual Machines.localized/W.vmwarevm/W.vmx")
    place(VMX, home / "Documents/Virtual Machines.localized/V.vmwarevm/V.vmx")
    place(UTM, home / "Library/Containers/com.utmapp.UTM/Data/Documents/U.utm/config.plist")
    place(DOMAIN, tmp_path / "etc/libvirt/qemu/linux-only.xml")
    items, _ = found(tmp_path, home, "darwin")
    assert [f.format for f in items] == ["parallels"] * 3 + ["vmware"] * 2 + ["utm"]
    assert {f.path.parent.name for f in items if f.format == "parallels"} == {
        "A.pvm",
        "B.pvm",
        "C.pvm",
    }


def test_darwin_apple_silicon_macos_bundles(tmp_path: Path) -> None:
    """Parallels Desktop keeps a macOS guest on Apple silicon in ``<name>.macvm``."""
    home = tmp_path / "Users" / "marta"
    place(PVS, home / "Parallels/Sonoma.macvm/config.pvs")
    place(PVS, tmp_path / "Users/Shared/Parallels/Ventura.MACVM/config.pvs")
    place(PVS, home / "Parallels/Windows 11.pvm/config.pvs")
    (home / "Parallels/Empty.macvm").mkdir()  # a bundle without its configuration
    items, errors = found(tmp_path, home, "darwin")
    assert sorted(f.path.parent.name for f in items) == [
        "Sonoma.macvm",
        "Ventura.MACVM",
        "Windows 11.pvm",
    ]
    assert {f.format for f in items} == {"parallels"}
    assert len(errors) == 0


def test_windows_defaults(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "Dariusz"
    place(VMX, home / "Documents/Virtual Machines/Win11/Win11.vmx")
    outside = place(VBOX, tmp_path / "D/VMs/Old/Old.vbox")
    registry = home / ".VirtualBox/VirtualBox.xml"
    registry.parent.mkdir(parents=True)
    registry.write_text(
        f'<VirtualBox xmlns="http://www.virtualbox.org/" version="1.12-windows"><Global>'
        f'<MachineRegistry><MachineEntry uuid="{{1}}" src="{outside}"/></MachineRegistry>'
        f"</Global></VirtualBox>",
        encoding="utf-8",
    )
    items, _ = found(tmp_path, home, "windows")
    assert names(items) == [("virtualbox", "Old.vbox"), ("vmware", "Win11.vmx")]


def test_moving_home_moves_every_default(tmp_path: Path) -> None:
    usual = tmp_path / "home" / "user"
    moved = tmp_path / "srv" / "homes" / "jane"
    place(VMX, usual / "vmware/A/A.vmx")
    place(VMX, moved / "vmware/B/B.vmx")
    place(VBOX, moved / "VirtualBox VMs/C/C.vbox")
    items, _ = found(tmp_path, moved)
    assert sorted(names(items)) == [("virtualbox", "C.vbox"), ("vmware", "B.vmx")]


def test_registry_entries_outside_the_default_folder(tmp_path: Path) -> None:
    home = tmp_path / "home" / "praman"
    config = home / ".config/VirtualBox"
    absolute = place(VBOX, tmp_path / "srv/vms/Old XP/Old XP.vbox")
    place(VBOX, config / "Machines/Win11 Lab/Win11 Lab.vbox")  # relative to the registry
    text = (FIXTURES / "virtualbox/VirtualBox.xml").read_text(encoding="utf-8")
    (config / "VirtualBox.xml").write_text(
        text.replace("/srv/vms/Old XP/Old XP.vbox", str(absolute)), encoding="utf-8"
    )
    items, errors = found(tmp_path, home)
    assert sorted(f.path.name for f in items) == ["Old XP.vbox", "Win11 Lab.vbox"]
    assert len(errors) == 0


def test_vbox_user_home_registry(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    custom = tmp_path / "data" / "vbox-settings"
    machine = place(VBOX, tmp_path / "data/machines/M/M.vbox")
    custom.mkdir(parents=True)
    (custom / "VirtualBox.xml").write_text(
        f'<VirtualBox><Global><MachineRegistry><MachineEntry src="{machine}"/>'
        f"</MachineRegistry></Global></VirtualBox>",
        encoding="utf-8",
    )
    items, _ = found(tmp_path, home, environ={"VBOX_USER_HOME": str(custom)})
    assert names(items) == [("virtualbox", "M.vbox")]


def test_vmware_inventory(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    elsewhere = place(VMX, tmp_path / "mnt/fast/Build/Build.vmx")
    inventory = home / ".vmware/inventory.vmls"
    inventory.parent.mkdir(parents=True)
    inventory.write_text(
        f'.encoding = "UTF-8"\nvmlist1.config = "{elsewhere}"\nvmlist1.DisplayName = "Build"\n'
        f'vmlist2.config = "{tmp_path}/gone/Gone.vmx"\n',
        encoding="utf-8",
    )
    items, errors = found(tmp_path, home)
    assert names(items) == [("vmware", "Build.vmx")]  # a stale entry is simply skipped
    assert len(errors) == 0


def test_symlinked_duplicates_are_read_once(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    machine = place(VMX, home / "vmware/Win/Win.vmx")
    (home / "vmware/Alias").symlink_to(home / "vmware/Win", target_is_directory=True)
    (home / "vmware/Win/Link.vmx").symlink_to(machine)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "again.vmx").symlink_to(machine)
    os.link(machine, extra / "hardlink.vmx")
    inventory = home / ".vmware/inventory.vmls"
    inventory.parent.mkdir(parents=True)
    inventory.write_text(f'vmlist1.config = "{home}/vmware/Alias/Win.vmx"\n', encoding="utf-8")
    errors = ErrorSink()
    values = VmCollector(extra_folders=[extra]).collect(make_env(tmp_path, home=home), errors)
    assert isinstance(values["items"], list) and len(values["items"]) == 1
    assert len(errors) == 0


def test_symlink_loops_end(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    place(VMX, home / "vmware/Win/Win.vmx")
    (home / "vmware/Win/loop").symlink_to(home / "vmware", target_is_directory=True)
    (home / "vmware/self").symlink_to(home / "vmware", target_is_directory=True)
    (home / "vmware/a.vmx").symlink_to(home / "vmware/b.vmx")
    (home / "vmware/b.vmx").symlink_to(home / "vmware/a.vmx")  # a link cycle
    extra = tmp_path / "extra"
    (extra / "deep").mkdir(parents=True)
    (extra / "deep/up").symlink_to(extra, target_is_directory=True)
    (extra / "up").symlink_to(tmp_path / "home", target_is_directory=True)
    (extra / "bundle.vmwarevm").symlink_to(home / "vmware/Win", target_is_directory=True)
    items, errors = found(tmp_path, home, extra=(extra,))
    assert names(items) == [("vmware", "Win.vmx")]
    assert len(errors) == 0


def test_extra_folders_one_or_two_levels_deep(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    extra = tmp_path / "vm-store"
    place(VMX, extra / "top.vmx")
    place(VBOX, extra / "team/Lab.vbox")
    place(PVS, extra / "team/Mac.pvm/config.pvs")
    place(PVS, extra / "team/Sonoma.macvm/config.pvs")
    place(UTM, extra / "Arm.utm/config.plist")
    place(DOMAIN, extra / "libvirt/guest.xml")
    place(VMX, extra / "a/b/too-deep.vmx")
    (extra / "notes.xml").write_text("<notes><note>not a machine</note></notes>", encoding="utf-8")
    items, errors = found(tmp_path, home, extra=(extra,))
    assert sorted(names(items)) == [
        ("libvirt", "guest.xml"),
        ("libvirt", "notes.xml"),  # read, found not to be a domain, and dropped quietly
        ("parallels", "config.pvs"),
        ("parallels", "config.pvs"),
        ("utm", "config.plist"),
        ("virtualbox", "Lab.vbox"),
        ("vmware", "top.vmx"),
    ]
    values = VmCollector(extra_folders=[extra]).collect(make_env(tmp_path, home=home), errors)
    assert isinstance(values["items"], list) and len(values["items"]) == 6
    assert len(errors) == 0


def test_file_cap_counts_what_was_skipped(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    for index in range(5):
        place(VMX, home / f"vmware/M{index}/M{index}.vmx")
    items, errors = found(tmp_path, home)
    assert len(items) == 5
    errors = ErrorSink()
    values = VmCollector(max_files=3).collect(make_env(tmp_path, home=home), errors)
    assert isinstance(values["items"], list) and len(values["items"]) == 3
    assert errors.as_report() == [{"collector": "vms.discovery", "code": "too_large", "count": 2}]


def test_order_is_by_hypervisor_then_path_hash(tmp_path: Path) -> None:
    home = tmp_path / "Users" / "u"
    for index in range(4):
        place(VMX, home / f"Virtual Machines.localized/V{index}.vmwarevm/V{index}.vmx")
        place(
            UTM,
            home / f"Library/Containers/com.utmapp.UTM/Data/Documents/U{index}.utm/config.plist",
        )
        place(PVS, home / f"Parallels/P{index}.pvm/config.pvs")
    first, _ = found(tmp_path, home, "darwin")
    second, _ = found(tmp_path, home, "darwin")
    assert first == second
    assert [f.format for f in first] == ["parallels"] * 4 + ["vmware"] * 4 + ["utm"] * 4
    for fmt in ("parallels", "vmware", "utm"):
        orders = [f.order for f in first if f.format == fmt]
        assert orders == sorted(orders)


@pytest.fixture
def denied_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A folder whose listing fails with EACCES (root could list a chmod 000 one)."""
    locked = tmp_path / "etc/libvirt/qemu"
    locked.mkdir(parents=True)
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    yield locked


def test_unlistable_system_folder_is_counted(tmp_path: Path, denied_folder: Path) -> None:
    home = tmp_path / "home" / "user"
    place(VMX, home / "vmware/W/W.vmx")
    items, errors = found(tmp_path, home)
    assert names(items) == [("vmware", "W.vmx")]
    assert errors.as_report() == [
        {"collector": "vms.libvirt", "code": "permission_denied", "count": 1}
    ]


def test_directory_entry_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cep_gui.collectors.vms import discovery as vms_discovery

    monkeypatch.setattr(vms_discovery, "MAX_ENTRIES", 10)
    home = tmp_path / "home" / "user"
    place(VMX, home / "vmware/A/A.vmx")
    extra = tmp_path / "huge"
    extra.mkdir()
    for index in range(30):
        (extra / f"note-{index}.txt").write_text("x", encoding="utf-8")
    items, errors = found(tmp_path, home, extra=(extra,))
    assert names(items) == [("vmware", "A.vmx")]  # what was found before the budget stays
    assert errors.as_report() == [{"collector": "vms.discovery", "code": "too_large", "count": 1}]
