"""Versioned schema migrations, one list per engine, never edited once released.

Each migration is a whole SQL script run in one transaction together with the row
that records its version in ``schema_migrations``, so a database is always at
exactly one version. Scripts go to the database as they are (SQLite's
``executescript``, PostgreSQL's simple query protocol): nothing here splits SQL.
Add a migration by appending to a list; the version is its position.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


SQLITE: tuple[Migration, ...] = (
    Migration(
        1,
        "reports and deletions",
        # The tables of the first, stdlib receiver: IF NOT EXISTS adopts its files as
        # version 1, so they upgrade in place.
        """
        CREATE TABLE IF NOT EXISTS reports (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            report_id TEXT UNIQUE NOT NULL,
            installation_id TEXT NOT NULL,
            received TEXT NOT NULL,
            body BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS deletions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            installation_id TEXT NOT NULL,
            received TEXT NOT NULL,
            deleted INTEGER NOT NULL
        );
        """,
    ),
    Migration(
        2,
        "reports kept as received (gzip) with a digest; installations with their key hash",
        # Reports stored before this version are plain JSON (encoding 'identity') and have
        # no key on record: nobody can prove they own them, so a deletion request finds
        # nothing to delete for them.
        """
        ALTER TABLE reports ADD COLUMN encoding TEXT NOT NULL DEFAULT 'identity';
        ALTER TABLE reports ADD COLUMN digest BLOB;
        CREATE TABLE installations (
            installation_id TEXT PRIMARY KEY,
            deletion_key_hash TEXT NOT NULL,
            first_received TEXT NOT NULL,
            deleted TEXT
        ) WITHOUT ROWID;
        CREATE INDEX reports_installation_id ON reports (installation_id);
        CREATE INDEX reports_received ON reports (received);
        """,
    ),
    Migration(
        3,
        "relay: decisions on held reports, settings, sessions, bundles, deletions to forward",
        # Only the IT relay writes these tables; a receiver has them empty. A report of
        # ``reports`` without a decision row is held. Times are ISO 8601 text in UTC.
        """
        CREATE TABLE relay_decisions (
            seq INTEGER PRIMARY KEY,
            report_id TEXT NOT NULL UNIQUE,
            installation_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('released', 'rejected')),
            decided TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            body BLOB,
            removed TEXT,
            next_try TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent TEXT,
            outcome TEXT,
            upstream_status INTEGER,
            upstream_answer TEXT,
            last_error TEXT,
            exported TEXT,
            imported TEXT
        );
        CREATE INDEX relay_decisions_due ON relay_decisions (next_try)
            WHERE state = 'released' AND outcome IS NULL;
        CREATE TRIGGER relay_decisions_follow_reports AFTER DELETE ON reports
        BEGIN
            DELETE FROM relay_decisions WHERE seq = old.seq;
        END;
        CREATE TABLE relay_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE relay_sessions (
            token_hash TEXT PRIMARY KEY,
            csrf TEXT NOT NULL,
            expires TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE relay_bundles (
            bundle_id TEXT PRIMARY KEY,
            direction TEXT NOT NULL CHECK (direction IN ('exported', 'imported')),
            at TEXT NOT NULL,
            reports INTEGER NOT NULL,
            deletions INTEGER NOT NULL,
            key_id TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE relay_deletions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            installation_id TEXT NOT NULL,
            body BLOB NOT NULL,
            received TEXT NOT NULL,
            next_try TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent TEXT,
            upstream_status INTEGER,
            last_error TEXT,
            exported TEXT
        );
        """,
    ),
)

POSTGRES: tuple[Migration, ...] = (
    Migration(
        1,
        "reports, installations and deletions",
        """
        CREATE TABLE installations (
            installation_id uuid PRIMARY KEY,
            deletion_key_hash text NOT NULL CHECK (deletion_key_hash ~ '^[0-9a-f]{64}$'),
            first_received timestamptz NOT NULL DEFAULT now(),
            deleted timestamptz
        );
        CREATE TABLE reports (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            report_id uuid NOT NULL UNIQUE,
            installation_id uuid NOT NULL,
            received timestamptz NOT NULL DEFAULT now(),
            -- the request body exactly as received (the gzip member), the SHA-256 of
            -- the JSON in it, and the same document as JSONB for queries
            body bytea NOT NULL,
            digest bytea NOT NULL,
            payload jsonb NOT NULL
        );
        -- gzip does not compress again: never try
        ALTER TABLE reports ALTER COLUMN body SET STORAGE EXTERNAL;
        CREATE INDEX reports_installation_id ON reports (installation_id);
        CREATE INDEX reports_received ON reports (received);
        CREATE TABLE deletions (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            installation_id uuid NOT NULL,
            received timestamptz NOT NULL DEFAULT now(),
            deleted integer NOT NULL
        );
        """,
    ),
    Migration(
        2,
        "relay: decisions on held reports, settings, sessions, bundles, deletions to forward",
        # The same tables as SQLite's migration 3, times as ISO 8601 text in UTC (so that
        # one set of statements serves both engines); decisions go with their report.
        """
        CREATE TABLE relay_decisions (
            seq bigint PRIMARY KEY REFERENCES reports (seq) ON DELETE CASCADE,
            report_id uuid NOT NULL UNIQUE,
            installation_id uuid NOT NULL,
            state text NOT NULL CHECK (state IN ('released', 'rejected')),
            decided text NOT NULL,
            decided_by text NOT NULL,
            body bytea,
            removed text,
            next_try text,
            attempts integer NOT NULL DEFAULT 0,
            sent text,
            outcome text,
            upstream_status integer,
            upstream_answer text,
            last_error text,
            exported text,
            imported text
        );
        CREATE INDEX relay_decisions_due ON relay_decisions (next_try)
            WHERE state = 'released' AND outcome IS NULL;
        CREATE TABLE relay_settings (name text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE relay_sessions (
            token_hash text PRIMARY KEY,
            csrf text NOT NULL,
            expires text NOT NULL
        );
        CREATE TABLE relay_bundles (
            bundle_id text PRIMARY KEY,
            direction text NOT NULL CHECK (direction IN ('exported', 'imported')),
            at text NOT NULL,
            reports integer NOT NULL,
            deletions integer NOT NULL,
            key_id text NOT NULL
        );
        CREATE TABLE relay_deletions (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            installation_id uuid NOT NULL,
            body bytea NOT NULL,
            received text NOT NULL,
            next_try text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            sent text,
            upstream_status integer,
            last_error text,
            exported text
        );
        """,
    ),
)


def latest(migrations: tuple[Migration, ...]) -> int:
    return migrations[-1].version
