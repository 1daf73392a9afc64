"""``cep-gui receiver``: run the receiver, or dump what it stored."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from cep_gui.receiver.cli_values import LOG_LEVELS, checked

if TYPE_CHECKING:
    from cep_gui.receiver.storage import Database

_MISSING_EXTRA = (
    "cep-gui: the receiver needs its extra packages: pip install 'cep-gui[receiver]' ({})"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    receiver = commands.add_parser(
        "receiver",
        help="run the receiver (SQLite file or PostgreSQL), or dump what it stored",
        description=(
            "Serve the report protocol over HTTP with uvicorn and keep reports in an SQLite "
            "file or a PostgreSQL database. Every option also has an environment variable "
            "(CEP_RECEIVER_DB, CEP_RECEIVER_PORT, ...; see the IT guide)."
        ),
    )
    receiver.add_argument(
        "--db",
        metavar="FILE|URL",
        help="an SQLite file (created if missing) or a postgresql:// URL (any libpq URL)",
    )
    receiver.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    receiver.add_argument(
        "--port", type=checked("port"), help="port, 0-65535 (0: any free port; default 8787)"
    )
    receiver.add_argument(
        "--workers", type=checked("positive"), metavar="N", help="worker processes (default 1)"
    )
    receiver.add_argument(
        "--max-per-minute", dest="limits.max_per_minute", type=checked("positive"), metavar="N",
        help="answer 429 with Retry-After above N requests a minute (per worker)",
    )  # fmt: skip
    receiver.add_argument(
        "--max-in-flight", dest="limits.max_in_flight", type=checked("positive"), metavar="N",
        help="answer 503 with Retry-After above N requests at once (per worker; default 128)",
    )  # fmt: skip
    receiver.add_argument(
        "--pool-size", type=checked("positive"), metavar="N",
        help="PostgreSQL connections per worker (default 10)",
    )  # fmt: skip
    receiver.add_argument("--log-level", choices=LOG_LEVELS, help="default info")
    receiver.add_argument(
        "--dump", action="store_true", help="print every stored report, one per line, and exit"
    )
    receiver.set_defaults(handler=run)

    from cep_gui.receiver.relay.cli import add_parser as add_relay

    add_relay(commands)


def run(args: argparse.Namespace) -> int:
    # Imported here: building the command line must not load the server or a database.
    try:
        from cep_gui.receiver.settings import SettingsError, resolve
        from cep_gui.receiver.storage import DatabaseError, open_database
    except ImportError as exc:  # pragma: no cover - an install without the extra
        print(_MISSING_EXTRA.format(exc.name), file=sys.stderr)
        return 1
    overrides = {k: v for k, v in vars(args).items() if k not in ("handler", "dump", "command")}
    try:
        settings = resolve(overrides, os.environ)
    except SettingsError as exc:
        print(f"cep-gui: {exc}", file=sys.stderr)
        return 2
    if not settings.db:
        print("cep-gui: give --db FILE|URL (or CEP_RECEIVER_DB)", file=sys.stderr)
        return 2
    try:
        database = open_database(settings.db)
        if args.dump:
            return _dump(database)
        database.migrate()
    except DatabaseError as exc:
        print(f"cep-gui: {exc}", file=sys.stderr)
        return 1
    try:
        from cep_gui.receiver.serve import bind, serve
    except ImportError as exc:  # pragma: no cover - an install without the extra
        print(_MISSING_EXTRA.format(exc.name), file=sys.stderr)
        return 1
    try:
        sock = bind(settings.host, settings.port)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        where = f"{settings.host}:{settings.port}"
        print(f"cep-gui: cannot listen on {where}: {reason}", file=sys.stderr)
        return 1
    host, bound_port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(
        f"cep-gui receiver ({database.describe()}) listening on http://{shown}:{bound_port}",
        flush=True,
    )
    try:
        serve(settings, sock)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


def _dump(database: Database) -> int:
    archive = database.open_archive(must_exist=True)
    try:
        out = sys.stdout
        for _report_id, _received, body in archive.reports():
            out.write(body.decode("utf-8") + "\n")
        out.flush()
    finally:
        archive.close()
    return 0
