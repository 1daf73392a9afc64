"""A receiver in a thread of the calling process: for tests, demos and screenshots.

The same app, storage and uvicorn protocol as ``cep-gui receiver``, on a socket bound
at construction (so ``server_address`` is known at once, also for port 0). The
storage can be read back synchronously through ``db``.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import uvicorn

from cep_gui.receiver.app import ReceiverApp
from cep_gui.receiver.limits import Limits
from cep_gui.receiver.metrics import Metrics
from cep_gui.receiver.protocol import with_header_timeout
from cep_gui.receiver.serve import bind, uvicorn_options
from cep_gui.receiver.storage import Archive, Storage, open_database

#: Builds the app on the server's storage: the receiver's, or the relay's (which is one).
AppFactory = Callable[[Storage, Limits, Metrics, str], ReceiverApp]

START_TIMEOUT_S = 30.0


class ReceiverServer:
    def __init__(
        self,
        host: str,
        port: int,
        db: Path | str,
        *,
        max_per_minute: int | None = None,
        limits: Limits | None = None,
        pool_size: int = 4,
        app_factory: AppFactory = ReceiverApp,
        extra_sockets: Sequence[socket.socket] = (),
    ) -> None:
        self.database = open_database(db)
        self.database.migrate()
        self.limits = limits or Limits(max_per_minute=max_per_minute)
        self.socket: socket.socket = bind(host, port)
        self.server_address: tuple[str, int] = self.socket.getsockname()[:2]
        #: What was stored, read back synchronously.
        self.db: Archive = self.database.open_archive()
        self.app = app_factory(
            self.database.open_storage(pool_size), self.limits, Metrics(), self.database.engine
        )
        self._sockets = [self.socket, *extra_sockets]
        config = uvicorn.Config(
            self.app,
            http=with_header_timeout(self.limits.header_timeout),
            log_config=None,
            **uvicorn_options(self.limits),
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def url(self) -> str:
        host, port = self.server_address
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def requests(self) -> int:
        """Requests seen, answered or not."""
        return self.app.requests

    def serve_forever(self) -> None:
        asyncio.run(self._server.serve(sockets=self._sockets))

    def start_in_thread(self) -> threading.Thread:
        self._thread = threading.Thread(target=self._run, name="receiver", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the receiver did not start: {self._failure!r}")
            time.sleep(0.005)
        return self._thread

    def _run(self) -> None:
        try:
            self.serve_forever()
        except BaseException as exc:  # SystemExit from a failed startup included
            self._failure = exc

    def stop(self) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(30)
            self._thread = None
        self.server_close()
        self.db.close()

    def server_close(self) -> None:
        for sock in self._sockets:
            sock.close()
