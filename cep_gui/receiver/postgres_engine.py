"""The fleet engine: PostgreSQL through psycopg 3 and its connection pool.

Receivers keep no state of their own, so any number of them behind a load balancer
share one database. A report is one transaction of one round trip (pipeline mode):
record the installation if new, read its key hash (``FOR KEY SHARE``, so a deletion
in flight is waited for), insert the report; the answer is decided from the three
results and the transaction is rolled back for every refusal. Payloads are kept
twice: the request body exactly as received (the gzip member, ``bytea``) and the
document as JSONB for queries.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import psycopg_pool
from psycopg import conninfo

from cep_gui.receiver import migrations
from cep_gui.receiver.storage import (
    DatabaseError,
    DeletionOutcome,
    DeletionResult,
    StorageUnavailable,
    StoreOutcome,
    StoreResult,
    UnstorableReport,
    as_json,
    same_key,
)
from cep_gui.receiver.validation import ValidDeletion, ValidReport

CONNECT_TIMEOUT_S = 10
#: Waiting longer than this for a pooled connection answers 503 (come back later).
POOL_WAIT_S = 10.0
#: Serializes migrations of receivers starting at the same time (any constant will do).
_MIGRATION_LOCK = 0x63657072  # "cepr"

_INSERT_INSTALLATION = (
    "INSERT INTO installations (installation_id, deletion_key_hash) VALUES (%s, %s) "
    "ON CONFLICT (installation_id) DO NOTHING"
)
_READ_INSTALLATION = (
    "SELECT deletion_key_hash, deleted IS NOT NULL FROM installations "
    "WHERE installation_id = %s FOR KEY SHARE"
)
_INSERT_REPORT = (
    "INSERT INTO reports (report_id, installation_id, body, digest, payload) "
    "VALUES (%s, %s, %s, %s, %s::jsonb) ON CONFLICT (report_id) DO NOTHING "
    "RETURNING seq, received"
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PostgresDatabase:
    engine = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            self._params = conninfo.conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise DatabaseError(f"not a valid PostgreSQL URL: {_first_line(exc)}") from exc
        self.url = url

    def describe(self) -> str:
        params = self._params
        where = str(params.get("host") or "the local socket")
        if params.get("port"):
            where += f":{params['port']}"
        user = f"{params['user']}@" if params.get("user") else ""
        return f"PostgreSQL database {user}{params.get('dbname', '(default)')} on {where}"

    def connect(self, *, autocommit: bool) -> psycopg.Connection[Any]:
        kwargs: dict[str, Any] = {"autocommit": autocommit}
        if "connect_timeout" not in self._params:
            kwargs["connect_timeout"] = CONNECT_TIMEOUT_S
        try:
            return psycopg.connect(self.url, **kwargs)
        except psycopg.Error as exc:
            raise DatabaseError(f"cannot connect to {self.describe()}: {_first_line(exc)}") from exc

    def migrate(self) -> int:
        with self.connect(autocommit=False) as conn:
            try:
                return apply_migrations(conn, self.describe())
            except psycopg.Error as exc:
                raise DatabaseError(f"cannot set up {self.describe()}: {_first_line(exc)}") from exc

    def open_storage(self, pool_size: int = 10) -> PostgresStorage:
        return PostgresStorage(self, pool_size)

    def open_archive(self, *, must_exist: bool = False) -> PostgresArchive:
        conn = self.connect(autocommit=True)
        try:
            exists = conn.execute("SELECT to_regclass('schema_migrations')").fetchone()
            if must_exist and (exists is None or exists[0] is None):
                raise DatabaseError(f"{self.describe()} is not a receiver database")
        except psycopg.Error as exc:
            conn.close()
            raise DatabaseError(f"cannot read {self.describe()}: {_first_line(exc)}") from exc
        except DatabaseError:
            conn.close()
            raise
        return PostgresArchive(conn)

    def pool_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if "connect_timeout" not in self._params:
            kwargs["connect_timeout"] = CONNECT_TIMEOUT_S
        return kwargs


def _version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def apply_migrations(conn: psycopg.Connection[Any], where: str) -> int:
    latest = migrations.latest(migrations.POSTGRES)
    for migration in migrations.POSTGRES:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                "name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())"
            )
            version = _version(conn)
            if version > latest:
                raise DatabaseError(
                    f"{where} was written by a newer receiver (schema {version}; "
                    f"this one knows up to {latest})"
                )
            if version >= migration.version:
                continue
            conn.execute(migration.sql.encode("utf-8"))  # no parameters: one simple query
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                (migration.version, migration.name),
            )
    with conn.transaction():
        return _version(conn)


class PostgresArchive:
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def reports(self) -> Iterator[tuple[str, str, bytes]]:
        # A server-side cursor: a dump of millions of reports streams, it is not loaded.
        with self._conn.transaction(), self._conn.cursor(name="cep_dump") as cursor:
            cursor.itersize = 500
            cursor.execute("SELECT report_id::text, received, body FROM reports ORDER BY seq")
            for report_id, received, body in cursor:
                yield str(report_id), _iso(received), as_json(bytes(body), "gzip")

    def deletions(self) -> list[tuple[str, int]]:
        rows = self._conn.execute(
            "SELECT installation_id::text, deleted FROM deletions ORDER BY seq"
        ).fetchall()
        return [(str(i), int(d)) for i, d in rows]

    def schema_version(self) -> int:
        return _version(self._conn)

    def close(self) -> None:
        self._conn.close()


class _Refused(Exception):
    def __init__(self, result: StoreResult) -> None:
        super().__init__(result.outcome.value)
        self.result = result


class PostgresStorage:
    def __init__(self, database: PostgresDatabase, pool_size: int) -> None:
        self._database = database
        self._pool: psycopg_pool.AsyncConnectionPool[psycopg.AsyncConnection[Any]] = (
            psycopg_pool.AsyncConnectionPool(
                database.url,
                min_size=1,
                max_size=max(1, pool_size),
                kwargs=database.pool_kwargs(),
                open=False,
                timeout=POOL_WAIT_S,
                name="cep-receiver",
            )
        )

    async def start(self) -> None:
        try:
            await self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S + 5)
        except psycopg_pool.PoolTimeout as exc:
            await self._pool.close()
            raise DatabaseError(f"cannot connect to {self._database.describe()}") from exc

    async def store_report(self, report: ValidReport) -> StoreResult:
        try:
            async with self._pool.connection() as conn:
                return await self._store(conn, report)
        except _Refused as refused:
            return refused.result
        except psycopg.DataError as exc:
            raise UnstorableReport(_first_line(exc)) from exc
        except (psycopg_pool.PoolTimeout, psycopg.OperationalError) as exc:
            raise StorageUnavailable(_first_line(exc)) from exc

    async def _store(self, conn: psycopg.AsyncConnection[Any], report: ValidReport) -> StoreResult:
        async with conn.transaction():
            async with conn.pipeline():
                await conn.execute(
                    _INSERT_INSTALLATION, (report.installation_id, report.deletion_key_hash)
                )
                installation = await conn.execute(_READ_INSTALLATION, (report.installation_id,))
                inserted = await conn.execute(
                    _INSERT_REPORT,
                    (
                        report.report_id,
                        report.installation_id,
                        report.wire,
                        report.digest,
                        report.text,
                    ),
                )
            key_hash, deleted = await installation.fetchone() or ("", False)
            row = await inserted.fetchone()
            if not same_key(key_hash, report.deletion_key_hash):
                raise _Refused(StoreResult(StoreOutcome.INSTALLATION_KEY_MISMATCH))
            if deleted:
                raise _Refused(StoreResult(StoreOutcome.INSTALLATION_DELETED))
            if row is None:
                existing = await (
                    await conn.execute(
                        "SELECT digest FROM reports WHERE report_id = %s", (report.report_id,)
                    )
                ).fetchone()
                same = existing is not None and bytes(existing[0]) == report.digest
                raise _Refused(
                    StoreResult(
                        StoreOutcome.ALREADY_RECEIVED if same else StoreOutcome.REPORT_ID_CONFLICT
                    )
                )
            seq, received = row
            return StoreResult(StoreOutcome.STORED, int(seq), _iso(received))

    async def delete_installation(self, request: ValidDeletion) -> DeletionResult:
        try:
            async with self._pool.connection() as conn, conn.transaction():
                found = await (
                    await conn.execute(
                        "SELECT deletion_key_hash FROM installations "
                        "WHERE installation_id = %s FOR UPDATE",
                        (request.installation_id,),
                    )
                ).fetchone()
                if found is None:
                    return DeletionResult(DeletionOutcome.UNKNOWN_INSTALLATION)
                if not same_key(found[0], request.presented_key_hash):
                    return DeletionResult(DeletionOutcome.DELETION_KEY_MISMATCH)
                deleted = (
                    await conn.execute(
                        "DELETE FROM reports WHERE installation_id = %s",
                        (request.installation_id,),
                    )
                ).rowcount
                await conn.execute(
                    "UPDATE installations SET deleted = now() "
                    "WHERE installation_id = %s AND deleted IS NULL",
                    (request.installation_id,),
                )
                await conn.execute(
                    "INSERT INTO deletions (installation_id, deleted) VALUES (%s, %s)",
                    (request.installation_id, deleted),
                )
                return DeletionResult(DeletionOutcome.DELETED, deleted)
        except (psycopg_pool.PoolTimeout, psycopg.OperationalError) as exc:
            raise StorageUnavailable(_first_line(exc)) from exc

    async def check(self) -> None:
        try:
            async with self._pool.connection(timeout=5) as conn:
                await conn.execute("SELECT 1")
        except (psycopg_pool.PoolTimeout, psycopg.Error) as exc:
            raise StorageUnavailable(_first_line(exc)) from exc

    async def close(self) -> None:
        await self._pool.close()
