"""macOS applications come from their bundles' Info.plist (XML or binary)."""

from __future__ import annotations

import plistlib
import shutil
from pathlib import Path

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.macos import read_macos
from tests.helpers.system import make_env, write_tree

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "macos"


def mac_root(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_bundles_in_applications_utilities_and_home(tmp_path: Path) -> None:
    root = mac_root(tmp_path)
    env = make_env(root, platform="darwin", home=root / "Users" / "canaryuser42")
    errors = ErrorSink()
    entries = read_macos(env, errors)
    assert entries is not None
    assert sorted((e.name, e.version) for e in entries) == [
        ("Code", "1.95.3"),  # binary plist, CFBundleDisplayName
        ("Firefox", "133.0"),  # XML plist, CFBundleName + CFBundleShortVersionString
        ("Obsidian", "1.7.7"),  # ~/Applications
        ("Slack", "4.41.105"),  # no name keys: the bundle's name; CFBundleVersion only
        ("Wireshark", "4.4.2"),  # /Applications/Utilities
    ]
    assert {e.source for e in entries} == {"macos"}
    # Broken.app's cut-off plist costs that bundle only; Empty.app has none and is no app.
    assert errors.as_report() == [
        {"collector": "host_software.macos", "code": "parse_error", "count": 1}
    ]


def test_ios_app_wrappers_on_apple_silicon(tmp_path: Path) -> None:
    plist = plistlib.dumps(
        {"CFBundleDisplayName": "Mini Motorways", "CFBundleShortVersionString": "1.12"},
        fmt=plistlib.FMT_BINARY,
    )
    env = make_env(
        write_tree(tmp_path, {"/Applications/Mini Motorways.app/WrappedBundle/Info.plist": plist}),
        platform="darwin",
    )
    assert [(e.name, e.version) for e in read_macos(env, ErrorSink()) or []] == [
        ("Mini Motorways", "1.12")
    ]


def test_bundles_inside_bundles_are_not_searched(tmp_path: Path) -> None:
    inner = plistlib.dumps({"CFBundleName": "Instruments"})
    outer = plistlib.dumps({"CFBundleName": "Xcode", "CFBundleShortVersionString": "16.1"})
    env = make_env(
        write_tree(
            tmp_path,
            {
                "/Applications/Xcode.app/Contents/Info.plist": outer,
                "/Applications/Xcode.app/Instruments.app/Contents/Info.plist": inner,
            },
        ),
        platform="darwin",
    )
    assert [e.name for e in read_macos(env, ErrorSink()) or []] == ["Xcode"]


def test_no_applications_folder(tmp_path: Path) -> None:
    assert read_macos(make_env(tmp_path, platform="darwin"), ErrorSink()) == []


def test_a_plist_that_is_not_a_dictionary(tmp_path: Path) -> None:
    env = make_env(
        write_tree(tmp_path, {"/Applications/Odd.app/Contents/Info.plist": plistlib.dumps([1])}),
        platform="darwin",
    )
    errors = ErrorSink()
    assert read_macos(env, errors) == []
    assert len(errors) == 1
