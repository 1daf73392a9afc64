"""What the relay knows beyond the receiver's tables: decisions, sending, sessions, bundles.

The reports themselves live in the receiver's ``reports`` table, stored by the
receiver's own storage engines; a report without a row in ``relay_decisions`` is
*held*. A decision row is written once, when IT releases or rejects a report (or
auto-release does), and a release fixes the exact body that will leave: the
report after the organization's rules, as a gzip member. Sending then only
updates the row: when it went, what the vendor answered.

One set of statements serves both engines (SQLite and PostgreSQL): the relay's
own times are ISO 8601 text in UTC, and the few expressions that differ (how a
report's time of arrival reads as text) come from a small dialect. These
operations are few and not on the hot path of accepting reports, so they are
synchronous; the web app runs them in a worker thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, cast

from cep_gui.receiver.storage import Database, DatabaseError, as_json


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Counts:
    held: int = 0
    #: Released, not yet delivered (waiting for the upstream, or exported in a bundle).
    waiting: int = 0
    delivered: int = 0
    #: Refused for good by the vendor (HTTP 400, 413, 422).
    refused: int = 0
    rejected: int = 0
    exported: int = 0
    deletions_waiting: int = 0


@dataclass(frozen=True)
class Batch:
    """Held reports that arrived on one day (UTC): the unit of review."""

    id: str
    reports: int
    machines: int
    oldest: str
    newest: str
    #: The newest report's sequence number: a release of what was shown goes no further.
    last_seq: int


@dataclass(frozen=True)
class HeldReport:
    seq: int
    report_id: str
    installation_id: str
    received: str
    #: The report's JSON, inflated.
    body: bytes


@dataclass(frozen=True)
class Decision:
    state: str
    decided: str
    decided_by: str
    removed: str | None
    attempts: int
    next_try: str | None
    sent: str | None
    outcome: str | None
    upstream_status: int | None
    upstream_answer: str | None
    last_error: str | None
    exported: str | None
    imported: str | None

    @property
    def label(self) -> str:
        """One word for people: held, released, delivered, refused, rejected, exported."""
        if self.state == "rejected":
            return "rejected"
        if self.outcome == "delivered":
            return "delivered"
        if self.outcome == "refused":
            return "refused by the vendor"
        if self.exported:
            return "exported"
        return "released"


@dataclass(frozen=True)
class StoredReport:
    seq: int
    report_id: str
    installation_id: str
    received: str
    body: bytes
    decision: Decision | None
    #: The JSON that leaves (after the rules), once released.
    released_body: bytes | None = None
    deletion_key_hash: str = ""


@dataclass(frozen=True)
class Outgoing:
    seq: int
    report_id: str
    #: The gzip member that goes upstream.
    body: bytes
    attempts: int


@dataclass(frozen=True)
class OutgoingDeletion:
    seq: int
    installation_id: str
    #: The client's deletion request, JSON.
    body: bytes
    attempts: int


@dataclass(frozen=True)
class Selection:
    """Which held reports a decision covers; all of them when nothing is given."""

    batch: str | None = None
    #: At most this sequence number: what a reviewer saw, not what arrived since.
    through: int | None = None
    report_ids: tuple[str, ...] = ()
    #: Received at or before this moment (auto-release after N days).
    received_before: datetime | None = None


@dataclass(frozen=True)
class Activity:
    report_id: str
    installation_id: str
    received: str
    decision: Decision


@dataclass
class ExportSet:
    reports: list[Outgoing] = field(default_factory=list)
    deletions: list[OutgoingDeletion] = field(default_factory=list)


#: Turns a report's JSON into what leaves: (new JSON, what was removed).
Redactor = Callable[[bytes], tuple[bytes, list[str]]]
Compressor = Callable[[bytes], bytes]


class _Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class _Tx(Protocol):
    def execute(self, sql: str, params: Sequence[object] = ()) -> _Cursor: ...


@dataclass(frozen=True)
class _Dialect:
    report_id: str
    installation_id: str
    received: str
    encoding: str
    skip_locked: str


_SQLITE = _Dialect("r.report_id", "r.installation_id", "r.received", "r.encoding", "")
_POSTGRES = _Dialect(
    "r.report_id::text",
    "r.installation_id::text",
    "to_char(r.received AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')",
    "'gzip'",
    " FOR UPDATE SKIP LOCKED",
)
_DECISION_COLUMNS = (
    "d.state, d.decided, d.decided_by, d.removed, d.attempts, d.next_try, d.sent, d.outcome, "
    "d.upstream_status, d.upstream_answer, d.last_error, d.exported, d.imported"
)


def _decision(row: Sequence[Any]) -> Decision | None:
    if row[0] is None:
        return None
    (
        state,
        decided,
        by,
        removed,
        attempts,
        next_try,
        sent,
        outcome,
        status,
        answer,
        error,
        exported,
        imported,
    ) = row
    return Decision(
        str(state),
        str(decided),
        str(by),
        removed,
        int(attempts),
        next_try,
        sent,
        outcome,
        None if status is None else int(status),
        answer,
        error,
        exported,
        imported,
    )


class RelayState:
    """The relay's operations, the same on both engines (see the module docstring)."""

    def __init__(self, dialect: _Dialect, clock: Callable[[], datetime]) -> None:
        self._d = dialect
        self.clock = clock

    # -- engine ----------------------------------------------------------------------

    def transaction(self) -> contextlib.AbstractContextManager[_Tx]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def now(self) -> str:
        return iso(self.clock())

    # -- reading ---------------------------------------------------------------------

    def counts(self) -> Counts:
        with self.transaction() as tx:
            (held,) = tx.execute(
                "SELECT count(*) FROM reports r LEFT JOIN relay_decisions d ON d.seq = r.seq "
                "WHERE d.seq IS NULL"
            ).fetchone()
            rows = tx.execute(
                "SELECT state, outcome, exported IS NOT NULL, count(*) FROM relay_decisions "
                "GROUP BY state, outcome, exported IS NOT NULL"
            ).fetchall()
            (deletions,) = tx.execute(
                "SELECT count(*) FROM relay_deletions WHERE sent IS NULL AND exported IS NULL"
            ).fetchone()
        values = {"held": int(held), "deletions_waiting": int(deletions)}
        for state, outcome, exported, number in rows:
            if state == "rejected":
                key = "rejected"
            elif outcome == "delivered":
                key = "delivered"
            elif outcome == "refused":
                key = "refused"
            elif exported:
                key = "exported"
            else:
                key = "waiting"
            values[key] = values.get(key, 0) + int(number)
        return Counts(**values)

    def batches(self) -> list[Batch]:
        day = f"substr({self._d.received}, 1, 10)"
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT {day}, count(*), count(DISTINCT r.installation_id), "
                f"min({self._d.received}), max({self._d.received}), max(r.seq) "
                "FROM reports r LEFT JOIN relay_decisions d ON d.seq = r.seq "
                f"WHERE d.seq IS NULL GROUP BY {day} ORDER BY {day}"
            ).fetchall()
        return [Batch(str(b), int(n), int(m), str(o), str(w), int(s)) for b, n, m, o, w, s in rows]

    def held(self, selection: Selection = Selection()) -> Iterator[HeldReport]:
        """Held reports in the order received, bodies inflated (read in one transaction)."""
        where, params = self._where(selection)
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT r.seq, {self._d.report_id}, {self._d.installation_id}, "
                f"{self._d.received}, r.body, {self._d.encoding} "
                "FROM reports r LEFT JOIN relay_decisions d ON d.seq = r.seq "
                f"WHERE d.seq IS NULL{where} ORDER BY r.seq",
                params,
            ).fetchall()
        for seq, report_id, installation_id, received, body, encoding in rows:
            yield HeldReport(
                int(seq),
                str(report_id),
                str(installation_id),
                str(received),
                as_json(bytes(body), str(encoding)),
            )

    def _where(self, selection: Selection) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if selection.batch is not None:
            clauses.append(f"substr({self._d.received}, 1, 10) = ?")
            params.append(selection.batch)
        if selection.through is not None:
            clauses.append("r.seq <= ?")
            params.append(selection.through)
        if selection.report_ids:
            clauses.append(
                f"{self._d.report_id} IN ({', '.join('?' for _ in selection.report_ids)})"
            )
            params.extend(selection.report_ids)
        if selection.received_before is not None:
            clauses.append(f"{self._d.received} <= ?")
            params.append(iso(selection.received_before))
        return "".join(f" AND {c}" for c in clauses), params

    def report(self, report_id: str) -> StoredReport | None:
        with self.transaction() as tx:
            row = tx.execute(
                f"SELECT r.seq, {self._d.report_id}, {self._d.installation_id}, "
                f"{self._d.received}, r.body, {self._d.encoding}, i.deletion_key_hash, "
                f"d.body, {_DECISION_COLUMNS} "
                "FROM reports r LEFT JOIN relay_decisions d ON d.seq = r.seq "
                "LEFT JOIN installations i ON i.installation_id = r.installation_id "
                f"WHERE {self._d.report_id} = ?",
                (report_id.lower(),),
            ).fetchone()
        if row is None:
            return None
        seq, rid, iid, received, body, encoding, key_hash, released = row[:8]
        return StoredReport(
            int(seq),
            str(rid),
            str(iid),
            str(received),
            as_json(bytes(body), str(encoding)),
            _decision(row[8:]),
            None if released is None else as_json(bytes(released), "gzip"),
            str(key_hash or ""),
        )

    def activity(self, limit: int = 50) -> list[Activity]:
        """The latest decisions, newest first."""
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT {self._d.report_id}, {self._d.installation_id}, {self._d.received}, "
                f"{_DECISION_COLUMNS} FROM relay_decisions d JOIN reports r ON r.seq = d.seq "
                "ORDER BY coalesce(d.sent, d.decided) DESC, d.seq DESC LIMIT ?",
                (limit,),
            ).fetchall()
        found: list[Activity] = []
        for row in rows:
            decision = _decision(row[3:])
            assert decision is not None
            found.append(Activity(str(row[0]), str(row[1]), str(row[2]), decision))
        return found

    # -- deciding --------------------------------------------------------------------

    def release(
        self, selection: Selection, redact: Redactor, compress: Compressor, *, by: str
    ) -> list[str]:
        """Fix what leaves for every held report of the selection; their report ids.

        One transaction: a report decided meanwhile by someone else is skipped (its
        row exists), never decided twice.
        """
        where, params = self._where(selection)
        now = self.now()
        released: list[str] = []
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT r.seq, {self._d.report_id}, {self._d.installation_id}, r.body, "
                f"{self._d.encoding} FROM reports r "
                "LEFT JOIN relay_decisions d ON d.seq = r.seq "
                f"WHERE d.seq IS NULL{where} ORDER BY r.seq",
                params,
            ).fetchall()
            for seq, report_id, installation_id, body, encoding in rows:
                document, removed = redact(as_json(bytes(body), str(encoding)))
                inserted = tx.execute(
                    "INSERT INTO relay_decisions (seq, report_id, installation_id, state, "
                    "decided, decided_by, body, removed, next_try) "
                    "VALUES (?, ?, ?, 'released', ?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING",
                    (
                        seq,
                        report_id,
                        installation_id,
                        now,
                        by,
                        compress(document),
                        "; ".join(removed) or None,
                        now,
                    ),
                )
                if inserted.rowcount:
                    released.append(str(report_id))
        return released

    def reject(self, selection: Selection, *, by: str) -> list[str]:
        where, params = self._where(selection)
        now = self.now()
        rejected: list[str] = []
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT r.seq, {self._d.report_id}, {self._d.installation_id} FROM reports r "
                f"LEFT JOIN relay_decisions d ON d.seq = r.seq WHERE d.seq IS NULL{where} "
                "ORDER BY r.seq",
                params,
            ).fetchall()
            for seq, report_id, installation_id in rows:
                inserted = tx.execute(
                    "INSERT INTO relay_decisions (seq, report_id, installation_id, state, "
                    "decided, decided_by) VALUES (?, ?, ?, 'rejected', ?, ?) "
                    "ON CONFLICT (seq) DO NOTHING",
                    (seq, report_id, installation_id, now, by),
                )
                if inserted.rowcount:
                    rejected.append(str(report_id))
        return rejected

    # -- sending ---------------------------------------------------------------------

    def claim(self, *, lease: timedelta, limit: int = 20) -> list[Outgoing]:
        """Released reports due for a try, leased so that no other relay sends them too."""
        now = self.clock()
        with self.transaction() as tx:
            rows = tx.execute(
                "SELECT seq, report_id, body, attempts FROM relay_decisions "
                "WHERE state = 'released' AND outcome IS NULL AND exported IS NULL "
                "AND next_try <= ? ORDER BY next_try, seq LIMIT ?" + self._d.skip_locked,
                (iso(now), limit),
            ).fetchall()
            for row in rows:
                tx.execute(
                    "UPDATE relay_decisions SET next_try = ? WHERE seq = ?",
                    (iso(now + lease), row[0]),
                )
        return [Outgoing(int(s), str(r), bytes(b), int(a)) for s, r, b, a in rows]

    def record_delivered(self, seq: int, status: int, answer: str | None) -> None:
        with self.transaction() as tx:
            tx.execute(
                "UPDATE relay_decisions SET outcome = 'delivered', sent = ?, upstream_status = ?, "
                "upstream_answer = ?, last_error = NULL, attempts = attempts + 1, next_try = NULL "
                "WHERE seq = ?",
                (self.now(), status, answer, seq),
            )

    def record_refused(self, seq: int, status: int | None, message: str) -> None:
        with self.transaction() as tx:
            tx.execute(
                "UPDATE relay_decisions SET outcome = 'refused', sent = ?, upstream_status = ?, "
                "last_error = ?, attempts = attempts + 1, next_try = NULL WHERE seq = ?",
                (self.now(), status, message, seq),
            )

    def record_retry(self, seq: int, status: int | None, message: str, next_try: datetime) -> None:
        with self.transaction() as tx:
            tx.execute(
                "UPDATE relay_decisions SET upstream_status = ?, last_error = ?, "
                "attempts = attempts + 1, next_try = ? WHERE seq = ?",
                (status, message, iso(next_try), seq),
            )

    def add_deletion(self, installation_id: str, body: bytes) -> None:
        """A client's deletion request, to be passed on to the vendor."""
        now = self.now()
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO relay_deletions (installation_id, body, received, next_try) "
                "VALUES (?, ?, ?, ?)",
                (installation_id, body, now, now),
            )

    def claim_deletions(self, *, lease: timedelta, limit: int = 20) -> list[OutgoingDeletion]:
        now = self.clock()
        with self.transaction() as tx:
            rows = tx.execute(
                f"SELECT seq, installation_id{'::text' if self._d.skip_locked else ''}, body, "
                "attempts FROM relay_deletions WHERE sent IS NULL AND exported IS NULL "
                "AND next_try <= ? ORDER BY seq LIMIT ?" + self._d.skip_locked,
                (iso(now), limit),
            ).fetchall()
            for row in rows:
                tx.execute(
                    "UPDATE relay_deletions SET next_try = ? WHERE seq = ?",
                    (iso(now + lease), row[0]),
                )
        return [OutgoingDeletion(int(s), str(i), bytes(b), int(a)) for s, i, b, a in rows]

    def record_deletion(
        self, seq: int, *, status: int | None, error: str | None, next_try: datetime | None
    ) -> None:
        """Sent (``next_try`` None) or to be tried again at ``next_try``."""
        with self.transaction() as tx:
            if next_try is None:
                tx.execute(
                    "UPDATE relay_deletions SET sent = ?, upstream_status = ?, last_error = ?, "
                    "attempts = attempts + 1 WHERE seq = ?",
                    (self.now(), status, error, seq),
                )
            else:
                tx.execute(
                    "UPDATE relay_deletions SET upstream_status = ?, last_error = ?, "
                    "attempts = attempts + 1, next_try = ? WHERE seq = ?",
                    (status, error, iso(next_try), seq),
                )

    # -- bundles ---------------------------------------------------------------------

    def exportable(self, again: str | None = None) -> ExportSet:
        """Released reports and deletions not yet delivered nor exported, or those of the
        bundle ``again`` (a bundle that was lost on the way)."""
        condition = "exported IS NULL" if again is None else "exported = ?"
        params: tuple[object, ...] = () if again is None else (again,)
        found = ExportSet()
        with self.transaction() as tx:
            rows = tx.execute(
                "SELECT seq, report_id, body, attempts FROM relay_decisions "
                f"WHERE state = 'released' AND outcome IS NULL AND {condition} ORDER BY seq",
                params,
            ).fetchall()
            found.reports = [Outgoing(int(s), str(r), bytes(b), int(a)) for s, r, b, a in rows]
            rows = tx.execute(
                f"SELECT seq, installation_id{'::text' if self._d.skip_locked else ''}, body, "
                f"attempts FROM relay_deletions WHERE sent IS NULL AND {condition} ORDER BY seq",
                params,
            ).fetchall()
            found.deletions = [
                OutgoingDeletion(int(s), str(i), bytes(b), int(a)) for s, i, b, a in rows
            ]
        return found

    def mark_exported(self, bundle_id: str, key_id: str, content: ExportSet) -> None:
        now = self.now()
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO relay_bundles (bundle_id, direction, at, reports, deletions, key_id) "
                "VALUES (?, 'exported', ?, ?, ?, ?)",
                (bundle_id, now, len(content.reports), len(content.deletions), key_id),
            )
            for report in content.reports:
                tx.execute(
                    "UPDATE relay_decisions SET exported = ? WHERE seq = ?", (bundle_id, report.seq)
                )
            for deletion in content.deletions:
                tx.execute(
                    "UPDATE relay_deletions SET exported = ? WHERE seq = ?",
                    (bundle_id, deletion.seq),
                )

    def bundle(self, bundle_id: str) -> tuple[str, str] | None:
        """(direction, when) of a bundle this relay exported or imported."""
        with self.transaction() as tx:
            row = tx.execute(
                "SELECT direction, at FROM relay_bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def decided_ids(self, report_ids: Sequence[str]) -> list[str]:
        """Of these report ids, those this relay already decided on (or imported)."""
        found: list[str] = []
        with self.transaction() as tx:
            for report_id in report_ids:
                row = tx.execute(
                    f"SELECT {self._d.report_id} FROM relay_decisions d "
                    f"JOIN reports r ON r.seq = d.seq WHERE {self._d.report_id} = ?",
                    (report_id,),
                ).fetchone()
                if row is not None:
                    found.append(str(row[0]))
        return found

    def record_import(
        self,
        bundle_id: str,
        key_id: str,
        report_ids: Sequence[str],
        deletions: Sequence[tuple[str, bytes]],
    ) -> None:
        """The bundle's reports (already stored as received) are released as they came:
        the exporting relay applied its rules. One transaction with the bundle's record,
        so a bundle counts as imported exactly when its reports are released."""
        now = self.now()
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO relay_bundles (bundle_id, direction, at, reports, deletions, key_id) "
                "VALUES (?, 'imported', ?, ?, ?, ?)",
                (bundle_id, now, len(report_ids), len(deletions), key_id),
            )
            for report_id in report_ids:
                tx.execute(
                    "INSERT INTO relay_decisions (seq, report_id, installation_id, state, decided, "
                    "decided_by, body, next_try, imported) "
                    "SELECT r.seq, r.report_id, r.installation_id, 'released', "
                    "?, 'bundle', r.body, ?, ? FROM reports r "
                    f"WHERE {self._d.report_id} = ? ON CONFLICT (seq) DO NOTHING",
                    (now, now, bundle_id, report_id),
                )
            for installation_id, body in deletions:
                tx.execute(
                    "INSERT INTO relay_deletions (installation_id, body, received, next_try) "
                    "VALUES (?, ?, ?, ?)",
                    (installation_id, body, now, now),
                )

    # -- settings and sessions -------------------------------------------------------

    def setting(self, name: str) -> str | None:
        with self.transaction() as tx:
            row = tx.execute("SELECT value FROM relay_settings WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, name: str, value: str | None) -> None:
        with self.transaction() as tx:
            if value is None:
                tx.execute("DELETE FROM relay_settings WHERE name = ?", (name,))
            else:
                tx.execute(
                    "INSERT INTO relay_settings (name, value) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (name, value),
                )

    def set_token_hash(self, value: str) -> None:
        """A new admin token: every session of the old one ends with it."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO relay_settings (name, value) VALUES ('admin_token', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (value,),
            )
            tx.execute("DELETE FROM relay_sessions")

    def add_session(self, token_hash: str, csrf: str, expires: datetime) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM relay_sessions WHERE expires <= ?", (self.now(),))
            tx.execute(
                "INSERT INTO relay_sessions (token_hash, csrf, expires) VALUES (?, ?, ?)",
                (token_hash, csrf, iso(expires)),
            )

    def session(self, token_hash: str) -> str | None:
        """The session's CSRF token while it is valid."""
        with self.transaction() as tx:
            row = tx.execute(
                "SELECT csrf FROM relay_sessions WHERE token_hash = ? AND expires > ?",
                (token_hash, self.now()),
            ).fetchone()
        return None if row is None else str(row[0])

    def drop_session(self, token_hash: str) -> None:
        with self.transaction() as tx:
            tx.execute("DELETE FROM relay_sessions WHERE token_hash = ?", (token_hash,))


class SQLiteRelayState(RelayState):
    """One connection (WAL, busy timeout) beside the receiver's writer, used under a lock."""

    def __init__(self, path: Path, clock: Callable[[], datetime]) -> None:
        super().__init__(_SQLITE, clock)
        from cep_gui.receiver.sqlite_engine import connect

        self.path = path
        try:
            self._conn = connect(path)
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open {path}: {exc}") from exc
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Tx]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise DatabaseError(f"cannot use {self.path}: {exc}") from exc
            try:
                yield cast(_Tx, self._conn)
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise DatabaseError(f"cannot write {self.path}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _PostgresTx:
    """psycopg with the ``?`` placeholders of the shared statements."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[object] = ()) -> _Cursor:
        cursor: _Cursor = self._conn.execute(sql.replace("?", "%s"), tuple(params))
        return cursor


class PostgresRelayState(RelayState):
    def __init__(self, url: str, describe: str, clock: Callable[[], datetime]) -> None:
        super().__init__(_POSTGRES, clock)
        import psycopg_pool

        self._describe = describe
        self._pool: Any = psycopg_pool.ConnectionPool(
            url,
            min_size=1,
            max_size=4,
            open=False,
            timeout=10.0,
            name="cep-relay",
            kwargs={"connect_timeout": 10},
        )
        try:
            self._pool.open(wait=True, timeout=15)
        except psycopg_pool.PoolTimeout as exc:
            self._pool.close()
            raise DatabaseError(f"cannot connect to {describe}") from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Tx]:
        import psycopg
        import psycopg_pool

        try:
            with self._pool.connection() as conn, conn.transaction():
                yield _PostgresTx(conn)
        except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as exc:
            raise DatabaseError(f"cannot use {self._describe}: {exc}") from exc

    def close(self) -> None:
        self._pool.close()


def open_state(
    database: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> RelayState:
    """The relay's state in the receiver database ``database`` (migrated by the caller)."""
    from cep_gui.receiver.sqlite_engine import SQLiteDatabase

    if isinstance(database, SQLiteDatabase):
        return SQLiteRelayState(database.path, clock)
    from cep_gui.receiver.postgres_engine import PostgresDatabase

    if isinstance(database, PostgresDatabase):
        return PostgresRelayState(database.url, database.describe(), clock)
    raise DatabaseError(f"no relay state for the {database.engine} engine")
