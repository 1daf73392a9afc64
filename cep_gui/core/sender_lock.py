"""One sender per data folder: an inter-process lock held while a report is built,
sealed and sent.

Without it, a timer's ``run-due``, the tray and a user's ``send-now`` each see the
same report due and each build one. The lock is ``flock`` on a file of its own in
the data folder (not the database: closing any other descriptor of a file would
drop POSIX record locks, but ``flock`` locks belong to the open file and survive
that), ``msvcrt.locking`` on Windows. The kernel releases it when the process dies,
so a crash never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

from cep_gui.core.exceptions import Busy

LOCK_NAME = "cep.sqlite3.sender-lock"
#: How long a second sender waits for the first before saying it is busy.
DEFAULT_WAIT_S = 3.0
_POLL_S = 0.05


class SenderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; never waits."""
        if self._fd is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            if not _lock(fd):
                os.close(fd)
                return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd)
            os.close(fd)

    async def acquire(self, wait: float = DEFAULT_WAIT_S) -> None:
        """Take the lock, waiting up to ``wait`` seconds; raise :class:`Busy` after that."""
        import asyncio

        deadline = time.monotonic() + wait
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise Busy("another cep-gui process is sending a report; try again in a moment")
            await asyncio.sleep(_POLL_S)


@contextlib.asynccontextmanager
async def sending_lock(data_dir: Path, wait: float = DEFAULT_WAIT_S) -> AsyncIterator[SenderLock]:
    lock = SenderLock(data_dir)
    await lock.acquire(wait)
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
