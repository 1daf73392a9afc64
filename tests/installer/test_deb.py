"""The Debian package, built, installed, used and purged for real (as root).

Installs into the running system: the test refuses to start when cep-gui is already
installed or /etc/cep exists, rather than replace or purge someone's setup.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cep_gui
from tests.installer.conftest import REPO, Built

pytestmark = pytest.mark.installer

POLICY_FILE = Path("/etc/cep/policies/managed/50-debconf.json")
PRESET_FILE = Path("/etc/cep/policies/preset.json")


def _run(
    *argv: str, env: dict[str, str] | None = None, check: bool = True, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        argv, capture_output=True, text=True, env=env, input=input, timeout=300, check=False
    )
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(argv)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


def _preseed(*lines: str) -> None:
    _run("debconf-set-selections", input="".join(f"cep-gui {line}\n" for line in lines))


def _installed() -> bool:
    proc = _run("dpkg-query", "-W", "-f", "${db:Status-Abbrev}", "cep-gui", check=False)
    return proc.stdout.startswith("ii")


@pytest.fixture(scope="module")
def installed(deb: Built) -> Iterator[Path]:
    if _installed() or Path("/etc/cep").exists():
        pytest.fail(
            "cep-gui is installed or /etc/cep exists on this machine; this test would replace "
            "and purge it. Run `dpkg --purge cep-gui` (and move /etc/cep away) first."
        )
    _preseed("cep-gui/participation select forced_off")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _run("dpkg", "-i", str(deb.path), env=env)
    yield deb.path
    if _installed() or Path("/etc/cep").exists():  # a test failed before purging
        _run("dpkg", "--purge", "cep-gui", env=env, check=False)


def _status(env: dict[str, str], data_dir: Path) -> dict[str, Any]:
    proc = _run("/usr/bin/cep-gui", "--data-dir", str(data_dir), "status", "--json", env=env)
    status = json.loads(proc.stdout)
    assert isinstance(status, dict)
    return status


def test_package_metadata(deb: Built) -> None:
    info = _run("dpkg-deb", "--field", str(deb.path)).stdout
    fields = dict(re.findall(r"^(\S+): (.*)$", info, re.MULTILINE))
    assert fields["Package"] == "cep-gui"
    assert fields["Version"] == cep_gui.__version__
    arch = _run("dpkg", "--print-architecture").stdout.strip()
    assert deb.path.name == f"cep-gui_{cep_gui.__version__}_{arch}.deb"
    depends = {d.split()[0] for d in fields["Depends"].split(", ")}
    # Every library Qt needs for development (scripts/setup.sh) is a dependency too.
    setup = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    block = re.search(r"^run_packages=\((.*?)^\)", setup, re.DOTALL | re.MULTILINE)
    assert block is not None
    qt_libraries = set(re.findall(r"(?<![\w-])(lib[a-z0-9.+-]+)", block.group(1)))
    assert "libxcb-cursor0" in qt_libraries
    assert qt_libraries <= depends, qt_libraries - depends
    assert "debconf" in depends
    contents = _run("dpkg-deb", "--contents", str(deb.path)).stdout
    for path in (
        "./opt/cep-gui/cep-gui",
        "./usr/bin/cep-gui -> /opt/cep-gui/cep-gui",
        "./usr/share/applications/cep-gui.desktop",
        "./usr/share/icons/hicolor/scalable/apps/cep-gui.svg",
        "./etc/xdg/autostart/cep-gui.desktop",
        "./opt/cep-gui/_internal/cep_gui/resources/policy_schema.toml",
        "./opt/cep-gui/_internal/cep_gui/resources/catalog.toml",
        "./opt/cep-gui/_internal/cep_gui/resources/profiles.toml",
        "./opt/cep-gui/_internal/cep_gui/resources/icons/cep-gui.svg",
        "./opt/cep-gui/_internal/cep_gui/resources/translations/cep_gui_de.qm",
    ):
        assert path in contents
    owners = {line.split()[1] for line in contents.splitlines()}
    assert owners == {"root/root"}


def test_install_writes_the_preseeded_policy(installed: Path) -> None:
    assert json.loads(POLICY_FILE.read_text(encoding="utf-8")) == {"Participation": "forced_off"}
    for path, mode in (
        (POLICY_FILE, 0o644),
        (POLICY_FILE.parent, 0o755),
        (Path("/etc/cep/policies"), 0o755),
        (Path("/etc/cep"), 0o755),
    ):
        st = path.stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (0, 0, mode), path
    assert not PRESET_FILE.exists()
    autostart = Path("/etc/xdg/autostart/cep-gui.desktop").read_text(encoding="utf-8")
    assert "\nExec=cep-gui tray\n" in autostart
    desktop = Path("/usr/share/applications/cep-gui.desktop").read_text(encoding="utf-8")
    assert "\nExec=cep-gui preferences\n" in desktop and "\nIcon=cep-gui\n" in desktop
    selections = _run("debconf-show", "cep-gui").stdout
    assert "cep-gui/participation: forced_off" in selections


def test_status_says_machine_policy_forbids(
    installed: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    status = _status(clean_env, tmp_path / "data")
    assert status["participating"] is False
    assert status["decided_by"] == {
        "level": "machine policy",
        "managed": True,
        "source": str(POLICY_FILE),
    }
    assert status["problems"] == []


def test_collect_runs_from_the_bundle(
    installed: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    proc = _run(
        "/usr/bin/cep-gui", "--data-dir", str(tmp_path / "data"), "collect", "--json", env=clean_env
    )
    report = json.loads(proc.stdout)
    assert report["product"]["version"] == cep_gui.__version__
    assert report["sections"]["host_hardware"]["cpu"]["logical_cores"] >= 1
    assert report["sections"]["host_software"]


def test_the_desktop_app_starts_from_the_bundle(
    installed: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    """Qt, its plugins, icons and translations load: the window stays up without errors."""
    env = {**clean_env, "LANG": "de_DE.UTF-8"}
    argv = ["/usr/bin/cep-gui", "--data-dir", str(tmp_path / "data"), "preferences"]
    with subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True) as app:
        time.sleep(4)
        alive = app.poll() is None
        app.terminate()
        try:
            _out, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert alive, err
    assert "Traceback" not in err and "Could not load the Qt platform plugin" not in err, err


def test_reconfigure_to_a_preset_and_an_endpoint(
    installed: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    _preseed(
        "cep-gui/participation select user_choice",
        "cep-gui/participation-default select true",
        'cep-gui/endpoint string https://relay.corp.example/cep?a="b"',
    )
    _run("dpkg-reconfigure", "-f", "noninteractive", "cep-gui")
    assert json.loads(POLICY_FILE.read_text(encoding="utf-8")) == {
        "Endpoint": 'https://relay.corp.example/cep?a="b"'
    }
    assert json.loads(PRESET_FILE.read_text(encoding="utf-8")) == {"ParticipationDefault": True}
    status = _status(clean_env, tmp_path / "data")
    assert status["decided_by"]["level"] == "installer preset"
    # A query changes nothing: the preset takes effect at the next run (tray or timer).
    assert status["participating"] is False and status["policy_pending"] is True
    _run("/usr/bin/cep-gui", "--data-dir", str(tmp_path / "data"), "run-due", env=clean_env)
    status = _status(clean_env, tmp_path / "data")
    assert status["participating"] is True and status["policy_pending"] is False
    assert status["endpoint"] == 'https://relay.corp.example/cep?a="b"'

    _preseed("cep-gui/participation-default select unset", "cep-gui/endpoint string ")
    _run("dpkg-reconfigure", "-f", "noninteractive", "cep-gui")
    assert not POLICY_FILE.exists() and not PRESET_FILE.exists()
    status = _status(clean_env, tmp_path / "data2")
    assert status["decided_by"]["level"] == "built-in default"


def test_purge_leaves_nothing(installed: Path) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _run("dpkg", "--purge", "cep-gui", env=env)
    for path in (
        "/opt/cep-gui",
        "/etc/cep",
        "/usr/bin/cep-gui",
        "/etc/xdg/autostart/cep-gui.desktop",
    ):
        assert not os.path.lexists(path), path
    assert _run("debconf-show", "cep-gui").stdout.strip() == ""
