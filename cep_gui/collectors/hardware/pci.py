"""Names for PCI vendor and device ids, looked up in the system's ``pci.ids`` file.

The file is about 1.3 MB, so it is streamed and the scan stops as soon as every wanted
id is named (the file is sorted by vendor id), instead of being loaded or parsed whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

PciId = tuple[int, int]
PCI_IDS_PATHS = ("/usr/share/misc/pci.ids", "/usr/share/hwdata/pci.ids", "/usr/share/pci.ids")


def lookup_pci_names(
    path: Path, wanted: Iterable[PciId]
) -> dict[PciId, tuple[str | None, str | None]]:
    """(vendor name, device name) per wanted id; either is None when the file lacks it.

    Raises OSError when the file cannot be read; a damaged file only yields fewer names.
    """
    wanted_set = set(wanted)
    by_vendor: dict[bytes, dict[bytes, PciId]] = {}
    for vendor, device in wanted_set:
        by_vendor.setdefault(b"%04x" % vendor, {})[b"%04x" % device] = (vendor, device)
    vendor_names: dict[bytes, str] = {}
    device_names: dict[PciId, str] = {}
    if not by_vendor:
        return {}
    last_vendor = max(by_vendor)
    devices: dict[bytes, PciId] | None = None
    with path.open("rb") as fh:
        for line in fh:
            first = line[:1]
            if first == b"\t":
                # Device lines follow their vendor; subsystem lines start with two tabs.
                if devices is not None and line[1:2] != b"\t":
                    key = devices.get(line[1:5].lower())
                    if key is not None and line[5:7] == b"  ":
                        device_names[key] = _decode(line[7:])
                        if len(device_names) == len(wanted_set):
                            break
                continue
            if first in (b"#", b"\n", b"\r", b""):
                continue
            vendor_hex = line[:4].lower()
            if line.startswith(b"C ") or vendor_hex > last_vendor:
                break  # past the vendor list, or past every wanted vendor
            devices = by_vendor.get(vendor_hex)
            if devices is not None and line[4:6] == b"  ":
                vendor_names[vendor_hex] = _decode(line[6:])
    return {key: (vendor_names.get(b"%04x" % key[0]), device_names.get(key)) for key in wanted_set}


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").strip()
