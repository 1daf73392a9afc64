"""Organization rules: checked against the catalog with the line named, applied to reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_gui.core.catalog import load_catalog
from cep_gui.receiver.relay.rules import REDACTION_KEY, RulesError, load_rules, parse_rules
from tests.receiver.relay.fleet import fleet_report
from tests.receiver.wire import Installation, encode

CATALOG = load_catalog()

GOOD = """\
# Never send installed-software names; counts of disks are enough.
[drop]
categories = ["usage"]
fields = [
    "host_software.packages.items",
]

[count]
fields = ["host_hardware.disks.sizes_gb"]
"""


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            '[drop]\nfields = [\n  "host_software.os.name",\n'
            '  "host_software.packages.itemz",\n]\n',
            4,
            "'host_software.packages.itemz' is not a field of the catalog (did you mean "
            "'host_software.packages.items'?)",
        ),
        (
            '[drop]\ncategories = ["usage", "telemetry"]\n',
            2,
            "'telemetry' is not a category of the catalog",
        ),
        ('\n[drop]\nfeilds = ["host_software.os.name"]\n', 3, "[drop] has no key 'feilds'"),
        (
            '[count]\nfields = ["host_software.os.name"]\n',
            2,
            "is a single value (string), not a list",
        ),
        ("[keep]\nfields = []\n", 1, "unknown table [keep]"),
        ('[drop]\nfields = "host_software.os.name"\n', 2, "must be a list of quoted ids"),
        ('[drop]\nfields = ["x"\n', 2, "not valid TOML"),
        (
            '[drop]\ncategories = ["host_hardware"]\n\n[count]\n'
            'fields = ["host_hardware.disks.sizes_gb"]\n',
            5,
            "dropped already",
        ),
    ],
)
def test_a_bad_entry_is_refused_naming_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(RulesError) as caught:
        load_rules(path, CATALOG)
    assert str(caught.value).startswith(f"{path}, line {line}: "), str(caught.value)
    assert message in str(caught.value)


def test_an_unreadable_file_is_one_plain_message(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot be read"):
        load_rules(tmp_path / "missing.toml", CATALOG)


def test_rules_drop_and_count_and_say_so_in_the_report() -> None:
    rules = parse_rules(GOOD, CATALOG, "rules.toml")
    assert [(r.action, r.id, r.line) for r in rules.rules] == [
        ("drop", "usage", 3),
        ("drop", "host_software.packages.items", 5),
        ("count", "host_hardware.disks.sizes_gb", 9),
    ]
    doc = fleet_report(Installation(), packages=["firefox-esr", "secret-project-tool"])
    body, removed = rules.redact(encode(doc))
    out = json.loads(body)
    assert "usage" not in out["sections"]
    assert "items" not in out["sections"]["host_software"]["packages"]
    assert out["sections"]["host_software"]["packages"]["count"] == 2  # not a name
    assert out["sections"]["host_hardware"]["disks"]["sizes_gb"] == 2
    assert b"secret-project-tool" not in body
    assert out[REDACTION_KEY] == {
        "removed": ["section usage", "host_software.packages.items"],
        "counted": ["host_hardware.disks.sizes_gb"],
    }
    assert removed == [
        "section usage",
        "host_software.packages.items",
        "host_hardware.disks.sizes_gb (as a count)",
    ]
    # Everything the vendor checks against the client is untouched.
    for key in ("report_id", "installation_id", "deletion_key_hash", "schema_version"):
        assert out[key] == doc[key]


def test_a_report_the_rules_do_not_touch_leaves_as_its_exact_bytes() -> None:
    rules = parse_rules('[drop]\nfields = ["sccm_deployments.software.items"]\n', CATALOG)
    body = encode(fleet_report(Installation()))
    assert rules.redact(body) == (body, [])


def test_dropping_one_category_of_a_shared_section_keeps_the_other() -> None:
    rules = parse_rules('[drop]\ncategories = ["vm_config"]\n', CATALOG)
    out = json.loads(rules.redact(encode(fleet_report(Installation())))[0])
    assert out["sections"]["vms"] == [{"id": "vm-1", "guest": {"os_name": "Windows 11"}}]
    both = parse_rules('[drop]\ncategories = ["vm_config", "vm_software"]\n', CATALOG)
    assert "vms" not in json.loads(both.redact(encode(fleet_report(Installation())))[0])["sections"]
