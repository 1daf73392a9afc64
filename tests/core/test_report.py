"""Assembling a report: only catalog fields, safe values, the wire format."""

from __future__ import annotations

import json
from datetime import date

from cep_gui.collectors.base import ErrorSink
from cep_gui.core.catalog import load_catalog
from cep_gui.core.privacy import MachineIdentifiers, PrivacyFilter
from cep_gui.core.report import (
    MAX_REPORT_BYTES,
    CollectedValues,
    Report,
    ReportHeader,
    assemble_report,
)

HEADER = ReportHeader(
    profile="desktop",
    product_version="1.2.3",
    created=date(2026, 12, 5),
    period_start=date(2026, 11, 28),
    installation_id="0b9f0b4e-0000-4000-8000-000000000001",
    report_id="7d3c2a10-0000-4000-8000-000000000002",
)


def build(
    values: dict[str, object],
    *,
    collector: str = "host_hardware",
    selected: tuple[str, ...] = ("host_hardware", "host_software"),
) -> tuple[Report, ErrorSink]:
    errors = ErrorSink()
    report = assemble_report(
        load_catalog(),
        HEADER,
        [CollectedValues(collector, values)],
        selected=selected,
        withheld=["vm_config"],
        errors=errors,
        privacy=PrivacyFilter(MachineIdentifiers(host_names=frozenset({"box-canary-77"}))),
    )
    return report, errors


def test_wire_format_is_sorted_compact_utf8_json() -> None:
    report, _ = build(
        {"host_hardware.cpu.model": "Ryzen 7 — 5800X", "host_hardware.cpu.sockets": 1}
    )
    assert (
        report.payload
        == json.dumps(
            report.document, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()
    )
    doc = json.loads(report.payload)
    assert doc["schema_version"] == 1
    assert doc["report_id"] == HEADER.report_id
    assert doc["installation_id"] == HEADER.installation_id
    assert doc["product"] == {"profile": "desktop", "version": "1.2.3"}
    assert doc["created"] == "2026-12-05"
    assert doc["period"] == {"start": "2026-11-28", "end": "2026-12-05"}
    assert doc["sections"] == {"host_hardware": {"cpu": {"model": "Ryzen 7 — 5800X", "sockets": 1}}}
    assert doc["withheld"] == ["vm_config"]
    assert doc["collection_errors"] == []


def test_fields_outside_the_catalog_never_reach_the_report() -> None:
    report, _ = build(
        {
            "host_hardware.cpu.serial": "CANARY-SERIAL-123",
            "host_software.os.name": "Debian",  # another collector's field
            "host_hardware.cpu.sockets": 2,
        }
    )
    assert b"CANARY-SERIAL-123" not in report.payload and b"Debian" not in report.payload
    assert report.document["collection_errors"] == [
        {"collector": "host_hardware", "code": "not_in_catalog", "count": 2}
    ]


def test_wrong_types_are_dropped_and_counted() -> None:
    report, _ = build(
        {
            "host_hardware.cpu.sockets": "two",
            "host_hardware.battery.present": 1,
            "host_hardware.cpu.architecture": "vax",
            "host_hardware.network.adapters": {"ethernet": 1, "eth0": 1},
        }
    )
    assert report.document["sections"] == {}
    assert report.document["collection_errors"] == [
        {"collector": "host_hardware", "code": "invalid_value", "count": 4}
    ]


def test_identifying_values_are_redacted_and_counted() -> None:
    report, _ = build({"host_hardware.machine.model": "box-canary-77 gaming rig"})
    assert b"box-canary-77" not in report.payload
    assert report.document["collection_errors"] == [
        {"collector": "host_hardware", "code": "redacted", "count": 1}
    ]


def test_categories_not_selected_are_not_included() -> None:
    report, errors = build({"host_hardware.cpu.sockets": 1}, selected=("host_software",))
    assert report.document["sections"] == {}
    assert len(errors) == 0


def test_lists_over_their_limit_are_cut_with_a_count() -> None:
    disks = [100.0] * 70
    report, _ = build({"host_hardware.disks.sizes_gb": disks})
    assert len(report.document["sections"]["host_hardware"]["disks"]["sizes_gb"]) == 64
    assert {"collector": "host_hardware", "code": "too_large", "count": 6} in report.document[
        "collection_errors"
    ]


def test_a_report_never_exceeds_one_mebibyte() -> None:
    packages = [
        {
            "name": f"package-with-a-rather-long-name-{i:06d}",
            "version": "1.0." + "9" * 60,
            "source": "dpkg",
        }
        for i in range(10_000)
    ]
    report, _ = build({"host_software.packages.items": packages}, collector="host_software")
    assert len(report.payload) <= MAX_REPORT_BYTES
    kept = len(report.document["sections"]["host_software"]["packages"]["items"])
    assert 0 < kept < 10_000
    cut = [e for e in report.document["collection_errors"] if e["code"] == "too_large"]
    assert sum(int(e["count"]) for e in cut) == 10_000 - kept


def _long_packages(count: int) -> list[dict[str, str]]:
    return [
        {"name": f"package-with-a-rather-long-name-{i:06d}", "version": "1.0." + "9" * 60,
         "source": "dpkg"}
        for i in range(count)
    ]  # fmt: skip


def test_omitted_counts_what_the_size_cap_cut() -> None:
    """20,000 long names: the item cap cuts 10,000 and the 1 MiB cap about half the rest."""
    values: dict[str, object] = {
        "host_software.packages.items": _long_packages(10_000),
        "host_software.packages.count": 20_000,
        "host_software.packages.omitted": 10_000,  # what the collector's 10,000-item cap cut
        "host_software.packages.unnamed": 0,
    }
    report, _ = build(values, collector="host_software")
    packages = report.document["sections"]["host_software"]["packages"]
    assert len(report.payload) <= MAX_REPORT_BYTES
    assert 0 < len(packages["items"]) < 10_000
    assert packages["omitted"] == 20_000 - len(packages["items"])


def test_omitted_counts_what_the_item_cap_cut() -> None:
    values: dict[str, object] = {
        "host_software.packages.items": [
            {"name": f"p{i}", "version": "1", "source": "dpkg"} for i in range(10_005)
        ],
        "host_software.packages.omitted": 0,
    }
    report, _ = build(values, collector="host_software")
    packages = report.document["sections"]["host_software"]["packages"]
    assert len(packages["items"]) == 10_000
    assert packages["omitted"] == 5


def test_a_setting_outside_the_allow_list_never_reaches_a_report() -> None:
    """The privacy filter and validation each refuse it; either alone keeps it out."""
    errors = ErrorSink()
    vm = {"vm_config.settings.values": {"vmx:numvcpus": 2, "vmx:displayName": "Jane's lab"}}
    report = assemble_report(
        load_catalog(),
        HEADER,
        [CollectedValues("vms", {}, items=[vm])],
        selected=("vm_config",),
        withheld=(),
        errors=errors,
        privacy=PrivacyFilter(MachineIdentifiers()),
    )
    assert report.document["sections"]["vms"] == [
        {"id": "vm-1", "settings": {"values": {"vmx:numvcpus": 2}}}
    ]
    assert b"displayName" not in report.payload and b"Jane" not in report.payload
