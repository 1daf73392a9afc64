"""Open and migrate a receiver database for a test."""

from __future__ import annotations

from pathlib import Path

from cep_gui.receiver.storage import Database, open_database


def migrated(target: str | Path) -> Database:
    database = open_database(target)
    database.migrate()
    return database
