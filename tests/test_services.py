"""Services are built in one place: the command line and the tray get the same ones."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cep_gui import cli
from cep_gui.core.client import CepClient
from cep_gui.core.policy import Level
from cep_gui.core.services import Services
from cep_gui.core.winreg_reader import WinRegReader
from cep_gui.environment import build_services
from tests.helpers.regfile import RegFileReader

POLICY = (
    "Windows Registry Editor Version 5.00\n\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\CEP]\n"
    '"Participation"="forced_off"\n\n'
    "[HKEY_CURRENT_USER\\SOFTWARE\\Policies\\CEP]\n"
    '"Endpoint"="https://relay.corp.example/cep"\n'
)


def test_a_windows_client_reads_policy_through_the_registry_reader_it_is_given(
    tmp_path: Path,
) -> None:
    services = build_services({}, data_dir=tmp_path / "d", platform="win32")
    assert services.policy_locations.platform == "windows"
    assert isinstance(services.policy_locations.registry, WinRegReader)
    # The same services with the registry the .msi writes, as a .reg export here.
    where = dataclasses.replace(services.policy_locations, registry=RegFileReader.from_text(POLICY))
    with CepClient(services=dataclasses.replace(services, policy_locations=where)) as client:
        state = client.effective()
    assert not state.decision.participating and state.decision.managed
    assert state.decision.level is Level.MACHINE_MANDATORY
    assert state.endpoint == "https://relay.corp.example/cep"
    assert state.endpoint_source.startswith("user policy")


def test_windows_without_a_registry_reader_fails_closed(tmp_path: Path) -> None:
    services = build_services({}, data_dir=tmp_path / "d", platform="win32")
    where = dataclasses.replace(services.policy_locations, registry=None)
    with CepClient(services=dataclasses.replace(services, policy_locations=where)) as client:
        state = client.effective()
    assert state.policy.broken and not state.may_send


def test_the_tray_and_the_command_line_build_the_same_services(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captured: list[Services] = []

    def fake_run(window: str, services: Services) -> int:
        captured.append(services)
        return 0

    monkeypatch.setattr("cep_gui.ui.app.run", fake_run)
    monkeypatch.setenv("CEP_ENDPOINT", "https://reports.vendor.example")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.example:3128")
    assert cli.main(["--data-dir", str(tmp_path), "tray"]) == 0
    (tray,) = captured
    command_line = cli._services(
        cli.build_parser().parse_args(["--data-dir", str(tmp_path), "status"])
    )
    for name in ("data_dir", "policy_locations", "overrides", "http", "runtime_dir", "log_file"):
        assert getattr(tray, name) == getattr(command_line, name), name
    assert tray.http.proxies["https"] == "http://proxy.corp.example:3128"
    assert tray.overrides.endpoint == "https://reports.vendor.example"


def _organization_policy(root: Path) -> Path:
    (root / "managed").mkdir(parents=True)
    (root / "managed" / "it.json").write_text('{"Participation": "forced_off"}')
    return root


def test_a_policy_folder_of_ones_own_cannot_replace_the_organizations(tmp_path: Path) -> None:
    """CEP_POLICY_DIR is for tests and diagnosis: on a computer whose organization set
    policy, pointing it at an empty folder must not lift a ban on taking part."""
    from cep_gui.core.exceptions import ConfigError
    from cep_gui.environment import policy_locations

    system = _organization_policy(tmp_path / "etc-cep-policies")
    (tmp_path / "mine").mkdir()
    env = {"CEP_POLICY_DIR": str(tmp_path / "mine")}
    with pytest.raises(ConfigError, match=r"CEP_POLICY_DIR .*policy .*set in .*etc-cep-policies"):
        policy_locations(env, "linux", system_root=system)
    with pytest.raises(ConfigError, match="CEP_POLICY_DIR"):
        policy_locations({**env, "CEP_POLICY_OWNER_UID": "0"}, "linux", system_root=system)


def test_a_policy_folder_of_ones_own_works_where_no_organization_set_policy(
    tmp_path: Path,
) -> None:
    from cep_gui.core.exceptions import ConfigError
    from cep_gui.environment import policy_locations

    env = {"CEP_POLICY_DIR": str(tmp_path / "mine")}
    where = policy_locations(env, "linux", system_root=tmp_path / "no-such-folder")
    assert where.root == tmp_path / "mine"
    # The package makes the folders even when it sets nothing: empty folders hold no policy.
    (tmp_path / "installed" / "managed").mkdir(parents=True)
    (tmp_path / "installed" / "managed" / "README").write_text("not a policy")
    where = policy_locations(env, "linux", system_root=tmp_path / "installed")
    assert where.root == tmp_path / "mine"
    (tmp_path / "installed" / "preset.json").write_text('{"ParticipationDefault": true}')
    with pytest.raises(ConfigError, match=r"preset\.json"):
        policy_locations(env, "linux", system_root=tmp_path / "installed")
    # Without an override the organization's folder is what is read.
    assert policy_locations({}, "linux", system_root=tmp_path / "x").root == tmp_path / "x"


def test_on_macos_only_the_programs_own_managed_preferences_count(tmp_path: Path) -> None:
    """/Library/Managed Preferences exists on every Mac; it is the client's own domain
    there that says an organization set policy."""
    from cep_gui.core.exceptions import ConfigError
    from cep_gui.environment import policy_locations

    system = tmp_path / "Managed Preferences"
    (system / "alice").mkdir(parents=True)
    (system / "com.apple.dock.plist").write_bytes(b"")
    env = {"CEP_POLICY_DIR": str(tmp_path / "mine"), "USER": "alice"}
    assert policy_locations(env, "darwin", system_root=system).root == tmp_path / "mine"
    (system / "alice" / "org.cepgui.client.plist").write_bytes(b"")
    with pytest.raises(ConfigError, match="CEP_POLICY_DIR"):
        policy_locations(env, "darwin", system_root=system)
