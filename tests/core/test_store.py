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
from cep_gui.core.store import DB_NAME, SCHEMA_VERSION, Store, StoreError, settings_table
from cep_gui.core.store.settings_table import UserSettings


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
