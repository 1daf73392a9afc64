"""The ``cep-gui`` command line.

Headless commands (``collect``, ``status``, ``run-due`` ...) must never import Qt:
the desktop app is imported only by the commands that open windows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cep_gui import __version__

if TYPE_CHECKING:
    from cep_gui.core.client import CepClient
    from cep_gui.core.sending import SendSummary

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cep-gui",
        description=(
            "Customer Experience Program client. Shows and sends technical facts about this "
            "computer to the vendor, only while you take part."
        ),
    )
    parser.add_argument("--version", action="version", version=f"cep-gui {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="keep the program's data in DIR (default: your user data folder, or CEP_DATA_DIR)",
    )
    parser.add_argument(
        "--profile", help="product profile for this run: desktop or sccm (policy may fix it)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for name, text in (
        ("tray", "start the tray component (the default when no command is given)"),
        ("preferences", "open Preferences at the Feedback pane"),
        ("viewer", "open the viewer: what is collected and what was sent"),
    ):
        window = commands.add_parser(name, help=text)
        window.set_defaults(handler=_cmd_gui, window=name)

    collect = commands.add_parser(
        "collect",
        help="print the report that would be sent now (sends nothing)",
        description="Collect now and print the report exactly as it would be sent. Sends nothing.",
    )
    collect.add_argument(
        "--json", action="store_true", help="print the JSON document as it would go on the wire"
    )
    collect.add_argument(
        "--category",
        action="append",
        metavar="C",
        help="collect only this category (repeatable); default: every category allowed",
    )
    collect.add_argument(
        "--sccm-url",
        metavar="URL",
        help="read the SCCM site from this AdminService URL unless policy sets one",
    )
    collect.set_defaults(handler=_cmd_collect)

    status = commands.add_parser("status", help="show participation, schedule and policy")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(handler=_cmd_status)

    opt_in = commands.add_parser("opt-in", help="join the program (or change categories)")
    opt_in.add_argument(
        "--categories",
        metavar="A,B",
        help="only these categories (comma-separated); default: every category of the product",
    )
    opt_in.set_defaults(handler=_cmd_opt_in)

    opt_out = commands.add_parser("opt-out", help="leave the program; stops everything at once")
    opt_out.add_argument(
        "--request-deletion",
        action="store_true",
        help="also ask the vendor to delete the reports this computer already sent",
    )
    _endpoint_option(opt_out)
    opt_out.set_defaults(handler=_cmd_opt_out)

    run_due = commands.add_parser(
        "run-due", help="build, queue and send a report if one is due (for a system timer)"
    )
    _endpoint_option(run_due)
    run_due.set_defaults(handler=_cmd_run_due)

    send_now = commands.add_parser("send-now", help="build and send a report now")
    _endpoint_option(send_now)
    send_now.set_defaults(handler=_cmd_send_now)

    history = commands.add_parser("history", help="list what was sent, with its outcome")
    history.add_argument(
        "--json", action="store_true", help="print a JSON list including the exact bytes sent"
    )
    history.set_defaults(handler=_cmd_history)

    from cep_gui.receiver.cli import add_parser as add_receiver

    add_receiver(commands)

    from cep_gui.sccm_cli import add_parser as add_sccm

    add_sccm(commands)

    from cep_gui.purge import add_parser as add_purge

    add_purge(commands)

    usage = commands.add_parser("usage", help="record product feature use for the next report")
    usage_commands = usage.add_subparsers(dest="usage_command", metavar="ACTION", required=True)
    record = usage_commands.add_parser("record", help="count one use of a declared feature id")
    record.add_argument("id", help="a feature id declared in the field catalog")
    record.add_argument(
        "--problem", action="store_true", help="the id is a problem id, not a feature id"
    )
    record.set_defaults(handler=_cmd_usage_record)
    return parser


def _endpoint_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="send to URL (also CEP_ENDPOINT) unless policy sets the endpoint",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.window = "tray"
        handler = _cmd_gui
    from cep_gui.core.client import Refused
    from cep_gui.core.profiles import ProfileError
    from cep_gui.core.store import StoreError

    try:
        result: int = handler(args)
    except Refused as exc:
        return _fail(str(exc), EXIT_REFUSED)
    except (ProfileError, ValueError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except StoreError as exc:
        return _fail(str(exc), EXIT_ERROR)
    return result


def _fail(message: str, code: int) -> int:
    print(f"cep-gui: {message}", file=sys.stderr)
    return code


def _client(args: argparse.Namespace) -> CepClient:
    from cep_gui.core.client import CepClient, Overrides
    from cep_gui.core.paths import default_data_dir
    from cep_gui.core.profiles import get_profile

    if args.profile:
        get_profile(args.profile)  # a clear error before anything else happens
    from cep_gui.core.policy import check_url

    for url in (getattr(args, "endpoint", None), getattr(args, "sccm_url", None)):
        if url:
            check_url(url)  # a clear usage error (exit 2) before anything else happens
    data_dir = args.data_dir or default_data_dir()
    overrides = Overrides.from_environment(
        endpoint=getattr(args, "endpoint", None),
        profile=args.profile,
        sccm_url=getattr(args, "sccm_url", None),
    )
    return CepClient(data_dir, overrides=overrides)


def _send_pending(client: CepClient, *, force: bool) -> SendSummary:
    import asyncio
    import os

    from cep_gui.core.sending import send_pending
    from cep_gui.core.uploader import HttpSettings

    ca_file = os.environ.get("CEP_CA_FILE")
    settings = HttpSettings(ca_file=Path(ca_file) if ca_file else None)
    return asyncio.run(send_pending(client, force=force, settings=settings))


def _cmd_gui(args: argparse.Namespace) -> int:
    from cep_gui.core.client import Overrides
    from cep_gui.core.paths import default_data_dir
    from cep_gui.ui.app import run

    data_dir = args.data_dir or default_data_dir()
    overrides = Overrides.from_environment(profile=args.profile)
    return run(args.window, data_dir, overrides)


def _cmd_collect(args: argparse.Namespace) -> int:
    from cep_gui.core.catalog import load_catalog
    from cep_gui.core.client import Refused
    from cep_gui.core.render import render_text
    from cep_gui.pipeline import live_builder

    catalog = load_catalog()
    with _client(args) as client:
        state = client.effective()
        if state.policy.broken:
            raise Refused(
                "nothing is collected while the managed policy is broken: "
                + "; ".join(state.problems)
            )
        if args.category:
            unknown = [c for c in args.category if c not in catalog.categories]
            if unknown:
                known = ", ".join(catalog.categories)
                raise ValueError(f"unknown category {', '.join(unknown)} (known: {known})")
            # A dry run may show any category the organization allows, even one this
            # product's profile does not send (an administrator checking an SCCM site).
            managed = state.policy.get("AllowedCategories")
            permitted = managed.value if managed is not None else list(catalog.categories)
            refused = [c for c in args.category if c not in permitted]  # type: ignore[operator]
            if refused:
                raise Refused(
                    f"not allowed by your organization: {', '.join(refused)} "
                    f"({managed.source if managed else ''})"
                )
            chosen = list(dict.fromkeys(args.category))
            state.withheld = [c for c in state.profile.categories if c not in chosen]
            state.allowed = chosen
        report = client.build_now(live_builder(), state)
    if args.json:
        sys.stdout.write(report.payload.decode("utf-8") + "\n")
    else:
        sys.stdout.write(render_text(report.document, catalog))
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    with _client(args) as client:
        status = client.status()
    if args.json:
        print(json.dumps(status, indent=2, sort_keys=True))
    else:
        print(_status_text(status))
    return EXIT_OK


def _status_text(status: dict[str, Any]) -> str:
    decided = status["decided_by"]
    who = f"{decided['level']}: {decided['source']}"
    if status["participating"]:
        lines = [f"Participating since {status['since']} ({who})."]
        lines.append(f"Installation id: {status['installation_id']}")
    else:
        lines = [f"Not participating ({who})."]
    if decided["managed"]:
        lines.append("Participation is managed by your organization.")
    lines += [
        f"Profile: {status['profile']} (a report every {status['interval_days']} days)",
        f"Next report: {status['next_due'] or 'none scheduled'}",
        f"Categories: {', '.join(status['categories']) or 'none'}",
        f"Endpoint: {status['endpoint']}",
        f"Waiting to be sent: {status['outbox']}",
    ]
    last = status["last_upload"]
    lines.append(
        f"Last upload: {last['at']} ({last['outcome']})" if last else "Last upload: none yet"
    )
    for name, setting in sorted(status["policy"].items()):
        lines.append(
            f"Policy {name} = {setting['value']} ({setting['level']}: {setting['source']})"
        )
    lines += [f"Problem: {p}" for p in status["problems"]]
    return "\n".join(lines)


def _cmd_opt_in(args: argparse.Namespace) -> int:
    from cep_gui.core.consent import Source

    categories = None
    if args.categories is not None:
        categories = [c.strip() for c in args.categories.split(",") if c.strip()]
    with _client(args) as client:
        state = client.opt_in(Source.COMMAND_LINE, categories)
        due = state.next_due.isoformat() if state.next_due else "none"
        print(f"You are taking part. Categories: {', '.join(state.allowed) or 'none'}.")
        print(f"The first report is due at {due}. See it first with `cep-gui collect`.")
    return EXIT_OK


def _cmd_opt_out(args: argparse.Namespace) -> int:
    from cep_gui.core.consent import Source

    with _client(args) as client:
        client.opt_out(Source.COMMAND_LINE)
    print(
        "You have left the program. Nothing more is collected or sent; unsent reports and "
        "usage counts were deleted."
    )
    return EXIT_OK


def _cmd_run_due(args: argparse.Namespace) -> int:
    from cep_gui.pipeline import live_builder

    with _client(args) as client:
        result = client.run_due(live_builder())
        print(result.message)
        summary = _send_pending(client, force=False)
    for message in summary.messages:
        print(f"Upload: {message}")
    return EXIT_OK


def _cmd_send_now(args: argparse.Namespace) -> int:
    from cep_gui.pipeline import live_builder

    with _client(args) as client:
        report_id = client.prepare_send_now(live_builder())
        summary = _send_pending(client, force=True)
        endpoint = client.effective().endpoint
    if report_id in summary.delivered:
        print(f"Report {report_id} was delivered to {endpoint}.")
        return EXIT_OK
    if report_id in summary.rejected:
        print(f"Report {report_id} was rejected: {'; '.join(summary.messages)}.", file=sys.stderr)
        return EXIT_ERROR
    reason = "; ".join(summary.messages) or summary.stopped or "not sent"
    print(f"Report {report_id} was not delivered: {reason}.", file=sys.stderr)
    return EXIT_ERROR


def _cmd_history(args: argparse.Namespace) -> int:
    from cep_gui.core.history import list_history

    with _client(args) as client:
        entries = list_history(client.store)
    if args.json:
        print(json.dumps([e.as_json() for e in entries], indent=2))
        return EXIT_OK
    if not entries:
        print("Nothing has been sent.")
    for e in entries:
        status = f"HTTP {e.status}" if e.status else "no answer"
        print(
            f"{e.at:%Y-%m-%d %H:%M} UTC  {e.kind:8} {e.outcome:9} {status:9} "
            f"{len(e.payload):>8,} bytes  {e.endpoint}"
        )
    return EXIT_OK


def _cmd_usage_record(args: argparse.Namespace) -> int:
    kind: Literal["feature", "problem"] = "problem" if args.problem else "feature"
    with _client(args) as client:
        recorded = client.record_usage(kind, args.id)
    if not recorded:
        print("Not recorded: this computer is not taking part.", file=sys.stderr)
    return EXIT_OK
