"""How leaving reaches a sender that is uploading right now: an event, not a poll.

The sender of a data folder (there is at most one: :mod:`cep_gui.core.sender_lock`)
listens on a Unix socket while it holds the lock. Whoever changes consent commits
the change first (that is the fence: nothing queued under the old consent can be
sealed or sent after it), then says ``fence`` on that socket and waits. The sender
re-reads the consent; if its upload is no longer allowed it resets the connection
and answers ``done`` only once the request is dead. The message carries no
authority: a stray ``fence`` only makes the sender check again.

Inside one process (the tray leaving while its own upload runs) the socket would
deadlock the event loop, so the leaver trips the sender directly instead.

While a request is in flight the sender also re-checks the fence on a short timer
(:data:`FALLBACK_CHECK_S`): that is how it learns of what no process announces, the
organization's policy files rewritten by its own tools, and where Unix sockets do not
exist (Windows), of everything.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import selectors
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cep_gui.core.fence import BuiltUnder

if TYPE_CHECKING:
    import asyncio

SOCKET_NAME = "cep.sqlite3.sender.sock"
#: sockaddr_un holds about 104 to 108 bytes; longer paths move to the runtime folder.
MAX_SOCKET_PATH = 100
ANSWER_TIMEOUT_S = 10.0
FALLBACK_CHECK_S = 0.25
HAS_UNIX_SOCKETS = sys.platform != "win32"


def socket_path(data_dir: Path, runtime_dir: Path) -> Path:
    direct = data_dir / SOCKET_NAME
    if len(os.fsencode(str(direct))) <= MAX_SOCKET_PATH:
        return direct
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return runtime_dir / f"cep-gui-sender-{digest}.sock"


class ActiveSender:
    """A send run in this process, as a leaver sees it."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        import asyncio

        self.loop = loop
        self.abort = asyncio.Event()
        #: The item whose request is in flight: its kind and what it was built under.
        self.current: tuple[str, BuiltUnder] | None = None
        self._quiet = threading.Event()
        self._quiet.set()

    def trip(self) -> None:
        """Stop the upload in flight now (safe from any thread)."""
        self.loop.call_soon_threadsafe(self.abort.set)

    def begin_request(self, kind: str, built: BuiltUnder) -> None:
        self.current = (kind, built)
        self._quiet.clear()

    def end_request(self) -> None:
        self.current = None
        self._quiet.set()

    def wait_quiet(self, timeout: float = ANSWER_TIMEOUT_S) -> bool:
        """Block until no request is in flight (from another thread than the loop's)."""
        return self._quiet.wait(timeout)

    async def quiet(self, timeout: float = ANSWER_TIMEOUT_S) -> bool:
        """Wait, on the sender's own loop, until no request is in flight."""
        import asyncio

        deadline = self.loop.time() + timeout
        while not self._quiet.is_set():
            if self.loop.time() >= deadline:
                return False
            await asyncio.sleep(0.01)
        return True


_ACTIVE: dict[Path, ActiveSender] = {}
_ACTIVE_LOCK = threading.Lock()


def _key(data_dir: Path) -> Path:
    return data_dir.resolve()


def register(data_dir: Path, sender: ActiveSender) -> None:
    with _ACTIVE_LOCK:
        _ACTIVE[_key(data_dir)] = sender


def unregister(data_dir: Path, sender: ActiveSender) -> None:
    with _ACTIVE_LOCK:
        if _ACTIVE.get(_key(data_dir)) is sender:
            del _ACTIVE[_key(data_dir)]


def local_sender(data_dir: Path) -> ActiveSender | None:
    with _ACTIVE_LOCK:
        return _ACTIVE.get(_key(data_dir))


class FenceListener:
    """The sender's ear: a thread that answers ``fence`` while this process sends."""

    def __init__(self, path: Path, on_fence: Callable[[], None]) -> None:
        self.path = path
        self._on_fence = on_fence
        self._server: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = socket.socketpair()

    def start(self) -> bool:
        """Listen; False where that is impossible (the sender then checks on a timer)."""
        if sys.platform == "win32":
            return False
        with contextlib.suppress(FileNotFoundError):
            # Only the lock holder gets here, so a file left here is a dead sender's.
            self.path.unlink()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(self.path))
            os.chmod(self.path, 0o600)  # the folder is private already; this says so twice
            server.listen(8)
        except OSError:
            server.close()
            return False
        server.setblocking(False)
        self._server = server
        self._thread = threading.Thread(target=self._serve, name="cep-fence", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(5.0)
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._wake_r.close()
        self._wake_w.close()

    def _serve(self) -> None:
        assert self._server is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._server, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = [key.fileobj for key, _ in selector.select()]
                if self._wake_r in ready:
                    return
                try:
                    conn, _ = self._server.accept()
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    return
                with conn:
                    conn.setblocking(True)
                    conn.settimeout(2.0)
                    try:
                        if conn.recv(64).strip() == b"fence":
                            self._on_fence()
                            conn.sendall(b"done\n")
                    except OSError:
                        continue


def notify(path: Path, timeout: float = ANSWER_TIMEOUT_S) -> bool:
    """Tell a sender in another process to check the fence; True when it answered that
    its upload (if any) is dead; False when no sender listens."""
    if sys.platform == "win32":
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(timeout)
        try:
            conn.connect(str(path))
            conn.sendall(b"fence\n")
            return conn.recv(16).startswith(b"done")
        except OSError:
            return False
