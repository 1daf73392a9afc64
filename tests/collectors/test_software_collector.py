"""The host software collector as a whole: catalog contract, merging, failures, real machine."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.packages_common import SOURCES
from cep_gui.collectors.packages_dpkg import STATUS_PATH
from cep_gui.collectors.packages_flatpak import ARGV as FLATPAK_ARGV
from cep_gui.collectors.packages_rpm import ARGV as RPM_ARGV
from cep_gui.collectors.software import MAX_PACKAGES, HostSoftwareCollector
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.catalog import load_catalog
from cep_gui.core.errors import CollectorFailure, ErrorCode
from cep_gui.core.validate import check_value
from tests.helpers.regfile import RegFileReader
from tests.helpers.requirements import require_tools
from tests.helpers.system import CannedRunner, make_env, write_tree

FIXTURES = Path(__file__).parents[1] / "fixtures" / "software"
OS_RELEASE = 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n'


def linux_root(tmp_path: Path, status: bytes | None = None) -> Path:
    files: dict[str, str | bytes] = {
        "/etc/os-release": OS_RELEASE,
        "/etc/debian_version": "12.7\n",
        STATUS_PATH: (FIXTURES / "dpkg" / "status").read_bytes() if status is None else status,
    }
    write_tree(tmp_path, files)
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
    assert values["host_software.packages.by_source"] == {"dpkg": 7, "flatpak": 6, "snap": 3}
    assert values["host_software.packages.count"] == 16 == len(listed)
    assert values["host_software.packages.omitted"] == 0
    assert values["host_software.os.version"] == "12.7"
    assert values["host_software.locale.language"] == "en-US"
    assert set(values) <= HostSoftwareCollector.fields


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
    assert values["host_software.packages.by_source"] == {"flatpak": 6, "snap": 3}


def test_hanging_flatpak_is_a_counted_timeout(tmp_path: Path) -> None:
    runner = flatpak_runner(CollectorFailure(ErrorCode.TIMEOUT, "flatpak did not finish in 5 s"))
    values, errors = collect(make_env(linux_root(tmp_path), runner=runner))
    assert errors.as_report() == [
        {"collector": "host_software.flatpak", "code": "timeout", "count": 1}
    ]
    assert values["host_software.packages.by_source"] == {"dpkg": 7, "snap": 3}


def test_absent_tools_are_never_started(tmp_path: Path) -> None:
    runner = CannedRunner()
    values, errors = collect(make_env(linux_root(tmp_path), runner=runner))
    assert runner.calls == []
    assert len(errors) == 0
    assert values["host_software.packages.by_source"] == {"dpkg": 7, "snap": 3}


def test_rpm_based_system(tmp_path: Path) -> None:
    write_tree(tmp_path, {"/etc/os-release": OS_RELEASE, "/var/lib/rpm/rpmdb.sqlite": b"x"})
    rpm_output = (FIXTURES / "rpm" / "rpm-qa.txt").read_text(encoding="utf-8")
    runner = CannedRunner({RPM_ARGV: rpm_output})
    values, errors = collect(make_env(tmp_path, runner=runner))
    assert len(errors) == 0
    assert values["host_software.packages.by_source"] == {"rpm": 7}
    assert runner.calls == [RPM_ARGV]


def test_list_is_capped_with_a_count_of_what_was_cut(tmp_path: Path) -> None:
    total = MAX_PACKAGES + 57
    status = b"".join(
        b"Package: pkg%05d\nStatus: install ok installed\nVersion: 1.%d\n\n" % (i, i)
        for i in range(total)
    )
    write_tree(tmp_path, {STATUS_PATH: status})
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
    assert len(errors) == 0, errors.details
    assert values["host_software.os.name"] == "Windows 11 Pro"
    assert values["host_software.packages.by_source"] == {"windows": 6}
    assert {"name": "Legacy Tool", "version": "", "source": "windows"} in items(values)
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
        {"collector": "host_software.macos", "code": "parse_error", "count": 1}
    ]
    assert values["host_software.os.name"] == "macOS"
    assert values["host_software.packages.by_source"] == {"macos": 5}
    assert "canaryuser42" not in json.dumps(values)


def test_real_machine_matches_dpkg_query() -> None:
    require_tools("dpkg-query", package="dpkg")
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Version}\n"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    # "ii " installed; "hi " installed and held (the collector lists held packages too).
    expected = {
        (name, version)
        for abbrev, name, version in (line.split("\t") for line in out.splitlines() if line)
        if abbrev in ("ii ", "hi ")
    }
    values, errors = collect(SystemEnv.current())
    found = {(i["name"], i["version"]) for i in items(values) if i["source"] == "dpkg"}
    assert found == expected
    assert not [e for e in errors.as_report() if e["collector"] == "host_software.dpkg"]
    assert values["host_software.os.family"] == "linux"
