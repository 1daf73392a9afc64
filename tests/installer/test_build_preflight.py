"""The build scripts name what is missing, in a real run on a copy that lacks it.

Before, a missing ``.venv`` surfaced as "the templates are stale"; a newcomer must be told
the real cause and the command that fixes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.installer.conftest import REPO

pytestmark = pytest.mark.installer


def checkout_copy(tmp_path: Path) -> Path:
    """The scripts and what they read, as a fresh clone has them: no .venv, no build output."""
    root = tmp_path / "checkout"
    shutil.copytree(
        REPO / "installer", root / "installer", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def run_script(
    root: Path, script: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "PYTHONPATH")}
    return subprocess.run(
        ["/bin/bash", str(root / "installer" / script)],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("script", ["build-deb.sh", "build-msi.sh"])
def test_without_a_venv_it_says_to_run_setup(tmp_path: Path, script: str) -> None:
    root = checkout_copy(tmp_path)

    proc = run_script(root, script)

    assert proc.returncode == 2
    assert "run bash scripts/setup.sh test first" in proc.stderr
    assert f"no {root}/.venv/bin/python" in proc.stderr
    assert "stale" not in proc.stderr


def test_an_interpreter_without_the_project_is_named(tmp_path: Path) -> None:
    root = checkout_copy(tmp_path)
    venv.create(tmp_path / "bare", with_pip=False)
    python = tmp_path / "bare" / "bin" / "python"

    proc = run_script(root, "build-deb.sh", {"PYTHON": str(python)})

    assert proc.returncode == 2
    assert f"the project is not installed in {python}" in proc.stderr
    assert "stale" not in proc.stderr


def test_missing_tools_are_listed_with_their_packages(tmp_path: Path) -> None:
    root = checkout_copy(tmp_path)
    # A PATH with only what the scripts need before their checks: no objdump, no dpkg-deb,
    # no wixl or msitools.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "realpath"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)

    deb = run_script(root, "build-deb.sh", {"PATH": str(bin_dir), "PYTHON": sys.executable})
    msi = run_script(root, "build-msi.sh", {"PATH": str(bin_dir), "PYTHON": sys.executable})

    assert deb.returncode == 2, deb.stderr
    assert "- objdump (Debian: apt-get install binutils)" in deb.stderr
    assert "- dpkg-deb (Debian: apt-get install dpkg)" in deb.stderr
    assert "bash scripts/setup.sh test installs all of them" in deb.stderr
    assert msi.returncode == 2, msi.stderr
    for line in (
        "- wixl (Debian: apt-get install wixl)",
        "- wixl-heat (Debian: apt-get install wixl)",
        "- msibuild (Debian: apt-get install msitools)",
    ):
        assert line in msi.stderr
