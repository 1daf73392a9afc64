"""Damaged and hostile configuration files: counted, never fatal, never a hang.

The property tests mutate real-format files (the corpus of real files and the fixtures)
and require every parser to return a record (whose values fit the catalog) or
raise :class:`VmConfigError`, the one error the collector counts.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.vms import common as vms_common
from cep_gui.collectors.vms.collector import PARSERS, VmCollector, read_machine
from cep_gui.collectors.vms.common import MAX_CONFIG_BYTES, Hypervisor, VmConfigError, VmRecord
from cep_gui.collectors.vms.discovery import Found
from cep_gui.collectors.vms.fields import record_fields
from cep_gui.collectors.vms.parallels import parse_pvs
from cep_gui.collectors.vms.virtualbox import registry_entries
from cep_gui.collectors.vms.vmware import inventory_entries, parse_vmx
from cep_gui.core.catalog import load_catalog
from cep_gui.core.errors import ErrorCode
from cep_gui.core.validate import check_value
from tests.collectors.vms.corpus import FIXTURES, corpus_files
from tests.helpers.system import make_env

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ROOT><Name>&lol9;</Name></ROOT>
"""


def external_entity(root: str, secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY leak SYSTEM "file://{secret}">]>\n'
        f"<{root}><Machine OSType='&leak;'/><name>&leak;</name></{root}>\n"
    ).encode()


XML_FORMATS: dict[Hypervisor, str] = {
    "parallels": "ParallelsVirtualMachine",
    "virtualbox": "VirtualBox",
    "libvirt": "domain",
}


@pytest.mark.parametrize("fmt", sorted(XML_FORMATS))
def test_billion_laughs_is_refused(fmt: Hypervisor) -> None:
    data = BILLION_LAUGHS.replace(b"ROOT", XML_FORMATS[fmt].encode())
    with pytest.raises(VmConfigError) as caught:
        PARSERS[fmt](data)
    assert caught.value.code == ErrorCode.PARSE_ERROR


@pytest.mark.parametrize("fmt", sorted(XML_FORMATS))
def test_external_entity_is_never_fetched(fmt: Hypervisor, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Windows10_64-LEAKED-SECRET", encoding="utf-8")
    with pytest.raises(VmConfigError):
        PARSERS[fmt](external_entity(XML_FORMATS[fmt], secret))


def test_registry_with_entities_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VmConfigError):
        registry_entries(BILLION_LAUGHS.replace(b"ROOT", b"VirtualBox"))


def test_plist_with_entities_is_refused() -> None:
    data = BILLION_LAUGHS.replace(b"<ROOT><Name>&lol9;</Name></ROOT>", b"<plist><dict/></plist>")
    with pytest.raises(VmConfigError):
        PARSERS["utm"](data)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("parallels", "parallels/ubuntu-pd18.pvm/config.pvs"),
        ("virtualbox", "virtualbox/Win11 Lab/Win11 Lab.vbox"),
        ("libvirt", "libvirt/fedora-secureboot.xml"),
        ("utm", "utm/Windows 11 ARM.utm/config.plist"),
    ],
)
def test_half_written_file_is_a_parse_error(fmt: Hypervisor, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    with pytest.raises(VmConfigError):
        PARSERS[fmt](data[: len(data) // 2])


@pytest.mark.parametrize("fmt", ["parallels", "virtualbox", "vmware", "libvirt", "utm"])
def test_binary_junk_is_a_parse_error(fmt: Hypervisor) -> None:
    junk = bytes(range(256)) * 16
    with pytest.raises(VmConfigError):
        PARSERS[fmt](junk)


def test_oversized_file_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.vmx"
    with big.open("wb") as fh:
        fh.truncate(MAX_CONFIG_BYTES + 1)
    errors = ErrorSink()
    assert read_machine(Found("vmware", big, "0"), errors) is None
    assert errors.as_report() == [{"collector": "vms.vmware", "code": "too_large", "count": 1}]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no FIFOs in the file system")
def test_fifo_is_never_opened(tmp_path: Path) -> None:
    if sys.platform == "win32":  # for the type checker; the mark skips the test
        return
    fifo = tmp_path / "blocked.vbox"
    os.mkfifo(fifo)
    errors = ErrorSink()
    assert read_machine(Found("virtualbox", fifo, "0"), errors) is None  # no hang
    assert errors.as_report() == [
        {"collector": "vms.virtualbox", "code": "parse_error", "count": 1}
    ]


def test_unreadable_file_is_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.vmx"
    target.write_text('config.version = "8"\n', encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    # Root reads anything, so the denial is simulated where the file is opened.
    monkeypatch.setattr(vms_common, "open", denied, raising=False)
    errors = ErrorSink()
    assert read_machine(Found("vmware", target, "0"), errors) is None
    assert errors.as_report() == [
        {"collector": "vms.vmware", "code": "permission_denied", "count": 1}
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_unreadable_file_on_disk_is_counted(tmp_path: Path) -> None:
    from tests.helpers.unprivileged import run_unprivileged

    target = tmp_path / "locked.vmx"
    target.write_text('config.version = "8"\n', encoding="utf-8")
    target.chmod(0)

    def read_unprivileged() -> tuple[bool, list[dict[str, object]]]:
        errors = ErrorSink()
        record = read_machine(Found("vmware", target, "0"), errors)
        return record is None, errors.as_report()

    # Root reads a file with mode 000: the reader runs without root's privileges.
    nothing_read, report = run_unprivileged(read_unprivileged)

    assert nothing_read
    assert report == [{"collector": "vms.vmware", "code": "permission_denied", "count": 1}]


def test_one_broken_machine_costs_only_itself(tmp_path: Path) -> None:
    home = tmp_path / "home" / "user"
    good = home / "vmware" / "good" / "good.vmx"
    bad = home / "vmware" / "bad" / "bad.vmx"
    huge = home / "vmware" / "huge" / "huge.vmx"
    for path in (good, bad, huge):
        path.parent.mkdir(parents=True)
    good.write_bytes((FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmx").read_bytes())
    bad.write_bytes(b"\x00\x01\x02 not a vmx \xff" * 50)
    with huge.open("wb") as fh:
        fh.truncate(MAX_CONFIG_BYTES + 10)
    errors = ErrorSink()
    values = VmCollector().collect(make_env(tmp_path, home=home), errors)
    machines = values["items"]
    assert isinstance(machines, list) and len(machines) == 1
    assert machines[0]["vm_software.guest.os_name"] == "Windows 11"
    assert errors.as_report() == [
        {"collector": "vms.vmware", "code": "parse_error", "count": 1},
        {"collector": "vms.vmware", "code": "too_large", "count": 1},
    ]


# ---------------------------------------------------------------- property-based mutation


@functools.cache
def seeds() -> tuple[tuple[Hypervisor, bytes], ...]:
    found: list[tuple[Hypervisor, bytes]] = [
        ("parallels", (FIXTURES / "parallels/win10-pd16.pvm/config.pvs").read_bytes()),
        ("parallels", (FIXTURES / "parallels/ubuntu-pd18.pvm/config.pvs").read_bytes()),
        ("virtualbox", (FIXTURES / "virtualbox/Win11 Lab/Win11 Lab.vbox").read_bytes()),
        ("vmware", (FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmx").read_bytes()),
        ("vmware", (FIXTURES / "vmware/Encrypted/Encrypted.vmx").read_bytes()),
        ("libvirt", (FIXTURES / "libvirt/unraid-win10.xml").read_bytes()),
        ("libvirt", (FIXTURES / "libvirt/fedora-secureboot.xml").read_bytes()),
    ]
    found += [("utm", p.read_bytes()) for p in sorted(FIXTURES.glob("utm/*/config.plist"))]
    found += [(fmt, path.read_bytes()) for fmt, path in corpus_files()]
    return tuple(found)


JUNK = st.binary(min_size=1, max_size=24) | st.sampled_from(
    [b"<", b">", b"&", b"]]>", b"<!--", b'"', b"\x00", b"\xff\xfe", b"<!DOCTYPE x>", b"=", b"\n"]
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Hypervisor, bytes]:
    fmt, data = draw(st.sampled_from(seeds()))
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(buffer)))
        action = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate"]))
        if action == "flip" and at < len(buffer):
            buffer[at] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del buffer[at:]
        elif action == "insert":
            buffer[at:at] = draw(JUNK)
        elif action == "delete":
            del buffer[at : at + draw(st.integers(1, 64))]
        elif action == "duplicate":
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 256))]
    return fmt, bytes(buffer)


def assert_fits_catalog(record: VmRecord) -> None:
    catalog = load_catalog()
    for field_id, value in record_fields(record).items():
        check_value(catalog.fields[field_id], value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_give_a_record_or_a_counted_parse_error(
    case: tuple[Hypervisor, bytes],
) -> None:
    fmt, data = case
    try:
        record = PARSERS[fmt](data)
    except VmConfigError:
        return
    if record is not None:
        assert record.hypervisor == fmt
        assert_fits_catalog(record)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), mutated())
def test_mutated_side_files_never_escape(
    main: tuple[Hypervisor, bytes], side: tuple[Hypervisor, bytes]
) -> None:
    """Snapshot lists and registries are damaged too; they may only cost their own facts."""
    pvs = (FIXTURES / "parallels/ubuntu-pd18.pvm/config.pvs").read_bytes()
    vmx = (FIXTURES / "vmware/Win11 Pro/Win11 Pro.vmx").read_bytes()
    assert_fits_catalog(parse_pvs(pvs, side[1]))
    assert_fits_catalog(parse_vmx(vmx, side[1]))
    inventory_entries(main[1])
    with contextlib.suppress(VmConfigError):
        registry_entries(main[1])
