"""Which collectors exist, by category."""

from __future__ import annotations

from collections.abc import Iterable

from cep_gui.collectors.base import Collector
from cep_gui.core.collect_config import CollectConfig


def all_collectors(config: CollectConfig | None = None) -> list[Collector]:
    from cep_gui.collectors.hardware.collector import HostHardwareCollector
    from cep_gui.collectors.sccm.collector import SccmCollector
    from cep_gui.collectors.software.collector import HostSoftwareCollector
    from cep_gui.collectors.vms.collector import VmCollector

    return [
        HostHardwareCollector(),
        HostSoftwareCollector(),
        VmCollector(config.vm_folders if config else ()),
        SccmCollector(config),
    ]


def collectors_for(
    categories: Iterable[str], config: CollectConfig | None = None
) -> list[Collector]:
    wanted = set(categories)
    return [c for c in all_collectors(config) if c.categories & wanted]
