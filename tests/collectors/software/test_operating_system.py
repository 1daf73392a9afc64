"""Operating system, desktop and language facts on Linux, Windows and macOS."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.operating_system import (
    architecture,
    collect_os,
    desktop_environment,
    environment_language,
    language_tag,
    session_type,
)
from cep_gui.collectors.software.os_vocabulary import linux_system
from tests.helpers.regfile import RegFileReader
from tests.helpers.system import make_env, write_tree

FIXTURES = Path(__file__).parents[2] / "fixtures" / "software"

DEBIAN_12 = """\
PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
"""
UBUNTU_2404 = """\
PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
"""
FEDORA_41 = """\
NAME="Fedora Linux"
VERSION="41 (Workstation Edition)"
RELEASE_TYPE=stable
ID=fedora
VERSION_ID=41
VERSION_CODENAME=""
PLATFORM_ID="platform:f41"
PRETTY_NAME="Fedora Linux 41 (Workstation Edition)"
ANSI_COLOR="0;38;2;60;110;180"
LOGO=fedora-logo-icon
CPE_NAME="cpe:/o:fedoraproject:fedora:41"
DEFAULT_HOSTNAME="fedora"
HOME_URL="https://fedoraproject.org/"
DOCUMENTATION_URL="https://docs.fedoraproject.org/en-US/fedora/f41/system-administrators-guide/"
SUPPORT_URL="https://ask.fedoraproject.org/"
BUG_REPORT_URL="https://bugzilla.redhat.com/"
REDHAT_BUGZILLA_PRODUCT="Fedora"
REDHAT_BUGZILLA_PRODUCT_VERSION=41
REDHAT_SUPPORT_PRODUCT="Fedora"
REDHAT_SUPPORT_PRODUCT_VERSION=41
SUPPORT_END=2025-12-15
VARIANT="Workstation Edition"
VARIANT_ID=workstation
"""
ARCH = """\
NAME="Arch Linux"
PRETTY_NAME="Arch Linux"
ID=arch
BUILD_ID=rolling
ANSI_COLOR="38;2;23;147;209"
HOME_URL="https://archlinux.org/"
DOCUMENTATION_URL="https://wiki.archlinux.org/"
SUPPORT_URL="https://bbs.archlinux.org/"
BUG_REPORT_URL="https://gitlab.archlinux.org/groups/archlinux/-/issues"
PRIVACY_POLICY_URL="https://terms.archlinux.org/docs/privacy-policy/"
LOGO=archlinux-logo
"""


def linux(
    tmp_path: Path,
    files: Mapping[str, str | bytes],
    *,
    environ: Mapping[str, str] | None = None,
    machine: str = "x86_64",
    kernel: str = "6.1.0-26-amd64",
) -> dict[str, object]:
    env = make_env(write_tree(tmp_path, files), environ=environ, machine=machine, kernel=kernel)
    errors = ErrorSink()
    values = collect_os(env, errors)
    assert len(errors) == 0, errors.details
    return values


def release(values: dict[str, object]) -> dict[str, object]:
    return {k.rpartition(".")[2]: v for k, v in values.items() if k.startswith("host_software.os.")}


def test_debian_takes_the_point_release_from_debian_version(tmp_path: Path) -> None:
    values = linux(tmp_path, {"/etc/os-release": DEBIAN_12, "/etc/debian_version": "12.7\n"})
    assert release(values) == {
        "family": "linux",
        "name": "Debian GNU/Linux",
        "id": "debian",
        "version": "12.7",
        "codename": "bookworm",
        "kernel": "6.1.0-26-amd64",
        "architecture": "x86_64",
    }


def test_ubuntu(tmp_path: Path) -> None:
    files = {"/usr/lib/os-release": UBUNTU_2404, "/etc/debian_version": "trixie/sid\n"}
    values = release(linux(tmp_path, files, machine="aarch64"))
    assert values["name"] == "Ubuntu"
    assert values["id"] == "ubuntu"
    assert values["version"] == "24.04.1"
    assert values["codename"] == "noble"
    assert values["architecture"] == "arm64"


def test_fedora_has_no_code_name(tmp_path: Path) -> None:
    values = release(linux(tmp_path, {"/etc/os-release": FEDORA_41}))
    assert values["name"] == "Fedora Linux"
    assert values["version"] == "41"
    assert "codename" not in values  # not "Workstation Edition"


def test_rolling_release_has_no_version(tmp_path: Path) -> None:
    values = release(linux(tmp_path, {"/etc/os-release": ARCH}))
    assert values["id"] == "arch" and values["name"] == "Arch Linux"
    assert "version" not in values and "codename" not in values


def test_old_release_file_without_os_release(tmp_path: Path) -> None:
    values = release(linux(tmp_path, {"/etc/centos-release": "CentOS release 6.10 (Final)\n"}))
    assert values["id"] == "centos"
    assert values["version"] == "6.10"
    assert "codename" not in values  # "Final" is no code name of CentOS


PLANTED = """PRETTY_NAME="Debian GNU/Linux ACME-Legal JaneRoe"
NAME="Debian GNU/Linux ACME-Legal"
VERSION_ID="12"
VERSION="12 (JaneRoe edition)"
VERSION_CODENAME=acmelegal-janeroe
ID=debian
"""


def test_planted_names_never_reach_the_values(tmp_path: Path) -> None:
    values = release(linux(tmp_path, {"/etc/os-release": PLANTED}))
    assert values == {
        "family": "linux",
        "name": "Debian GNU/Linux",
        "id": "debian",
        "version": "12",
        "kernel": "6.1.0-26-amd64",
        "architecture": "x86_64",
    }


@pytest.mark.parametrize(
    ("os_release", "expected"),
    [
        ('ID=acmeos\nNAME="ACME OS"\nVERSION_ID=7\n', {"id": "acmeos", "version": "7"}),
        ('ID="acme-legal janeroe"\nNAME="ACME"\nVERSION_ID="7 beta"\n', {}),
        ("ID=debian\nVERSION_ID=12\nVERSION_CODENAME=Bookworm\n", {"codename": "bookworm"}),
    ],
    ids=["unknown-plain-id", "free-text-id-and-version", "codename-in-capitals"],
)
def test_unknown_systems_give_only_strict_ids_and_numbers(
    tmp_path: Path, os_release: str, expected: dict[str, str]
) -> None:
    values = release(linux(tmp_path, {"/etc/os-release": os_release}))
    found = {k: v for k, v in values.items() if k in ("name", "id", "version", "codename")}
    if "codename" in expected:
        assert found["codename"] == expected["codename"]
    else:
        assert found == expected


DISTROS = FIXTURES / "os-release" / "distros"

#: Real os-release and release files of 60 distributions (python-distro's test data): what
#: each gives. Names come from the vocabulary, never from the files' NAME or PRETTY_NAME.
REAL = {
    "almalinux10": ("AlmaLinux", "almalinux", "10.0", None),
    "alpine": ("Alpine Linux", "alpine", "3.23.2", None),
    "altlinux10": ("ALT Linux", "altlinux", "10.1", None),
    "amazon2016": ("Amazon Linux", "amzn", "2016.03", None),
    "amazon2023": ("Amazon Linux", "amzn", "2023", None),
    "arch": ("Arch Linux", "arch", None, None),
    "armbian": ("Debian GNU/Linux", "debian", "10", "buster"),
    "centos5": ("CentOS", "centos", "5.11", None),
    "centos7": ("CentOS", "centos", "7.1.1503", None),
    "centosstream9": ("CentOS", "centos", "9", None),
    "cloudlinux7": ("CloudLinux", "cloudlinux", "7.3", None),
    "coreos": ("CoreOS", "coreos", "899.15.0", None),
    "debian10": ("Debian GNU/Linux", "debian", "10.11", "buster"),  # from debian_version
    "debian13": ("Debian GNU/Linux", "debian", "13.1", "trixie"),
    "debiantesting": ("Debian GNU/Linux", "debian", None, "bookworm"),
    "exherbo": ("Exherbo", "exherbo", None, None),
    "fedora42": ("Fedora Linux", "fedora", "42", None),
    "gentoo": ("Gentoo", "gentoo", "2.2", None),
    "guix": ("Guix System", "guix", None, None),
    "kali": ("Kali GNU/Linux", "kali", "2017.1", None),
    "kvmibm1": ("KVM for IBM z Systems", "kvmibm", "1.1.1", None),
    "linuxmint17": ("Ubuntu", "ubuntu", "14.04.3", None),  # "Trusty Tahr" is in VERSION only
    "mageia5": ("Mageia", "mageia", "5", None),
    "mandriva2011": ("Mandriva Linux", "mandrake", "2011.0", None),  # not "Official"
    "manjaro1512": ("Manjaro Linux", "manjaro", None, None),
    "opensuse15": ("openSUSE", "opensuse", "15.2", None),
    "oracle7": ("Oracle Linux", "oracle", "7.5", None),
    "raspbian8": ("Raspbian GNU/Linux", "raspbian", "8.0", "jessie"),
    "rhel9": ("Red Hat Enterprise Linux", "rhel", "9.6", None),
    "rocky9": ("Rocky Linux", "rocky", "9.3", None),
    "scientific7": ("Red Hat Enterprise Linux", "rhel", "7.2", None),
    "slackware14": ("Slackware", "slackware", "14.1", None),
    "sles12": ("SUSE Linux Enterprise Server", "sles", "12.1", None),
    "ubuntu16": ("Ubuntu", "ubuntu", "16.04.1", "xenial"),
    "ubuntu24": ("Ubuntu", "ubuntu", "24.04.3", "noble"),
    "ubuntu2604": ("Ubuntu", "ubuntu", "26.04", "resolute"),
}


@pytest.mark.parametrize("distribution", sorted(REAL))
def test_real_release_files(distribution: str) -> None:
    env = make_env(DISTROS / distribution)
    values = release(collect_os(env, ErrorSink()))
    name, os_id, version, codename = REAL[distribution]
    assert (
        values.get("name"),
        values.get("id"),
        values.get("version"),
        values.get("codename"),
    ) == (name, os_id, version, codename)


def test_every_real_release_file_names_a_known_system() -> None:
    unknown = []
    for tree in sorted(DISTROS.iterdir()):
        values = release(collect_os(make_env(tree), ErrorSink()))
        if "name" not in values:
            unknown.append(tree.name)
    # Amazon Linux 2014 has only /etc/system-release, which distro does not read.
    assert unknown == ["amazon2014"], unknown


def test_every_id_distro_documents_is_known() -> None:
    import distro

    # Python 3.13 strips a docstring's common indentation: the table may start a line.
    documented = re.findall(r'^\s*"([a-z_]+)"\s', distro.id.__doc__ or "", re.MULTILINE)
    assert len(documented) > 30
    assert [i for i in documented if linux_system(i) is None] == []


def test_nothing_known_gives_only_what_is_determinable(tmp_path: Path) -> None:
    values = linux(tmp_path, {}, machine="", kernel="")
    assert values == {"host_software.os.family": "linux"}


def test_unreadable_release_file_costs_only_release_fields(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "/etc/os-release": DEBIAN_12,
        "/etc/debian_version": b"\xff\xfe12.7\n",  # distro reads it as ASCII
    }
    env = make_env(
        write_tree(tmp_path, files), environ={"LANG": "de_DE.UTF-8", "XDG_SESSION_TYPE": "x11"}
    )
    errors = ErrorSink()
    values = collect_os(env, errors)
    assert errors.as_report() == [
        {"collector": "host_software.os", "code": "parse_error", "count": 1}
    ]
    assert values["host_software.os.family"] == "linux"
    assert values["host_software.os.architecture"] == "x86_64"
    assert values["host_software.locale.language"] == "de-DE"
    assert values["host_software.desktop.session_type"] == "x11"


def test_session_desktop_and_language_from_the_environment(tmp_path: Path) -> None:
    environ = {
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
        "XDG_SESSION_TYPE": "wayland",
        "LANG": "pt_BR.UTF-8",
        "LC_ALL": "",
    }
    values = linux(tmp_path, {"/etc/os-release": UBUNTU_2404}, environ=environ)
    assert values["host_software.desktop.environment"] == "GNOME"
    assert values["host_software.desktop.session_type"] == "wayland"
    assert values["host_software.locale.language"] == "pt-BR"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "GNOME"),
        ({"XDG_CURRENT_DESKTOP": "KDE"}, "KDE"),
        ({"XDG_CURRENT_DESKTOP": "XFCE"}, "XFCE"),
        ({"XDG_CURRENT_DESKTOP": "X-Cinnamon"}, "Cinnamon"),
        ({"XDG_CURRENT_DESKTOP": "Budgie:GNOME"}, "Budgie"),
        ({"XDG_CURRENT_DESKTOP": "pop:GNOME"}, "GNOME"),
        ({"XDG_CURRENT_DESKTOP": "Unity:Unity7:ubuntu"}, "Unity"),
        ({"XDG_CURRENT_DESKTOP": "LXQt"}, "LXQt"),
        ({"XDG_CURRENT_DESKTOP": "Hyprland"}, "Hyprland"),
        ({"XDG_CURRENT_DESKTOP": "niri"}, "niri"),  # unknown but name-like: kept as is
        ({"XDG_CURRENT_DESKTOP": "my desktop; rm -rf"}, None),  # not a name
        ({"DESKTOP_SESSION": "plasmawayland"}, "KDE"),
        ({"DESKTOP_SESSION": "/usr/share/xsessions/plasma"}, "KDE"),
        ({"DESKTOP_SESSION": "gnome-xorg"}, "GNOME"),
        ({"DESKTOP_SESSION": "xfce"}, "XFCE"),
        ({}, None),
    ],
)
def test_desktop_names(environ: dict[str, str], expected: str | None) -> None:
    assert desktop_environment(environ) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_SESSION_TYPE": "x11"}, "x11"),
        ({"XDG_SESSION_TYPE": "wayland"}, "wayland"),
        ({"XDG_SESSION_TYPE": "tty"}, "tty"),
        ({"XDG_SESSION_TYPE": "mir"}, "other"),
        ({"XDG_SESSION_TYPE": "unspecified"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
        ({"DISPLAY": ":0"}, "x11"),
        ({}, None),
    ],
)
def test_session_types(environ: dict[str, str], expected: str | None) -> None:
    assert session_type(environ) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE.UTF-8", "de-DE"),
        ("pt_BR@x", "pt-BR"),
        ("en_US", "en-US"),
        ("fr", "fr"),
        ("sr_RS@latin", "sr-RS"),
        ("de-DE", "de-DE"),
        ("sr-latn-rs", "sr-Latn-RS"),
        ("zh-Hans_CN", "zh-Hans-CN"),
        ("es_419.UTF-8", "es-419"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        ("/home/canaryuser42", None),
    ],
)
def test_language_tags(locale: str, expected: str | None) -> None:
    assert language_tag(locale) == expected


def test_language_variables_in_order() -> None:
    assert environment_language({"LC_ALL": "C", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE"}) == (
        "fr-FR"
    )
    assert environment_language({"LC_ALL": "it_IT.UTF-8", "LANG": "de_DE"}) == "it-IT"
    assert environment_language({"LANG": "C.UTF-8"}) is None


@pytest.mark.parametrize(
    ("machine", "expected"),
    [
        ("x86_64", "x86_64"),
        ("AMD64", "x86_64"),
        ("i686", "x86"),
        ("i386", "x86"),
        ("aarch64", "arm64"),
        ("arm64", "arm64"),
        ("ARM64", "arm64"),
        ("armv7l", "arm"),
        ("riscv64", "riscv64"),
        ("ppc64le", "ppc64le"),
        ("s390x", "s390x"),
        ("mips64", "other"),
        ("", None),
    ],
)
def test_architectures(machine: str, expected: str | None) -> None:
    assert architecture(machine) == expected


def windows_registry() -> RegFileReader:
    return RegFileReader.from_files(FIXTURES / "windows" / "windows11.reg")


def test_windows_11_is_named_by_its_build(tmp_path: Path) -> None:
    env = make_env(
        tmp_path, platform="windows", machine="AMD64", kernel="10", registry=windows_registry()
    )
    errors = ErrorSink()
    values = collect_os(env, errors)
    assert len(errors) == 0
    assert values == {
        "host_software.os.family": "windows",
        "host_software.os.id": "windows",
        "host_software.os.name": "Windows 11 Pro",  # the registry still says "Windows 10 Pro"
        "host_software.os.version": "23H2",
        "host_software.os.build": "22631.4460",
        "host_software.os.kernel": "10.0.22631",
        "host_software.os.architecture": "x86_64",
        "host_software.desktop.session_type": "windows",
        "host_software.locale.language": "de-DE",
    }
    dumped = json.dumps(values)
    assert "canaryuser42" not in dumped and "00330-80000" not in dumped


def test_windows_10_keeps_its_name(tmp_path: Path) -> None:
    registry = RegFileReader.from_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"
        '"ProductName"="Windows 10 Enterprise"\n"CurrentBuild"="19045"\n"ReleaseId"="2009"\n'
        '"CurrentVersion"="6.3"\n'
    )
    env = make_env(tmp_path, platform="windows", machine="AMD64", registry=registry)
    values = collect_os(env, ErrorSink())
    assert values["host_software.os.name"] == "Windows 10 Enterprise"
    assert values["host_software.os.version"] == "2009"
    assert values["host_software.os.build"] == "19045"
    assert values["host_software.os.kernel"] == "6.3.19045"
    assert "host_software.locale.language" not in values


def test_windows_without_registry_keeps_the_rest(tmp_path: Path) -> None:
    errors = ErrorSink()
    values = collect_os(make_env(tmp_path, platform="windows", machine="ARM64"), errors)
    assert values["host_software.os.architecture"] == "arm64"
    assert values["host_software.desktop.session_type"] == "windows"
    assert "host_software.os.name" not in values
    assert errors.as_report() == [
        {"collector": "host_software.os", "code": "unavailable", "count": 1}
    ]


def test_macos(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "macos", tmp_path, dirs_exist_ok=True)
    env = make_env(
        tmp_path,
        platform="darwin",
        home=tmp_path / "Users" / "canaryuser42",
        machine="arm64",
        kernel="23.6.0",
    )
    errors = ErrorSink()
    values = collect_os(env, errors)
    assert len(errors) == 0
    assert values == {
        "host_software.os.family": "macos",
        "host_software.os.id": "macos",
        "host_software.os.name": "macOS",
        "host_software.os.version": "14.7.1",
        "host_software.os.build": "23H222",
        "host_software.os.kernel": "23.6.0",
        "host_software.os.architecture": "arm64",
        "host_software.desktop.session_type": "macos",
        "host_software.locale.language": "de-CH",  # AppleLocale: no LANG from the Finder
    }
    env_lang = make_env(
        tmp_path, platform="darwin", home=tmp_path / "nobody", environ={"LANG": "en_GB.UTF-8"}
    )
    assert collect_os(env_lang, ErrorSink())["host_software.locale.language"] == "en-GB"


def test_macos_corrupt_system_version(tmp_path: Path) -> None:
    env = make_env(
        write_tree(tmp_path, {"/System/Library/CoreServices/SystemVersion.plist": b"<?xml <plist"}),
        platform="darwin",
    )
    errors = ErrorSink()
    values = collect_os(env, errors)
    assert values["host_software.os.family"] == "macos"
    assert errors.as_report() == [
        {"collector": "host_software.os", "code": "parse_error", "count": 1}
    ]


@pytest.mark.parametrize(
    ("product_name", "build", "expected"),
    [
        ("Windows 10 Pro", "19045", "Windows 10 Pro"),
        ("Windows 10 Pro", "22631", "Windows 11 Pro"),
        ("Windows Server 2008 R2 Datacenter", "7601", "Windows Server 2008 R2 Datacenter"),
        ("Windows 10 Enterprise ACME-Legal JaneRoe", "19045", "Windows 10"),
        ("ACME JaneRoe Workstation", "19045", None),
    ],
)
def test_windows_names_come_from_the_release_and_edition_lists(
    tmp_path: Path, product_name: str, build: str, expected: str | None
) -> None:
    registry = RegFileReader.from_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"
        f'"ProductName"="{product_name}"\n"CurrentBuild"="{build}"\n'
        '"DisplayVersion"="23H2 JaneRoe"\n'
    )
    env = make_env(tmp_path, platform="windows", machine="AMD64", registry=registry)
    values = collect_os(env, ErrorSink())
    assert values.get("host_software.os.name") == expected
    assert "host_software.os.version" not in values  # "23H2 JaneRoe" is no version
    assert "JaneRoe" not in json.dumps(values)


def test_macos_names_and_numbers_only_in_their_known_forms(tmp_path: Path) -> None:
    plist = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
        b"<key>ProductName</key><string>macOS ACME JaneRoe</string>"
        b"<key>ProductVersion</key><string>14.7.1 JaneRoe</string>"
        b"<key>ProductBuildVersion</key><string>JaneRoe</string></dict></plist>"
    )
    env = make_env(
        write_tree(tmp_path, {"/System/Library/CoreServices/SystemVersion.plist": plist}),
        platform="darwin",
    )
    values = release(collect_os(env, ErrorSink()))
    assert values == {
        "family": "macos",
        "id": "macos",
        "kernel": "6.1.0-26-amd64",
        "architecture": "x86_64",
    }
