"""Catalog ↔ collectors contract: nothing undeclared, nothing orphaned."""

from __future__ import annotations

from cep_gui.collectors.base import Collector
from cep_gui.collectors.registry import all_collectors
from cep_gui.collectors.software.collector import MAX_PACKAGES
from cep_gui.collectors.usage import UsageCollector
from cep_gui.core.catalog import load_catalog


def every_collector() -> list[Collector]:
    return [*all_collectors(), UsageCollector({})]


def test_every_declared_field_is_in_the_catalog_under_its_collector() -> None:
    catalog = load_catalog()
    for collector in every_collector():
        for field_id in collector.fields:
            assert field_id in catalog, f"{collector.name} declares unknown field {field_id}"
            fld = catalog.fields[field_id]
            assert fld.collector == collector.name, field_id
            assert fld.category in collector.categories, field_id


def test_every_catalog_field_has_a_collector() -> None:
    declared = {f for c in every_collector() for f in c.fields}
    orphans = [f.id for f in load_catalog() if f.id not in declared]
    assert orphans == []


def test_package_cap_matches_the_catalog() -> None:
    assert load_catalog().fields["host_software.packages.items"].max_items == MAX_PACKAGES
