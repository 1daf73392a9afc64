"""The value model: one tree of rows for the viewer, ``collect`` and the changes list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cep_gui.core.catalog import load_catalog
from cep_gui.core.report_rows import (
    Kind,
    Presence,
    Row,
    privacy_label,
    report_rows,
    search_text,
    value_text,
    walk,
)

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
DESKTOP = ("host_hardware", "host_software", "vm_software", "vm_config", "usage")


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((REPORTS / name).read_text(encoding="utf-8"))
    return document


def find(rows: list[Row], key: str) -> Row:
    for row in walk(rows):
        if row.key == key:
            return row
    raise AssertionError(f"no row {key}")


def test_only_the_categories_asked_for_in_their_order() -> None:
    rows = report_rows(load("desktop.json"), load_catalog(), DESKTOP)
    assert [row.category for row in rows] == list(DESKTOP)
    assert all(row.kind is Kind.CATEGORY for row in rows)
    assert not any(row.category.startswith("sccm") for row in walk(rows))


def test_each_installed_program_is_a_row_with_name_version_and_source() -> None:
    rows = report_rows(load("desktop.json"), load_catalog(), DESKTOP)
    software = find(rows, "host_software.packages.items")
    assert software.kind is Kind.FIELD and value_text(software) == "4 entries"
    libssl = [child for child in software.children if child.name == "libssl3"]
    assert len(libssl) == 1
    entry = libssl[0]
    assert entry.kind is Kind.ENTRY
    assert (entry.version, entry.source) == ("3.0.15-1~deb12u1", "dpkg")
    assert value_text(entry) == "3.0.15-1~deb12u1 (dpkg)"
    assert "libssl" in search_text(entry)
    assert entry.field is not None and entry.field.id == "host_software.packages.items"


def test_virtual_machines_are_items_holding_their_own_fields() -> None:
    rows = report_rows(load("desktop.json"), load_catalog(), DESKTOP)
    config = next(row for row in rows if row.category == "vm_config")
    assert [item.title for item in config.children] == ["vm-1", "vm-2"]
    assert all(item.kind is Kind.ITEM for item in config.children)
    cpu = find(rows, "vm_config/vm-2/vm_config.cpu.count")
    assert (cpu.item, cpu.value, value_text(cpu)) == ("vm-2", 4, "4")
    settings = find(rows, "vm_config/vm-1/vm_config.settings.values")
    assert len(settings.children) == 6
    assert settings.children[0].name == "pvs:Hardware/CdRom[0]/InterfaceType"
    software = next(row for row in rows if row.category == "vm_software")
    guest = [c for c in software.children[0].children if c.sent]
    assert {c.field.id for c in guest if c.field} >= {"vm_software.guest.os_family"}
    # the software category never shows configuration fields of the same items
    assert not any(r.category == "vm_config" for r in software.walk())


def test_missing_values_excluded_categories_and_no_machines_are_marked() -> None:
    rows = report_rows(load("preview.json"), load_catalog(), DESKTOP)
    by_category = {row.category: row for row in rows}
    assert by_category["usage"].presence is Presence.EXCLUDED
    assert all(c.presence is Presence.EXCLUDED for c in by_category["vm_config"].children)
    vms = by_category["vm_software"]
    assert vms.presence is Presence.NONE_FOUND
    assert [c.kind for c in vms.children] == [Kind.FIELD] * len(vms.children)
    assert value_text(vms.children[0]) == "none found on this computer"
    excluded = by_category["usage"].children[0]
    assert value_text(excluded) == "not collected (excluded)"
    assert privacy_label(excluded)[0] == "left out"


def test_a_field_the_computer_lacks_is_listed_as_not_found() -> None:
    document = load("desktop.json")
    del document["sections"]["host_hardware"]["cpu"]["model"]
    rows = report_rows(document, load_catalog(), DESKTOP)
    model = find(rows, "host_hardware.cpu.model")
    assert model.presence is Presence.NOT_FOUND
    assert value_text(model) == "not found on this computer"


def test_privacy_labels_are_plain_words() -> None:
    rows = report_rows(load("desktop.json"), load_catalog(), DESKTOP)
    assert privacy_label(find(rows, "host_hardware.memory.total_gib"))[0] == "rounded"
    assert privacy_label(find(rows, "host_hardware.cpu.model"))[0] == "exact"
    labels = {privacy_label(r)[0] for r in walk(rows) if r.field is not None}
    assert labels <= {"exact", "rounded", "version only", "replaced", "left out"}


def test_a_value_the_catalog_does_not_know_is_still_shown() -> None:
    document = load("desktop.json")
    document["sections"]["host_hardware"]["cpu"]["flux_capacitor"] = "on"
    rows = report_rows(document, load_catalog(), DESKTOP)
    extra = find(rows, "host_hardware.cpu.flux_capacitor")
    assert extra.field is None and value_text(extra) == "on"


def test_keys_are_unique_and_stable() -> None:
    document = load("desktop.json")
    items = document["sections"]["host_software"]["packages"]["items"]
    items.append(dict(items[1]))  # the same package twice (two architectures)
    rows = report_rows(document, load_catalog(), DESKTOP)
    keys = [row.key for row in walk(rows)]
    assert len(keys) == len(set(keys))
    assert keys == [row.key for row in walk(report_rows(document, load_catalog(), DESKTOP))]


def test_malformed_sections_give_rows_not_errors() -> None:
    document: dict[str, Any] = {"sections": {"host_hardware": [], "vms": {"x": 1}}, "withheld": 3}
    rows = report_rows(document, load_catalog(), DESKTOP)
    assert [row.category for row in rows] == list(DESKTOP)
    assert all(not r.sent for r in walk(rows) if r.kind is Kind.FIELD)
