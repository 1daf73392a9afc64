"""Windows programs come from the Uninstall keys; paths and contacts are never read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.windows import read_windows
from cep_gui.core.errors import CollectorFailure, ErrorCode
from tests.helpers.regfile import RegFileReader
from tests.helpers.system import make_env

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "windows" / "uninstall.reg"

#: Values that can name the user or their files: never to be looked at.
PRIVATE_VALUES = frozenset(
    {
        "InstallLocation",
        "InstallSource",
        "UninstallString",
        "QuietUninstallString",
        "ModifyPath",
        "DisplayIcon",
        "Publisher",
        "Contact",
        "Comments",
        "Readme",
        "HelpLink",
        "URLInfoAbout",
        "Inno Setup: App Path",
        "Inno Setup: User",
    }
)


class WatchedValues(dict[str, object]):
    """A key's values that remember which names were looked at."""

    def __init__(self, values: dict[str, object], seen: set[str]) -> None:
        super().__init__(values)
        self.seen = seen

    def get(self, key: str, default: object = None) -> object:
        self.seen.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> object:
        self.seen.add(key)
        return super().__getitem__(key)


class WatchingRegistry:
    def __init__(self, inner: RegFileReader) -> None:
        self.inner = inner
        self.seen: set[str] = set()

    def subkeys(self, hive: str, path: str) -> list[str]:
        return self.inner.subkeys(hive, path)

    def values(self, hive: str, path: str) -> dict[str, object]:
        return WatchedValues(self.inner.values(hive, path), self.seen)


def test_programs_of_machine_and_user(tmp_path: Path) -> None:
    registry = RegFileReader.from_files(FIXTURE)
    env = make_env(tmp_path, platform="windows", registry=registry)
    entries = read_windows(env, ErrorSink())
    assert entries is not None
    assert sorted((e.name, e.version) for e in entries) == [
        ("7-Zip 24.09 (x64 edition)", "24.09.00.0"),
        ("Canary Notes", "0.3.1"),
        ("Google Chrome", "131.0.6778.86"),
        ("Legacy Tool", ""),  # no DisplayVersion
        ("Microsoft Visual Studio Code (User)", "1.95.3"),
        ("Mozilla Firefox (x64 en-US)", "133.0"),
        ("Mozilla Firefox (x64 en-US)", "133.0"),  # native and WOW6432Node; merged later
    ]
    assert {e.source for e in entries} == {"windows"}


def test_hidden_components_and_updates_are_skipped(tmp_path: Path) -> None:
    env = make_env(tmp_path, platform="windows", registry=RegFileReader.from_files(FIXTURE))
    names = {e.name for e in read_windows(env, ErrorSink()) or []}
    assert not any("Visual C++" in n for n in names)  # SystemComponent=1
    assert not any("KB50" in n for n in names)  # ParentKeyName / ReleaseType updates


def test_private_values_are_never_read(tmp_path: Path) -> None:
    registry = WatchingRegistry(RegFileReader.from_files(FIXTURE))
    env = make_env(tmp_path, platform="windows", registry=registry)
    entries = read_windows(env, ErrorSink())
    assert registry.seen, "the watcher saw nothing: the test is broken"
    assert registry.seen & PRIVATE_VALUES == set()
    dumped = json.dumps([e._asdict() for e in entries or []])
    for canary in ("canaryuser42", "canary42@example.com", "/home/canaryuser42", "Users\\\\"):
        assert canary not in dumped


def test_flags_written_as_strings(tmp_path: Path) -> None:
    registry = RegFileReader.from_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\A]\n"
        '"DisplayName"="Hidden"\n"SystemComponent"="1"\n\n'
        "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\B]\n"
        '"DisplayName"="Shown"\n"SystemComponent"=dword:00000000\n"DisplayVersion"=dword:00000007\n'
        '"ReleaseType"="Application"\n\n'
        "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\C]\n"
        '"DisplayName"="   "\n'
    )
    env = make_env(tmp_path, platform="windows", registry=registry)
    assert [(e.name, e.version) for e in read_windows(env, ErrorSink()) or []] == [("Shown", "7")]


def test_no_registry_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(CollectorFailure) as caught:
        read_windows(make_env(tmp_path, platform="windows"), ErrorSink())
    assert caught.value.code is ErrorCode.UNAVAILABLE
