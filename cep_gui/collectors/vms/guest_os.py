"""One guest operating system vocabulary for every hypervisor.

Each hypervisor names guest systems its own way (Parallels numbers, VirtualBox
``Windows10_64``, VMware ``windows9-64``, libosinfo URLs, UTM icon names). The
report uses one family (``windows``, ``linux``, ``macos``, ``bsd``, ``solaris``,
``other``, ``unknown``), a product name from a fixed list ("Windows 10", "Ubuntu",
"Red Hat Enterprise Linux", "macOS", ...) and a version when the configuration
names one ("22.04", "12"). Names only ever come from the tables here, never from
text in the file, so nothing a user typed can reach the report.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class GuestOs(NamedTuple):
    family: str
    name: str | None = None
    version: str | None = None
    #: Instruction set the guest was configured for, when the id says so.
    architecture: str | None = None


UNKNOWN = GuestOs("unknown")
FAMILIES = ("windows", "linux", "macos", "bsd", "solaris", "other", "unknown")

_VERSION = re.compile(r"^\d+(?:\.\d+){0,3}$", re.ASCII)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _version(text: str | None) -> str | None:
    return text if text and _VERSION.match(text) and len(text) <= 16 else None


def _linux(name: str, version: str | None = None) -> GuestOs:
    return GuestOs("linux", name, _version(version))


# ---------------------------------------------------------------- Windows names

#: Short Windows release tokens used by VirtualBox and libosinfo.
_WINDOWS = {
    "31": "Windows 3.1", "3.1": "Windows 3.1", "95": "Windows 95", "98": "Windows 98",
    "me": "Windows ME", "nt": "Windows NT", "nt3x": "Windows NT", "nt4": "Windows NT",
    "nt4.0": "Windows NT", "nt3.51": "Windows NT", "2000": "Windows 2000", "2k": "Windows 2000",
    "xp": "Windows XP", "2003": "Windows Server 2003", "2k3": "Windows Server 2003",
    "2k3r2": "Windows Server 2003", "vista": "Windows Vista", "2008": "Windows Server 2008",
    "2k8": "Windows Server 2008", "2k8r2": "Windows Server 2008 R2", "7": "Windows 7",
    "8": "Windows 8", "81": "Windows 8.1", "8.1": "Windows 8.1", "2012": "Windows Server 2012",
    "2k12": "Windows Server 2012", "2k12r2": "Windows Server 2012 R2", "10": "Windows 10",
    "2016": "Windows Server 2016", "2k16": "Windows Server 2016", "2019": "Windows Server 2019",
    "2k19": "Windows Server 2019", "11": "Windows 11", "2022": "Windows Server 2022",
    "2k22": "Windows Server 2022", "2025": "Windows Server 2025", "2k25": "Windows Server 2025",
}  # fmt: skip


def _windows(token: str | None) -> GuestOs:
    return GuestOs("windows", _WINDOWS.get((token or "").lower(), "Windows"))


# ---------------------------------------------------------------- Parallels

#: PrlOses.h (Parallels/Virtuozzo SDK): OsType values and OsNumber = type << 8 | n.
_PARALLELS_TYPES = {
    7: GuestOs("macos", "macOS"), 8: GuestOs("windows", "Windows"),
    9: GuestOs("linux", "Linux"), 10: GuestOs("bsd", "FreeBSD"),
    11: GuestOs("other", "OS/2"), 12: GuestOs("other", "MS-DOS"),
    13: GuestOs("other", "NetWare"), 14: GuestOs("solaris", "Solaris"),
    15: GuestOs("linux", "ChromeOS"), 16: GuestOs("linux", "Android"),
    255: GuestOs("other", "Other"),
}  # fmt: skip
_PARALLELS_NUMBERS = {
    0x0801: _windows("3.1"), 0x0802: _windows("95"), 0x0803: _windows("98"),
    0x0804: _windows("me"), 0x0805: _windows("nt"), 0x0806: _windows("2000"),
    0x0807: _windows("xp"), 0x0808: _windows("2003"), 0x0809: _windows("vista"),
    0x080A: _windows("2008"), 0x080B: _windows("7"), 0x080C: _windows("8"),
    0x080D: _windows("2012"), 0x080E: _windows("8.1"), 0x080F: _windows("10"),
    0x0810: _windows("2016"), 0x0811: _windows("2019"),
    0x0901: _linux("Red Hat Enterprise Linux"), 0x0902: _linux("SUSE Linux Enterprise"),
    0x0903: _linux("Mandriva"), 0x0906: _linux("Debian"), 0x0907: _linux("Fedora"),
    0x0908: _linux("Fedora", "5"), 0x0909: _linux("Xandros"), 0x090A: _linux("Ubuntu"),
    0x090B: _linux("SUSE Linux Enterprise", "9"), 0x090C: _linux("Red Hat Enterprise Linux", "3"),
    0x090D: _linux("CentOS"), 0x090E: _linux("Red Hat Linux"), 0x090F: _linux("openSUSE"),
    0x0910: _linux("Virtuozzo"), 0x0911: _linux("Mageia"), 0x0912: _linux("Linux Mint"),
    0x0913: _linux("Red Hat Enterprise Linux", "7"), 0x0914: _linux("CentOS", "7"),
    0x0915: _linux("Virtuozzo Linux"), 0x0916: _linux("Virtuozzo Linux", "7"),
    0x0917: _linux("SUSE Linux Enterprise", "11"), 0x0918: _linux("SUSE Linux Enterprise", "12"),
    0x0919: _linux("CloudLinux"), 0x091A: _linux("Red Hat Enterprise Linux", "8"),
    0x091B: _linux("CentOS", "8"), 0x0920: _linux("CloudLinux", "7"),
    0x0A01: GuestOs("bsd", "FreeBSD", "4"), 0x0A02: GuestOs("bsd", "FreeBSD", "5"),
    0x0A03: GuestOs("bsd", "FreeBSD", "6"), 0x0A04: GuestOs("bsd", "FreeBSD", "7"),
    0x0A05: GuestOs("bsd", "FreeBSD", "8"),
    0x0E01: GuestOs("solaris", "Solaris", "9"), 0x0E02: GuestOs("solaris", "Solaris", "10"),
    0x0E03: GuestOs("solaris", "Solaris", "11"), 0x0E04: GuestOs("solaris", "OpenSolaris"),
    0x0C01: GuestOs("other", "MS-DOS", "6.22"), 0xFF01: GuestOs("other", "QNX"),
}  # fmt: skip


def from_parallels(os_type: int | None, os_number: int | None) -> GuestOs:
    """``Settings/General/OsType`` and ``OsNumber`` of a ``config.pvs``."""
    if os_number is not None and os_number in _PARALLELS_NUMBERS:
        return _PARALLELS_NUMBERS[os_number]
    if os_type is None and os_number is not None:
        os_type = os_number >> 8
    return _PARALLELS_TYPES.get(os_type or -1, UNKNOWN)


# ---------------------------------------------------------------- VirtualBox

_VBOX_ARCH = (("_arm64", "arm64"), ("_arm32", "arm"), ("_x64", "x86_64"), ("_64", "x86_64"))
_VBOX_LINUX = {
    "ArchLinux": "Arch Linux", "Debian": "Debian", "Fedora": "Fedora", "Gentoo": "Gentoo",
    "Mandriva": "Mandriva", "OpenMandriva_Lx": "OpenMandriva", "PCLinuxOS": "PCLinuxOS",
    "Mageia": "Mageia", "Oracle": "Oracle Linux", "RedHat": "Red Hat Enterprise Linux",
    "OpenSUSE": "openSUSE", "OpenSUSE_Leap": "openSUSE", "OpenSUSE_Tumbleweed": "openSUSE",
    "SUSE_LE": "SUSE Linux Enterprise", "Turbolinux": "Turbolinux", "Ubuntu": "Ubuntu",
    "Lubuntu": "Lubuntu", "Xubuntu": "Xubuntu", "Xandros": "Xandros", "Linux": "Linux",
}  # fmt: skip
_VBOX_OTHER = {
    "Solaris": GuestOs("solaris", "Solaris"),
    "Solaris10U8_or_later": GuestOs("solaris", "Solaris", "10"),
    "Solaris11": GuestOs("solaris", "Solaris", "11"),
    "OpenSolaris": GuestOs("solaris", "OpenSolaris"),
    "FreeBSD": GuestOs("bsd", "FreeBSD"), "OpenBSD": GuestOs("bsd", "OpenBSD"),
    "NetBSD": GuestOs("bsd", "NetBSD"), "OS21x": GuestOs("other", "OS/2"),
    "OS2Warp3": GuestOs("other", "OS/2"), "OS2Warp4": GuestOs("other", "OS/2"),
    "OS2Warp45": GuestOs("other", "OS/2"), "OS2eCS": GuestOs("other", "eComStation"),
    "OS2ArcaOS": GuestOs("other", "ArcaOS"), "OS2": GuestOs("other", "OS/2"),
    "DOS": GuestOs("other", "MS-DOS"), "Netware": GuestOs("other", "NetWare"),
    "QNX": GuestOs("other", "QNX"), "L4": GuestOs("other", "Other"),
    "JRockitVE": GuestOs("other", "Other"), "VBoxBS": GuestOs("other", "Other"),
    "Other": GuestOs("other", "Other"),
}  # fmt: skip
_VBOX_SPLIT = re.compile(r"^([A-Za-z]+(?:_(?:Leap|Tumbleweed|LE|Lx))?)(\d{0,3})(_LTS)?$", re.ASCII)


def from_virtualbox(os_type: str | None) -> GuestOs:
    """``Machine@OSType`` of a ``.vbox`` (``Windows10_64``, ``Ubuntu22_LTS_64``)."""
    if not os_type:
        return UNKNOWN
    base, arch = os_type, None
    for suffix, name in _VBOX_ARCH:
        if base.endswith(suffix):
            base, arch = base[: -len(suffix)], name
            break
    guest = _virtualbox_base(base)
    if guest is UNKNOWN:
        return UNKNOWN
    if arch is None and guest.family != "other":
        arch = "x86"
    return guest._replace(architecture=arch)


def _virtualbox_base(base: str) -> GuestOs:
    if base in _VBOX_OTHER:
        return _VBOX_OTHER[base]
    if base.startswith("Windows"):
        token = base[len("Windows") :]
        return _windows(None if token == "NT" else token)  # "WindowsNT" is "other Windows"
    if base.startswith("MacOS"):
        digits = base[len("MacOS") :]
        version = f"10.{digits[2:]}" if len(digits) >= 3 and digits.startswith("10") else None
        return GuestOs("macos", "macOS", version)
    if base.startswith("Linux"):
        return _linux("Linux")
    match = _VBOX_SPLIT.match(base)
    if not match or match.group(1) not in _VBOX_LINUX:
        return UNKNOWN
    name, digits, lts = _VBOX_LINUX[match.group(1)], match.group(2), match.group(3)
    if name == "Ubuntu" and digits:
        return _linux(name, _ubuntu_version(digits, bool(lts)))
    if name == "Debian" and digits == "31":
        return _linux(name, "3.1")
    return _linux(name, digits or None)


def _ubuntu_version(digits: str, lts: bool) -> str:
    """VirtualBox's Ubuntu ids: ``22_LTS`` 22.04, ``22`` 22.10, ``231`` 23.10, ``23`` 23.04."""
    if len(digits) == 3:
        return f"{digits[:2]}.10"
    number = int(digits)
    if lts:
        return f"{number}.04"
    if number % 2 == 0:
        return f"{number}.10"
    return f"{number}.04" if number >= 23 else str(number)


# ---------------------------------------------------------------- VMware

_VMWARE_WINDOWS = {
    "win31": "3.1", "win95": "95", "win98": "98", "winme": "me", "winnt": "nt", "nt4": "nt",
    "win2000": "2000", "win2000pro": "2000", "win2000serv": "2000", "win2000advserv": "2000",
    "winxphome": "xp", "winxppro": "xp", "whistler": "xp", "longhorn": "2008",
    "winvista": "vista", "windows7": "7", "windows7srv": "2k8r2", "windows8": "8",
    "windows8srv": "2012", "windows9": "10", "windows9srv": "2016", "windows11": "11",
    "windows2019srv": "2019", "windows2019srvnext": "2022", "windows2022srvnext": "2025",
}  # fmt: skip
_VMWARE_LINUX = (
    ("ubuntu", "Ubuntu"), ("debian", "Debian"), ("rhel", "Red Hat Enterprise Linux"),
    ("redhat", "Red Hat Enterprise Linux"), ("centos", "CentOS"),
    ("oraclelinux", "Oracle Linux"), ("opensuse", "openSUSE"),
    ("sles", "SUSE Linux Enterprise"), ("suse", "SUSE Linux Enterprise"),
    ("fedora", "Fedora"), ("mandrake", "Mandriva"), ("mandriva", "Mandriva"),
    ("turbolinux", "Turbolinux"), ("asianux", "Asianux"), ("coreos", "CoreOS"),
    ("vmware-photon", "Photon OS"), ("amazonlinux", "Amazon Linux"),
    ("almalinux", "AlmaLinux"), ("rockylinux", "Rocky Linux"), ("linuxmint", "Linux Mint"),
)  # fmt: skip
_VMWARE_OTHER = (
    ("freebsd", GuestOs("bsd", "FreeBSD")), ("solaris", GuestOs("solaris", "Solaris")),
    ("netware", GuestOs("other", "NetWare")), ("dos", GuestOs("other", "MS-DOS")),
    ("os2", GuestOs("other", "OS/2")), ("ecomstation", GuestOs("other", "eComStation")),
    ("vmkernel", GuestOs("other", "ESXi")), ("openserver", GuestOs("other", "Other")),
    ("unixware", GuestOs("other", "Other")), ("other", GuestOs("other", "Other")),
)  # fmt: skip


def from_vmware(guest_os: str | None) -> GuestOs:
    """``guestOS`` of a ``.vmx`` (``windows9-64``, ``ubuntu-64``, ``arm-debian12-64``)."""
    if not guest_os:
        return UNKNOWN
    key = guest_os.strip().lower()
    arch = "x86"
    if key.startswith("arm-"):
        key, arch = key[4:], "arm64"
    if key.endswith("-64"):
        key = key[:-3]
        arch = "x86_64" if arch == "x86" else arch
    guest = _vmware_base(key)
    return UNKNOWN if guest is UNKNOWN else guest._replace(architecture=arch)


def _vmware_base(key: str) -> GuestOs:
    if key in _VMWARE_WINDOWS:
        return _windows(_VMWARE_WINDOWS[key])
    if key.startswith(("winnet", "winserver2008")):
        return _windows("2003" if key.startswith("winnet") else "2008")
    if key.startswith("winvista"):
        return _windows("vista")
    if key.startswith("win"):
        return _windows(None)
    if key.startswith("darwin"):
        return GuestOs("macos", "macOS", _darwin_version(key[len("darwin") :]))
    if (key.startswith("other") and "linux" in key) or key in ("linux", "genericlinux"):
        return _linux("Linux")
    for prefix, name in _VMWARE_LINUX:
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            return _linux(name, rest if _digits(rest) else None)
    for prefix, guest in _VMWARE_OTHER:
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            return guest._replace(version=rest[:4]) if _digits(rest) else guest
    return UNKNOWN


def _darwin_version(digits: str) -> str | None:
    """Darwin kernel major to macOS release: 10-19 are 10.6-10.15, 20 and up are 11 and up."""
    if not _digits(digits) or len(digits) > 3:
        return None
    major = int(digits)
    if 9 <= major <= 19:
        return f"10.{major - 4}"
    return str(major - 9) if 20 <= major <= 40 else None


#: ``guestInfo.detailed.data``: what VMware Tools in the guest report, as ``key='value'`` pairs.
_REPORT_PAIR = re.compile(r"([A-Za-z]+)='([^']{0,128})'")
#: The only keys read from the report; the rest (kernel, CPE, free-form additions) are not.
_REPORT_KEYS = frozenset(
    {"architecture", "bitness", "buildNumber", "distroName", "distroVersion", "familyName",
     "prettyName"}
)  # fmt: skip
_REPORT_ARCH = {("x86", "64"): "x86_64", ("x86", "32"): "x86", ("arm", "64"): "arm64",
                ("arm", "32"): "arm"}  # fmt: skip
#: Trailing release words of a distribution name ("Ubuntu 22.04.1 LTS", "Debian 12").
_NAME_TAIL = re.compile(r"(?:\s+\d[\d.]*)?(?:\s+LTS)?$", re.ASCII)
#: How guests name themselves where that differs from the vocabulary's name.
_DISTRO_ALIASES = {
    "debian gnu/linux": "Debian", "red hat enterprise linux server": "Red Hat Enterprise Linux",
    "red hat enterprise linux workstation": "Red Hat Enterprise Linux",
    "centos linux": "CentOS", "oracle linux server": "Oracle Linux",
    "suse linux enterprise server": "SUSE Linux Enterprise",
    "suse linux enterprise desktop": "SUSE Linux Enterprise", "sles": "SUSE Linux Enterprise",
    "opensuse leap": "openSUSE", "opensuse tumbleweed": "openSUSE", "fedora linux": "Fedora",
    "vmware photon os": "Photon OS", "kali gnu/linux": "Kali Linux",
}  # fmt: skip


def from_vmware_report(data: str | None) -> GuestOs | None:
    """The guest system as the guest itself reports it (``guestInfo.detailed.data``).

    Only allow-listed keys are read, and a name is reported only when it is one of the
    vocabulary's: a distribution the vocabulary does not know gives None (the caller then uses
    the configured ``guestOS``), so text from inside the guest never reaches the report.
    """
    if not data:
        return None
    report = {k: v.strip() for k, v in _REPORT_PAIR.findall(data) if k in _REPORT_KEYS}
    family = report.get("familyName", "").casefold()
    arch = _REPORT_ARCH.get((report.get("architecture", "").casefold(), report.get("bitness", "")))
    if family == "windows":
        return _windows_report(report)._replace(architecture=arch)
    if family == "linux":
        name = _distro_name(report.get("distroName", ""))
        if name is None:
            return None
        return GuestOs("linux", name, _version(report.get("distroVersion")), arch)
    return None


def _windows_report(report: dict[str, str]) -> GuestOs:
    pretty = report.get("prettyName", "")
    named = next(
        (name for name in _WINDOWS_BY_LENGTH if pretty == name or pretty.startswith(name + " ")),
        "Windows",
    )
    build = report.get("buildNumber", "")
    if named == "Windows 10" and _digits(build) and int(build) >= _FIRST_WINDOWS_11_BUILD:
        named = "Windows 11"  # Windows 11 still calls itself Windows 10 in places
    return GuestOs("windows", named)


def _distro_name(text: str) -> str | None:
    key = _NAME_TAIL.sub("", text.strip()).casefold()
    if not key:
        return None
    return _DISTRO_ALIASES.get(key) or _LINUX_NAMES.get(key)


# ---------------------------------------------------------------- libosinfo / unRAID

_OSINFO = {
    ("ubuntu.com", "ubuntu"): _linux("Ubuntu"), ("debian.org", "debian"): _linux("Debian"),
    ("fedoraproject.org", "fedora"): _linux("Fedora"),
    ("fedoraproject.org", "silverblue"): _linux("Fedora"),
    ("fedoraproject.org", "coreos"): _linux("Fedora CoreOS"),
    ("redhat.com", "rhel"): _linux("Red Hat Enterprise Linux"),
    ("centos.org", "centos"): _linux("CentOS"),
    ("centos.org", "centos-stream"): _linux("CentOS Stream"),
    ("rockylinux.org", "rocky"): _linux("Rocky Linux"),
    ("almalinux.org", "almalinux"): _linux("AlmaLinux"),
    ("oracle.com", "ol"): _linux("Oracle Linux"),
    ("opensuse.org", "opensuse"): _linux("openSUSE"),
    ("suse.com", "sle"): _linux("SUSE Linux Enterprise"),
    ("suse.com", "sles"): _linux("SUSE Linux Enterprise"),
    ("archlinux.org", "archlinux"): _linux("Arch Linux"),
    ("gentoo.org", "gentoo"): _linux("Gentoo"),
    ("alpinelinux.org", "alpinelinux"): _linux("Alpine Linux"),
    ("linuxmint.com", "linuxmint"): _linux("Linux Mint"),
    ("mageia.org", "mageia"): _linux("Mageia"),
    ("nixos.org", "nixos"): _linux("NixOS"), ("kali.org", "kali"): _linux("Kali Linux"),
    ("slackware.com", "slackware"): _linux("Slackware"),
    ("mandriva.com", "mandriva"): _linux("Mandriva"), ("libosinfo.org", "linux"): _linux("Linux"),
    ("android-x86.org", "android-x86"): _linux("Android"),
    ("freebsd.org", "freebsd"): GuestOs("bsd", "FreeBSD"),
    ("openbsd.org", "openbsd"): GuestOs("bsd", "OpenBSD"),
    ("netbsd.org", "netbsd"): GuestOs("bsd", "NetBSD"),
    ("dragonflybsd.org", "dragonflybsd"): GuestOs("bsd", "DragonFly BSD"),
    ("apple.com", "macosx"): GuestOs("macos", "macOS"),
    ("oracle.com", "solaris"): GuestOs("solaris", "Solaris"),
    ("sun.com", "solaris"): GuestOs("solaris", "Solaris"),
    ("sun.com", "opensolaris"): GuestOs("solaris", "OpenSolaris"),
    ("microsoft.com", "msdos"): GuestOs("other", "MS-DOS"),
    ("novell.com", "netware"): GuestOs("other", "NetWare"),
    ("haiku-os.org", "haiku"): GuestOs("other", "Haiku"),
}  # fmt: skip
_OSINFO_ID = re.compile(
    r"^https?://(?:www\.)?([a-z0-9.-]+)/([a-z0-9._-]+)(?:/([a-z0-9._-]+))?/?$", re.ASCII
)


def from_libosinfo(os_id: str | None) -> GuestOs:
    """A libosinfo id (``http://microsoft.com/win/10``, ``http://debian.org/debian/12``)."""
    match = _OSINFO_ID.match((os_id or "").strip().lower())
    if not match:
        return UNKNOWN
    host, product, release = match.groups()
    if host == "microsoft.com" and product == "win":
        return _windows(release)
    guest = _OSINFO.get((host, product))
    if guest is None:
        return UNKNOWN
    if host == "libosinfo.org":
        return guest  # "http://libosinfo.org/linux/2022" is generic Linux, not a release
    return guest._replace(version=_version(release))


_UNRAID = (
    ("windows", None), ("ubuntu", _linux("Ubuntu")), ("debian", _linux("Debian")),
    ("fedora", _linux("Fedora")), ("centos", _linux("CentOS")),
    ("redhat", _linux("Red Hat Enterprise Linux")),
    ("rhel", _linux("Red Hat Enterprise Linux")), ("arch", _linux("Arch Linux")),
    ("opensuse", _linux("openSUSE")), ("suse", _linux("SUSE Linux Enterprise")),
    ("slackware", _linux("Slackware")), ("coreos", _linux("CoreOS")), ("linux", _linux("Linux")),
    ("freebsd", GuestOs("bsd", "FreeBSD")), ("openbsd", GuestOs("bsd", "OpenBSD")),
    ("osx", GuestOs("macos", "macOS")), ("macos", GuestOs("macos", "macOS")),
)  # fmt: skip


def from_unraid(os_name: str | None) -> GuestOs:
    """unRAID's ``<vmtemplate os="...">`` (``windows10``, ``ubuntu``, ``arch``)."""
    key = (os_name or "").strip().lower()
    for prefix, guest in _UNRAID:
        if key.startswith(prefix):
            if guest is None:
                rest = key[len(prefix) :]
                return _windows(rest if rest in _WINDOWS else None)
            return guest
    return UNKNOWN


# ---------------------------------------------------------------- UTM

_UTM_ICONS = {
    "windows": _windows(None), "windows-11": _windows("11"), "windows-xp": _windows("xp"),
    "windows7": _windows("7"), "windows-7": _windows("7"),
    "windows-9x": GuestOs("windows", "Windows 98"),
    "ubuntu": _linux("Ubuntu"), "kubuntu": _linux("Kubuntu"), "lubuntu": _linux("Lubuntu"),
    "debian": _linux("Debian"), "fedora": _linux("Fedora"), "linux": _linux("Linux"),
    "arch-linux": _linux("Arch Linux"), "android": _linux("Android"),
    "chrome-os": _linux("ChromeOS"), "centos": _linux("CentOS"),
    "red-hat": _linux("Red Hat Enterprise Linux"), "suse": _linux("SUSE Linux Enterprise"),
    "alpine": _linux("Alpine Linux"), "almalinux": _linux("AlmaLinux"),
    "rocky-linux": _linux("Rocky Linux"), "pop-os": _linux("Pop!_OS"), "nixos": _linux("NixOS"),
    "mint": _linux("Linux Mint"), "elementary-os": _linux("elementary OS"),
    "slackware": _linux("Slackware"), "mandriva": _linux("Mandriva"), "gentoo": _linux("Gentoo"),
    "kali": _linux("Kali Linux"), "macos": GuestOs("macos", "macOS"),
    "mac": GuestOs("macos", "macOS"),
    "freebsd": GuestOs("bsd", "FreeBSD"), "openbsd": GuestOs("bsd", "OpenBSD"),
    "netbsd": GuestOs("bsd", "NetBSD"), "solaris": GuestOs("solaris", "Solaris"),
    "msdos": GuestOs("other", "MS-DOS"), "haiku-os": GuestOs("other", "Haiku"),
}  # fmt: skip


def from_utm(icon: str | None, boot_os: str | None = None) -> GuestOs:
    """A UTM built-in icon name, else the Apple backend's ``Boot/OperatingSystem``."""
    key = (icon or "").strip().lower()
    if key.endswith(".png"):
        key = key[:-4]
    if key in _UTM_ICONS:
        return _UTM_ICONS[key]
    boot = (boot_os or "").strip().lower()
    if boot == "macos":
        return GuestOs("macos", "macOS")
    if boot == "linux":
        return _linux("Linux")
    return UNKNOWN


#: Windows 11 starts at build 22000 (Windows 10 ends at 19045).
_FIRST_WINDOWS_11_BUILD = 22000
#: Every Windows name of the vocabulary, longest first ("Windows Server 2008 R2" before "... 2008").
_WINDOWS_BY_LENGTH = sorted(set(_WINDOWS.values()), key=len, reverse=True)
#: Every Linux distribution name of the vocabulary, by its case-folded spelling.
_LINUX_NAMES = {
    guest.name.casefold(): guest.name
    for table in (_PARALLELS_NUMBERS.values(), _OSINFO.values(), _UTM_ICONS.values())
    for guest in table
    if guest.family == "linux" and guest.name
} | {name.casefold(): name for name in (*_VBOX_LINUX.values(), *(n for _, n in _VMWARE_LINUX))}
