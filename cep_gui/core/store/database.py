"""The local store's file: one SQLite database, private to the user, opened once per process.

Why once per process: POSIX file locks belong to a process, and closing *any*
descriptor of a file drops all of that process's locks on it. A second descriptor
(a second "open to fix the permissions", or a second connection opened and closed
by another part of the program) would silently unlock the database underneath the
first connection, and another process could then delete the WAL it still uses.
So every part of a process shares one connection, serialized by a lock, and the
file is made private with ``chmod`` by path, never through a descriptor of our own.

Every write is one ``BEGIN IMMEDIATE`` transaction: a crash (even ``kill -9``)
leaves the old or the new state, never half of one. The schema carries a version;
a file from a newer program is refused rather than touched, a corrupt file is moved
aside (never overwritten) before a new one is made, and a full disk or an I/O error
is never mistaken for damage.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from cep_gui.core.exceptions import StoreError
from cep_gui.core.store import migrations
from cep_gui.core.store.migrations import SCHEMA_VERSION

DB_NAME = "cep.sqlite3"
#: A file of this size is kept beside the store and deleted when the disk is full,
#: so that leaving can always be recorded (see :meth:`Store.with_reserve`).
RESERVE_NAME = DB_NAME + ".reserve"
RESERVE_BYTES = 256 * 1024
LOW_DISK_BYTES = 4 * 1024 * 1024
BUSY_TIMEOUT_S = 10.0
#: How long opening a store waits for other processes creating or migrating it.
OPEN_PATIENCE_S = 60.0

__all__ = ["DB_NAME", "SCHEMA_VERSION", "Store", "StoreError"]


class _Shared:
    """The one connection of this process to one store file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notices: list[str]) -> None:
        self.path = path
        self.conn = conn
        self.notices = notices
        self.lock = threading.RLock()
        self.users = 0


_OPEN: dict[Path, _Shared] = {}
_OPEN_LOCK = threading.Lock()


class Store:
    """A handle on the process's connection to one store, with transactional helpers.

    Handles are cheap: every ``Store.open`` of the same folder in one process shares
    one connection; the last ``close`` closes it.
    """

    def __init__(self, path: Path, *, on_notice: Callable[[str], None] | None = None) -> None:
        self.path = path
        with _OPEN_LOCK:
            key = _checked_location(path)
            shared = _OPEN.get(key)
            if shared is None:
                shared = _open_shared(key)
                _OPEN[key] = shared
            shared.users += 1
        self._shared: _Shared | None = shared
        self.notices: list[str] = shared.notices
        if on_notice is not None:
            for message in shared.notices:
                on_notice(message)

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        return cls(data_dir / DB_NAME)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def close(self) -> None:
        shared, self._shared = self._shared, None
        if shared is None:
            return
        with _OPEN_LOCK:
            shared.users -= 1
            if shared.users == 0:
                _OPEN.pop(shared.path, None)
                with shared.lock:
                    shared.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- access (for the table modules of this package only) ----------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: all of it lands, or none of it does."""
        shared = self._live()
        with shared.lock:
            conn = shared.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _plain(exc, self.path) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise _plain(exc, self.path) from exc
                raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state; never writes."""
        shared = self._live()
        with shared.lock:
            conn = shared.conn
            conn.execute("BEGIN DEFERRED")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def copy_to(self, data_dir: Path) -> None:
        """A consistent copy of the whole store into another (new) data folder."""
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = sqlite3.connect(data_dir / DB_NAME)
        try:
            with self._live().lock:
                self._live().conn.backup(target)
        finally:
            target.close()

    def read(self) -> sqlite3.Connection:
        """The connection for a single read statement (tests, diagnostics)."""
        return self._live().conn

    # -- the reserve that lets leaving succeed on a full disk ---------------------------

    def ensure_reserve(self) -> None:
        """Keep a small file to give back when the disk is full; best effort."""
        reserve = self.data_dir / RESERVE_NAME
        if reserve.exists():
            return
        with contextlib.suppress(OSError):
            fd = os.open(reserve, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            try:
                os.write(fd, b"\0" * RESERVE_BYTES)
            except OSError:
                os.close(fd)
                reserve.unlink(missing_ok=True)
                return
            os.close(fd)

    def release_reserve(self) -> bool:
        """Give the reserve's space back; True when there was one."""
        return _release_reserve(self.data_dir)

    def _live(self) -> _Shared:
        if self._shared is None:
            raise StoreError(f"{self.path} was already closed")
        return self._shared


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _checked_location(path: Path) -> Path:
    """Refuse links, make the data folder private, and name the file for sharing."""
    folder = path.parent
    if str(folder) in ("", "."):
        folder = Path.cwd()
    try:
        if folder.is_symlink():
            raise StoreError(
                f"{folder} is a symbolic link; cep-gui keeps its data only in a real folder"
            )
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder} is not a folder")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _make_private_folder(folder)
        target = folder / path.name
        if target.is_symlink():
            raise StoreError(
                f"{target} is a symbolic link; cep-gui does not follow links to its data file"
            )
        if target.exists() and not target.is_file():
            raise StoreError(f"{target} is not a regular file")
    except OSError as exc:
        raise _plain(exc, path) from exc
    return folder.resolve() / path.name


def _make_private_folder(folder: Path) -> None:
    """The data folder is 0700; a shared folder that holds other files is refused."""
    if sys.platform == "win32":
        return  # the user's profile folders are private by their ACLs
    st = folder.stat()
    if stat.S_IMODE(st.st_mode) & 0o077 == 0:
        return
    if st.st_uid != os.getuid():
        raise StoreError(
            f"{folder} belongs to another user and others can read it; choose a folder of your "
            "own for cep-gui's data (--data-dir)"
        )
    foreign = [entry.name for entry in folder.iterdir() if not entry.name.startswith(DB_NAME)]
    if foreign:
        raise StoreError(
            f"{folder} can be read by other users and holds other files "
            f"({', '.join(sorted(foreign)[:3])}); cep-gui keeps its data only in a private "
            "folder of its own (--data-dir)"
        )
    os.chmod(folder, 0o700)


def _open_shared(path: Path) -> _Shared:
    try:
        return _open_patiently(path)
    except StoreError as exc:
        # Opening needs a little space (the shared-memory index). On a full disk, give
        # back the reserve so that status and leaving still work.
        if not exc.disk_full or not _release_reserve(path.parent):
            raise
    return _open_patiently(path)


def _open_patiently(path: Path) -> _Shared:
    """Many processes starting at once on a new store queue for its first writes; under
    load the wait can outlast one busy timeout, so opening keeps trying for a while."""
    deadline = time.monotonic() + OPEN_PATIENCE_S
    while True:
        try:
            return _open_shared_once(path)
        except StoreError as exc:
            if not exc.busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _release_reserve(folder: Path) -> bool:
    try:
        (folder / RESERVE_NAME).unlink()
    except OSError:
        return False
    return True


def _open_shared_once(path: Path) -> _Shared:
    notices: list[str] = []
    try:
        conn = _connect_checked(path)
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise _plain(exc, path) from exc
        aside = _move_aside(path)
        notices.append(
            f"The data file {path} was damaged ({exc}). It was kept as {aside.name} "
            "and a new, empty one was started."
        )
        try:
            conn = _connect_checked(path)
        except sqlite3.DatabaseError as again:
            raise _plain(again, path) from again
    except OSError as exc:
        raise _plain(exc, path) from exc
    try:
        _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return _Shared(path, conn, notices)


def _connect_checked(path: Path) -> sqlite3.Connection:
    """Open and check the file; nothing is written before the version is known."""
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )
    try:
        if os.name == "posix":
            # By path: a descriptor of our own, once closed, would drop SQLite's locks.
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        # A cheap look at the schema finds a file that is not a database or has a damaged
        # header. A full quick_check would read every page (the whole history) on every
        # start; damage deeper inside shows as a plain "damaged" error when it is met.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer version of cep-gui (data format {version}; "
                f"this version knows up to {SCHEMA_VERSION}). Update cep-gui; the file was not "
                "changed."
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _plain(exc, path) from exc
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            migrations.apply(conn, version)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise _plain(exc, path) from exc
            raise


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Only a file that is not a database, or a corrupt one, is moved aside; a full disk,
    a lock or an I/O error says nothing about the file's content and must never cost it."""
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "integrity check" in str(exc)


def is_disk_full(exc: BaseException, path: Path) -> bool:
    """A full disk, however SQLite or the OS reports it."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name == "SQLITE_FULL" or getattr(exc, "errno", None) == errno.ENOSPC:
        return True
    return name.startswith("SQLITE_IOERR") and _nearly_full(path)


def _plain(exc: sqlite3.Error | OSError, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "")
    if is_disk_full(exc, path):
        return StoreError(
            f"There is not enough free disk space to save to {path}. Nothing was saved; "
            "free some space and try again.",
            disk_full=True,
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in str(exc):
        return StoreError(
            f"{path} is busy in another cep-gui process; try again in a moment.", busy=True
        )
    if name == "SQLITE_CORRUPT" or "malformed" in str(exc):
        return StoreError(
            f"{path} is damaged ({exc}). Quit cep-gui and move the file aside (or run "
            "`cep-gui purge-user-data`) to start a new one."
        )
    if isinstance(exc, PermissionError) or name in ("SQLITE_READONLY", "SQLITE_CANTOPEN"):
        return StoreError(f"{path} cannot be written (permission denied or read-only).")
    return StoreError(f"{path} could not be used: {exc}")


def _nearly_full(path: Path) -> bool:
    """SQLite reports a full disk as an I/O error when its shared-memory file cannot grow."""
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_BYTES
    except OSError:
        return False


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
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
