"""The local store: one SQLite file, private to the user.

Every write is one transaction, so a crash (even ``kill -9``) leaves either the
old or the new state, never half of one. The schema carries a version; a file
from a newer program is refused rather than touched, and a corrupt file is moved
aside (never overwritten) before a fresh one is made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

DB_NAME = "cep.sqlite3"
LOW_DISK_BYTES = 4 * 1024 * 1024

_MIGRATIONS: list[str] = [
    # 1: consent, audit, schedule, usage counters, outbox, history, settings
    """
    CREATE TABLE consent (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL CHECK (state IN ('not_asked', 'participating', 'not_participating')),
        since TEXT,
        installation_id TEXT,
        categories TEXT,
        source TEXT
    );
    INSERT INTO consent (id, state) VALUES (1, 'not_asked');
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE schedule (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- the last report delivered or rejected for good: the next interval starts here
        last_success TEXT,
        last_attempt TEXT,
        last_result TEXT
    );
    INSERT INTO schedule (id) VALUES (1);
    CREATE TABLE counters (
        kind TEXT NOT NULL CHECK (kind IN ('feature', 'problem')),
        name TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (kind, name)
    );
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'deletion')),
        created TEXT NOT NULL,
        payload BLOB NOT NULL,
        usage_snapshot TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT,
        last_error TEXT
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        status INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'rejected', 'expired')),
        receipt TEXT,
        payload BLOB NOT NULL
    );
    CREATE INDEX history_at ON history (at);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: the per-installation deletion secret (made at join, forgotten at leave)
    """
    ALTER TABLE consent ADD COLUMN deletion_secret TEXT;
    """,
]
SCHEMA_VERSION = len(_MIGRATIONS)


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do."""


def utcnow() -> datetime:
    return datetime.now(UTC)


class Store:
    """A connection to the store with transactional helpers."""

    def __init__(self, path: Path, *, on_notice: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.notices: list[str] = []
        self._notice = on_notice
        self._conn = self._open()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        return cls(data_dir / DB_NAME)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: all of it lands, or none of it does."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise _plain(exc, self.path) from exc
            raise

    def read(self) -> sqlite3.Connection:
        return self._conn

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as tx:
            if value is None:
                tx.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    # -- opening ---------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private(self.path)
            conn, version = self._connect()
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise _plain(exc, self.path) from exc
            aside = _move_aside(self.path)
            self._say(
                f"The data file {self.path} was damaged ({exc}). It was kept as {aside.name} "
                "and a new, empty one was started."
            )
            _create_private(self.path)
            conn, version = self._connect()
        except OSError as exc:
            raise _plain(exc, self.path) from exc
        self._migrate(conn, version)
        return conn

    def _connect(self) -> tuple[sqlite3.Connection, int]:
        """Open and check the file; nothing is written before the version is known."""
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=10.0)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file failed SQLite's integrity check")
        except BaseException:
            conn.close()
            raise
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{self.path} was written by a newer version of cep-gui (data format {version}; "
                f"this version knows up to {SCHEMA_VERSION}). Update cep-gui; the file was not "
                "changed."
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn, version

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        self._conn = conn
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as tx:
                # executescript would commit on its own; run the statements one by one.
                for statement in _MIGRATIONS[number].split(";"):
                    if statement.strip():
                        tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {number + 1}")

    def _say(self, message: str) -> None:
        self.notices.append(message)
        if self._notice:
            self._notice(message)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Only a file that is not a database, or a corrupt one, is moved aside; a full disk,
    a lock or an I/O error says nothing about the file's content and must never cost it."""
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "integrity check" in str(exc)


def _plain(exc: sqlite3.DatabaseError | OSError, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or getattr(exc, "errno", None) == errno.ENOSPC or _nearly_full(path):
        return StoreError(
            f"There is not enough free disk space to save to {path}. Nothing was saved; "
            "free some space and try again."
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return StoreError(f"{path} is busy in another cep-gui process; try again in a moment.")
    if isinstance(exc, PermissionError) or name in ("SQLITE_READONLY", "SQLITE_CANTOPEN"):
        return StoreError(f"{path} cannot be written (permission denied or read-only).")
    return StoreError(f"{path} could not be used: {exc}")


def _nearly_full(path: Path) -> bool:
    """SQLite reports a full disk as an I/O error when its shared-memory file cannot grow."""
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_BYTES
    except OSError:
        return False


def _create_private(path: Path) -> None:
    """Create the file readable by its owner only, before SQLite ever opens it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def _move_aside(path: Path) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside
