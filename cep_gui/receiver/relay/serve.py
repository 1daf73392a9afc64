"""Serve the relay: the receiver's uvicorn setup, with the relay's app and a local admin socket.

One process per relay (its background worker sends what is released); for more,
run several relays on one PostgreSQL database behind a load balancer: they claim
reports before sending, so none is sent twice.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import uvicorn

from cep_gui.receiver.limits import Limits
from cep_gui.receiver.logs import logging_config
from cep_gui.receiver.metrics import Metrics
from cep_gui.receiver.protocol import with_header_timeout
from cep_gui.receiver.relay.state import open_state
from cep_gui.receiver.relay.web import RelayApp, RelayConfig
from cep_gui.receiver.serve import uvicorn_options
from cep_gui.receiver.server import AppFactory, ReceiverServer
from cep_gui.receiver.settings import ReceiverSettings
from cep_gui.receiver.storage import Database, Storage, open_database

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def bind_unix(path: Path) -> socket.socket:
    """The local admin socket, readable and writable by its owner only; raises OSError.

    A socket file left by an earlier run is replaced; any other file is not.
    """
    if sys.platform == "win32":
        raise OSError("a local admin socket needs Unix sockets (use the admin token here)")
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISSOCK(path.lstat().st_mode):
            raise FileExistsError(f"{path} exists and is not a socket")
        path.unlink()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        old = os.umask(0o177)
        try:
            sock.bind(str(path))
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def relay_factory(database: Database, config: RelayConfig, clock: Clock = _now) -> AppFactory:
    def build(storage: Storage, limits: Limits, metrics: Metrics, engine: str) -> RelayApp:
        return RelayApp(
            storage,
            limits,
            metrics,
            engine,
            open_state=lambda: open_state(database, clock),
            config=config,
        )

    return build


class RelayServer(ReceiverServer):
    """A relay in a thread of the calling process: for tests, demos and screenshots."""

    def __init__(
        self,
        host: str,
        port: int,
        db: Path | str,
        config: RelayConfig,
        *,
        clock: Clock = _now,
        limits: Limits | None = None,
    ) -> None:
        extra = [bind_unix(Path(config.admin_socket))] if config.admin_socket else []
        super().__init__(
            host,
            port,
            db,
            limits=limits,
            app_factory=relay_factory(open_database(db), config, clock),
            extra_sockets=extra,
        )
        assert isinstance(self.app, RelayApp)
        self.relay: RelayApp = self.app

    def stop(self) -> None:
        super().stop()
        if self.relay.config.admin_socket:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.relay.config.admin_socket)


def serve_relay(
    settings: ReceiverSettings,
    database: Database,
    config: RelayConfig,
    sockets: Sequence[socket.socket],
) -> None:
    """Serve until SIGINT or SIGTERM (the database was migrated by the caller)."""
    options = uvicorn_options(settings.limits) | {"log_config": logging_config(settings.log_level)}
    build = relay_factory(database, config)
    app = build(
        database.open_storage(settings.pool_size), settings.limits, Metrics(), database.engine
    )
    protocol = with_header_timeout(settings.limits.header_timeout)
    uvicorn.Server(uvicorn.Config(app, http=protocol, **options)).run(sockets=list(sockets))
