"""Storage behind one interface, so that SQLite and PostgreSQL behave alike.

Two sides, because they live in different places:

- :class:`Storage` serves the running app (async; opened on the app's event loop).
- :class:`Archive` reads what was stored (sync; for ``--dump``, tests and tools).

:func:`open_database` turns the ``--db`` text into a :class:`Database` that knows
its engine, can apply migrations and open either side. The rules a report and a
deletion must pass live here too, so both engines decide the same way.
"""

from __future__ import annotations

import enum
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cep_gui.receiver.validation import ValidDeletion, ValidReport


class DatabaseError(Exception):
    """A database cannot be opened or used; the message is plain and safe to print."""


class StorageUnavailable(DatabaseError):
    """The database is there but cannot take the request now (busy, restarting)."""


class UnstorableReport(Exception):
    """Valid JSON that the database still cannot hold (a number beyond its range)."""


class StoreOutcome(enum.Enum):
    STORED = "stored"
    #: The same report id with the same bytes: an honest retry.
    ALREADY_RECEIVED = "already_received"
    #: The same report id with other bytes.
    REPORT_ID_CONFLICT = "report_id_conflict"
    #: The installation's first report carried another deletion key hash.
    INSTALLATION_KEY_MISMATCH = "installation_key_mismatch"
    #: The installation asked for its reports to be deleted; it files no more.
    INSTALLATION_DELETED = "installation_deleted"


@dataclass(frozen=True)
class StoreResult:
    outcome: StoreOutcome
    seq: int | None = None
    #: UTC, ISO 8601 to the second.
    received: str | None = None


class DeletionOutcome(enum.Enum):
    DELETED = "deleted"
    #: No report of this installation was ever stored (nothing to prove, nothing to delete).
    UNKNOWN_INSTALLATION = "unknown_installation"
    DELETION_KEY_MISMATCH = "deletion_key_mismatch"


@dataclass(frozen=True)
class DeletionResult:
    outcome: DeletionOutcome
    deleted: int = 0


class Storage(Protocol):
    async def start(self) -> None: ...

    async def store_report(self, report: ValidReport) -> StoreResult: ...

    async def delete_installation(self, request: ValidDeletion) -> DeletionResult: ...

    async def check(self) -> None:
        """Raise :class:`DatabaseError` unless the database answers."""

    async def close(self) -> None: ...


class Archive(Protocol):
    def reports(self) -> Iterator[tuple[str, str, bytes]]:
        """``(report_id, received, body)`` in the order received; body exactly as received."""

    def deletions(self) -> list[tuple[str, int]]:
        """``(installation_id, reports deleted)`` for every deletion carried out."""

    def schema_version(self) -> int: ...

    def close(self) -> None: ...


class Database(Protocol):
    engine: str

    def describe(self) -> str:
        """Where the database is, safe to print (never a password)."""

    def migrate(self) -> int:
        """Create or upgrade the schema; returns the schema version now in force."""

    def open_storage(self, pool_size: int) -> Storage: ...

    def open_archive(self, *, must_exist: bool = False) -> Archive: ...


def open_database(target: str | Path) -> Database:
    """A ``postgresql://`` or ``postgres://`` URL (any libpq URL), else an SQLite file."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from cep_gui.receiver.postgres_engine import PostgresDatabase

        return PostgresDatabase(text)
    from cep_gui.receiver.sqlite_engine import SQLiteDatabase

    return SQLiteDatabase(Path(text))


def as_json(stored: bytes, encoding: str) -> bytes:
    """A stored report's JSON: reports are kept as the gzip member they came in."""
    return zlib.decompress(stored, wbits=16 + zlib.MAX_WBITS) if encoding == "gzip" else stored


def same_key(stored: str, presented: str) -> bool:
    """Constant time, so timing tells nothing about how much of a hash matched."""
    import hmac

    return hmac.compare_digest(stored.encode("ascii"), presented.encode("ascii"))
