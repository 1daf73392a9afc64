"""Flatpak applications come from one ``flatpak list`` run, only when flatpak exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.flatpak import ARGV, parse_flatpak_list, read_flatpak
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.helpers.system import CannedRunner, make_env

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "flatpak" / "list-app.txt"


def test_tab_separated_rows() -> None:
    entries = parse_flatpak_list(FIXTURE.read_text(encoding="utf-8"))
    assert [(e.name, e.version, e.origin) for e in entries] == [
        ("com.github.tchx84.Flatseal", "2.2.0", "public"),
        ("com.spotify.Client", "1.2.50.335.g4d9b2d2f", "public"),
        ("org.gimp.GIMP", "2.10.38", "public"),
        ("org.mozilla.firefox", "133.0", "public"),
        ("org.videolan.VLC", "3.0.21", "public"),  # the distribution's own remote
        ("us.zoom.Zoom", "", "public"),  # declares no version: empty, not the branch
        ("org.mozilla.firefox", "133.0", "public"),  # user and system installation; merged later
        ("com.acme.AssetAgent", "3.1", "local"),  # a bundle installed from a file
    ]


def test_a_company_remote_is_not_public() -> None:
    entries = parse_flatpak_list("com.acme.Tool\t1.0\tacme-internal\norg.gimp.GIMP\t2.10\n")
    assert [(e.name, e.origin) for e in entries] == [
        ("com.acme.Tool", "local"),
        ("org.gimp.GIMP", "unknown"),  # no origin column: cannot tell
    ]


def test_title_rows_and_colour_codes_are_skipped() -> None:
    fancy = (
        "\x1b[1mApplication ID             Version\x1b[22m\n"
        "org.gimp.GIMP\t2.10.38\n"
        "Application ID\tVersion\n"
    )
    assert [e.name for e in parse_flatpak_list(fancy)] == ["org.gimp.GIMP"]


def test_nothing_installed() -> None:
    assert parse_flatpak_list("\n") == []


def test_output_without_any_application_row_is_a_parse_error() -> None:
    with pytest.raises(CollectorFailure) as caught:
        parse_flatpak_list("error: unknown option --columns\n")
    assert caught.value.code is ErrorCode.PARSE_ERROR


def test_not_installed_means_no_spawn(tmp_path: Path) -> None:
    runner = CannedRunner()
    assert read_flatpak(make_env(tmp_path, runner=runner), ErrorSink()) is None
    assert runner.calls == []


def test_runs_once(tmp_path: Path) -> None:
    runner = CannedRunner({ARGV: FIXTURE.read_text(encoding="utf-8")})
    entries = read_flatpak(make_env(tmp_path, runner=runner), ErrorSink())
    assert entries is not None and len(entries) == 8
    assert runner.calls == [("flatpak", "list", "--app", "--columns=application,version,origin")]


def test_a_hanging_flatpak_raises_the_timeout(tmp_path: Path) -> None:
    runner = CannedRunner({ARGV: CollectorFailure(ErrorCode.TIMEOUT, "flatpak hung")})
    with pytest.raises(CollectorFailure) as caught:
        read_flatpak(make_env(tmp_path, runner=runner), ErrorSink())
    assert caught.value.code is ErrorCode.TIMEOUT
