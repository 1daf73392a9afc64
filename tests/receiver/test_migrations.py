"""Schema versions: new files, files of the first receiver, foreign and newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from cep_gui.receiver import migrations
from cep_gui.receiver.server import ReceiverServer
from cep_gui.receiver.storage import DatabaseError, open_database
from tests.receiver.wire import Installation, delete, send

LEGACY_SCHEMA = """
CREATE TABLE reports (seq INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT UNIQUE NOT NULL,
  installation_id TEXT NOT NULL, received TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE deletions (seq INTEGER PRIMARY KEY AUTOINCREMENT, installation_id TEXT NOT NULL,
  received TEXT NOT NULL, deleted INTEGER NOT NULL);
INSERT INTO reports (report_id, installation_id, received, body)
  VALUES ('7c1b3c52-0c47-4b8f-9a59-0d7a7f0f3a11', '5f1d2f4e-46f5-4c55-8e3c-2a8c1f1b6a01',
          '2026-11-01T10:00:00+00:00', CAST('{"old": true}' AS BLOB));
"""


def test_a_file_of_the_first_receiver_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(LEGACY_SCHEMA)
    server = ReceiverServer("127.0.0.1", 0, path)
    server.start_in_thread()
    try:
        assert server.db.schema_version() == migrations.latest(migrations.SQLITE)
        assert [r[0] for r in server.db.reports()] == ["7c1b3c52-0c47-4b8f-9a59-0d7a7f0f3a11"]
        mine = Installation()
        assert send(server, mine.report()).status_code == 202
        assert delete(server, mine.deletion()).json() == {"deleted": 1}
        assert len(list(server.db.reports())) == 1  # the old report had no key: kept
    finally:
        server.stop()


def test_a_foreign_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "someone-elses.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError, match="not a receiver database"):
        open_database(path).migrate()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"invoices"}


def test_a_file_that_is_not_sqlite_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    with pytest.raises(DatabaseError, match="not a receiver database"):
        open_database(path).migrate()
    assert path.read_bytes().startswith(b"these are my notes")


def test_a_database_from_a_newer_receiver_is_refused(database_target: str) -> None:
    database = open_database(database_target)
    database.migrate()
    if database.engine == "sqlite":
        with sqlite3.connect(database_target) as conn:
            conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'then')")
    else:
        with psycopg.connect(database_target, autocommit=True) as pg:
            pg.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'future')")
    with pytest.raises(DatabaseError, match="newer receiver"):
        open_database(database_target).migrate()


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each migration is one transaction with its version row: all of it or none."""
    known = migrations.latest(migrations.SQLITE)
    broken = (
        *migrations.SQLITE,
        migrations.Migration(
            known + 1, "half done", "CREATE TABLE extra (x INTEGER); SELECT nonsense();"
        ),
    )
    monkeypatch.setattr(migrations, "SQLITE", broken)
    path = tmp_path / "r.sqlite3"
    with pytest.raises(DatabaseError):
        open_database(path).migrate()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (known,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables
