"""dpkg's status database is read directly, quickly, and never crashes the collector."""

from __future__ import annotations

from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.dpkg import STATUS_PATH, read_dpkg, scan_status
from cep_gui.collectors.software.packages import PackageEntry
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.helpers.system import make_env, write_tree

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "dpkg" / "status"

EXPECTED = {
    ("base-files", "12.4+deb12u11"),
    ("ca-certificates", "20230311+deb12u1"),
    ("dpkg", "1.21.22"),
    ("firefox-esr", "128.5.0esr-1~deb12u1"),  # held, still installed
    ("libc6", "2.36-9+deb12u14"),  # amd64 and i386 (multi-arch) alike
    ("libcap2", "1:2.66-4"),
    ("tzdata", "2025b-0+deb12u2"),
}


def pairs(entries: list[PackageEntry]) -> set[tuple[str, str]]:
    return {(e.name, e.version) for e in entries}


def read(tmp_path: Path, status: bytes) -> tuple[list[PackageEntry] | None, ErrorSink]:
    env = make_env(write_tree(tmp_path, {STATUS_PATH: status}))
    errors = ErrorSink()
    return read_dpkg(env, errors), errors


def test_only_installed_paragraphs_are_listed(tmp_path: Path) -> None:
    entries, errors = read(tmp_path, FIXTURE.read_bytes())
    assert entries is not None
    assert pairs(entries) == EXPECTED
    assert {e.source for e in entries} == {"dpkg"}
    # config-files, unpacked and not-installed packages are not installed software
    assert not {"linux-image-6.1.0-25-amd64", "nano", "popularity-contest"} & {
        e.name for e in entries
    }
    assert len(errors) == 0


def test_missing_database_is_not_an_error(tmp_path: Path) -> None:
    errors = ErrorSink()
    assert read_dpkg(make_env(tmp_path), errors) is None
    assert len(errors) == 0


def test_crlf_line_ends(tmp_path: Path) -> None:
    crlf = FIXTURE.read_bytes().replace(b"\n", b"\r\n")
    entries, errors = read(tmp_path, crlf)
    assert entries is not None and pairs(entries) == EXPECTED
    assert len(errors) == 0


def test_crlf_split_across_read_chunks() -> None:
    data = FIXTURE.read_bytes().replace(b"\n", b"\r\n")
    cut = data.index(b"\r\n\r\n") + 1  # between a CR and its LF
    scan = scan_status([data[:cut], data[cut:]])
    assert pairs(scan.entries) == EXPECTED


def test_any_chunking_gives_the_same_result() -> None:
    data = FIXTURE.read_bytes()
    whole = scan_status([data]).entries
    for size in (1, 7, 64, 1000):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        assert scan_status(chunks).entries == whole


def test_truncated_database_keeps_complete_paragraphs(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    cut = data.index(b"Version: 1:2.66-4") + len(b"Version: 1:2")  # inside libcap2's version
    entries, errors = read(tmp_path, data[:cut])
    assert entries is not None
    # Everything before libcap2 is kept; libcap2's half-written version is never reported.
    assert pairs(entries) == {p for p in EXPECTED if p[0] not in ("libcap2", "tzdata")}
    assert errors.as_report() == [
        {"collector": "host_software.dpkg", "code": "parse_error", "count": 1}
    ]


def test_truncated_after_a_complete_line_keeps_that_paragraph(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    cut = data.index(b"Version: 1:2.66-4\n") + len(b"Version: 1:2.66-4\n")
    entries, _ = read(tmp_path, data[:cut])
    assert entries is not None
    assert ("libcap2", "1:2.66-4") in pairs(entries)


def test_missing_fields_and_odd_spacing(tmp_path: Path) -> None:
    status = (
        b"Package: no-status\nVersion: 1.0\n\n"
        b"Package: no-version\nStatus: install ok installed\n\n"
        b"Package:   spaced  \nStatus:  install  ok  installed \nVersion:\t2.0 \n\n\n\n"
        b"Version: 3.0\nStatus: install ok installed\n\n"  # no Package: not a package
        b"Package: last\nStatus: install ok installed\nVersion: 4.0"  # no final newline
    )
    entries, errors = read(tmp_path, status)
    assert entries is not None
    assert pairs(entries) == {("spaced", "2.0")}
    assert errors.as_report() == [
        {"collector": "host_software.dpkg", "code": "parse_error", "count": 1}
    ]


def test_non_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    status = (
        b"Package: caf\xe9\nStatus: install ok installed\nVersion: 1.0\n"
        b"Description: \xff\xfe broken\n bytes \x80\n\n"
        b"Package: ok\nStatus: install ok installed\nVersion: 2.0\n"
    )
    entries, errors = read(tmp_path, status)
    assert entries is not None
    assert pairs(entries) == {("caf\ufffd", "1.0"), ("ok", "2.0")}
    assert len(errors) == 0


@pytest.mark.parametrize(
    "garbage",
    [
        bytes(range(256)) * 64,  # binary, with NUL bytes
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100,
        b"this is not\na dpkg database\n\nat all\n",
        b"\xff\xd8\xff\xe0 JFIF-ish bytes without NUL \xc3\x28\n\n\xa0\xa1",
    ],
)
def test_garbage_is_a_parse_error(garbage: bytes) -> None:
    with pytest.raises(CollectorFailure) as caught:
        scan_status([garbage])
    assert caught.value.code is ErrorCode.PARSE_ERROR


def test_empty_database_is_fine() -> None:
    assert scan_status([b""]).entries == []
    assert scan_status([b"\n\n"]).entries == []


def test_a_desktop_sized_database() -> None:
    # About 16,000 lines, like a desktop with 1,100 packages (speed is benchmarked, not timed).
    paragraphs = [p for p in FIXTURE.read_bytes().split(b"\n\n") if p.strip()]
    big = b"\n\n".join(
        p.replace(b"Package: ", b"Package: p%d-" % i, 1) for i in range(110) for p in paragraphs
    )
    assert big.count(b"\n") > 15_000
    assert len(scan_status([big]).entries) == 110 * 8  # libc6 twice: de-duplicated later
