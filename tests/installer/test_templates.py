"""The generated templates: current, well-formed, and in agreement with the schema.

One schema (resources/policy_schema.toml) feeds the client's policy reader, the Group
Policy templates, the macOS profile, the Linux example, the debconf questions and the
MSI's properties; these tests hold them to each other.
"""

from __future__ import annotations

import json
import plistlib
import re
import subprocess
import tomllib
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
import pytest

from cep_gui.core.catalog import CATEGORY_IDS
from cep_gui.core.policy import Level, PolicyProblem, parse_settings, policy_schema
from cep_gui.core.policy_sources import MACOS_DOMAIN
from installer import generate
from tests.helpers.requirements import require_tools
from tests.installer.conftest import REPO

pytestmark = pytest.mark.installer

INSTALLER = REPO / "installer"
TEMPLATES = INSTALLER / "templates"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"


def _accepted(settings: dict[str, object], source: str) -> None:
    problems: list[PolicyProblem] = []
    layer = parse_settings(settings, source, Level.MACHINE_MANDATORY, problems)
    assert problems == [] and layer is not None


def _xml(path: Path) -> Element:
    root = SafeET.fromstring(path.read_bytes())
    assert isinstance(root, Element)
    return root


def test_generated_files_are_current() -> None:
    stale = [str(p.relative_to(REPO)) for p in generate.stale_files()]
    assert stale == [], f"stale: {stale}; run `.venv/bin/python -m installer.generate`"


def test_the_client_reads_the_same_schema_file() -> None:
    raw = tomllib.loads((REPO / "resources" / "policy_schema.toml").read_text("utf-8"))
    schema = policy_schema()
    assert list(schema) == list(raw["settings"])
    for name, spec in raw["settings"].items():
        assert schema[name].type == spec["type"]
        assert list(schema[name].values) == spec.get("values", [])
    assert set(generate.EXAMPLES) == set(schema)
    _accepted(generate.EXAMPLES, "examples")


def test_admx_and_adml_agree_with_the_schema() -> None:
    admx = _xml(TEMPLATES / "windows" / "CEP.admx")
    adml = _xml(TEMPLATES / "windows" / "en-US" / "CEP.adml")
    strings = {s.get("id"): s.text or "" for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id"): p for p in adml.iter(f"{GP}presentation")}
    # Every $(string.X) and $(presentation.X) the ADMX uses exists in the ADML.
    refs = re.findall(
        r"\$\((string|presentation)\.([^)]+)\)",
        (TEMPLATES / "windows" / "CEP.admx").read_text("utf-8"),
    )
    assert refs
    for kind, name in refs:
        assert name in (strings if kind == "string" else presentations), (kind, name)
    target = admx.find(f"{GP}policyNamespaces/{GP}target")
    assert target is not None and target.get("namespace") == "CEP.Policies"
    schema = policy_schema()
    policies = {p.get("name"): p for p in admx.iter(f"{GP}policy")}
    assert list(policies) == list(schema)
    for name, spec in schema.items():
        policy = policies[name]
        assert policy.get("key") == r"Software\Policies\CEP"
        assert policy.get("class") == "Both"
        assert strings[name] == spec.title
        assert spec.description in strings[f"{name}_Explain"]
        elements = policy.find(f"{GP}elements")
        if spec.type == "bool":
            assert policy.get("valueName") == name and elements is None
            on = policy.find(f"{GP}enabledValue/{GP}decimal")
            off = policy.find(f"{GP}disabledValue/{GP}decimal")
            assert on is not None and off is not None
            assert (on.get("value"), off.get("value")) == ("1", "0")
            _accepted({name: 1}, "REG_DWORD")
            _accepted({name: 0}, "REG_DWORD")
            continue
        assert elements is not None and len(elements) == 1
        element = elements[0]
        assert element.get("valueName") == name and element.get("id") == name
        refs_in_presentation = [c.get("refId") for c in presentations[name]]
        assert refs_in_presentation == [name]
        kind = element.tag.removeprefix(GP)
        if spec.type == "enum":
            assert kind == "enum"
            values = [v.text for v in element.iter(f"{GP}string")]
            assert values == list(spec.values)
        elif spec.type == "category_list":
            assert kind == "multiText"  # REG_MULTI_SZ, which the client reads as a list
            _accepted({name: list(CATEGORY_IDS)}, "REG_MULTI_SZ")
            assert all(c in strings[f"{name}_Explain"] for c in CATEGORY_IDS)
        else:
            assert kind == "text"


def test_macos_profile_and_launch_agent() -> None:
    profile = plistlib.loads((TEMPLATES / "macos" / "org.cepgui.client.mobileconfig").read_bytes())
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadScope"] == "System"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    assert payload["PayloadUUID"] != profile["PayloadUUID"]
    (forced,) = payload["PayloadContent"][MACOS_DOMAIN]["Forced"]
    settings = forced["mcx_preference_settings"]
    assert list(settings) == sorted(policy_schema())  # plistlib sorts keys
    _accepted(settings, "mobileconfig")
    agent = plistlib.loads((TEMPLATES / "macos" / "org.cepgui.client.tray.plist").read_bytes())
    assert agent["Label"] == f"{MACOS_DOMAIN}.tray"
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][-1] == "tray"


def test_linux_example_policy() -> None:
    example = json.loads((INSTALLER / "linux" / "example-managed-policy.json").read_text("utf-8"))
    assert list(example) == list(policy_schema())
    _accepted(example, "example")
    readme = (INSTALLER / "linux" / "README.md").read_text("utf-8")
    assert "root" in readme and "0644" in readme


def test_wix_source_is_well_formed() -> None:
    wxs = _xml(TEMPLATES / "windows" / "cep-gui.wxs")
    ns = "{http://schemas.microsoft.com/wix/2006/wi}"
    product = wxs.find(f"{ns}Product")
    assert product is not None and product.get("UpgradeCode") == generate.UPGRADE_CODE
    ids = {c.get("Id") for c in wxs.iter(f"{ns}Component")}
    refs = {c.get("Id") for c in wxs.iter(f"{ns}ComponentRef")}
    assert ids == refs
    fixups = (TEMPLATES / "windows" / "cep-gui-fixups.sql").read_text("utf-8")
    for line in fixups.splitlines():
        if line.startswith("UPDATE `Component`"):
            target = line.rsplit("'", 2)[-2]
            assert target in ids, line


def _debconf_stanzas() -> dict[str, dict[str, str]]:
    text = (TEMPLATES / "debian" / "templates").read_text("utf-8")
    stanzas = {}
    for block in text.strip().split("\n\n"):
        fields = dict(re.findall(r"^(\S+): ?(.*)$", block, re.MULTILINE))
        stanzas[fields["Template"]] = fields
    return stanzas


def test_debconf_questions_follow_the_schema() -> None:
    stanzas = _debconf_stanzas()
    assert set(stanzas) == {
        "cep-gui/participation",
        "cep-gui/participation-default",
        "cep-gui/endpoint",
    }
    participation = stanzas["cep-gui/participation"]
    assert participation["Type"] == "select"
    assert participation["Choices"].split(", ") == list(policy_schema()["Participation"].values)
    assert participation["Default"] == "user_choice"
    # postinst writes exactly the forcing values as policy; user_choice writes nothing.
    postinst = (INSTALLER / "debian" / "postinst").read_text("utf-8")
    forced = [v for v in policy_schema()["Participation"].values if v != "user_choice"]
    assert f"  {' | '.join(forced)}) settings=" in postinst
    for value in forced:
        _accepted({"Participation": value}, "debconf")
    _accepted({"ParticipationDefault": True}, "preset")


def test_readme_documents_every_setting_and_property() -> None:
    readme = (INSTALLER / "README.md").read_text("utf-8")
    for name in policy_schema():
        assert f"| `{name}` |" in readme
    for prop in generate.msi_properties():
        assert f"| `{prop.name}` |" in readme


def test_desktop_entries_are_valid() -> None:
    require_tools("desktop-file-validate", package="desktop-file-utils")
    for name in ("cep-gui.desktop", "cep-gui-autostart.desktop"):
        proc = subprocess.run(
            ["desktop-file-validate", str(INSTALLER / "debian" / name)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0 and proc.stdout == "", proc.stdout
