"""Serve the receiver with uvicorn: one process, or a supervisor and N workers.

The command binds the listening socket itself (so it can say plainly why it cannot,
and print the real port when given 0) and hands it to uvicorn; with ``--workers N``
uvicorn's supervisor starts N processes that share it, each building its app with
:func:`app_from_environment`.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from typing import Any

import uvicorn

from cep_gui.receiver.app import ReceiverApp
from cep_gui.receiver.limits import MAX_HEADER_BYTES, Limits
from cep_gui.receiver.logs import logging_config
from cep_gui.receiver.metrics import MULTIPROC_ENV, Metrics
from cep_gui.receiver.protocol import DeadlineH11Protocol, with_header_timeout
from cep_gui.receiver.settings import ReceiverSettings, resolve, to_environment
from cep_gui.receiver.storage import Database, open_database

LISTEN_BACKLOG = 2048


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (IPv4 or IPv6 by the host's form); raises OSError.

    The protocol is named (IPPROTO_TCP, not 0): asyncio turns Nagle's algorithm off
    only on connections whose socket says it is TCP, and an answer's headers and body
    are two writes, which with Nagle on wait 40 ms for the client's delayed ACK.
    TCP_NODELAY on the listening socket is inherited by every accepted one, too.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(LISTEN_BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def uvicorn_options(limits: Limits) -> dict[str, Any]:
    return {
        "lifespan": "on",
        "access_log": False,  # its lines carry the client's address
        "proxy_headers": False,
        "server_header": False,
        "timeout_keep_alive": limits.keep_alive,
        "timeout_graceful_shutdown": 10,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        # A backstop for connections; the app's own limit answers 503 with Retry-After first.
        "limit_concurrency": limits.max_in_flight * 2 + 64,
        "backlog": LISTEN_BACKLOG,
    }


def build(settings: ReceiverSettings, database: Database, metrics: Metrics) -> ReceiverApp:
    storage = database.open_storage(settings.pool_size)
    return ReceiverApp(storage, settings.limits, metrics, database.engine)


def app_from_environment() -> ReceiverApp:
    """uvicorn's app factory in each worker process."""
    settings = resolve({}, os.environ)
    DeadlineH11Protocol.header_timeout = settings.limits.header_timeout
    return build(settings, open_database(settings.db), Metrics())


def serve(settings: ReceiverSettings, sock: socket.socket) -> None:
    """Serve until SIGINT or SIGTERM (the database was migrated by the caller)."""
    options = uvicorn_options(settings.limits) | {"log_config": logging_config(settings.log_level)}
    if settings.workers == 1:
        app = build(settings, open_database(settings.db), Metrics())
        protocol = with_header_timeout(settings.limits.header_timeout)
        config = uvicorn.Config(app, http=protocol, **options)
        uvicorn.Server(config).run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    own_dir = MULTIPROC_ENV not in os.environ
    metrics_dir = os.environ.get(MULTIPROC_ENV) or tempfile.mkdtemp(prefix="cep-receiver-metrics-")
    _empty(metrics_dir)  # values of an earlier run would be added to this one's
    os.environ.update(to_environment(settings) | {MULTIPROC_ENV: metrics_dir})
    config = uvicorn.Config(
        "cep_gui.receiver.serve:app_from_environment",
        factory=True,
        workers=settings.workers,
        http="cep_gui.receiver.protocol:DeadlineH11Protocol",
        **options,
    )
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        if own_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _empty(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".db"):
            os.unlink(os.path.join(folder, name))
