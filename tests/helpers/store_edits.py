"""Put a store into a state a test needs, through the store's own table modules."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cep_gui.core.store import Store, consent_table


def make_due(data_dir: Path, *, joined_days_ago: int = 8) -> None:
    """As if the user joined ``joined_days_ago`` days ago: the first report is due."""
    with Store.open(data_dir) as store, store.transaction() as tx:
        row = consent_table.read(tx)
        since = datetime.now(UTC) - timedelta(days=joined_days_ago)
        consent_table.write(tx, dataclasses.replace(row, since=since))


def agreed_to(data_dir: Path, version: int) -> None:
    """As if consent was given to catalog ``version`` (an older program, then an upgrade)."""
    with Store.open(data_dir) as store, store.transaction() as tx:
        row = consent_table.read(tx)
        consent_table.write(tx, dataclasses.replace(row, agreed_catalog_version=version))
