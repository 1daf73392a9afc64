"""``cep-gui receiver``: run the reference receiver or dump what it stored."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    receiver = commands.add_parser(
        "receiver",
        help="run the reference receiver (for tests, demos and on-premises relays)",
        description="Serve the report protocol on HTTP and keep reports in an SQLite file.",
    )
    receiver.add_argument("--host", default="127.0.0.1", help="address to listen on")
    receiver.add_argument("--port", type=int, default=8787, help="port (0: any free port)")
    receiver.add_argument("--db", type=Path, required=True, help="SQLite file for the reports")
    receiver.add_argument(
        "--max-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="answer 429 with Retry-After above N requests a minute",
    )
    receiver.add_argument(
        "--dump", action="store_true", help="print every stored report, one per line, and exit"
    )
    receiver.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: building the command line must not load the HTTP server.
    from cep_gui.receiver.server import ReceiverServer
    from cep_gui.receiver.storage import ReceiverDB

    if args.dump:
        if not args.db.exists():
            print(f"cep-gui: {args.db} does not exist", file=sys.stderr)
            return 1
        db = ReceiverDB(args.db)
        for _report_id, _received, body in db.reports():
            sys.stdout.write(body.decode("utf-8") + "\n")
        db.close()
        return 0
    try:
        server = ReceiverServer(args.host, args.port, args.db, max_per_minute=args.max_per_minute)
    except OSError as exc:
        print(f"cep-gui: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"cep-gui receiver listening on {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.db.close()
    return 0
