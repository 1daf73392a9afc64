"""The private runtime folder for sockets: never one another user could have made first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cep_gui.core.exceptions import ConfigError
from cep_gui.core.paths import private_runtime_dir

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")


def _folder(path: Path, mode: int = 0o700) -> Path:
    path.mkdir(parents=True)
    os.chmod(path, mode)
    return path


def test_the_sessions_runtime_folder_is_used_when_it_is_private(tmp_path: Path) -> None:
    session = _folder(tmp_path / "run-user")
    assert private_runtime_dir(str(session), temp_dir=tmp_path / "tmp") == session


def test_a_shared_session_folder_is_passed_over_for_one_of_our_own(tmp_path: Path) -> None:
    shared = _folder(tmp_path / "run-user", 0o777)
    temp = _folder(tmp_path / "tmp", 0o1777)
    chosen = private_runtime_dir(str(shared), temp_dir=temp)
    assert chosen == temp / f"cep-gui-{os.getuid()}"
    assert chosen.stat().st_mode & 0o777 == 0o700


def test_a_name_taken_by_another_user_falls_back_to_a_private_folder(tmp_path: Path) -> None:
    """Another user made /tmp/cep-gui-<uid> first (seen here as a folder whose owner is not
    the expected one): it is never used."""
    temp = _folder(tmp_path / "tmp", 0o1777)
    taken = _folder(temp / "cep-gui-4243")
    fallback = tmp_path / "home-runtime"
    chosen = private_runtime_dir(None, temp_dir=temp, uid=4243, fallback=fallback,
                                 owner_of=lambda p: 4242 if p == taken else 4243)  # fmt: skip
    assert chosen == fallback
    assert fallback.stat().st_mode & 0o777 == 0o700


def test_when_no_private_folder_can_be_had_it_says_so_in_one_line(tmp_path: Path) -> None:
    temp = _folder(tmp_path / "tmp", 0o1777)
    fallback = _folder(tmp_path / "home-runtime", 0o755)
    with pytest.raises(ConfigError, match="no private folder for the program's sockets"):
        private_runtime_dir(None, temp_dir=temp, uid=4243, fallback=fallback,
                            owner_of=lambda p: 4242)  # fmt: skip
