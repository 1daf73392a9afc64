"""What changed between two reports: field by field, software by name, no id noise."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from cep_gui.core.catalog import load_catalog
from cep_gui.core.report_changes import (
    ChangeKind,
    change_text,
    report_changes,
    same_participation,
    version_key,
)

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((REPORTS / name).read_text(encoding="utf-8"))
    return document


def test_ids_and_dates_are_never_a_change() -> None:
    before = load("desktop.json")
    after = copy.deepcopy(before)
    after["report_id"] = "another"
    after["created"] = "2026-12-19"
    after["period"] = {"start": "2026-12-05", "end": "2026-12-19"}
    after["deletion_key_hash"] = "f" * 64
    assert report_changes(before, after, load_catalog()) == []


def test_software_added_removed_and_upgraded() -> None:
    before = load("desktop.json")
    after = copy.deepcopy(before)
    items = after["sections"]["host_software"]["packages"]["items"]
    items[1]["version"] = "3.0.16-1~deb12u1"  # libssl3 upgraded
    del items[3]  # GIMP removed
    items.append({"name": "vlc", "version": "3.0.21-0+deb12u1", "source": "dpkg"})
    changes = report_changes(before, after, load_catalog())
    software = [c for c in changes if c.field and c.field.id == "host_software.packages.items"]
    assert {(c.kind, c.entry) for c in software} == {
        (ChangeKind.UPGRADED, "libssl3"),
        (ChangeKind.REMOVED, "org.gimp.GIMP"),
        (ChangeKind.ADDED, "vlc"),
    }
    texts = [change_text(c) for c in software]
    assert "Installed software: libssl3 upgraded from 3.0.15-1~deb12u1 to 3.0.16-1~deb12u1" in texts
    assert "Installed software: vlc added (3.0.21-0+deb12u1)" in texts


def test_a_lower_version_is_a_downgrade() -> None:
    before = load("desktop.json")
    after = copy.deepcopy(before)
    after["sections"]["host_software"]["packages"]["items"][0]["version"] = "115.0esr-1"
    changes = report_changes(before, after, load_catalog())
    assert [c.kind for c in changes if c.entry == "firefox-esr"] == [ChangeKind.DOWNGRADED]
    assert version_key("1.10") > version_key("1.9")


def test_a_version_no_longer_sent_is_no_downgrade() -> None:
    """The archive stopped listing the installed version: the name stays, the version goes."""
    before = load("desktop.json")
    after = copy.deepcopy(before)
    after["sections"]["host_software"]["packages"]["items"][1]["version"] = ""
    changes = report_changes(before, after, load_catalog())
    (change,) = [c for c in changes if c.entry == "libssl3"]
    assert change.kind is ChangeKind.CHANGED
    assert "downgraded" not in change_text(change)


def test_values_changed_added_and_removed() -> None:
    before = load("desktop.json")
    after = copy.deepcopy(before)
    after["sections"]["host_hardware"]["memory"]["total_gib"] = 32
    del after["sections"]["host_hardware"]["battery"]
    after["sections"]["usage"]["features"]["counts"] = {"viewer_opened": 3, "report_exported": 1}
    changes = report_changes(before, after, load_catalog())
    texts = [change_text(c) for c in changes]
    assert "Memory changed from 16 GiB to 32 GiB" in texts
    assert "Has a battery removed: yes" in texts
    usage = {(c.kind, c.entry) for c in changes if c.category == "usage"}
    assert usage == {
        (ChangeKind.CHANGED, "viewer_opened"),
        (ChangeKind.ADDED, "report_exported"),
        (ChangeKind.REMOVED, "categories_changed"),
        (ChangeKind.REMOVED, "send_now"),
    }


def test_machines_and_whole_categories() -> None:
    before = load("desktop.json")
    after = copy.deepcopy(before)
    after["sections"]["vms"] = after["sections"]["vms"][:1]
    after["sections"]["vms"][0]["cpu"]["count"] = 4
    after["withheld"] = ["usage"]
    del after["sections"]["usage"]
    changes = report_changes(before, after, load_catalog())
    texts = [change_text(c) for c in changes]
    assert "vm-1: Virtual processors changed from 2 to 4" in texts
    assert "vm-2 removed" in texts
    assert "Feature usage: no longer collected" in texts
    assert not any(c.category == "usage" and c.kind is not ChangeKind.NO_LONGER_COLLECTED
                   for c in changes)  # fmt: skip
    # and nothing about the removed machine's own fields
    assert not any(c.item == "vm-2" and c.key != "vm_software/vm-2" and c.title != "vm-2"
                   for c in changes)  # fmt: skip


def test_reports_of_another_participation_are_not_compared() -> None:
    first = load("desktop.json")
    again = copy.deepcopy(first)
    assert same_participation(first, again)
    again["installation_id"] = "another-installation"
    assert not same_participation(first, again)
    preview = load("preview.json")
    assert not same_participation(preview, preview)  # no id: nothing to compare
