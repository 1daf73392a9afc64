"""The local store: private, transactional, versioned, and careful with damaged files."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cep_gui.core.consent import State, load_consent
from cep_gui.core.store import (
    DB_NAME,
    SCHEMA_VERSION,
    Store,
    StoreError,
    outbox_table,
    settings_table,
)
from cep_gui.core.store.settings_table import UserSettings

assert sys.platform != "win32", "POSIX only: POSIX permissions, kill -9 and /proc"


def test_new_store_is_private_wal_and_current(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        conn = store.read()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert load_consent(store).state is State.NOT_ASKED
    mode = stat.S_IMODE((tmp_path / "data" / DB_NAME).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) & 0o077 == 0


def settings_of(store: Store) -> UserSettings:
    with store.snapshot() as conn:
        return settings_table.read(conn)


def save(store: Store, settings: UserSettings) -> None:
    with store.transaction() as tx:
        settings_table.write(tx, settings)


def test_reopening_keeps_data(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        save(store, UserSettings(sccm_url="https://provider.example/AdminService"))
    with Store.open(tmp_path) as store:
        assert settings_of(store).sccm_url == "https://provider.example/AdminService"


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(RuntimeError), store.transaction() as tx:
            settings_table.write(tx, UserSettings(sccm_account="CORP\\svc"))
            raise RuntimeError("crash in the middle")
        assert settings_of(store).sccm_account is None


def test_file_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of cep-gui"):
        Store.open(tmp_path)
    assert path.read_bytes() == before


def test_damaged_file_is_kept_aside_and_a_new_one_started(tmp_path: Path) -> None:
    damaged = b"this is not a database at all\x00" * 200
    (tmp_path / DB_NAME).write_bytes(damaged)
    with Store.open(tmp_path) as store:
        assert store.notices and "damaged" in store.notices[0]
        assert load_consent(store).state is State.NOT_ASKED
    kept = [
        p
        for p in tmp_path.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, UTC
    from pathlib import Path
    from cep_gui.core.store import Store
    store = Store.open(Path(sys.argv[1]))
    with store.transaction() as tx:
        tx.execute("UPDATE consent SET state = 'participating', installation_id = 'half'")
        for i in range(5000):
            tx.execute("INSERT INTO audit (at, source, action) VALUES ('x', 'test', ?)", (str(i),))
        print("in transaction", flush=True)
        time.sleep(60)
    """
)


def test_kill_9_in_the_middle_of_a_write_leaves_no_half_state(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        save(store, UserSettings(sccm_account="kept"))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "in transaction"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with Store.open(tmp_path) as store:
        conn = store.read()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert load_consent(store).state is State.NOT_ASKED
        assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0
        assert settings_of(store).sccm_account == "kept"
        assert not store.notices


def descriptors_of(path: Path) -> int:
    """How many descriptors this process holds on ``path`` (Linux /proc)."""
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        try:
            if os.readlink(fd) == str(path):
                count += 1
        except OSError:
            continue
    return count


def test_the_file_is_opened_once_per_process_however_many_handles(tmp_path: Path) -> None:
    import threading

    db = (tmp_path / DB_NAME).resolve()
    handles = [Store.open(tmp_path)]
    threads = [
        threading.Thread(target=lambda: handles.append(Store.open(tmp_path))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        # One descriptor for the database: a second one, once closed, would drop
        # SQLite's POSIX locks and let another process delete the WAL underneath.
        assert descriptors_of(db) == 1
        with handles[-1].transaction() as tx:
            settings_table.write(tx, UserSettings(sccm_account="shared"))
        assert settings_of(handles[0]).sccm_account == "shared"
    finally:
        for handle in handles:
            handle.close()
    assert descriptors_of(db) == 0


HOLDER = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from cep_gui.core.store import Store, settings_table
    from cep_gui.core.store.settings_table import UserSettings
    store = Store.open(Path(sys.argv[1]))
    print("open", flush=True)
    for line in sys.stdin:
        # A worker thread opens and closes its own handle, as the tray's workers do.
        worker = threading.Thread(target=lambda: Store.open(Path(sys.argv[1])).close())
        worker.start()
        worker.join()
        with store.transaction() as tx:
            settings_table.write(tx, UserSettings(sccm_account=line.strip()))
        with store.snapshot() as conn:
            print(settings_table.read(conn).sccm_account, flush=True)
    """
)


def test_a_long_lived_process_survives_others_opening_and_closing(tmp_path: Path) -> None:
    """The tray keeps its store open while its workers and other commands come and go."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "open"
    for number in range(20):
        with Store.open(tmp_path) as other:
            with other.transaction() as tx:
                settings_table.write(tx, UserSettings(sccm_account="other"))
            # Only possible when nobody else uses the WAL: the holder must still count.
            other.read().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        holder.stdin.write(f"round-{number}\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == f"round-{number}"
        with Store.open(tmp_path) as reader:  # what the holder wrote is really in the store
            assert settings_of(reader).sccm_account == f"round-{number}"
    _, err = holder.communicate("", timeout=30)
    assert holder.returncode == 0 and "disk I/O" not in err, err
    with Store.open(tmp_path) as store:
        assert store.read().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_parallel_first_starts_all_succeed(tmp_path: Path) -> None:
    probe = (
        "import sys; from pathlib import Path; from cep_gui.core.store import Store; "
        "Store.open(Path(sys.argv[1])).close()"
    )
    for round_number in range(3):
        data = tmp_path / f"fresh-{round_number}"
        starts = [
            subprocess.Popen(
                [sys.executable, "-c", probe, str(data)], stderr=subprocess.PIPE, text=True
            )
            for _ in range(20)
        ]
        errors = [p.communicate(timeout=60)[1] for p in starts]
        assert [p.returncode for p in starts] == [0] * 20, errors
        with Store.open(data) as store:
            assert store.read().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_links_are_refused_and_the_folder_is_kept_private(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "linked-dir").symlink_to(real)
    with pytest.raises(StoreError, match="is a symbolic link"):
        Store.open(tmp_path / "linked-dir")
    target = tmp_path / "elsewhere.sqlite3"
    target.write_bytes(b"")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).symlink_to(target)
    with pytest.raises(StoreError, match="does not follow links"):
        Store.open(folder)
    assert stat.S_IMODE(target.stat().st_mode) != 0o600 or target.stat().st_size == 0

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    with Store.open(shared):
        pass
    assert stat.S_IMODE(shared.stat().st_mode) == 0o700  # only cep-gui's own files: made private
    crowded = tmp_path / "crowded"
    crowded.mkdir()
    os.chmod(crowded, 0o755)
    (crowded / "notes.txt").write_text("someone's file")
    with pytest.raises(StoreError, match="can be read by other users and holds other files"):
        Store.open(crowded)
    assert stat.S_IMODE(crowded.stat().st_mode) == 0o755  # not touched


def test_an_older_store_with_reports_and_history_migrates(tmp_path: Path) -> None:
    """A version-2 store (history as raw JSON, settings as raw text) keeps everything."""
    import gzip
    import json

    from cep_gui.core import history
    from cep_gui.core.store import migrations

    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for number in range(2):
        for step in migrations.MIGRATIONS[number]:
            assert isinstance(step, str)
            conn.execute(step)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "UPDATE consent SET state='participating', installation_id='id-1', since=?",
        ("2026-11-01T09:00:00+00:00",),
    )
    sent = json.dumps({"report_id": "a", "installation_id": "id-1", "sections": {}}).encode()
    conn.execute(
        "INSERT INTO history (item_id, kind, at, endpoint, status, outcome, receipt, payload) "
        "VALUES ('a', 'report', '2026-11-08T09:00:00+00:00', 'https://x', 202, 'delivered', "
        "'{\"id\": 1}', ?)",
        (sent,),
    )
    queued = json.dumps({"installation_id": "id-1", "withheld": ["vm_config"], "sections": {}})
    conn.execute(
        "INSERT INTO outbox (id, kind, created, payload) VALUES ('b', 'report', ?, ?)",
        ("2026-11-20T09:00:00+00:00", queued.encode()),
    )
    conn.execute("INSERT INTO settings VALUES ('vm_extra_folders', '[\"/srv/vms\"]')")
    conn.execute(
        "INSERT INTO settings VALUES ('sccm_admin_service_url', 'https://cm/AdminService')"
    )
    conn.execute("COMMIT")
    conn.close()

    with Store.open(tmp_path) as store:
        (entry,) = history.list_history(store)
        assert entry.payload == sent and gzip.decompress(entry.body) == sent
        assert entry.row.wire_size < len(sent) + 40 and entry.receipt == '{"id": 1}'
        with store.snapshot() as conn2:
            settings = settings_table.read(conn2)
            row = outbox_table.get(conn2, "b")
        assert settings.vm_folders == ("/srv/vms",)
        assert settings.sccm_url == "https://cm/AdminService"
        assert row is not None and row.installation_id == "id-1" and row.generation == 0
        assert "vm_config" not in row.categories and "host_hardware" in row.categories
