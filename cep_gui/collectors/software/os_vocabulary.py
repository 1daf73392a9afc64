"""The operating systems the project knows, so their names never come from the machine's text.

os-release's ``NAME`` and ``PRETTY_NAME``, Windows' ``ProductName`` and macOS' ``ProductName``
are text anyone with administrator rights can change ("Debian GNU/Linux ACME-Legal JaneRoe").
The report therefore names a system only from this list, looked up by its id; a code name only
when it is one of that system's code names; a version only when it is digits and dots. Values
taken from here are :class:`~cep_gui.core.privacy.Public`: a machine called ``debian`` does not
lose the name "Debian GNU/Linux".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cep_gui.core.privacy import Public

#: An id the list does not know is reported only when it is a plain word of letters and digits
#: (``nixos``), never free text ("acme-legal janeroe").
STRICT_ID = re.compile(r"[a-z][a-z0-9]{1,15}")
#: A release number: digits and at most three dots (``12``, ``24.04.1``, ``2016.03``).
STRICT_VERSION = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}")


@dataclass(frozen=True)
class KnownSystem:
    name: str
    #: The code names its os-release can carry (``VERSION_CODENAME``, ``UBUNTU_CODENAME``).
    codenames: frozenset[str] = frozenset()


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DEBIAN = _names(
    "buzz rex bo hamm slink potato woody sarge etch lenny squeeze wheezy jessie stretch buster "
    "bullseye bookworm trixie forky duke sid"
)
_UBUNTU = _names(
    "warty hoary breezy dapper edgy feisty gutsy hardy intrepid jaunty karmic lucid maverick "
    "natty oneiric precise quantal raring saucy trusty utopic vivid wily xenial yakkety zesty "
    "artful bionic cosmic disco eoan focal groovy hirsute impish jammy kinetic lunar mantic "
    "noble oracular plucky questing resolute"
)
_MINT = _names(
    "qiana rebecca rafaela rosa sarah serena sonya sylvia tara tessa tina tricia ulyana ulyssa "
    "uma una vanessa vera victoria virginia wilma xia zara betsy cindy debbie elsie faye gigi"
)
_DEVUAN = _names("jessie ascii beowulf chimaera daedalus excalibur freia ceres")
_ELEMENTARY = _names("jupiter luna freya loki juno hera odin jolnir horus circe")

#: os-release ``ID`` (as ``distro.id()`` normalizes it) → the system. Tested against the
#: ids ``distro`` documents and against real os-release files of each distribution.
LINUX_SYSTEMS: dict[str, KnownSystem] = {
    "almalinux": KnownSystem("AlmaLinux"),
    "alpine": KnownSystem("Alpine Linux"),
    "altlinux": KnownSystem("ALT Linux"),
    "amzn": KnownSystem("Amazon Linux"),
    "arch": KnownSystem("Arch Linux"),
    "archarm": KnownSystem("Arch Linux ARM"),
    "azurelinux": KnownSystem("Microsoft Azure Linux"),
    "buildroot": KnownSystem("Buildroot"),
    "centos": KnownSystem("CentOS"),
    "clear-linux-os": KnownSystem("Clear Linux OS"),
    "cloudlinux": KnownSystem("CloudLinux"),
    "coreos": KnownSystem("CoreOS"),
    "debian": KnownSystem("Debian GNU/Linux", _DEBIAN),
    "deepin": KnownSystem("Deepin"),
    "devuan": KnownSystem("Devuan GNU+Linux", _DEVUAN),
    "elementary": KnownSystem("elementary OS", _ELEMENTARY | _UBUNTU),
    "endeavouros": KnownSystem("EndeavourOS"),
    "exherbo": KnownSystem("Exherbo"),
    "fedora": KnownSystem("Fedora Linux"),
    "flatcar": KnownSystem("Flatcar Container Linux"),
    "garuda": KnownSystem("Garuda Linux"),
    "gentoo": KnownSystem("Gentoo"),
    "guix": KnownSystem("Guix System"),
    "ibm_powerkvm": KnownSystem("IBM PowerKVM"),
    "kali": KnownSystem("Kali GNU/Linux", frozenset({"kali-rolling"})),
    "kvmibm": KnownSystem("KVM for IBM z Systems"),
    "linuxmint": KnownSystem("Linux Mint", _MINT | _UBUNTU | _DEBIAN),
    "mageia": KnownSystem("Mageia"),
    "mandrake": KnownSystem("Mandriva Linux"),  # distro's id from mandriva-release
    "mandriva": KnownSystem("Mandriva Linux"),
    "manjaro": KnownSystem("Manjaro Linux"),
    "manjaro-arm": KnownSystem("Manjaro ARM"),
    "mariner": KnownSystem("CBL-Mariner"),
    "neon": KnownSystem("KDE neon", _UBUNTU),
    "nixos": KnownSystem("NixOS"),
    "openelec": KnownSystem("OpenELEC"),
    "openeuler": KnownSystem("openEuler"),
    "openmandriva": KnownSystem("OpenMandriva Lx"),
    "opensuse": KnownSystem("openSUSE"),
    "opensuse-leap": KnownSystem("openSUSE Leap"),
    "opensuse-microos": KnownSystem("openSUSE MicroOS"),
    "opensuse-tumbleweed": KnownSystem("openSUSE Tumbleweed"),
    "oracle": KnownSystem("Oracle Linux"),
    "parallels": KnownSystem("Parallels"),
    "photon": KnownSystem("VMware Photon OS"),
    "pidora": KnownSystem("Pidora"),
    "pop": KnownSystem("Pop!_OS", _UBUNTU),
    "raspbian": KnownSystem("Raspbian GNU/Linux", _DEBIAN),
    "rhcos": KnownSystem("Red Hat Enterprise Linux CoreOS"),
    "rhel": KnownSystem("Red Hat Enterprise Linux"),
    "rocky": KnownSystem("Rocky Linux"),
    "scientific": KnownSystem("Scientific Linux"),
    "slackware": KnownSystem("Slackware"),
    "sled": KnownSystem("SUSE Linux Enterprise Desktop"),
    "sles": KnownSystem("SUSE Linux Enterprise Server"),
    "sle-micro": KnownSystem("SUSE Linux Enterprise Micro"),
    "solus": KnownSystem("Solus"),
    "steamos": KnownSystem("SteamOS"),
    "ubuntu": KnownSystem("Ubuntu", _UBUNTU),
    "ubuntu-core": KnownSystem("Ubuntu Core"),
    "void": KnownSystem("Void Linux"),
    "xenserver": KnownSystem("XenServer"),
    "zorin": KnownSystem("Zorin OS", _UBUNTU),
    # Systems distro also recognises (it is not only for Linux).
    "aix": KnownSystem("AIX"),
    "freebsd": KnownSystem("FreeBSD"),
    "midnightbsd": KnownSystem("MidnightBSD"),
    "netbsd": KnownSystem("NetBSD"),
    "openbsd": KnownSystem("OpenBSD"),
}

#: Windows releases, longest first where one name starts another ("2008 R2" before "2008").
WINDOWS_RELEASES = (
    "Windows Server 2008 R2", "Windows Server 2012 R2", "Windows Server 2003",
    "Windows Server 2008", "Windows Server 2012", "Windows Server 2016", "Windows Server 2019",
    "Windows Server 2022", "Windows Server 2025", "Windows 10", "Windows 11", "Windows 8.1",
    "Windows 8", "Windows 7", "Windows Vista", "Windows XP",
)  # fmt: skip
#: Editions Microsoft puts after the release in ``ProductName``.
WINDOWS_EDITIONS = frozenset(
    {
        "Home", "Home N", "Home Single Language", "Pro", "Pro N", "Pro Education",
        "Pro for Workstations", "Education", "Education N", "Enterprise", "Enterprise N",
        "Enterprise LTSC", "Enterprise N LTSC", "Enterprise G", "Enterprise multi-session",
        "Enterprise for Virtual Desktops", "IoT Enterprise", "IoT Enterprise LTSC", "S",
        "Team", "Standard", "Datacenter", "Datacenter: Azure Edition", "Essentials",
        "Foundation", "Starter", "Home Basic", "Home Premium", "Professional", "Ultimate",
    }
)  # fmt: skip
MACOS_NAMES = frozenset({"macOS", "Mac OS X", "OS X"})
#: ``DisplayVersion`` (``23H2``) or the older ``ReleaseId`` (``2009``).
WINDOWS_VERSION = re.compile(r"[0-9]{2}H[12]|[0-9]{4}")
#: macOS build numbers (``23B81``, ``22G91a``).
MACOS_BUILD = re.compile(r"[0-9]{1,2}[A-Z][0-9]{1,5}[a-z]?")


def linux_system(os_id: str) -> KnownSystem | None:
    return LINUX_SYSTEMS.get(os_id.strip().lower())


def reportable_id(os_id: str) -> str | None:
    """The id to report: a known one (public), else a plain word, else nothing."""
    key = os_id.strip().lower()
    if key in LINUX_SYSTEMS:
        return Public(key)
    return key if STRICT_ID.fullmatch(key) else None


def release_number(*candidates: str | None) -> str | None:
    """The first candidate that is a plain release number."""
    for candidate in candidates:
        if candidate and STRICT_VERSION.fullmatch(candidate.strip()):
            return candidate.strip()
    return None


def code_name(system: KnownSystem | None, *candidates: str | None) -> str | None:
    """The first candidate that is one of ``system``'s code names (public), else nothing."""
    if system is None:
        return None
    for candidate in candidates:
        key = (candidate or "").strip().lower()
        if key in system.codenames:
            return Public(key)
    return None


def windows_name(product_name: str) -> str | None:
    """``Windows 11 Pro`` from the release list and the edition list; free text never."""
    text = " ".join(product_name.split())
    for release in WINDOWS_RELEASES:
        if text == release:
            return Public(release)
        if text.startswith(release + " "):
            edition = text[len(release) + 1 :]
            return Public(f"{release} {edition}" if edition in WINDOWS_EDITIONS else release)
    return None


def macos_name(product_name: str) -> str | None:
    text = product_name.strip()
    return Public(text) if text in MACOS_NAMES else None
