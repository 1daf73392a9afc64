"""The store's schema, as an ordered list of migrations.

Each migration is a list of steps run inside one ``BEGIN IMMEDIATE`` transaction
together with the new ``user_version``: a step is one SQL statement (never a script
split on ";", which would break on a semicolon inside a string) or a Python function
for changes SQL cannot express (recompressing stored bytes). Two processes opening a
new store at once cannot both apply a migration: the second re-reads the version
inside its own transaction and finds nothing left to do.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Callable, Sequence

Step = str | Callable[[sqlite3.Connection], None]

_V1: tuple[Step, ...] = (
    """CREATE TABLE consent (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL CHECK (state IN ('not_asked', 'participating', 'not_participating')),
        since TEXT,
        installation_id TEXT,
        categories TEXT,
        source TEXT
    )""",
    "INSERT INTO consent (id, state) VALUES (1, 'not_asked')",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE schedule (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_success TEXT,
        last_attempt TEXT,
        last_result TEXT
    )""",
    "INSERT INTO schedule (id) VALUES (1)",
    """CREATE TABLE counters (
        kind TEXT NOT NULL CHECK (kind IN ('feature', 'problem')),
        name TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (kind, name)
    )""",
    """CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'deletion')),
        created TEXT NOT NULL,
        payload BLOB NOT NULL,
        usage_snapshot TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT,
        last_error TEXT
    )""",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        status INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'rejected', 'expired')),
        receipt TEXT,
        payload BLOB NOT NULL
    )""",
    "CREATE INDEX history_at ON history (at)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_V2: tuple[Step, ...] = ("ALTER TABLE consent ADD COLUMN deletion_secret TEXT",)


def _queued_reports_keep_their_origin(tx: sqlite3.Connection) -> None:
    """Reports queued by an older version are tied to the consent in force now.

    Their categories are every category the report does not list as withheld: more
    than it may hold, so a later narrowing drops it rather than letting it through.
    """
    from cep_gui.core.catalog import CATEGORY_IDS

    generation, installation_id = tx.execute(
        "SELECT generation, installation_id FROM consent WHERE id = 1"
    ).fetchone()
    for item_id, payload in tx.execute(
        "SELECT id, payload FROM outbox WHERE kind = 'report'"
    ).fetchall():
        try:
            document = json.loads(bytes(payload))
            built_for = document.get("installation_id")
            withheld = set(document.get("withheld", ()))
        except (ValueError, AttributeError, TypeError):
            built_for, withheld = None, set()
        included = [c for c in CATEGORY_IDS if c not in withheld]
        tx.execute(
            "UPDATE outbox SET generation = ?, installation_id = ?, categories = ? WHERE id = ?",
            (
                generation if built_for and built_for == installation_id else -1,
                built_for,
                json.dumps(included),
                item_id,
            ),
        )


def _history_keeps_wire_bytes(tx: sqlite3.Connection) -> None:
    """Each history row now holds the gzip body that went on the wire, not raw JSON."""
    rows = tx.execute(
        "SELECT id, item_id, kind, at, endpoint, status, outcome, receipt, payload "
        "FROM history_v1 ORDER BY id"
    ).fetchall()
    for row_id, item_id, kind, at, endpoint, status, outcome, receipt, payload in rows:
        raw = bytes(payload)
        tx.execute(
            "INSERT INTO history (id, item_id, kind, at, endpoint, status, outcome, receipt, "
            "body, size, bytes_sent, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)",
            (
                row_id,
                item_id,
                kind,
                at,
                endpoint,
                status,
                outcome,
                receipt,
                gzip.compress(raw, mtime=0),
                len(raw),
            ),
        )


def _settings_become_typed(tx: sqlite3.Connection) -> None:
    """Older versions kept raw text under other names; each value is JSON now."""
    renamed = {
        "sccm_admin_service_url": "sccm_url",
        "sccm_account": "sccm_account",
        "sccm_ca_file": "sccm_ca_file",
        "vm_extra_folders": "vm_folders",
        "ui_first_run_done": "first_run_done",
    }
    old = dict(tx.execute("SELECT key, value FROM settings").fetchall())
    tx.execute("DELETE FROM settings")
    for key, value in old.items():
        name = renamed.get(key)
        if name is None:
            continue
        new: object = value
        if name == "vm_folders":
            try:
                new = [str(v) for v in json.loads(value)]
            except (ValueError, TypeError):
                continue
        elif name == "first_run_done":
            new = True
        tx.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (name, json.dumps(new)))


_V3: tuple[Step, ...] = (
    # The fence: every consent change bumps the generation; queued reports remember theirs.
    "ALTER TABLE consent ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
    # The categories the user chose last, kept across leaving so a re-join offers them again.
    "ALTER TABLE consent ADD COLUMN remembered_categories TEXT",
    "ALTER TABLE outbox ADD COLUMN generation INTEGER NOT NULL DEFAULT -1",
    "ALTER TABLE outbox ADD COLUMN installation_id TEXT",
    "ALTER TABLE outbox ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE outbox ADD COLUMN last_attempt TEXT",
    _queued_reports_keep_their_origin,
    "ALTER TABLE history RENAME TO history_v1",
    "DROP INDEX history_at",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'deletion')),
        at TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        status INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN
            ('sending', 'retrying', 'delivered', 'rejected', 'expired', 'cancelled', 'dropped')),
        receipt TEXT,
        -- the exact gzip body that went on the wire
        body BLOB NOT NULL,
        -- the length of the JSON document inside it
        size INTEGER NOT NULL,
        -- for a cancelled upload: how many bytes had left the computer
        bytes_sent INTEGER,
        attempts INTEGER NOT NULL DEFAULT 1,
        last_error TEXT
    )""",
    "CREATE INDEX history_at ON history (at)",
    _history_keeps_wire_bytes,
    "DROP TABLE history_v1",
    _settings_become_typed,
)

_HISTORY_V4 = """CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'deletion')),
        at TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        status INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN
            ('sending', 'retrying', 'delivered', 'rejected', 'expired', 'cancelled', 'dropped',
             'kept', 'skipped')),
        receipt TEXT,
        body BLOB NOT NULL,
        size INTEGER NOT NULL,
        bytes_sent INTEGER,
        attempts INTEGER NOT NULL DEFAULT 1,
        last_error TEXT
    )"""

_V4: tuple[Step, ...] = (
    # The consent contract: the catalog version agreed to, and fields kept back after review.
    "ALTER TABLE consent ADD COLUMN agreed_catalog_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE consent ADD COLUMN withheld_fields TEXT NOT NULL DEFAULT '[]'",
    # Local-only: reports are built and kept on this computer, never sent.
    "ALTER TABLE consent ADD COLUMN local_only INTEGER NOT NULL DEFAULT 0",
    # Review before sending: a sealed report waits for the user's answer.
    "ALTER TABLE outbox ADD COLUMN held TEXT",
    "ALTER TABLE outbox ADD COLUMN remind_at TEXT",
    # History outcomes: kept on this computer (local-only), skipped (not approved).
    "ALTER TABLE history RENAME TO history_v3",
    "DROP INDEX history_at",
    _HISTORY_V4,
    "INSERT INTO history SELECT * FROM history_v3",
    "DROP TABLE history_v3",
    "CREATE INDEX history_at ON history (at)",
)

MIGRATIONS: Sequence[tuple[Step, ...]] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)


def apply(tx: sqlite3.Connection, number: int) -> None:
    """Run migration ``number`` (0-based) inside the caller's transaction."""
    for step in MIGRATIONS[number]:
        if callable(step):
            step(tx)
        else:
            tx.execute(step)
    tx.execute(f"PRAGMA user_version = {number + 1}")
