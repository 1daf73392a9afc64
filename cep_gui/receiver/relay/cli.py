"""``cep-gui relay``: run the IT relay, and decide on held reports from the command line.

``cep-gui relay --db DB --upstream URL`` serves; the subcommands work on the same
database directly (SQLite file or PostgreSQL URL), so scripts can do what the
review page does. Building the parser loads nothing but argparse.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cep_gui.receiver.cli_values import LOG_LEVELS, checked

if TYPE_CHECKING:
    from cep_gui.receiver.relay.rules import Rules
    from cep_gui.receiver.relay.state import RelayState, Selection
    from cep_gui.receiver.storage import Database

_MISSING_EXTRA = "cep-gui: the relay needs its extra packages: pip install 'cep-gui[receiver]' ({})"
RULES_SETTING = "rules"
RULES_SOURCE_SETTING = "rules_source"


class Stop(Exception):
    """Ends a command with a plain message and an exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE|URL",
        default=None if top else argparse.SUPPRESS,
        help="the relay's SQLite file or postgresql:// URL (also CEP_RECEIVER_DB)",
    )


def _day(text: str) -> str:
    """A batch is one day: a typo must be refused, not match nothing and report success."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def _report_id(text: str) -> str:
    """Report ids are UUIDs; anything else would silently select nothing."""
    import uuid

    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a report id (a UUID)") from None


def _selection_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every held report")
    which.add_argument(
        "--batch", metavar="DAY", type=_day, help="the held reports of one day (YYYY-MM-DD)"
    )
    which.add_argument(
        "--report", metavar="ID", type=_report_id, action="append", help="one report (repeatable)"
    )


def _upstream_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--upstream",
        metavar="URL",
        required=required,
        default=None,
        help="the vendor's receiver (https://...; plain http only to this computer)",
    )
    parser.add_argument(
        "--upstream-ca-file",
        metavar="FILE",
        type=Path,
        help="an extra CA certificate (PEM) to trust for the upstream; it is always verified",
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    relay = commands.add_parser(
        "relay",
        help="run the IT relay (hold, review, redact, release), or act on what it holds",
        description=(
            "Accept reports exactly as the receiver does and hold them for IT's review; "
            "release them upstream after the organization's rules, or carry them across "
            "an air gap in signed bundles."
        ),
    )
    _db(relay, top=True)
    _upstream_options(relay, required=False)
    relay.add_argument(
        "--rules",
        metavar="FILE",
        type=Path,
        help="the organization's rules (TOML), checked at start",
    )
    relay.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    relay.add_argument("--port", type=checked("port"), help="port (0: any free; default 8787)")
    relay.add_argument(
        "--admin-socket",
        metavar="PATH",
        type=Path,
        help="a Unix socket (mode 0600) where the review pages need no token",
    )
    relay.add_argument(
        "--secure-cookies",
        action="store_true",
        help="mark the session cookie Secure (TLS ends in front of the relay)",
    )
    relay.add_argument(
        "--max-per-minute",
        dest="limits.max_per_minute",
        type=checked("positive"),
        metavar="N",
        help="answer 429 above N requests a minute",
    )
    relay.add_argument(
        "--max-in-flight",
        dest="limits.max_in_flight",
        type=checked("positive"),
        metavar="N",
        help="answer 503 above N requests at once (default 128)",
    )
    relay.add_argument(
        "--pool-size",
        type=checked("positive"),
        metavar="N",
        help="PostgreSQL connections (default 10)",
    )
    relay.add_argument("--log-level", choices=LOG_LEVELS, help="default info")
    relay.set_defaults(handler=_run(_serve))
    sub = relay.add_subparsers(dest="relay_command", metavar="ACTION")

    token = sub.add_parser("set-token", help="set the admin token of the review pages")
    _db(token)
    token.add_argument(
        "--stdin",
        action="store_true",
        help="read the token from standard input instead of making one",
    )
    token.set_defaults(handler=_run(_set_token))

    listing = sub.add_parser("list", help="held batches and what became of released reports")
    _db(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object")
    listing.set_defaults(handler=_run(_list))

    show = sub.add_parser("show", help="one report, exactly as received (or as it leaves)")
    _db(show)
    show.add_argument("report_id", metavar="REPORT_ID")
    show.add_argument(
        "--leaving", action="store_true", help="as it leaves: after the organization's rules"
    )
    show.add_argument(
        "--rules",
        metavar="FILE",
        type=Path,
        help="these rules instead of those the relay runs with",
    )
    show.set_defaults(handler=_run(_show))

    release = sub.add_parser("release", help="release held reports upstream")
    _db(release)
    _selection_options(release)
    release.add_argument(
        "--rules",
        metavar="FILE",
        type=Path,
        help="these rules instead of those the relay runs with",
    )
    release.set_defaults(handler=_run(_release))

    reject = sub.add_parser("reject", help="reject held reports: they are never sent")
    _db(reject)
    _selection_options(reject)
    reject.set_defaults(handler=_run(_reject))

    auto = sub.add_parser("auto-release", help="release held reports after N days (0: never)")
    _db(auto)
    auto.add_argument("days", type=int, metavar="DAYS")
    auto.set_defaults(handler=_run(_auto_release))

    send = sub.add_parser("send", help="send what was released now, then exit")
    _db(send)
    _upstream_options(send, required=True)
    send.set_defaults(handler=_run(_send))

    keygen = sub.add_parser("keygen", help="make an Ed25519 key pair for bundles")
    keygen.add_argument(
        "private_key",
        metavar="PRIVATE_KEY",
        type=Path,
        help="where the private key goes (0600); the public key goes to PRIVATE_KEY.pub",
    )
    keygen.set_defaults(handler=_run(_keygen))

    export = sub.add_parser("export-bundle", help="write released, unsent reports to a signed file")
    _db(export)
    export.add_argument("--key", metavar="PRIVATE_KEY", type=Path, required=True)
    export.add_argument(
        "--again",
        metavar="BUNDLE_ID",
        help="write the reports of an earlier bundle again (it was lost)",
    )
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(handler=_run(_export))

    imp = sub.add_parser("import-bundle", help="check a bundle's signature, take it, send it on")
    _db(imp)
    imp.add_argument("--public-key", metavar="KEY", type=Path, required=True)
    _upstream_options(imp, required=False)
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.set_defaults(handler=_run(_import))


def _run(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except ImportError as exc:  # pragma: no cover - an install without the extra
            print(_MISSING_EXTRA.format(exc.name), file=sys.stderr)
            return 1
        except Stop as exc:
            print(f"cep-gui: {exc}", file=sys.stderr)
            return exc.code
        except Exception as exc:
            from cep_gui.receiver.relay.bundle import BundleError
            from cep_gui.receiver.relay.rules import RulesError
            from cep_gui.receiver.relay.upstream import UpstreamError
            from cep_gui.receiver.storage import DatabaseError

            if isinstance(exc, RulesError | UpstreamError):
                print(f"cep-gui: {exc}", file=sys.stderr)
                return 2
            if isinstance(exc, DatabaseError | BundleError):
                print(f"cep-gui: {exc}", file=sys.stderr)
                return 1
            raise

    return run


# -- opening ---------------------------------------------------------------------------


def _database(args: argparse.Namespace) -> Database:
    from cep_gui.receiver.storage import open_database

    target = getattr(args, "db", None) or os.environ.get("CEP_RECEIVER_DB")
    if not target:
        raise Stop("give --db FILE|URL (or CEP_RECEIVER_DB)", 2)
    database = open_database(target)
    database.migrate()
    return database


def _state(args: argparse.Namespace) -> tuple[Database, RelayState]:
    from cep_gui.receiver.relay.state import open_state

    database = _database(args)
    return database, open_state(database)


def _rules(state: RelayState, given: Path | None) -> Rules:
    """The rules given, else those the relay recorded when it started."""
    from cep_gui.core.catalog import load_catalog
    from cep_gui.receiver.relay.rules import load_rules, no_rules, parse_rules

    catalog = load_catalog()
    if given is not None:
        return load_rules(given, catalog)
    text = state.setting(RULES_SETTING)
    if not text:
        return no_rules(catalog)
    return parse_rules(text, catalog, state.setting(RULES_SOURCE_SETTING) or "the relay's rules")


def _selection(args: argparse.Namespace) -> Selection:
    from cep_gui.receiver.relay.state import Selection

    if args.batch:
        return Selection(batch=args.batch)
    if args.report:
        return Selection(report_ids=tuple(r.lower() for r in args.report))
    return Selection()


def _upstream(args: argparse.Namespace) -> Any:
    from cep_gui.core.http_settings import HttpSettings
    from cep_gui.receiver.relay.upstream import Upstream

    if not args.upstream:
        return None
    return Upstream.checked(args.upstream, HttpSettings(ca_file=args.upstream_ca_file))


# -- commands --------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    from cep_gui.core.catalog import load_catalog
    from cep_gui.receiver.relay.rules import load_rules, no_rules
    from cep_gui.receiver.relay.serve import bind_unix, serve_relay
    from cep_gui.receiver.relay.state import open_state
    from cep_gui.receiver.relay.web import TOKEN_SETTING, RelayConfig
    from cep_gui.receiver.serve import bind
    from cep_gui.receiver.settings import SettingsError, resolve

    skip = {
        "handler",
        "command",
        "relay_command",
        "upstream",
        "upstream_ca_file",
        "rules",
        "admin_socket",
        "secure_cookies",
    }
    try:
        settings = resolve({k: v for k, v in vars(args).items() if k not in skip}, os.environ)
    except SettingsError as exc:
        raise Stop(str(exc), 2) from None
    if not settings.db:
        raise Stop("give --db FILE|URL (or CEP_RECEIVER_DB)", 2)
    catalog = load_catalog()
    rules = load_rules(args.rules, catalog) if args.rules else no_rules(catalog)
    upstream = _upstream(args)
    from cep_gui.receiver.storage import open_database

    database = open_database(settings.db)
    database.migrate()
    state = open_state(database)
    try:
        state.set_setting(RULES_SETTING, rules.text or None)
        state.set_setting(RULES_SOURCE_SETTING, str(args.rules) if args.rules else None)
        token_set = state.setting(TOKEN_SETTING) is not None
    finally:
        state.close()
    sockets = []
    try:
        sockets.append(bind(settings.host, settings.port))
        if args.admin_socket:
            sockets.append(bind_unix(args.admin_socket))
    except OSError as exc:
        for sock in sockets:
            sock.close()
        raise Stop(f"cannot listen: {exc.strerror or exc}") from None
    host, bound_port = sockets[0].getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    where = f"upstream {upstream.url}" if upstream else "no upstream: export bundles"
    print(
        f"cep-gui relay ({database.describe()}; {where}; {len(rules.rules)} rules) "
        f"listening on http://{shown}:{bound_port}",
        flush=True,
    )
    if not token_set and not args.admin_socket:
        print(
            "cep-gui: no admin token is set: run `cep-gui relay set-token --db ...` to use "
            "the review pages",
            file=sys.stderr,
            flush=True,
        )
    config = RelayConfig(
        rules=rules,
        upstream=upstream,
        admin_socket=str(args.admin_socket) if args.admin_socket else None,
        secure_cookies=args.secure_cookies,
    )
    try:
        serve_relay(settings, database, config, sockets)
    except KeyboardInterrupt:
        pass
    finally:
        for sock in sockets:
            sock.close()
        if args.admin_socket:
            args.admin_socket.unlink(missing_ok=True)
    return 0


def _set_token(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay import auth

    if args.stdin:
        try:
            token = auth.check_token_text(sys.stdin.readline())
        except auth.TokenError as exc:
            raise Stop(str(exc), 2) from None
    else:
        token = auth.new_token()
    _, state = _state(args)
    try:
        state.set_token_hash(auth.hash_token(token))
    finally:
        state.close()
    if not args.stdin:
        print(token)
    print(
        "cep-gui: the admin token is set (only its hash is stored; earlier sessions ended)",
        file=sys.stderr,
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    _, state = _state(args)
    try:
        counts, batches, activity = state.counts(), state.batches(), state.activity(20)
    finally:
        state.close()
    if args.json:
        doc = {
            "counts": vars(counts),
            "batches": [vars(b) for b in batches],
            "recent": [
                {
                    "report_id": a.report_id,
                    "state": a.decision.label,
                    "decided": a.decision.decided,
                    "sent": a.decision.sent,
                    "upstream_status": a.decision.upstream_status,
                }
                for a in activity
            ],
        }
        print(json.dumps(doc, sort_keys=True))
        return 0
    print(
        f"held {counts.held}, released and waiting {counts.waiting}, delivered "
        f"{counts.delivered}, exported {counts.exported}, rejected {counts.rejected}, "
        f"refused by the vendor {counts.refused}"
    )
    for b in batches:
        print(
            f"batch {b.id}: {b.reports} reports from {b.machines} machines "
            f"({b.oldest} .. {b.newest})"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    _, state = _state(args)
    try:
        found = state.report(args.report_id)
        if found is None:
            raise Stop(f"no report {args.report_id} here")
        body = found.body
        if args.leaving:
            if found.released_body is not None:
                body = found.released_body
            else:
                body = _rules(state, args.rules).redact(found.body)[0]
    finally:
        state.close()
    sys.stdout.write(body.decode("utf-8") + "\n")
    return 0


def _release(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay.upstream import compress

    _, state = _state(args)
    try:
        rules = _rules(state, args.rules)
        released = state.release(_selection(args), rules.redact, compress, by="command line")
    finally:
        state.close()
    print(f"released {len(released)} reports")
    for report_id in released:
        print(report_id)
    return 0


def _reject(args: argparse.Namespace) -> int:
    _, state = _state(args)
    try:
        rejected = state.reject(_selection(args), by="command line")
    finally:
        state.close()
    print(f"rejected {len(rejected)} reports")
    for report_id in rejected:
        print(report_id)
    return 0


def _auto_release(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay.upstream import AUTO_RELEASE_SETTING

    if not 0 <= args.days <= 3650:
        raise Stop("DAYS must be from 0 (never) to 3650", 2)
    _, state = _state(args)
    try:
        state.set_setting(AUTO_RELEASE_SETTING, str(args.days) if args.days else None)
    finally:
        state.close()
    print(
        "auto-release is off"
        if not args.days
        else f"held reports are released after {args.days} days"
    )
    return 0


def _send_all(state: RelayState, upstream: Any) -> tuple[int, int, int]:
    import asyncio
    import random

    from cep_gui.receiver.relay.upstream import send_due

    delivered = refused = waiting = 0
    rng = random.Random()
    while True:
        result = asyncio.run(send_due(state, upstream, rng))
        delivered += len(result.delivered)
        refused += len(result.refused)
        waiting += len(result.waiting)
        for message in result.messages:
            print(message)
        if not result.delivered and not result.refused and not result.deletions_sent:
            return delivered, refused, waiting


def _send(args: argparse.Namespace) -> int:
    upstream = _upstream(args)
    _, state = _state(args)
    try:
        delivered, refused, waiting = _send_all(state, upstream)
    finally:
        state.close()
    print(f"delivered {delivered}, refused by the vendor {refused}, to try again {waiting}")
    return 0 if not waiting else 1


def _keygen(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay.bundle import keygen

    public, kid = keygen(args.private_key)
    print(
        f"private key {args.private_key} (keep it on the exporting relay), public key "
        f"{public} (copy it to the importing relay); key id {kid}"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay.carry import export_bundle

    _, state = _state(args)
    try:
        bundle = export_bundle(state, args.file, args.key, again=args.again)
    finally:
        state.close()
    if bundle is None:
        print("nothing to export: no released report waits (release some first)")
        return 0
    print(
        f"bundle {bundle.bundle_id}: {len(bundle.reports)} reports, {len(bundle.deletions)} "
        f"deletion requests, signed with key {bundle.key_id}, written to {args.file}"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from cep_gui.receiver.relay.carry import import_bundle

    upstream = _upstream(args)
    database, state = _state(args)
    try:
        result = import_bundle(database, state, args.file, args.public_key)
        print(
            f"bundle {result.bundle.bundle_id} imported: {result.reports} reports, "
            f"{result.deletions} deletion requests"
        )
        if upstream is None:
            print("they are sent by the running relay (or: cep-gui relay send --upstream URL)")
            return 0
        delivered, refused, waiting = _send_all(state, upstream)
    finally:
        state.close()
    print(f"delivered {delivered}, refused by the vendor {refused}, to try again {waiting}")
    return 0 if not waiting else 1
