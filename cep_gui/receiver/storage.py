"""The receiver's SQLite database: reports by id, exactly as received."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path


class ReceiverDB:
    """Thread-safe (one lock) access; the HTTP server handles requests on threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS reports (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "report_id TEXT UNIQUE NOT NULL, installation_id TEXT NOT NULL, "
                "received TEXT NOT NULL, body BLOB NOT NULL)"
            )
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS deletions (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "installation_id TEXT NOT NULL, received TEXT NOT NULL, deleted INTEGER NOT NULL)"
            )

    def store(self, report_id: str, installation_id: str, body: bytes) -> dict[str, object] | None:
        """Keep a report; None when a report with this id is already stored."""
        received = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            try:
                cur = self._conn.execute(
                    "INSERT INTO reports (report_id, installation_id, received, body) "
                    "VALUES (?, ?, ?, ?)",
                    (report_id, installation_id, received, body),
                )
            except sqlite3.IntegrityError:
                return None
        return {"id": cur.lastrowid, "report_id": report_id, "received": received}

    def delete_installation(self, installation_id: str) -> int:
        received = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            deleted = self._conn.execute(
                "DELETE FROM reports WHERE installation_id = ?", (installation_id,)
            ).rowcount
            self._conn.execute(
                "INSERT INTO deletions (installation_id, received, deleted) VALUES (?, ?, ?)",
                (installation_id, received, deleted),
            )
            self._conn.execute("COMMIT")
        return deleted

    def reports(self) -> Iterator[tuple[str, str, bytes]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT report_id, received, body FROM reports ORDER BY seq"
            ).fetchall()
        for report_id, received, body in rows:
            yield str(report_id), str(received), bytes(body)

    def deletions(self) -> list[tuple[str, int]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT installation_id, deleted FROM deletions ORDER BY seq"
            ).fetchall()
        return [(str(i), int(d)) for i, d in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
