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
