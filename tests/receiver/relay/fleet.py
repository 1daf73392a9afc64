"""Reports as real clients send them, for a small fleet, and ways to put them in a relay."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterable

from cep_gui.receiver.storage import Database, StoreOutcome
from cep_gui.receiver.validation import ValidReport
from tests.receiver.wire import Installation, encode


def fleet_report(
    machine: Installation,
    *,
    os_version: str = "12",
    packages: Iterable[str] = ("firefox-esr", "libreoffice-core"),
    features: dict[str, int] | None = None,
) -> dict[str, object]:
    items = [{"name": p, "source": "dpkg", "version": "1.0"} for p in packages]
    return machine.report(
        product={"profile": "standard", "version": "0.1.0"},
        created="2026-11-28",
        period={"start": "2026-11-14", "end": "2026-11-28"},
        sections={
            "host_hardware": {
                "cpu": {"logical_cores": 8, "model": "Intel(R) Core(TM) i7-10510U"},
                "disks": {"sizes_gb": [256, 1000], "count": 2},
            },
            "host_software": {
                "os": {"family": "linux", "name": "Debian GNU/Linux", "version": os_version},
                "packages": {"items": items, "count": len(items)},
            },
            "usage": {"features": {"counts": features or {"viewer.open": 3}}},
            "vms": [{"id": "vm-1", "guest": {"os_name": "Windows 11"}, "cpu": {"count": 2}}],
        },
        withheld=[],
        collection_errors=[],
    )


def as_valid(doc: dict[str, object]) -> ValidReport:
    body = encode(doc)
    return ValidReport.of(
        str(doc["report_id"]),
        str(doc["installation_id"]),
        str(doc["deletion_key_hash"]),
        body,
        gzip.compress(body),
    )


def hold(database: Database, docs: Iterable[dict[str, object]]) -> None:
    """Store reports through the receiver's own storage engine, as the relay app does."""

    async def run() -> None:
        storage = database.open_storage(2)
        await storage.start()
        try:
            for doc in docs:
                result = await storage.store_report(as_valid(doc))
                assert result.outcome is StoreOutcome.STORED, result
        finally:
            await storage.close()

    asyncio.run(run())
