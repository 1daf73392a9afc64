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


#: Which collector fills which categories, known without importing any collector: a
#: run imports (and pays for) only the collectors of the categories it collects.
CATEGORIES_OF = {
    "hardware": frozenset({"host_hardware"}),
    "software": frozenset({"host_software"}),
    "vms": frozenset({"vm_software", "vm_config"}),
    "sccm": frozenset({"sccm_infrastructure", "sccm_deployments"}),
}


def collectors_for(
    categories: Iterable[str], config: CollectConfig | None = None
) -> list[Collector]:
    wanted = set(categories)
    chosen: list[Collector] = []
    if CATEGORIES_OF["hardware"] & wanted:
        from cep_gui.collectors.hardware.collector import HostHardwareCollector

        chosen.append(HostHardwareCollector())
    if CATEGORIES_OF["software"] & wanted:
        from cep_gui.collectors.software.collector import HostSoftwareCollector

        chosen.append(HostSoftwareCollector())
    if CATEGORIES_OF["vms"] & wanted:
        from cep_gui.collectors.vms.collector import VmCollector

        chosen.append(VmCollector(config.vm_folders if config else ()))
    if CATEGORIES_OF["sccm"] & wanted:
        from cep_gui.collectors.sccm.collector import SccmCollector

        chosen.append(SccmCollector(config))
    return [c for c in chosen if c.categories & wanted]
