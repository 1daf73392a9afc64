"""Build each installer once per test session; the tests share the results.

The Debian package takes about half a minute (PyInstaller), so it is built by one
session-scoped fixture and never twice in a run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.requirements import require_root, require_tools

REPO = Path(__file__).resolve().parents[2]
TIMINGS: dict[str, float] = {}


@dataclass(frozen=True)
class Built:
    path: Path
    log: str


def _build(script: str, out: Path, env: dict[str, str] | None = None) -> Built:
    started = time.monotonic()
    proc = subprocess.run(
        ["bash", str(REPO / "installer" / script)],
        cwd=REPO,
        env={
            **os.environ,
            "CEP_DIST_DIR": str(out),
            "CEP_BUILD_DIR": str(out / "build"),
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    TIMINGS[script] = time.monotonic() - started
    if proc.returncode != 0:
        pytest.fail(f"{script} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return Built(Path(proc.stdout.strip().splitlines()[-1]), proc.stderr)


@pytest.fixture(scope="session")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Built:
    require_root("building and installing the .deb (dpkg -i, root-owned policy)")
    require_tools("dpkg-deb", package="dpkg")
    return _build("build-deb.sh", tmp_path_factory.mktemp("deb"))


@pytest.fixture(scope="session")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Built:
    missing = [t for t in ("wixl", "wixl-heat", "msibuild", "msiinfo") if not shutil.which(t)]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: apt-get install wixl msitools")
    return _build("build-msi.sh", tmp_path_factory.mktemp("msi"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for script, seconds in TIMINGS.items():
        terminalreporter.write_line(f"installer build: {script} took {seconds:.1f} s")


@pytest.fixture
def clean_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of an installed command: real policy locations, a scratch home."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CEP_POLICY_DIR", "CEP_DATA_DIR", "CEP_ENDPOINT", "PYTHONPATH")
    }
    home = tmp_path / "home"
    home.mkdir()
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    yield env
