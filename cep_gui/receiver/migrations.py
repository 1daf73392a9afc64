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
)


def latest(migrations: tuple[Migration, ...]) -> int:
    return migrations[-1].version
