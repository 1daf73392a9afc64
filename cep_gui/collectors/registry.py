"""Which collectors exist, by category."""

from __future__ import annotations

from collections.abc import Iterable

from cep_gui.collectors.base import Collector


def all_collectors() -> list[Collector]:
    from cep_gui.collectors.hardware import HostHardwareCollector
    from cep_gui.collectors.software import HostSoftwareCollector

    return [HostHardwareCollector(), HostSoftwareCollector()]


def collectors_for(categories: Iterable[str]) -> list[Collector]:
    wanted = set(categories)
    return [c for c in all_collectors() if c.categories & wanted]
