"""The host software collector as a whole: catalog contract, merging, failures, real machine."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.software.collector import MAX_PACKAGES, HostSoftwareCollector
from cep_gui.collectors.software.dpkg import STATUS_PATH
from cep_gui.collectors.software.flatpak import ARGV as FLATPAK_ARGV
from cep_gui.collectors.software.packages import SOURCES
from cep_gui.collectors.software.rpm import ARGV as RPM_ARGV
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.catalog import load_catalog
from cep_gui.core.errors import CollectorFailure, ErrorCode
from cep_gui.core.validate import check_value
from tests.collectors.software.apt import write_archive
from tests.helpers.regfile import RegFileReader
from tests.helpers.requirements import require_tools
from tests.helpers.system import CannedRunner, make_env, write_tree

FIXTURES = Path(__file__).parents[2] / "fixtures" / "software"
OS_RELEASE = 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n'


#: A package built on this machine: its name and version name the employer and the asset.
LOCAL_PACKAGE = (
    b"Package: acme-corp-asset-004711\nStatus: install ok installed\nPriority: optional\n"
    b"Architecture: all\nMaintainer: IT <it@acme.example>\nVersion: 2024.06+asset004711\n"
    b"Description: ACME asset tag 004711\n\n"
)
#: What Debian's archive lists of the fixture's packages (ca-certificates in a newer version).
ARCHIVE = [
    ("base-files", "12.4+deb12u11"), ("ca-certificates", "20230311+deb12u2"),
    ("dpkg", "1.21.22"), ("firefox-esr", "128.5.0esr-1~deb12u1"), ("libc6", "2.36-9+deb12u14"),
    ("libcap2", "1:2.66-4"), ("tzdata", "2025b-0+deb12u2"), ("util-linux", "2.38.1-5+deb12u3"),
]  # fmt: skip


def linux_root(tmp_path: Path, status: bytes | None = None, *, lists: bool = True) -> Path:
    if status is None:
        status = (FIXTURES / "dpkg" / "status").read_bytes() + b"\n" + LOCAL_PACKAGE
    files: dict[str, str | bytes] = {
        "/etc/os-release": OS_RELEASE,
        "/etc/debian_version": "12.7\n",
        STATUS_PATH: status,
    }
    write_tree(tmp_path, files)
    if lists:
        write_archive(tmp_path, ARCHIVE)
    shutil.copytree(FIXTURES / "snap", tmp_path / "snap", symlinks=True)
    return tmp_path


def flatpak_runner(result: str | BaseException | None = None) -> CannedRunner:
    text = (FIXTURES / "flatpak" / "list-app.txt").read_text(encoding="utf-8")
    return CannedRunner({FLATPAK_ARGV: text if result is None else result})


def collect(env: SystemEnv) -> tuple[FieldValues, ErrorSink]:
    errors = ErrorSink()
    return HostSoftwareCollector().collect(env, errors), errors


def items(values: FieldValues) -> list[dict[str, str]]:
    found = values["host_software.packages.items"]
    assert isinstance(found, list)
    return found


def test_fields_match_the_catalog() -> None:
    catalog = load_catalog()
    collector = HostSoftwareCollector()
    assert collector.name == "host_software" and collector.categories == {"host_software"}
    assert collector.fields == {f.id for f in catalog.in_category("host_software")}
    assert all(catalog.fields[f].collector == "host_software" for f in collector.fields)
    assert catalog.fields["host_software.packages.items"].max_items == MAX_PACKAGES
    record = {k.name: k for k in catalog.fields["host_software.packages.items"].record}
    assert set(record) == {"name", "version", "source"}
    assert record["source"].values == SOURCES
    assert catalog.fields["host_software.packages.by_source"].values == SOURCES


def test_linux_sources_are_merged_sorted_and_deduplicated(tmp_path: Path) -> None:
    env = make_env(linux_root(tmp_path), runner=flatpak_runner(), environ={"LANG": "en_US.UTF-8"})
    values, errors = collect(env)
    assert len(errors) == 0, errors.details
    listed = items(values)
    assert listed == sorted(listed, key=lambda i: (i["name"].casefold(), i["version"], i["source"]))
    assert len({json.dumps(i, sort_keys=True) for i in listed}) == len(listed)
    assert {"name": "libc6", "version": "2.36-9+deb12u14", "source": "dpkg"} in listed
    assert [i["name"] for i in listed].count("libc6") == 1  # two architectures, one entry
    assert [i["name"] for i in listed].count("org.mozilla.firefox") == 1
    assert {"name": "us.zoom.Zoom", "version": "", "source": "flatpak"} in listed
    assert {"name": "core22", "version": "20241119", "source": "snap"} in listed
    assert values["host_software.packages.by_source"] == {"dpkg": 8, "flatpak": 7, "snap": 3}
    assert values["host_software.packages.count"] == 18
    # The local dpkg package and the Flatpak bundle installed from a file: counted only.
    assert values["host_software.packages.unnamed"] == 2
    assert len(listed) == 16
    assert values["host_software.packages.omitted"] == 0
    assert values["host_software.os.version"] == "12.7"
    assert values["host_software.locale.language"] == "en-US"
    assert set(values) <= HostSoftwareCollector.fields


def test_only_software_from_a_public_source_is_named(tmp_path: Path) -> None:
    env = make_env(linux_root(tmp_path), runner=flatpak_runner())
    values, _ = collect(env)
    dumped = json.dumps(values)
    for planted in ("acme", "asset004711", "004711", "AssetAgent"):
        assert planted not in dumped
    listed = items(values)
    # A public package in a version the archive does not list: named, its version left out.
    assert {"name": "ca-certificates", "version": "", "source": "dpkg"} in listed


def test_without_package_lists_dpkg_names_are_withheld_with_a_note(tmp_path: Path) -> None:
    env = make_env(linux_root(tmp_path, lists=False), runner=flatpak_runner())
    values, errors = collect(env)
    assert errors.as_report() == [
        {"collector": "host_software.dpkg", "code": "origin_unknown", "count": 8}
    ]
    assert not [i for i in items(values) if i["source"] == "dpkg"]
    assert values["host_software.packages.unnamed"] == 9  # 8 dpkg and the Flatpak bundle
    assert values["host_software.packages.by_source"] == {"dpkg": 8, "flatpak": 7, "snap": 3}


def test_a_host_named_like_a_package_does_not_rename_public_packages(tmp_path: Path) -> None:
    """Public names are kept whole even when this machine is called "linux"."""
    from cep_gui.core.privacy import MachineIdentifiers, PrivacyFilter

    status = b"Package: util-linux\nStatus: install ok installed\nVersion: 2.38.1-5+deb12u3\n\n"
    env = make_env(linux_root(tmp_path, status))
    values, _ = collect(env)
    field = load_catalog().fields["host_software.packages.items"]
    filtered, _ = PrivacyFilter(MachineIdentifiers(host_names=frozenset({"linux"}))).apply(
        field, values["host_software.packages.items"]
    )
    assert isinstance(filtered, list)
    assert {"name": "util-linux", "version": "2.38.1-5+deb12u3", "source": "dpkg"} in filtered


def test_every_value_fits_its_catalog_field(tmp_path: Path) -> None:
    env = make_env(
        linux_root(tmp_path),
        runner=flatpak_runner(),
        environ={"LANG": "de_DE.UTF-8", "XDG_CURRENT_DESKTOP": "KDE", "XDG_SESSION_TYPE": "x11"},
    )
    values, _ = collect(env)
    catalog = load_catalog()
    for field_id, value in values.items():
        assert check_value(catalog.fields[field_id], value) == value, field_id


def test_garbage_dpkg_database_costs_only_dpkg(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 32
    env = make_env(linux_root(tmp_path, status=garbage), runner=flatpak_runner())
    values, errors = collect(env)
    assert errors.as_report() == [
        {"collector": "host_software.dpkg", "code": "parse_error", "count": 1}
    ]
    assert values["host_software.os.name"] == "Debian GNU/Linux"
    assert values["host_software.os.architecture"] == "x86_64"
    assert values["host_software.packages.by_source"] == {"flatpak": 7, "snap": 3}


def test_hanging_flatpak_is_a_counted_timeout(tmp_path: Path) -> None:
    runner = flatpak_runner(CollectorFailure(ErrorCode.TIMEOUT, "flatpak did not finish in 5 s"))
    values, errors = collect(make_env(linux_root(tmp_path), runner=runner))
    assert errors.as_report() == [
        {"collector": "host_software.flatpak", "code": "timeout", "count": 1}
    ]
    assert values["host_software.packages.by_source"] == {"dpkg": 8, "snap": 3}


def test_absent_tools_are_never_started(tmp_path: Path) -> None:
    runner = CannedRunner()
    values, errors = collect(make_env(linux_root(tmp_path), runner=runner))
    assert runner.calls == []
    assert len(errors) == 0
    assert values["host_software.packages.by_source"] == {"dpkg": 8, "snap": 3}


def test_rpm_based_system(tmp_path: Path) -> None:
    write_tree(tmp_path, {"/etc/os-release": OS_RELEASE, "/var/lib/rpm/rpmdb.sqlite": b"x"})
    rpm_output = (FIXTURES / "rpm" / "rpm-qa.txt").read_text(encoding="utf-8")
    runner = CannedRunner({RPM_ARGV: rpm_output})
    values, errors = collect(make_env(tmp_path, runner=runner))
    assert len(errors) == 0
    assert values["host_software.packages.by_source"] == {"rpm": 10}
    # Unsigned (local builds) and other vendors' packages are counted, not named.
    assert values["host_software.packages.unnamed"] == 3
    assert "acme" not in json.dumps(values) and "google" not in json.dumps(values)
    assert runner.calls == [RPM_ARGV]


def test_list_is_capped_with_a_count_of_what_was_cut(tmp_path: Path) -> None:
    total = MAX_PACKAGES + 57
    status = b"".join(
        b"Package: pkg%05d\nStatus: install ok installed\nVersion: 1.%d\n\n" % (i, i)
        for i in range(total)
    )
    write_tree(tmp_path, {STATUS_PATH: status})
    write_archive(tmp_path, [(f"pkg{i:05d}", f"1.{i}") for i in range(total)])
    values, errors = collect(make_env(tmp_path))
    assert len(errors) == 0
    listed = items(values)
    assert len(listed) == MAX_PACKAGES
    assert listed[0]["name"] == "pkg00000" and listed[-1]["name"] == "pkg09999"
    assert values["host_software.packages.count"] == total
    assert values["host_software.packages.omitted"] == 57
    assert values["host_software.packages.by_source"] == {"dpkg": total}


def test_no_package_source_at_all_reports_zero(tmp_path: Path) -> None:
    values, errors = collect(make_env(write_tree(tmp_path, {"/etc/os-release": OS_RELEASE})))
    assert len(errors) == 0
    assert values["host_software.packages.items"] == []
    assert values["host_software.packages.count"] == 0
    assert values["host_software.packages.by_source"] == {}


def test_when_every_source_fails_no_package_fields_are_sent(tmp_path: Path) -> None:
    write_tree(tmp_path, {STATUS_PATH: b"\0\0\0"})
    values, errors = collect(make_env(tmp_path))
    assert len(errors) == 1
    assert not any(k.startswith("host_software.packages.") for k in values)
    assert values["host_software.os.family"] == "linux"


def test_windows_report_never_holds_paths_or_contacts(tmp_path: Path) -> None:
    registry = RegFileReader.from_files(
        FIXTURES / "windows" / "uninstall.reg", FIXTURES / "windows" / "windows11.reg"
    )
    env = make_env(
        tmp_path,
        platform="windows",
        machine="AMD64",
        kernel="10",
        registry=registry,
        home=Path("C:/Users/canaryuser42"),
    )
    values, errors = collect(env)
    # Windows' list of programs keeps no origin: nothing is named, the note says why.
    assert errors.as_report() == [
        {"collector": "host_software.windows", "code": "origin_unknown", "count": 6}
    ]
    assert values["host_software.os.name"] == "Windows 11 Pro"
    assert values["host_software.packages.by_source"] == {"windows": 6}
    assert items(values) == []
    assert values["host_software.packages.unnamed"] == 6
    dumped = json.dumps(values)
    for canary in (
        "canaryuser42",
        "/home/canaryuser42",
        "canary42@example.com",
        "Program Files",
        "MsiExec",
        "00330-80000",
    ):
        assert canary not in dumped


def test_macos(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "macos", tmp_path, dirs_exist_ok=True)
    env = make_env(
        tmp_path, platform="darwin", home=tmp_path / "Users" / "canaryuser42", machine="arm64"
    )
    values, errors = collect(env)
    assert errors.as_report() == [
        {"collector": "host_software.macos", "code": "origin_unknown", "count": 4},
        {"collector": "host_software.macos", "code": "parse_error", "count": 1},
    ]
    assert values["host_software.os.name"] == "macOS"
    assert values["host_software.packages.by_source"] == {"macos": 5}
    # Only the Mac App Store application (it carries the store's receipt) is named.
    assert [i["name"] for i in items(values)] == ["Slack"]
    assert "canaryuser42" not in json.dumps(values)


def _dpkg_query() -> set[tuple[str, str]]:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Version}\n"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    # "ii " installed; "hi " installed and held (the collector lists held packages too).
    return {
        (name, version)
        for abbrev, name, version in (line.split("\t") for line in out.splitlines() if line)
        if abbrev in ("ii ", "hi ")
    }


def test_real_machine_matches_dpkg_query(tmp_path: Path) -> None:
    require_tools("dpkg-query", package="dpkg")
    before = _dpkg_query()
    values, errors = collect(dataclasses.replace(SystemEnv.current(), cache_dir=tmp_path))
    after = _dpkg_query()  # another program may install or remove packages meanwhile
    expected = before | after
    found = {(i["name"], i["version"]) for i in items(values) if i["source"] == "dpkg"}
    # Named ones are installed ones (a version the archive does not list is left empty);
    # every installed one is named or counted.
    assert {(n, v) for n, v in found if v} <= expected
    assert {n for n, _ in found} <= {n for n, _ in expected}
    by_source = values["host_software.packages.by_source"]
    assert isinstance(by_source, dict)
    assert len(before & after) <= by_source["dpkg"] <= len(expected)
    assert not [e for e in errors.as_report() if e["collector"] == "host_software.dpkg"]
    assert values["host_software.os.family"] == "linux"
