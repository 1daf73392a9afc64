"""Every hypervisor's own guest ids map onto the one vocabulary the catalog documents."""

from __future__ import annotations

import pytest

from cep_gui.collectors.vms.guest_os import (
    FAMILIES,
    UNKNOWN,
    GuestOs,
    from_libosinfo,
    from_parallels,
    from_unraid,
    from_utm,
    from_virtualbox,
    from_vmware,
)
from cep_gui.core.catalog import load_catalog


def named(guest: GuestOs) -> tuple[str, str | None, str | None]:
    return guest.family, guest.name, guest.version


@pytest.mark.parametrize(
    ("os_type", "os_number", "expected"),
    [
        (8, 2063, ("windows", "Windows 10", None)),  # seen in a real config.pvs
        (8, 0x0807, ("windows", "Windows XP", None)),
        (8, 0x0811, ("windows", "Windows Server 2019", None)),
        (8, 0x08FF, ("windows", "Windows", None)),  # "other Windows": family only
        (9, 0x090A, ("linux", "Ubuntu", None)),
        (9, 0x0914, ("linux", "CentOS", "7")),
        (9, 0x0905, ("linux", "Linux", None)),  # kernel 2.6 generic
        (7, 1795, ("macos", "macOS", None)),
        (10, 0x0A05, ("bsd", "FreeBSD", "8")),
        (14, 0x0E03, ("solaris", "Solaris", "11")),
        (255, 0xFFFF, ("other", "Other", None)),
        (None, None, ("unknown", None, None)),
    ],
)
def test_parallels(os_type: int | None, os_number: int | None, expected: tuple[str, ...]) -> None:
    assert named(from_parallels(os_type, os_number)) == expected


@pytest.mark.parametrize(
    ("os_type", "expected", "arch"),
    [
        ("Windows10_64", ("windows", "Windows 10", None), "x86_64"),
        ("Windows11_64", ("windows", "Windows 11", None), "x86_64"),
        ("Windows2016_64", ("windows", "Windows Server 2016", None), "x86_64"),
        ("Windows81", ("windows", "Windows 8.1", None), "x86"),
        ("WindowsXP", ("windows", "Windows XP", None), "x86"),
        ("WindowsNT_64", ("windows", "Windows", None), "x86_64"),
        ("Windows11_arm64", ("windows", "Windows 11", None), "arm64"),
        ("Ubuntu_64", ("linux", "Ubuntu", None), "x86_64"),
        ("Ubuntu22_LTS_64", ("linux", "Ubuntu", "22.04"), "x86_64"),
        ("Ubuntu22_64", ("linux", "Ubuntu", "22.10"), "x86_64"),
        ("Ubuntu231_64", ("linux", "Ubuntu", "23.10"), "x86_64"),
        ("Ubuntu23_arm64", ("linux", "Ubuntu", "23.04"), "arm64"),
        ("Debian_64", ("linux", "Debian", None), "x86_64"),
        ("Debian12_64", ("linux", "Debian", "12"), "x86_64"),
        ("Debian31", ("linux", "Debian", "3.1"), "x86"),
        ("RedHat_64", ("linux", "Red Hat Enterprise Linux", None), "x86_64"),
        ("RedHat9_arm64", ("linux", "Red Hat Enterprise Linux", "9"), "arm64"),
        ("OpenSUSE_Leap_64", ("linux", "openSUSE", None), "x86_64"),
        ("Linux26_64", ("linux", "Linux", None), "x86_64"),
        ("MacOS1013_64", ("macos", "macOS", "10.13"), "x86_64"),
        ("MacOS106", ("macos", "macOS", "10.6"), "x86"),
        ("FreeBSD_64", ("bsd", "FreeBSD", None), "x86_64"),
        ("Solaris11_64", ("solaris", "Solaris", "11"), "x86_64"),
        ("OS2Warp45", ("other", "OS/2", None), None),
        ("Other", ("other", "Other", None), None),
        ("Other_64", ("other", "Other", None), "x86_64"),
    ],
)
def test_virtualbox(os_type: str, expected: tuple[str, ...], arch: str | None) -> None:
    guest = from_virtualbox(os_type)
    assert named(guest) == expected
    assert guest.architecture == arch


@pytest.mark.parametrize(
    ("guest_os", "expected", "arch"),
    [
        ("windows9-64", ("windows", "Windows 10", None), "x86_64"),
        ("windows11-64", ("windows", "Windows 11", None), "x86_64"),
        ("winxppro", ("windows", "Windows XP", None), "x86"),
        ("winXPPro", ("windows", "Windows XP", None), "x86"),
        ("windows2019srvNext-64", ("windows", "Windows Server 2022", None), "x86_64"),
        ("windows2019srv-64", ("windows", "Windows Server 2019", None), "x86_64"),
        ("windows9srv-64", ("windows", "Windows Server 2016", None), "x86_64"),
        ("winNetEnterprise-64", ("windows", "Windows Server 2003", None), "x86_64"),
        ("longhorn-64", ("windows", "Windows Server 2008", None), "x86_64"),
        ("ubuntu-64", ("linux", "Ubuntu", None), "x86_64"),
        ("arm-ubuntu-64", ("linux", "Ubuntu", None), "arm64"),
        ("debian11-64", ("linux", "Debian", "11"), "x86_64"),
        ("rhel9-64", ("linux", "Red Hat Enterprise Linux", "9"), "x86_64"),
        ("other26xlinux", ("linux", "Linux", None), "x86"),
        ("other5xlinux-64", ("linux", "Linux", None), "x86_64"),
        ("darwin21-64", ("macos", "macOS", "12"), "x86_64"),
        ("darwin19-64", ("macos", "macOS", "10.15"), "x86_64"),
        ("darwin10", ("macos", "macOS", "10.6"), "x86"),
        ("freeBSD13-64", ("bsd", "FreeBSD", "13"), "x86_64"),
        ("solaris11-64", ("solaris", "Solaris", "11"), "x86_64"),
        ("vmkernel7", ("other", "ESXi", "7"), "x86"),
        ("other-64", ("other", "Other", None), "x86_64"),
    ],
)
def test_vmware(guest_os: str, expected: tuple[str, ...], arch: str) -> None:
    guest = from_vmware(guest_os)
    assert named(guest) == expected
    assert guest.architecture == arch


@pytest.mark.parametrize(
    ("os_id", "expected"),
    [
        ("http://microsoft.com/win/10", ("windows", "Windows 10", None)),
        ("http://microsoft.com/win/11", ("windows", "Windows 11", None)),
        ("http://microsoft.com/win/2k19", ("windows", "Windows Server 2019", None)),
        ("http://microsoft.com/win/2k12r2", ("windows", "Windows Server 2012 R2", None)),
        ("http://ubuntu.com/ubuntu/22.04", ("linux", "Ubuntu", "22.04")),
        ("http://debian.org/debian/12", ("linux", "Debian", "12")),
        ("http://debian.org/debian/testing", ("linux", "Debian", None)),
        ("http://fedoraproject.org/fedora/39", ("linux", "Fedora", "39")),
        ("http://redhat.com/rhel/9.2", ("linux", "Red Hat Enterprise Linux", "9.2")),
        ("http://centos.org/centos-stream/9", ("linux", "CentOS Stream", "9")),
        ("http://archlinux.org/archlinux/rolling", ("linux", "Arch Linux", None)),
        ("http://libosinfo.org/linux/2022", ("linux", "Linux", None)),
        ("http://freebsd.org/freebsd/13.2", ("bsd", "FreeBSD", "13.2")),
        ("http://apple.com/macosx/10.7", ("macos", "macOS", "10.7")),
        ("http://example.com/unknown/1", ("unknown", None, None)),
        ("not a url", ("unknown", None, None)),
    ],
)
def test_libosinfo(os_id: str, expected: tuple[str, ...]) -> None:
    assert named(from_libosinfo(os_id)) == expected


@pytest.mark.parametrize(
    ("os_name", "expected"),
    [
        ("windows10", ("windows", "Windows 10", None)),
        ("windows", ("windows", "Windows", None)),
        ("windows2019", ("windows", "Windows Server 2019", None)),
        ("ubuntu", ("linux", "Ubuntu", None)),
        ("arch", ("linux", "Arch Linux", None)),
        ("freebsd", ("bsd", "FreeBSD", None)),
        ("osx", ("macos", "macOS", None)),
        ("beos", ("unknown", None, None)),
    ],
)
def test_unraid(os_name: str, expected: tuple[str, ...]) -> None:
    assert named(from_unraid(os_name)) == expected


@pytest.mark.parametrize(
    ("icon", "boot", "expected"),
    [
        ("windows-11", None, ("windows", "Windows 11", None)),
        ("windows", None, ("windows", "Windows", None)),
        ("debian", None, ("linux", "Debian", None)),
        ("ubuntu.png", None, ("linux", "Ubuntu", None)),
        ("macos", None, ("macos", "macOS", None)),
        ("freebsd", None, ("bsd", "FreeBSD", None)),
        (None, "macOS", ("macos", "macOS", None)),
        (None, "Linux", ("linux", "Linux", None)),
        ("my-custom-icon", None, ("unknown", None, None)),
    ],
)
def test_utm(icon: str | None, boot: str | None, expected: tuple[str, ...]) -> None:
    assert named(from_utm(icon, boot)) == expected


def test_empty_ids_are_unknown() -> None:
    for mapped in (from_virtualbox(""), from_vmware(""), from_libosinfo(""), from_utm(None)):
        assert mapped is UNKNOWN


def _table_names() -> set[str]:
    from cep_gui.collectors.vms import guest_os as module

    names = set(module._VBOX_LINUX.values()) | {name for _, name in module._VMWARE_LINUX}
    for value in vars(module).values():
        if isinstance(value, dict):
            entries = list(value.values())
        elif isinstance(value, tuple) and not isinstance(value, GuestOs):
            entries = list(value)
        else:
            continue
        for entry in entries:
            if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], GuestOs):
                entry = entry[1]
            if isinstance(entry, GuestOs) and entry.name:
                names.add(entry.name)
    return names


def test_vocabulary_is_the_catalog_s() -> None:
    """Families are the catalog enum; every name a table can produce is documented there."""
    catalog = load_catalog()
    assert catalog.fields["vm_software.guest.os_family"].values == FAMILIES
    documented = catalog.fields["vm_software.guest.os_name"].description
    names = _table_names()
    assert {"Ubuntu", "Windows 10", "macOS", "FreeBSD", "Haiku"} <= names
    # Windows releases are documented as a range ("Windows Server 2003 to 2025").
    missing = sorted(n for n in names if not n.startswith("Windows") and n not in documented)
    assert missing == []
