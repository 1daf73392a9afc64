"""Managed policy: sources, precedence and failing closed."""

from __future__ import annotations

import asyncio
import os
import plistlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cep_gui.core import usage
from cep_gui.core.client import CepClient, Refused
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source, State, audit_log
from cep_gui.core.policy import Level
from cep_gui.core.policy_sources import MACOS_DOMAIN, PolicyLocations, read_policies
from tests.helpers.policies import make_foreign, trusted, write_policy
from tests.helpers.regfile import RegFileReader

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "policy"
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def client_for(tmp_path: Path, where: PolicyLocations) -> CepClient:
    return CepClient(tmp_path / "data", clock=ManualClock(NOW), policy_locations=where)


def windows(text: str) -> PolicyLocations:
    reader = RegFileReader.from_text("Windows Registry Editor Version 5.00\n\n" + text)
    return PolicyLocations("windows", Path("/nonexistent"), reader)


HKLM = r"[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\CEP]"
HKCU = r"[HKEY_CURRENT_USER\SOFTWARE\Policies\CEP]"
RECOMMENDED = r"[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\CEP\Recommended]"
PRESET = r"[HKEY_LOCAL_MACHINE\SOFTWARE\CEP\Preset]"
DEFAULT_ON = '"ParticipationDefault"=dword:00000001'
DEFAULT_OFF = '"ParticipationDefault"=dword:00000000'


@pytest.mark.parametrize(
    ("registry", "own_choice", "participating", "level", "managed"),
    [
        ("", None, False, Level.BUILT_IN, False),
        (f"{PRESET}\n{DEFAULT_ON}", None, True, Level.INSTALLER_PRESET, False),
        (
            f'{PRESET}\n"ParticipationDefault"=dword:00000001\n'
            f'{RECOMMENDED}\n"ParticipationDefault"=dword:00000000',
            None, False, Level.RECOMMENDED, False,
        ),
        (f"{RECOMMENDED}\n{DEFAULT_ON}", "out", False, Level.USER_CHOICE, False),
        (f"{RECOMMENDED}\n{DEFAULT_OFF}", "in", True, Level.USER_CHOICE, False),
        (f'{HKLM}\n"Participation"="user_choice"', "in", True, Level.USER_CHOICE, False),
        (f'{HKCU}\n"Participation"="forced_on"', "out", True, Level.USER_MANDATORY, True),
        (f'{HKCU}\n"Participation"="forced_off"', "in", False, Level.USER_MANDATORY, True),
        (
            f'{HKLM}\n"Participation"="forced_off"\n{HKCU}\n"Participation"="forced_on"',
            None, False, Level.MACHINE_MANDATORY, True,
        ),
        (f'{HKLM}\n"Participation"="forced_on"', "out", True, Level.MACHINE_MANDATORY, True),
    ],
)  # fmt: skip
def test_participation_precedence(
    tmp_path: Path,
    registry: str,
    own_choice: str | None,
    participating: bool,
    level: Level,
    managed: bool,
) -> None:
    # The user's own choice is made before policy arrives, as it happens in real life.
    with client_for(tmp_path, windows("")) as client:
        if own_choice == "in":
            client.join(Source.USER)
        elif own_choice == "out":
            client.leave(Source.USER)
    with client_for(tmp_path, windows(registry)) as client:
        state = client.prepare()  # a command follows policy first
        assert (state.decision.level, state.decision.managed) == (level, managed)
        assert state.participating is participating
        assert (state.consent.installation_id is not None) is participating


def test_each_setting_comes_from_the_highest_layer(tmp_path: Path) -> None:
    reader = RegFileReader.from_files(FIXTURES / "windows-policies.reg")
    policy = read_policies(PolicyLocations("windows", Path("/x"), reader))
    effective = policy.effective()
    assert effective["Participation"].value == "forced_off"
    assert effective["Participation"].level is Level.MACHINE_MANDATORY
    assert effective["Endpoint"].value == "https://relay.corp.example/cep"
    assert effective["AllowedCategories"].value == ["host_hardware", "usage"]
    assert effective["TrayAutostart"].value is False
    assert (
        effective["Profile"].value == "sccm" and effective["Profile"].level is Level.USER_MANDATORY
    )
    assert effective["ParticipationDefault"].level is Level.RECOMMENDED
    assert not policy.problems


def test_forced_off_purges_and_refuses_opt_in(tmp_path: Path) -> None:
    with client_for(tmp_path, windows("")) as client:
        client.join(Source.USER)
        client.record_usage("feature", "viewer_opened")
    with client_for(tmp_path, windows(f'{HKLM}\n"Participation"="forced_off"')) as client:
        assert not client.effective().participating  # a query already says so, writing nothing
        assert client.effective().consent.installation_id is not None
        state = client.prepare()
        assert not state.participating and state.consent.installation_id is None
        assert usage.snapshot(client.store) == {"feature": {}, "problem": {}}
        with pytest.raises(Refused, match=r"turned off by your organization \(machine policy"):
            client.join(Source.USER)
        assert audit_log(client.store)[-1].source == "policy"


def test_forced_on_cannot_be_left(tmp_path: Path) -> None:
    with client_for(tmp_path, windows(f'{HKLM}\n"Participation"="forced_on"')) as client:
        assert client.prepare().participating
        with pytest.raises(Refused, match="required by your organization"):
            client.leave(Source.USER)


def test_bad_registry_value_fails_closed(tmp_path: Path) -> None:
    with client_for(tmp_path, windows("")) as client:
        client.join(Source.USER)
    bad = windows(f'{HKLM}\n"Participation"="sometimes"\n"Endpoint"="http://relay.corp.example"')
    with client_for(tmp_path, bad) as client:
        state = client.effective()
        assert state.policy.broken and not state.may_send
        assert state.next_due is None
        text = "\n".join(state.problems)
        assert r"HKLM\SOFTWARE\Policies\CEP: Participation: must be one of" in text
        assert "must use https" in text
        result = asyncio.run(client.run_due(lambda **kw: None))  # type: ignore[arg-type]
        assert result.action == "blocked"


def test_categories_are_limited_by_policy_and_by_the_user(tmp_path: Path) -> None:
    where = windows(f'{HKLM}\n"AllowedCategories"="host_hardware,host_software,usage"')
    with client_for(tmp_path, where) as client:
        state = client.join(Source.USER, ["host_software", "usage", "vm_config"])
        assert state.allowed == ["host_software", "usage"]
        assert state.withheld == ["host_hardware", "vm_software", "vm_config"]


def test_linux_managed_recommended_and_preset(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    write_policy(root, "", "preset.json", {"ParticipationDefault": True, "Profile": "sccm"})
    write_policy(root, "recommended", "50-site.json", {"Endpoint": "https://rec.corp.example"})
    write_policy(root, "managed", "10-base.json", {"Endpoint": "https://one.corp.example"})
    write_policy(root, "managed", "20-override.json", {"Endpoint": "https://two.corp.example"})
    with client_for(tmp_path, trusted(root)) as client:
        state = client.prepare()
        assert state.participating and state.decision.level is Level.INSTALLER_PRESET
        assert state.endpoint == "https://two.corp.example"
        assert state.endpoint_source.endswith("20-override.json")
        assert state.profile.id == "sccm" and state.profile.interval_days == 91
        assert audit_log(client.store)[-1].source == "installer"


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_text("{ not json", encoding="utf-8"), "is not valid JSON"),
        (lambda p: p.write_text('["forced_off"]', encoding="utf-8"), "one JSON object"),
        (lambda p: os.chmod(p, 0o666), "writable by users other than root"),
        (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "not UTF-8"),
        (lambda p: p.write_text('{"participation": "forced_off"}'), "did you mean 'Participation'"),
        (lambda p: p.write_text('{"Participation": [[[[[["x"]]]]]]}'), "nested too deeply"),
        (
            lambda p: p.write_text('{"Participation": "forced_on", "x": "' + "a" * 70_000 + '"}'),
            "larger than 64 KiB",
        ),
    ],
)
def test_linux_managed_file_problems_fail_closed(
    tmp_path: Path, damage: object, reason: str
) -> None:
    root = tmp_path / "policies"
    path = write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    damage(path)  # type: ignore[operator]
    with client_for(tmp_path, trusted(root)) as client:
        state = client.effective()
        assert state.policy.broken and not state.may_send
        assert any(str(path) in p and reason in p for p in state.problems), state.problems
        with pytest.raises(Refused):
            client.join(Source.USER)


def test_a_managed_file_of_another_owner_fails_closed(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    path = write_policy(root, "managed", "10-corp.json", {"Participation": "forced_off"})
    where = make_foreign(path, trusted(root))
    policy = read_policies(where)
    assert policy.broken
    (problem,) = [p for p in policy.problems if p.blocks]
    # Root sees the file itself refused; a user, who cannot chown, sees its folder refused.
    assert problem.source in (str(path), str(root), str(root / "managed"))
    assert "not owned by root" in problem.message or "does not belong to root" in problem.message


def test_symlinked_policy_file_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    target = write_policy(tmp_path / "elsewhere", "", "x.json", {"Participation": "forced_on"})
    (root / "managed").mkdir(parents=True)
    (root / "managed" / "10-link.json").symlink_to(target)
    state = read_policies(trusted(root))
    assert state.broken and "symbolic link" in str(state.problems[0])


def test_insecure_recommended_file_is_skipped_not_blocking(tmp_path: Path) -> None:
    root = tmp_path / "policies"
    path = write_policy(root, "recommended", "x.json", {"Endpoint": "https://evil.example"})
    os.chmod(path, 0o666)
    policy = read_policies(trusted(root))
    assert not policy.broken and policy.get("Endpoint") is None
    assert "writable by users other than root" in str(policy.problems[0])


def test_macos_forced_managed_preferences(tmp_path: Path) -> None:
    root = tmp_path / "Managed Preferences"
    (root / "jane").mkdir(parents=True)
    (root / f"{MACOS_DOMAIN}.plist").write_bytes(
        plistlib.dumps({"Participation": "user_choice", "AllowedCategories": ["host_hardware"]})
    )
    (root / "jane" / f"{MACOS_DOMAIN}.plist").write_bytes(
        plistlib.dumps(
            {"Participation": "forced_on", "TrayAutostart": True}, fmt=plistlib.FMT_BINARY
        )
    )
    policy = read_policies(PolicyLocations("darwin", root, user="jane"))
    assert policy.get("Participation") is not None
    assert policy.get("Participation").value == "user_choice"  # type: ignore[union-attr]
    assert policy.get("TrayAutostart").level is Level.USER_MANDATORY  # type: ignore[union-attr]
    (root / f"{MACOS_DOMAIN}.plist").write_bytes(b"<?xml garbage")
    assert read_policies(PolicyLocations("darwin", root, user="jane")).broken


def test_state_constants_are_stable() -> None:
    # Values are stored on disk; renaming one would corrupt existing stores.
    assert [s.value for s in State] == ["not_asked", "participating", "not_participating"]
