"""Snaps are read from their mounted ``meta/snap.yaml``; nothing is started."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.snap import parse_snap_yaml, read_snap
from tests.helpers.system import make_env, write_tree

FIXTURE = Path(__file__).parents[2] / "fixtures" / "software" / "snap"


def snap_root(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "snap", symlinks=True)
    (tmp_path / "snap" / "bin").mkdir(exist_ok=True)
    return tmp_path


def test_every_mounted_snap_is_listed(tmp_path: Path) -> None:
    errors = ErrorSink()
    entries = read_snap(make_env(snap_root(tmp_path)), errors)
    assert entries is not None
    assert {(e.name, e.version) for e in entries} == {
        ("core22", "20241119"),
        ("firefox", "133.0-2"),
        ("snapd", "2.66.1"),
    }
    assert {e.source for e in entries} == {"snap"}
    assert {e.origin for e in entries} == {"public"}  # store revisions: numbers
    assert len(errors) == 0


def test_a_snap_installed_from_a_file_is_local(tmp_path: Path) -> None:
    root = snap_root(tmp_path)
    write_tree(root, {"/snap/acme-agent/x1/meta/snap.yaml": "name: acme-agent\nversion: 3.1\n"})
    (root / "snap" / "acme-agent" / "current").symlink_to("x1")
    entries = read_snap(make_env(root), ErrorSink())
    assert entries is not None
    assert {e.name: e.origin for e in entries}["acme-agent"] == "local"


def test_no_snap_directory(tmp_path: Path) -> None:
    assert read_snap(make_env(tmp_path), ErrorSink()) is None


def test_other_mount_root(tmp_path: Path) -> None:
    yaml = "name: hello-world\nversion: 6.4\n"
    env = make_env(
        write_tree(tmp_path, {"/var/lib/snapd/snap/hello-world/current/meta/snap.yaml": yaml})
    )
    entries = read_snap(env, ErrorSink())
    assert entries is not None and [(e.name, e.version) for e in entries] == [
        ("hello-world", "6.4")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: a\nversion: 1.0\n", ("a", "1.0")),
        ("name: 'a'\nversion: '1.0'\n", ("a", "1.0")),
        ('name: "a"\nversion: "1.0" # note\n', ("a", "1.0")),
        ("name: a\nversion: 'it''s 2'\n", ("a", "it's 2")),
        ("name: a\napps:\n  x:\n    version: 9\n", ("a", "")),
        ("version: |\n  multi\nname: b\n", ("b", "")),
        ("", ("", "")),
    ],
)
def test_yaml_scalars(text: str, expected: tuple[str, str]) -> None:
    assert parse_snap_yaml(text) == expected
