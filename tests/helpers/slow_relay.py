"""A slow TCP relay in front of the real receiver, as a congested proxy on the way would be.

It reads what the client sends a little at a time (with a small receive buffer, so the
client cannot park the whole request in the relay's kernel), records what it read and
forwards it upstream. :meth:`arrived` counts what has reached the relay's side of the
connection: what it read plus what waits in its kernel buffer, read later. When the
client resets the connection it resets the upstream one too, as real proxies do; when
the client closes gracefully it forwards everything and half-closes, so the receiver
gets the complete request.
"""

from __future__ import annotations

import contextlib
import fcntl
import socket
import struct
import sys
import termios
import threading
import time
from dataclasses import dataclass, field

_RESET = struct.pack("ii", 1, 0)


@dataclass
class SlowRelay:
    target_port: int
    #: Bytes read from the client per step, and the pause between steps.
    step_bytes: int = 512
    step_seconds: float = 0.05
    arrivals: list[tuple[float, int]] = field(default_factory=list)
    resets: int = 0
    first_byte: threading.Event = field(default_factory=threading.Event)
    #: The receive buffer of accepted sockets: small, so the client's bytes wait on the
    #: client's side; None for the system's default (a whole report fits in it).
    receive_buffer: int | None = 4096

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        if self.receive_buffer is not None:
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.receive_buffer)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._clients: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def total(self) -> int:
        """What the relay has read so far."""
        with self._lock:
            return sum(n for _, n in self.arrivals)

    def arrived(self) -> int:
        """What has reached the relay so far: read, or waiting in its receive buffer."""
        with self._lock:
            waiting = 0
            for client in self._clients:
                if sys.platform == "win32":
                    break
                with contextlib.suppress(OSError):
                    waiting += struct.unpack(
                        "i", fcntl.ioctl(client.fileno(), termios.FIONREAD, b"\0" * 4)
                    )[0]
            return sum(n for _, n in self.arrivals) + waiting

    def close(self) -> None:
        self._stop.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        with self._lock:
            self._clients.append(client)
        upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        threading.Thread(target=self._answers, args=(upstream, client), daemon=True).start()
        try:
            while not self._stop.is_set():
                try:
                    chunk = client.recv(self.step_bytes)
                except ConnectionResetError:
                    with self._lock:
                        self.resets += 1
                    upstream.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _RESET)
                    return
                if not chunk:
                    with contextlib.suppress(OSError):
                        upstream.shutdown(socket.SHUT_WR)
                    return
                with self._lock:
                    self.arrivals.append((time.monotonic(), len(chunk)))
                self.first_byte.set()
                upstream.sendall(chunk)
                time.sleep(self.step_seconds)
        except OSError:
            return
        finally:
            with self._lock:
                self._clients.remove(client)
            with contextlib.suppress(OSError):
                client.close()
            # Wake the thread that waits for answers first: a socket another thread is
            # blocked on stays open after close(), and the receiver would wait for it.
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_RD)
            with contextlib.suppress(OSError):
                upstream.close()

    def _answers(self, upstream: socket.socket, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := upstream.recv(65536):
                client.sendall(chunk)
