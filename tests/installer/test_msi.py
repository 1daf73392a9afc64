"""The Windows Installer package, built with wixl and checked table by table.

With Debian's wine (which ``scripts/setup.sh test`` installs on x86-64), the package
is also installed, checked in the registry, upgraded and removed; without wine that
test skips, and fails under CI=true.
"""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

import pytest

import cep_gui
from installer import generate
from installer.generate import MsiProperty, msi_properties
from tests.helpers.requirements import require_tools
from tests.installer.conftest import REPO, Built

pytestmark = pytest.mark.installer

Table = list[dict[str, str]]


def table(msi: Path, name: str) -> Table:
    """An MSI table as rows of column -> value (``msiinfo export``: names, types, keys, rows)."""
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:] if line]


def by(rows: Table, column: str) -> dict[str, dict[str, str]]:
    return {row[column]: row for row in rows}


def test_placeholder_build_warns_and_says_so_in_its_name(msi: Built) -> None:
    assert msi.path.name == f"cep-gui-{cep_gui.__version__}-placeholder.msi"
    assert "WARNING" in msi.log and "NOT a release build" in msi.log
    properties = by(table(msi.path, "Property"), "Property")
    assert properties["ProductName"]["Value"].endswith("(placeholder, not for release)")
    files = [row["FileName"] for row in table(msi.path, "File")]
    assert files == ["README-payload.txt"]


def test_properties_are_public_secure_and_unset_by_default(msi: Built) -> None:
    properties = by(table(msi.path, "Property"), "Property")
    secure = set(properties["SecureCustomProperties"]["Value"].split(";"))
    names = {p.name for p in msi_properties()}
    assert names == {
        "PARTICIPATION",
        "PARTICIPATIONDEFAULT",
        "ENDPOINT",
        "CATEGORIES",
        "PROFILE",
        "AUTOSTART",
    }
    assert names <= secure
    # Written only when given: no property has a value unless the command line sets it.
    assert not names & set(properties)
    assert properties["ProductVersion"]["Value"] == cep_gui.__version__
    assert properties["UpgradeCode"]["Value"] == "{" + generate.UPGRADE_CODE + "}"


def test_registry_rows_follow_the_schema(msi: Built) -> None:
    from cep_gui.core.policy import Level, PolicyProblem, parse_settings, policy_schema

    registry = table(msi.path, "Registry")
    components = by(table(msi.path, "Component"), "Component")
    schema = policy_schema()
    for prop in msi_properties():
        rows = [r for r in registry if r["Name"] == prop.value_name and r["Root"] == "2"]
        assert rows, prop.name
        for row in rows:
            assert row["Key"] == prop.key
            condition = components[row["Component_"]]["Condition"]
            assert prop.name in condition  # written only when the property asks for it
        if prop.setting is None:
            continue
        assert prop.setting in schema
        written = {r["Value"] for r in rows}
        if prop.values:
            assert written == {_as_registry(v) for v in prop.values.values() if v != ""}
        else:
            assert written == {f"[{prop.name}]"}
        # The client accepts every value the package can write.
        for value in _sample_values(prop):
            problems: list[PolicyProblem] = []
            layer = parse_settings({prop.setting: value}, "msi", Level.MACHINE_MANDATORY, problems)
            assert layer is not None and not problems, (prop.name, value, problems)
    participation = {r["Value"] for r in registry if r["Name"] == "Participation"}
    assert participation == set(schema["Participation"].values)
    profiles = {r["Value"] for r in registry if r["Name"] == "Profile"}
    assert profiles == set(schema["Profile"].values)


def _as_registry(value: str | int) -> str:
    return f"#{value}" if isinstance(value, int) else value


def _sample_values(prop: MsiProperty) -> list[object]:
    if prop.values:
        return [v for v in prop.values.values() if v != ""]
    samples: dict[str, list[object]] = {
        "Endpoint": ["https://cep-relay.corp.example"],
        "AllowedCategories": ["host_hardware,usage", "host_software"],  # REG_SZ, commas
    }
    return samples[prop.setting or ""]


def test_autostart_run_key(msi: Built) -> None:
    registry = [r for r in table(msi.path, "Registry") if r["Key"] == generate.RUN_KEY]
    assert [(r["Root"], r["Name"], r["Value"]) for r in registry] == [
        ("2", "CEP", '"[INSTALLFOLDER]cep-gui.exe" tray')
    ]
    components = by(table(msi.path, "Component"), "Component")
    assert components[registry[0]["Component_"]]["Condition"] == 'NOT AUTOSTART OR AUTOSTART~="1"'


def test_components_are_64_bit(msi: Built) -> None:
    for row in table(msi.path, "Component"):
        assert int(row["Attributes"]) & 256, row  # msidbComponentAttributes64bit


def test_major_upgrade(msi: Built) -> None:
    upgrade = table(msi.path, "Upgrade")
    code = "{" + generate.UPGRADE_CODE + "}"
    assert {r["UpgradeCode"] for r in upgrade} == {code}
    assert {r["ActionProperty"] for r in upgrade} == {
        "WIX_UPGRADE_DETECTED",
        "WIX_DOWNGRADE_DETECTED",
    }
    sequence = by(table(msi.path, "InstallExecuteSequence"), "Action")
    assert int(sequence["RemoveExistingProducts"]["Sequence"]) > 0
    conditions = {r["Condition"] for r in table(msi.path, "LaunchCondition")}
    assert "NOT WIX_DOWNGRADE_DETECTED" in conditions
    assert any('PARTICIPATION~="off"' in c for c in conditions)


def test_upgrades_keep_the_given_properties(msi: Built) -> None:
    """An upgrade run without properties reads back what the last install was given."""
    actions = by(table(msi.path, "CustomAction"), "Action")
    locators = by(table(msi.path, "RegLocator"), "Signature_")
    searches = by(table(msi.path, "AppSearch"), "Property")
    for sequence_name in ("InstallExecuteSequence", "InstallUISequence"):
        sequence = by(table(msi.path, sequence_name), "Action")
        app_search = int(sequence["AppSearch"]["Sequence"])
        launch = int(sequence["LaunchConditions"]["Sequence"])
        for prop in msi_properties():
            action = f"CA.restore.{prop.name}"
            assert actions[action]["Type"] == "51"  # set a property, immediately
            assert actions[action]["Source"] == prop.name
            assert app_search < int(sequence[action]["Sequence"]) < launch
            assert sequence[action]["Condition"] == f"NOT {prop.name} AND CEP_SAVED_{prop.name}"
    for prop in msi_properties():
        locator = locators[searches[f"CEP_SAVED_{prop.name}"]["Signature_"]]
        assert (locator["Root"], locator["Key"], locator["Name"]) == (
            "2",
            generate.REMEMBER_KEY,
            prop.name,
        )
        assert int(locator["Type"]) & 16  # the 64-bit registry view


def test_release_build_needs_the_program(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    payload.mkdir()
    (payload / "README-payload.txt").write_text("stub\n", encoding="utf-8")
    env = {**os.environ, "CEP_WINDOWS_PAYLOAD": str(payload), "CEP_DIST_DIR": str(tmp_path)}
    refused = subprocess.run(
        ["bash", str(REPO / "installer" / "build-msi.sh")],
        env={**env, "CEP_REQUIRE_RELEASE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 2
    assert "no cep-gui.exe" in refused.stderr
    assert not list(tmp_path.glob("*.msi"))
    # With a program in the payload (a stand-in file here) the build is named as a release.
    (payload / "cep-gui.exe").write_bytes(b"MZ stand-in for the test\n")
    built = subprocess.run(
        ["bash", str(REPO / "installer" / "build-msi.sh")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "WARNING" not in built.stderr
    assert Path(built.stdout.strip()).name == f"cep-gui-{cep_gui.__version__}.msi"


# -- with wine: install, check the registry, uninstall ---------------------------------------


def _wine(prefix: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "WINEPREFIX": str(prefix),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }
    return subprocess.run(
        ["wine", *argv], env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _reg_query(prefix: Path, key: str) -> str:
    return _wine(prefix, "reg", "query", key, "/reg:64").stdout


def test_install_upgrade_and_uninstall_with_wine(msi: Built, tmp_path: Path) -> None:
    if platform.machine() not in ("x86_64", "AMD64"):
        pytest.skip("the x64 package installs under wine only on an x86-64 machine")
    require_tools("wine", package="wine")
    prefix = tmp_path / "wineprefix"
    policies = r"HKLM\SOFTWARE\Policies\CEP"
    run_key = "HKLM\\" + generate.RUN_KEY
    bad = _wine(prefix, "msiexec", "/i", str(msi.path), "/qn", "PARTICIPATION=maybe")
    assert bad.returncode != 0  # the launch condition stops it
    assert "Participation" not in _reg_query(prefix, policies)

    installed = _wine(
        prefix, "msiexec", "/i", str(msi.path), "/qn", "PARTICIPATION=off", "CATEGORIES=usage"
    )
    assert installed.returncode == 0, installed.stderr
    values = _reg_query(prefix, policies)
    assert "forced_off" in values and "usage" in values
    assert "Endpoint" not in values and "Profile" not in values  # not given: not written
    assert "cep-gui.exe" in _reg_query(prefix, run_key)

    # The next version, installed without properties, keeps what the first was given.
    major, minor, build = (int(p) for p in cep_gui.__version__.split(".")[:3])
    out = tmp_path / "next"
    subprocess.run(
        ["bash", str(REPO / "installer" / "build-msi.sh")],
        env={
            **os.environ,
            "CEP_DIST_DIR": str(out),
            "CEP_MSI_VERSION": f"{major}.{minor}.{build + 1}",
        },
        capture_output=True,
        check=True,
    )
    (next_msi,) = out.glob("*.msi")
    assert _wine(prefix, "msiexec", "/i", str(next_msi), "/qn").returncode == 0
    values = _reg_query(prefix, policies)
    assert "forced_off" in values and "usage" in values

    removed = _wine(prefix, "msiexec", "/x", str(next_msi), "/qn")
    assert removed.returncode == 0, removed.stderr
    assert "Participation" not in _reg_query(prefix, policies)
    assert "cep-gui.exe" not in _reg_query(prefix, run_key)
    assert "PARTICIPATION" not in _reg_query(prefix, "HKLM\\" + generate.REMEMBER_KEY)
