"""The embedded engine: one SQLite file in WAL mode, durable on every answer.

Reports are kept as the gzip member they came in (with the SHA-256 of their JSON),
so the file grows by the compressed size, not six times that.

All writes of a worker go through one writer thread that commits in groups: the
requests that arrive while a commit (and its fsync) is under way are committed
together in the next transaction, each in its own savepoint. So a 202 still means
"on disk" (``synchronous = FULL``), but the cost of the fsync is shared, and the
event loop never waits for the disk. Several worker processes share the file
through SQLite's own locking (``BEGIN IMMEDIATE`` with a busy timeout).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cep_gui.receiver import migrations
from cep_gui.receiver.storage import (
    DatabaseError,
    DeletionOutcome,
    DeletionResult,
    StorageUnavailable,
    StoreOutcome,
    StoreResult,
    as_json,
    same_key,
)
from cep_gui.receiver.validation import ValidDeletion, ValidReport

BUSY_TIMEOUT_MS = 5000
#: Requests committed together at most; bounds the latency one transaction adds.
MAX_BATCH = 64
_LEGACY_TABLES = {"reports", "deletions", "sqlite_sequence"}
_STOP = object()

Operation = Callable[[sqlite3.Connection, str], Any]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def _version(conn: sqlite3.Connection) -> int:
    if "schema_migrations" not in _tables(conn):
        return 0
    (version,) = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(version)


def apply_migrations(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
    )
    for migration in migrations.SQLITE:
        if _version(conn) >= migration.version:
            continue
        name = migration.name.replace("'", "''")
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{migration.sql}\n"
            "INSERT INTO schema_migrations (version, name, applied) "
            f"VALUES ({migration.version}, '{name}', '{_now()}');\n"
            "COMMIT;\n"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if _version(conn) >= migration.version:
                continue  # another worker applied it first
            raise
    return _version(conn)


class SQLiteDatabase:
    engine = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return str(self.path)

    def _check_kind(self, conn: sqlite3.Connection) -> None:
        version = _version(conn)
        latest = migrations.latest(migrations.SQLITE)
        if version > latest:
            raise DatabaseError(
                f"{self.path} was written by a newer receiver (schema {version}; "
                f"this one knows up to {latest})"
            )
        tables = _tables(conn)
        if version == 0 and tables and not tables <= _LEGACY_TABLES | {"schema_migrations"}:
            raise DatabaseError(f"{self.path} is not a receiver database (it has other tables)")

    def migrate(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(self.path)
        except (OSError, sqlite3.OperationalError) as exc:
            raise DatabaseError(f"cannot open {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{self.path} is not a receiver database ({exc})") from exc
        try:
            self._check_kind(conn)
            return apply_migrations(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{self.path} is not a receiver database ({exc})") from exc
        finally:
            conn.close()

    def open_storage(self, pool_size: int = 1) -> SQLiteStorage:
        return SQLiteStorage(self.path)

    def open_archive(self, *, must_exist: bool = False) -> SQLiteArchive:
        if must_exist and not self.path.is_file():
            raise DatabaseError(f"{self.path} does not exist")
        try:
            conn = connect(self.path, read_only=must_exist)
            if must_exist:
                self._check_kind(conn)
                if "reports" not in _tables(conn):
                    raise DatabaseError(f"{self.path} is not a receiver database (no reports)")
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path} is not a receiver database ({exc})") from exc
        return SQLiteArchive(conn)


class SQLiteArchive:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def reports(self) -> Iterator[tuple[str, str, bytes]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT report_id, received, body, encoding FROM reports ORDER BY seq"
            ).fetchall()
        for report_id, received, body, encoding in rows:
            yield str(report_id), str(received), as_json(bytes(body), encoding)

    def deletions(self) -> list[tuple[str, int]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT installation_id, deleted FROM deletions ORDER BY seq"
            ).fetchall()
        return [(str(i), int(d)) for i, d in rows]

    def schema_version(self) -> int:
        with self._lock:
            return _version(self._conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class SQLiteStorage:
    """The serving side: a writer thread with group commit (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name="receiver-sqlite-writer", daemon=True
        )
        self._thread.start()
        await asyncio.wrap_future(ready)

    async def store_report(self, report: ValidReport) -> StoreResult:
        result: StoreResult = await self._submit(lambda conn, now: _store(conn, now, report))
        return result

    async def delete_installation(self, request: ValidDeletion) -> DeletionResult:
        result: DeletionResult = await self._submit(lambda conn, now: _delete(conn, now, request))
        return result

    async def check(self) -> None:
        await self._submit(lambda conn, now: conn.execute("SELECT 1").fetchone())

    async def close(self) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            await asyncio.to_thread(self._thread.join, 30)
            self._thread = None

    # -- the writer thread -----------------------------------------------------------

    def _submit(self, operation: Operation) -> asyncio.Future[Any]:
        if self._loop is None or self._thread is None:
            raise DatabaseError("the SQLite storage is not running")
        future = self._loop.create_future()
        self._queue.put((operation, future))
        return future

    def _run(self, ready: concurrent.futures.Future[None]) -> None:
        try:
            conn = connect(self.path)
        except sqlite3.Error as exc:
            ready.set_exception(DatabaseError(f"cannot open {self.path}: {exc}"))
            return
        ready.set_result(None)
        stopping = False
        try:
            while not stopping:
                first = self._queue.get()
                if first is _STOP:
                    break
                batch = [first]
                while len(batch) < MAX_BATCH:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is _STOP:
                        stopping = True
                        break
                    batch.append(item)
                outcomes = _run_batch(conn, batch)
                assert self._loop is not None
                self._loop.call_soon_threadsafe(_deliver, outcomes)
        finally:
            conn.close()


Outcome = tuple["asyncio.Future[Any]", Any, BaseException | None]


def _run_batch(conn: sqlite3.Connection, batch: list[tuple[Operation, Any]]) -> list[Outcome]:
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        error = _storage_error(exc)
        return [(future, None, error) for _, future in batch]
    now = _now()
    outcomes: list[Outcome] = []
    for index, (operation, future) in enumerate(batch):
        conn.execute("SAVEPOINT item")
        try:
            outcomes.append((future, operation(conn, now), None))
            conn.execute("RELEASE item")
        except Exception as exc:
            outcomes.append((future, None, _storage_error(exc)))
            if not conn.in_transaction:  # SQLite gave the transaction up (disk full, I/O)
                return outcomes + [(f, None, _storage_error(exc)) for _, f in batch[index + 1 :]]
            conn.execute("ROLLBACK TO item")
            conn.execute("RELEASE item")
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        error = _storage_error(exc)
        return [(future, None, error) for _, future in batch]
    return outcomes


def _storage_error(exc: BaseException) -> BaseException:
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return StorageUnavailable("the database is busy")
    return exc


def _deliver(outcomes: list[Outcome]) -> None:
    for future, result, error in outcomes:
        if future.done():
            continue  # the request went away (client gone, deadline)
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


def _store(conn: sqlite3.Connection, now: str, report: ValidReport) -> StoreResult:
    installation = conn.execute(
        "SELECT deletion_key_hash, deleted FROM installations WHERE installation_id = ?",
        (report.installation_id,),
    ).fetchone()
    if installation is not None:
        if not same_key(installation[0], report.deletion_key_hash):
            return StoreResult(StoreOutcome.INSTALLATION_KEY_MISMATCH)
        if installation[1] is not None:
            return StoreResult(StoreOutcome.INSTALLATION_DELETED)
    existing = conn.execute(
        "SELECT digest, body, encoding FROM reports WHERE report_id = ?", (report.report_id,)
    ).fetchone()
    if existing is not None:
        digest, body, encoding = existing
        if digest is not None:
            same = bytes(digest) == report.digest
        else:  # stored before digests were kept
            same = as_json(bytes(body), encoding) == report.body
        return StoreResult(
            StoreOutcome.ALREADY_RECEIVED if same else StoreOutcome.REPORT_ID_CONFLICT
        )
    if installation is None:
        conn.execute(
            "INSERT INTO installations (installation_id, deletion_key_hash, first_received) "
            "VALUES (?, ?, ?)",
            (report.installation_id, report.deletion_key_hash, now),
        )
    cursor = conn.execute(
        "INSERT INTO reports (report_id, installation_id, received, body, encoding, digest) "
        "VALUES (?, ?, ?, ?, 'gzip', ?)",
        (report.report_id, report.installation_id, now, report.wire, report.digest),
    )
    return StoreResult(StoreOutcome.STORED, cursor.lastrowid, now)


def _delete(conn: sqlite3.Connection, now: str, request: ValidDeletion) -> DeletionResult:
    installation = conn.execute(
        "SELECT deletion_key_hash FROM installations WHERE installation_id = ?",
        (request.installation_id,),
    ).fetchone()
    if installation is None:
        return DeletionResult(DeletionOutcome.UNKNOWN_INSTALLATION)
    if not same_key(installation[0], request.presented_key_hash):
        return DeletionResult(DeletionOutcome.DELETION_KEY_MISMATCH)
    deleted = conn.execute(
        "DELETE FROM reports WHERE installation_id = ?", (request.installation_id,)
    ).rowcount
    conn.execute(
        "UPDATE installations SET deleted = ? WHERE installation_id = ? AND deleted IS NULL",
        (now, request.installation_id),
    )
    conn.execute(
        "INSERT INTO deletions (installation_id, received, deleted) VALUES (?, ?, ?)",
        (request.installation_id, now, deleted),
    )
    return DeletionResult(DeletionOutcome.DELETED, deleted)
