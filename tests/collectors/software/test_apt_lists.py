"""Public package names from apt's own lists, kept in the user's cache between runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cep_gui.collectors.software import apt_lists
from cep_gui.collectors.software.apt_lists import (
    CACHE_NAME,
    Listed,
    NoPublicLists,
    public_lists,
    public_names,
)
from cep_gui.collectors.system import SystemEnv
from tests.collectors.software.apt import LISTS, write_archive
from tests.helpers.requirements import unmet
from tests.helpers.system import make_env

INSTALLED = [
    ("bash", "1.0-1"),
    ("util-linux", "1.0-1"),
    ("libc6", "1.0-1"),
    ("acme-corp-asset-004711", "2024.06+asset004711"),
]


def names(found: Listed) -> set[str]:
    assert {name for name, _ in found.versions} <= found.names
    return set(found.names)


def env_for(root: Path, cache: Path | None) -> SystemEnv:
    env = make_env(root)
    return SystemEnv(**{**env.__dict__, "cache_dir": cache})


@pytest.mark.parametrize("compression", ["lz4", "gz", "xz", "plain"])
def test_names_listed_by_a_public_archive(tmp_path: Path, compression: str) -> None:
    write_archive(tmp_path, ["bash", "util-linux", "libc6", "coreutils"], compression=compression)
    found = public_names(env_for(tmp_path, tmp_path / "cache"), INSTALLED)
    assert names(found) == {"bash", "util-linux", "libc6"}


def test_a_company_archive_is_not_a_public_source(tmp_path: Path) -> None:
    write_archive(tmp_path, ["bash"])
    write_archive(
        tmp_path,
        ["acme-corp-asset-004711", "util-linux"],
        site="apt.acme.example_repo",
        suite="stable",
        origin="ACME Corp",
    )
    found = public_names(env_for(tmp_path, tmp_path / "cache"), INSTALLED)
    assert names(found) == {"bash"}  # util-linux from ACME's archive is not known to be public


def test_launchpad_ppas_are_public_and_each_list_has_its_own_release(tmp_path: Path) -> None:
    write_archive(tmp_path, ["bash"], suite="bookworm")
    write_archive(tmp_path, ["util-linux"], suite="bookworm-acme", origin="ACME Corp")
    write_archive(
        tmp_path, ["libc6"], site="ppa.launchpadcontent.net_x_y_ubuntu", origin="LP-PPA-x-y"
    )
    listed = sorted(p.path.name for p in public_lists(env_for(tmp_path, None)))
    assert listed == [
        "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4",
        "ppa.launchpadcontent.net_x_y_ubuntu_dists_bookworm_main_binary-amd64_Packages.lz4",
    ]


def test_without_public_lists_nothing_can_be_told(tmp_path: Path) -> None:
    with pytest.raises(NoPublicLists):
        public_names(env_for(tmp_path, tmp_path / "cache"), INSTALLED)
    (tmp_path / LISTS).mkdir(parents=True)
    (tmp_path / LISTS / "lock").write_bytes(b"")  # what `apt-get clean` style cleanups leave
    with pytest.raises(NoPublicLists):
        public_names(env_for(tmp_path, tmp_path / "cache"), INSTALLED)


def test_the_cache_is_used_while_the_lists_are_unchanged(tmp_path: Path) -> None:
    listed = write_archive(tmp_path, ["bash", "util-linux"])
    env = env_for(tmp_path, tmp_path / "cache")
    assert names(public_names(env, INSTALLED)) == {"bash", "util-linux"}
    assert (tmp_path / "cache" / CACHE_NAME).is_file()
    # Same size and time, other bytes: only a run that reads the cache still answers.
    info = listed.stat()
    listed.write_bytes(b"\0" * info.st_size)
    os.utime(listed, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert names(public_names(env, INSTALLED)) == {"bash", "util-linux"}


def test_the_cache_is_rebuilt_when_a_list_changes(tmp_path: Path) -> None:
    env = env_for(tmp_path, tmp_path / "cache")
    listed = write_archive(tmp_path, ["bash"])
    assert names(public_names(env, INSTALLED)) == {"bash"}
    listed.unlink()
    write_archive(tmp_path, ["bash", "libc6"])
    assert names(public_names(env, INSTALLED)) == {"bash", "libc6"}


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    write_archive(tmp_path, ["bash"])
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_NAME).write_bytes(b"this is not a cache file" * 100)
    assert names(public_names(env_for(tmp_path, cache), INSTALLED)) == {"bash"}


def test_without_a_cache_folder_the_lists_are_read_each_time(tmp_path: Path) -> None:
    write_archive(tmp_path, ["bash"])
    assert names(public_names(env_for(tmp_path, None), INSTALLED)) == {"bash"}


def test_a_public_name_rebuilt_locally_is_not_public(tmp_path: Path) -> None:
    """``bash 5.2.15-2+acme1`` is not the archive's bash: its version can name the company."""
    write_archive(tmp_path, [("bash", "5.2.15-2+b7")])
    installed = [("bash", "5.2.15-2+acme1")]
    found = public_names(env_for(tmp_path, tmp_path / "cache"), installed)
    assert found.names == {"bash"}
    assert not found.versions


def test_listed_packages_read_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(apt_lists, "_CHUNK", 7)  # paragraphs split across many reads
    data = (
        b"Package: a\nSource: x\nVersion: 1\n\nPackage: bb\nVersion: 2:1.0-1\n\n"
        b"Package: nover\nArchitecture: all\n\nPackage: ccc\nVersion: 3"
    )
    assert list(apt_lists.listed_packages(io.BytesIO(data))) == [
        ("a", "1"),
        ("bb", "2:1.0-1"),
        ("ccc", "3"),
    ]


def test_this_machine_agrees_with_apt_cache(tmp_path: Path) -> None:
    """On a Debian machine (CI, this one) apt-cache says which installed packages an archive has."""
    current = SystemEnv.current()
    lists = public_lists(current)
    if not lists or shutil.which("apt-cache") is None:
        unmet("no apt package lists of a public archive on this machine (run apt-get update)")
    if len(lists) != len(list((current.root / LISTS).glob("*_Packages*"))):
        unmet("this machine also has archives that are not public ones: apt-cache cannot say")
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Version}\n"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    installed = {(n, v) for a, n, v in (r.split("\t") for r in out.splitlines()) if a == "ii "}
    names_only = sorted({n for n, _ in installed})
    # `apt-cache madison` prints one row per version an archive lists.
    madison = subprocess.run(
        ["apt-cache", "madison", *names_only], capture_output=True, text=True, timeout=300
    ).stdout
    in_archive = {line.split("|")[0].strip() for line in madison.splitlines() if "|" in line}
    exact = {
        (parts[0], parts[1])
        for parts in ([c.strip() for c in line.split("|")] for line in madison.splitlines())
        if len(parts) == 3 and "Packages" in parts[2]
    }
    env = SystemEnv(**{**current.__dict__, "cache_dir": tmp_path})
    found = public_names(env, installed)
    assert found.names == in_archive & {n for n, _ in installed}
    assert found.versions == exact & installed


def test_a_cut_off_cache_is_rebuilt(tmp_path: Path) -> None:
    write_archive(tmp_path, ["bash", "libc6"])
    env = env_for(tmp_path, tmp_path / "cache")
    assert names(public_names(env, INSTALLED)) == {"bash", "libc6"}
    cache = tmp_path / "cache" / CACHE_NAME
    cache.write_bytes(cache.read_bytes()[:-40])  # a disk full while it was written
    assert names(public_names(env, INSTALLED)) == {"bash", "libc6"}
    cache.write_bytes(cache.read_bytes()[:100])
    assert names(public_names(env, INSTALLED)) == {"bash", "libc6"}
