"""The virtual-machine collector: one record per machine found on this computer.

Fills the ``vm_software`` and ``vm_config`` list sections. Each configuration file
is read on its own: an unreadable, damaged, oversized or hostile file costs only
its own machine and is counted under ``vms.<format>``; the other machines still
come out. Machines are ordered by hypervisor and then by a hash of the resolved
file path, so the report's ``vm-1``, ``vm-2`` stay stable between runs without
anything about the machine deciding the order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from cep_gui.collectors.base import ITEMS, ErrorSink, FieldValues
from cep_gui.collectors.system import SystemEnv
from cep_gui.collectors.vms.common import (
    MAX_CONFIG_BYTES,
    Hypervisor,
    VmConfigError,
    VmRecord,
    read_config,
)
from cep_gui.collectors.vms.discovery import MAX_FILES, Found, discover
from cep_gui.collectors.vms.fields import FIELDS, record_fields
from cep_gui.collectors.vms.libvirt import parse_domain
from cep_gui.collectors.vms.parallels import parse_pvs
from cep_gui.collectors.vms.utm import parse_utm
from cep_gui.collectors.vms.virtualbox import parse_vbox
from cep_gui.collectors.vms.vmware import parse_vmx
from cep_gui.core.errors import ErrorCode, code_for_exception

#: Snapshot lists beside a configuration are small; a big one is skipped, not read.
MAX_SIDE_FILE = 1024 * 1024

Parser = Callable[[bytes], VmRecord | None]

#: Parsers of the configuration file alone (what the robustness tests drive).
PARSERS: dict[Hypervisor, Parser] = {
    "parallels": parse_pvs,
    "virtualbox": parse_vbox,
    "vmware": parse_vmx,
    "libvirt": parse_domain,
    "utm": parse_utm,
}


class VmCollector:
    name = "vms"
    categories = frozenset({"vm_software", "vm_config"})
    fields = FIELDS

    def __init__(
        self, extra_folders: Sequence[Path | str] = (), max_files: int = MAX_FILES
    ) -> None:
        #: Further folders to search (settings or policy: ``CollectConfig.vm_folders``),
        #: one or two levels deep.
        self.extra_folders = tuple(Path(folder) for folder in extra_folders)
        self.max_files = max_files

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        found = discover(env, self.extra_folders, errors, self.max_files)
        records = [record for item in found if (record := read_machine(item, errors)) is not None]
        return {ITEMS: [record_fields(record) for record in records]}


def read_machine(found: Found, errors: ErrorSink) -> VmRecord | None:
    """Read and parse one file; every failure is counted, none is raised."""
    source = f"vms.{found.format}"
    try:
        data = read_config(found.path, MAX_CONFIG_BYTES)
        return _parse(found, data)
    except VmConfigError as exc:
        errors.add(source, exc.code, f"{found.path}: {exc.detail}")
    except OSError as exc:
        errors.add(source, code_for_exception(exc), f"{found.path}: {exc.strerror or exc}")
    except Exception as exc:  # a parser bug must cost one machine, not the report
        errors.add(source, ErrorCode.FAILED, f"{found.path}: {type(exc).__name__}: {exc}")
    return None


def _parse(found: Found, data: bytes) -> VmRecord | None:
    if found.format == "parallels":
        return parse_pvs(data, _side_file(found.path.parent / "Snapshots.xml"))
    if found.format == "vmware":
        return parse_vmx(data, _side_file(found.path.with_suffix(".vmsd")))
    return PARSERS[found.format](data)


def _side_file(path: Path) -> bytes | None:
    """An optional companion file; missing, unreadable or oversized ones are skipped."""
    try:
        return read_config(path, MAX_SIDE_FILE)
    except (OSError, VmConfigError):
        return None
