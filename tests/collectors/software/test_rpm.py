"""RPM packages come from one ``rpm -qa`` run, only on systems with an RPM database."""

from __future__ import annotations

from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.rpm import ARGV, parse_rpm_output, read_rpm
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.helpers.system import CannedRunner, make_env, write_tree

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "rpm" / "rpm-qa.txt"


def test_query_output_is_parsed_and_zero_epochs_dropped() -> None:
    entries = parse_rpm_output(FIXTURE.read_text(encoding="utf-8"))
    assert {(e.name, e.version, e.origin) for e in entries} == {
        ("bash", "5.2.26-3.fc40", "public"),
        ("kernel-core", "6.11.8-200.fc40", "public"),
        ("NetworkManager", "1:1.46.4-1.fc40", "public"),
        ("perl-Errno", "1.37-506.fc40", "public"),
        ("firefox", "132.0.2-1.fc40", "public"),
        ("glibc", "2.39-28.fc40", "public"),
        ("openssl-libs", "1:3.2.2-9.fc40", "public"),
        ("acme-corp-asset-004711", "2024.06+asset004711-1", "local"),  # built here: unsigned
        ("bash-completion-custom", "2.11-1.fc40", "local"),  # the vendor's name, no signature
        ("google-chrome-stable", "131.0.6778.85-1", "local"),  # signed, not by a distribution
    }
    assert "gpg-pubkey" not in {e.name for e in entries}  # signing keys, not software


def test_what_rpm_4_18_really_prints() -> None:
    text = (FIXTURE.parent / "rpm-4.18-query.txt").read_text(encoding="utf-8")
    assert [(e.name, e.version, e.origin) for e in parse_rpm_output(text)] == [
        ("acme-corp-asset-004711", "2024.06-1", "local"),
        ("bash", "5.2.26-3.fc40", "local"),  # signed, but with a key that is not installed
    ]


def test_only_packages_signed_with_an_installed_distribution_key_are_named() -> None:
    """An in-house Koji server signs its builds and stamps them ``Vendor: Koji``: only the
    keys the system imported (``gpg-pubkey``) tell the distribution's packages apart."""
    text = (FIXTURE.parent / "rpm-4.18-keys.txt").read_text(encoding="utf-8")
    assert sorted((e.name, e.version, e.origin) for e in parse_rpm_output(text)) == [
        ("acme-hr-portal", "3.1-7.el9", "local"),  # vendor Koji, a key that is not installed
        ("bash", "5.2.26-3.fc40", "public"),  # signed with the installed key
        ("zlib-ng-compat", "2.1.7-2.fc40", "local"),  # a distribution's vendor, in-house key
    ]


def test_the_key_lines_may_come_after_the_packages_they_signed() -> None:
    text = (FIXTURE.parent / "rpm-4.18-keys.txt").read_text(encoding="utf-8")
    key_line, *packages = text.splitlines()
    reordered = "\n".join([*packages, key_line])
    assert {e.name for e in parse_rpm_output(reordered) if e.origin == "public"} == {"bash"}
    assert all(e.origin == "local" for e in parse_rpm_output("\n".join(packages)))


def test_a_key_named_by_its_whole_fingerprint_is_recognised() -> None:
    """The short form (8 hex digits) is rpm 4's; a key listed under its whole fingerprint
    (as newer rpm releases may do) still names the packages it signed, and no others."""
    text = (FIXTURE.parent / "rpm-4.18-keys.txt").read_text(encoding="utf-8")
    fingerprint = "bc824c2d2aece2aba5f78899526dd97809769466"  # of the imported key
    text = text.replace("gpg-pubkey\t09769466-", f"gpg-pubkey\t{fingerprint}-")
    assert {e.name for e in parse_rpm_output(text) if e.origin == "public"} == {"bash"}


def test_two_column_output_is_of_unknown_origin() -> None:
    entries = parse_rpm_output("bash\t5.2.26-3.fc40\n")
    assert [(e.name, e.origin) for e in entries] == [("bash", "unknown")]


@pytest.mark.parametrize("db", ["/var/lib/rpm/rpmdb.sqlite", "/usr/lib/sysimage/rpm/Packages"])
def test_runs_rpm_once_when_a_database_exists(tmp_path: Path, db: str) -> None:
    runner = CannedRunner({ARGV: FIXTURE.read_text(encoding="utf-8")})
    env = make_env(write_tree(tmp_path, {db: b"SQLite format 3\0"}), runner=runner)
    entries = read_rpm(env, ErrorSink())
    assert entries is not None and len(entries) == 11
    assert runner.calls == [ARGV]


def test_no_database_no_spawn(tmp_path: Path) -> None:
    runner = CannedRunner({ARGV: FIXTURE.read_text(encoding="utf-8")})
    assert read_rpm(make_env(tmp_path, runner=runner), ErrorSink()) is None
    assert runner.calls == []


def test_database_without_the_tool_is_skipped(tmp_path: Path) -> None:
    env = make_env(write_tree(tmp_path, {"/var/lib/rpm/Packages": b"\0"}))
    assert read_rpm(env, ErrorSink()) is None


def test_query_format_is_what_rpm_expects() -> None:
    # rpm itself expands \t and \n; a real tab would also work but is harder to read in ps.
    assert ARGV[:3] == ("rpm", "-qa", "--queryformat")
    assert ARGV[3] == (
        "%{NAME}\\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\t%{VENDOR}\\t"
        "%|RSAHEADER?{%{RSAHEADER:pgpsig}}:{%{DSAHEADER:pgpsig}}|\\n"
    )


def test_unexpected_output_is_a_parse_error() -> None:
    with pytest.raises(CollectorFailure) as caught:
        parse_rpm_output("error: rpmdb: BDB0113 Thread/process failed\nsomething else\n")
    assert caught.value.code is ErrorCode.PARSE_ERROR
    assert parse_rpm_output("") == []
