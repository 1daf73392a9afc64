"""Find virtual-machine configuration files without reading any twice.

Looks in each hypervisor's default places for the running system (resolved from
``env.home`` and ``env.root``), in the registries VirtualBox and VMware keep,
and one or two levels deep in extra folders. Every file is identified by its
device and inode, so one reachable through several paths or symlinks is read
once; directories are tracked the same way, so symlink loops end. The number of
directory entries looked at and of files returned are both capped.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.system import SystemEnv
from cep_gui.collectors.vms.common import HYPERVISORS, Hypervisor, VmConfigError, read_config
from cep_gui.collectors.vms.virtualbox import registry_entries
from cep_gui.collectors.vms.vmware import inventory_entries
from cep_gui.core.errors import ErrorCode, code_for_exception

#: At most this many configuration files are read in one collection.
MAX_FILES = 1000
#: At most this many directory entries are looked at in one collection.
MAX_ENTRIES = 20_000
#: Registries list paths; a longer list is not a registry anyone keeps by hand.
MAX_REGISTRY_ENTRIES = 5000

_UTM_DOCUMENTS = "Library/Containers/com.utmapp.UTM/Data/Documents"

#: Parallels Desktop bundles: ``<name>.pvm``, and ``<name>.macvm`` for a macOS guest on Apple
#: silicon. Either is a Parallels machine when it holds a ``config.pvs``.
PARALLELS_BUNDLES = (".pvm", ".macvm")


@dataclass(frozen=True)
class Found:
    format: Hypervisor
    path: Path
    #: Hash of the resolved path: a stable order that reveals nothing.
    order: str


@dataclass
class _Scan:
    errors: ErrorSink
    seen_files: set[tuple[int, int]] = field(default_factory=set)
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)
    found: list[Found] = field(default_factory=list)
    entries: int = 0
    stopped: bool = False

    def add(self, fmt: Hypervisor, candidate: Path) -> None:
        try:
            info = os.stat(candidate)
        except OSError:
            return  # vanished, a broken link or a link loop: nothing to read
        key = (info.st_dev, info.st_ino)
        if not stat.S_ISREG(info.st_mode) or key in self.seen_files:
            return
        self.seen_files.add(key)
        real = os.path.realpath(candidate)
        digest = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()
        self.found.append(Found(fmt, candidate, digest))

    def listdir(self, folder: Path, source: str) -> list[os.DirEntry[str]]:
        """Entries of a folder; a missing folder is normal, an unreadable one is counted.

        Every entry counts against :data:`MAX_ENTRIES`; past it nothing more is listed.
        """
        if self.stopped:
            return []
        try:
            with os.scandir(folder) as it:
                listed = list(itertools.islice(it, MAX_ENTRIES - self.entries + 1))
            self.entries += len(listed)
            if self.entries > MAX_ENTRIES:
                self.stopped = True
                return []
            return sorted(listed, key=lambda entry: entry.name)
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return []  # a symlink loop is not a folder anyone keeps machines in
            self.errors.add(source, code_for_exception(exc), f"{folder}: {exc.strerror}")
            return []

    def enter(self, folder: Path) -> bool:
        """True the first time a directory (by device and inode) is entered."""
        try:
            info = os.stat(folder)
        except OSError:
            return False
        key = (info.st_dev, info.st_ino)
        if not stat.S_ISDIR(info.st_mode) or key in self.seen_dirs:
            return False
        self.seen_dirs.add(key)
        return True


def discover(
    env: SystemEnv, extra_folders: Sequence[Path], errors: ErrorSink, max_files: int = MAX_FILES
) -> list[Found]:
    """Configuration files to read, in report order (hypervisor, then path hash)."""
    scan = _Scan(errors)
    for fmt, finder in _default_finders(env):
        finder(scan, fmt)
    for folder in extra_folders:
        _walk(scan, Path(folder))
    if scan.stopped:
        errors.add("vms.discovery", ErrorCode.TOO_LARGE, f"stopped after {MAX_ENTRIES} entries")
    found = sorted(scan.found, key=lambda f: (HYPERVISORS.index(f.format), f.order))
    if len(found) > max_files:
        skipped = len(found) - max_files
        errors.add("vms.discovery", ErrorCode.TOO_LARGE, f"{skipped} file(s) not read", skipped)
        found = found[:max_files]
    return found


Finder = Callable[[_Scan, Hypervisor], None]


def _default_finders(env: SystemEnv) -> list[tuple[Hypervisor, Finder]]:
    home = env.home
    vbox_homes = [Path(env.environ["VBOX_USER_HOME"])] if env.environ.get("VBOX_USER_HOME") else []
    vbox_vms = _bundles(home / "VirtualBox VMs", None, _suffix(".vbox"))
    if env.platform == "darwin":
        vms = (home / "Virtual Machines.localized", home / "Documents/Virtual Machines.localized")
        shared = env.path("/Users/Shared/Parallels")
        pvms = (home / "Parallels", home / "Documents/Parallels", shared)
        return [
            *(
                ("parallels", _bundles(base, PARALLELS_BUNDLES, _named("config.pvs")))
                for base in pvms
            ),
            ("virtualbox", _registry([*vbox_homes, home / "Library/VirtualBox"], registry_entries)),
            ("virtualbox", vbox_vms),
            *(("vmware", _bundles(base, ".vmwarevm", _suffix(".vmx"))) for base in vms),
            ("vmware", _inventory(home / "Library/Application Support/VMware Fusion/vmInventory")),
            ("utm", _bundles(home / _UTM_DOCUMENTS, ".utm", _named("config.plist"))),
        ]
    if env.platform == "windows":
        appdata = Path(env.environ.get("APPDATA") or home / "AppData/Roaming")
        return [
            ("virtualbox", _registry([*vbox_homes, home / ".VirtualBox"], registry_entries)),
            ("virtualbox", vbox_vms),
            ("vmware", _bundles(home / "Documents/Virtual Machines", None, _suffix(".vmx"))),
            ("vmware", _inventory(appdata / "VMware/inventory.vmls")),
        ]
    return [
        ("virtualbox", _registry([*vbox_homes, home / ".config/VirtualBox"], registry_entries)),
        ("virtualbox", vbox_vms),
        ("vmware", _bundles(home / "vmware", None, _suffix(".vmx"))),
        ("vmware", _inventory(home / ".vmware/inventory.vmls")),
        ("libvirt", _files(env.path("/etc/libvirt/qemu"), _suffix(".xml"))),
        ("libvirt", _files(home / ".config/libvirt/qemu", _suffix(".xml"))),
    ]


def _suffix(ending: str) -> Callable[[str], bool]:
    return lambda name: name.lower().endswith(ending)


def _named(expected: str) -> Callable[[str], bool]:
    return lambda name: name == expected


def _files(folder: Path, wanted: Callable[[str], bool]) -> Finder:
    """``folder/<wanted>``: one level."""

    def find(scan: _Scan, fmt: Hypervisor) -> None:
        for entry in scan.listdir(folder, f"vms.{fmt}"):
            if wanted(entry.name):
                scan.add(fmt, Path(entry.path))

    return find


def _bundles(
    folder: Path, dir_suffix: str | tuple[str, ...] | None, wanted: Callable[[str], bool]
) -> Finder:
    """``folder/*<dir_suffix>/<wanted>``: a folder (or bundle) per machine."""

    def find(scan: _Scan, fmt: Hypervisor) -> None:
        for entry in scan.listdir(folder, f"vms.{fmt}"):
            if (dir_suffix is None or entry.name.lower().endswith(dir_suffix)) and _is_dir(entry):
                _files(Path(entry.path), wanted)(scan, fmt)

    return find


def _registry(folders: Iterable[Path], entries: Callable[[bytes], list[str]]) -> Finder:
    """Machines listed in VirtualBox's ``VirtualBox.xml`` (relative to its folder)."""

    def find(scan: _Scan, fmt: Hypervisor) -> None:
        for folder in folders:
            _listed(scan, fmt, folder / "VirtualBox.xml", entries)

    return find


def _inventory(path: Path) -> Finder:
    def find(scan: _Scan, fmt: Hypervisor) -> None:
        _listed(scan, fmt, path, inventory_entries)

    return find


def _listed(
    scan: _Scan, fmt: Hypervisor, registry: Path, entries: Callable[[bytes], list[str]]
) -> None:
    try:
        listed = entries(read_config(registry))
    except (FileNotFoundError, NotADirectoryError):
        return
    except VmConfigError as exc:
        scan.errors.add(f"vms.{fmt}", exc.code, f"{registry}: {exc.detail}")
        return
    except OSError as exc:
        scan.errors.add(f"vms.{fmt}", code_for_exception(exc), f"{registry}: {exc.strerror}")
        return
    for src in listed[:MAX_REGISTRY_ENTRIES]:
        candidate = Path(src)
        scan.add(fmt, candidate if candidate.is_absolute() else registry.parent / candidate)


#: What a file found in an extra folder is, by name.
def _kind(name: str) -> Hypervisor | None:
    lower = name.lower()
    if lower.endswith(".vmx"):
        return "vmware"
    if lower.endswith(".vbox"):
        return "virtualbox"
    if lower.endswith(".xml") and lower != "virtualbox.xml":
        return "libvirt"
    return None


_BUNDLES: dict[str, tuple[Hypervisor, Callable[[str], bool]]] = {
    **{suffix: ("parallels", _named("config.pvs")) for suffix in PARALLELS_BUNDLES},
    ".utm": ("utm", _named("config.plist")),
    ".vmwarevm": ("vmware", _suffix(".vmx")),
}


def _walk(scan: _Scan, top: Path, depth: int = 2) -> None:
    """Every format, ``depth`` folder levels below ``top``; bundles count as one level."""
    pending = [(top, 0)]
    while pending:
        folder, level = pending.pop()
        if not scan.enter(folder):
            continue
        for entry in scan.listdir(folder, "vms.discovery"):
            _visit(scan, entry, level, depth, pending)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _visit(
    scan: _Scan, entry: os.DirEntry[str], level: int, depth: int, pending: list[tuple[Path, int]]
) -> None:
    lower = entry.name.lower()
    if _is_dir(entry):
        bundle = next((kind for end, kind in _BUNDLES.items() if lower.endswith(end)), None)
        if bundle is not None:
            if scan.enter(Path(entry.path)):
                _files(Path(entry.path), bundle[1])(scan, bundle[0])
        elif level + 1 < depth:
            pending.append((Path(entry.path), level + 1))
        return
    if lower == "virtualbox.xml":
        _listed(scan, "virtualbox", Path(entry.path), registry_entries)
    elif lower in ("inventory.vmls", "vminventory"):
        _listed(scan, "vmware", Path(entry.path), inventory_entries)
    else:
        kind = _kind(entry.name)
        if kind is not None:
            scan.add(kind, Path(entry.path))
