"""The ``consent`` row (one per store) and its ``audit`` log."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cep_gui.core.store._dates import from_text, to_text


@dataclass(frozen=True)
class ConsentRow:
    state: str
    since: datetime | None
    installation_id: str | None
    #: The categories chosen; None means every category the product allows.
    categories: tuple[str, ...] | None
    source: str | None
    deletion_secret: str | None
    #: Bumped by every change: a queued report built under another generation is void.
    generation: int
    #: The user's last explicit choice of categories, kept across leaving and re-joining.
    remembered_categories: tuple[str, ...] | None
    #: The catalog version the user (or the organization) agreed to.
    agreed_catalog_version: int = 1
    #: Fields the user chose to keep withholding after a catalog change.
    withheld_fields: tuple[str, ...] = ()
    #: Reports are built and kept on this computer, never sent.
    local_only: bool = False


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    source: str
    action: str
    detail: str


_COLUMNS = (
    "state, since, installation_id, categories, source, deletion_secret, generation, "
    "remembered_categories, agreed_catalog_version, withheld_fields, local_only"
)


def read(conn: sqlite3.Connection) -> ConsentRow:
    row = conn.execute(f"SELECT {_COLUMNS} FROM consent WHERE id = 1").fetchone()
    (state, since, installation_id, categories, source, secret, generation, remembered,
     agreed, withheld, local_only) = row  # fmt: skip
    return ConsentRow(
        state=state,
        since=from_text(since),
        installation_id=installation_id,
        categories=_list(categories),
        source=source,
        deletion_secret=secret,
        generation=int(generation),
        remembered_categories=_list(remembered),
        agreed_catalog_version=int(agreed),
        withheld_fields=_list(withheld) or (),
        local_only=bool(local_only),
    )


def write(tx: sqlite3.Connection, row: ConsentRow) -> None:
    tx.execute(
        "UPDATE consent SET state = ?, since = ?, installation_id = ?, categories = ?, "
        "source = ?, deletion_secret = ?, generation = ?, remembered_categories = ?, "
        "agreed_catalog_version = ?, withheld_fields = ?, local_only = ? WHERE id = 1",
        (
            row.state,
            to_text(row.since),
            row.installation_id,
            _text(row.categories),
            row.source,
            row.deletion_secret,
            row.generation,
            _text(row.remembered_categories),
            row.agreed_catalog_version,
            json.dumps(list(row.withheld_fields)),
            int(row.local_only),
        ),
    )


def add_audit(tx: sqlite3.Connection, at: datetime, source: str, action: str, detail: str) -> None:
    tx.execute(
        "INSERT INTO audit (at, source, action, detail) VALUES (?, ?, ?, ?)",
        (at.isoformat(), source, action, detail),
    )


def audit_entries(conn: sqlite3.Connection) -> list[AuditEntry]:
    rows = conn.execute("SELECT at, source, action, detail FROM audit ORDER BY id").fetchall()
    return [
        AuditEntry(from_text(at) or datetime.min, source, action, detail)
        for at, source, action, detail in rows
    ]


def _list(text: str | None) -> tuple[str, ...] | None:
    return tuple(json.loads(text)) if text is not None else None


def _text(items: tuple[str, ...] | None) -> str | None:
    return json.dumps(list(items)) if items is not None else None
