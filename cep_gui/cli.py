"""The ``cep-gui`` command line: it adapts core's commands and holds no rules of its own.

Headless commands (``collect``, ``status``, ``run-due`` ...) must never import Qt:
the desktop app is imported only by the commands that open windows.

Exit codes: 0 done, 1 failed, 2 bad usage, 3 refused, 4 busy (another cep-gui
process is sending). Every error a person can act on is one plain line; anything
else is a bug, reported as such with the log file that holds the details.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cep_gui import __version__
from cep_gui.core.exceptions import (
    EXIT_BUSY,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CepError,
)

if TYPE_CHECKING:
    from cep_gui.core.client import CepClient
    from cep_gui.core.services import Services

__all__ = ["EXIT_BUSY", "EXIT_FAILED", "EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "main"]
EXIT_ERROR = EXIT_FAILED


def _folder(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a folder name (it was empty)")
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cep-gui",
        description=(
            "Customer Experience Program client. Shows and sends technical facts about this "
            "computer to the vendor, only while you take part."
        ),
        epilog="Exit codes: 0 done, 1 failed, 2 bad usage, 3 refused, 4 busy.",
    )
    parser.add_argument("--version", action="version", version=f"cep-gui {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
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
    where = opt_in.add_mutually_exclusive_group()
    where.add_argument(
        "--local-only",
        action="store_true",
        default=None,
        help="build reports on schedule but keep them on this computer (nothing is sent)",
    )
    where.add_argument(
        "--send",
        dest="local_only",
        action="store_false",
        help="send reports again after --local-only",
    )
    opt_in.set_defaults(handler=_cmd_opt_in)

    review = commands.add_parser(
        "review",
        help="see and answer a report that waits for your review before it is sent",
        description=(
            "With 'Ask me before each report is sent' on, a due report waits here. Without an "
            "answer it is shown; --send sends it, --skip skips this period (never sent), "
            "--later asks again tomorrow. A report nobody answers within 14 days is skipped."
        ),
    )
    answer = review.add_mutually_exclusive_group()
    answer.add_argument("--send", action="store_true", help="send the waiting report now")
    answer.add_argument("--skip", action="store_true", help="do not send it (skip this period)")
    answer.add_argument("--later", action="store_true", help="remind me tomorrow")
    answer.add_argument("--on", action="store_true", help="ask before each report from now on")
    answer.add_argument("--off", action="store_true", help="stop asking before each report")
    _endpoint_option(review)
    review.set_defaults(handler=_cmd_review)

    whats_new = commands.add_parser(
        "whats-new",
        help="what is new in what is collected since you agreed, and agree to it",
        description=(
            "Fields added to a category you agreed to, or collected more exactly than before, "
            "are left out of reports until you agree to them here (or keep them out)."
        ),
    )
    whats_new.add_argument("--agree", action="store_true", help="agree to what is new")
    whats_new.add_argument(
        "--keep-withholding",
        metavar="FIELD",
        action="append",
        default=[],
        help="with --agree: keep this new field out of reports (repeatable)",
    )
    whats_new.add_argument(
        "--include",
        metavar="FIELD",
        action="append",
        default=[],
        help="let a field you kept out back into reports (repeatable)",
    )
    whats_new.set_defaults(handler=_cmd_whats_new)

    selftest = commands.add_parser(
        "selftest", help="check that nothing is sent while not taking part"
    )
    selftest.add_argument(
        "--network",
        action="store_true",
        required=True,
        help="run the schedule through two report intervals on a copy of your data and "
        "count every network attempt",
    )
    selftest.set_defaults(handler=_cmd_selftest)

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
    history.add_argument(
        "--refresh",
        action="store_true",
        help="first ask your organization's relay what became of the reports it holds",
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
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["_build-report"]:  # the tray's child process (cep_gui.child_builder)
        from cep_gui.child_builder import run_child

        return run_child()
    parser = build_parser()
    args = parser.parse_args(given)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.window = "tray"
        handler = _cmd_gui
    try:
        result: int = handler(args)
        sys.stdout.flush()
    except CepError as exc:
        return _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        return _closed_pipe()
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_FAILED)
    except Exception as exc:  # a bug: one line here, the details in the log
        return _bug(exc)
    return result


def _fail(message: str, code: int) -> int:
    print(f"cep-gui: {message}", file=sys.stderr)
    return code


def _closed_pipe() -> int:
    """``cep-gui history | head``: the reader had enough; end quietly."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    return EXIT_OK


def _bug(exc: BaseException) -> int:
    import logging
    import traceback

    from cep_gui.core.paths import default_log_file

    log_file = default_log_file()
    where = str(log_file)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        logger = logging.getLogger("cep_gui.bug")
        logger.addHandler(handler)
        logger.error(
            "unexpected error in cep-gui %s\n%s",
            __version__,
            "".join(traceback.format_exception(exc)),
        )
        handler.close()
    except OSError:
        where = "(the log file could not be written)"
    print(
        f"cep-gui: this is a bug, please report it ({type(exc).__name__}); details are in {where}",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _services(args: argparse.Namespace) -> Services:
    from cep_gui.core.policy import check_url
    from cep_gui.core.profiles import get_profile
    from cep_gui.environment import build_services

    if args.profile:
        get_profile(args.profile)  # a clear error before anything else happens
    for url in (getattr(args, "endpoint", None), getattr(args, "sccm_url", None)):
        if url:
            check_url(url)  # a clear usage error (exit 2) before anything else happens
    return build_services(
        data_dir=args.data_dir,
        endpoint=getattr(args, "endpoint", None),
        profile=args.profile,
        sccm_url=getattr(args, "sccm_url", None),
    )


def _client(args: argparse.Namespace) -> CepClient:
    from cep_gui.core.client import CepClient

    return CepClient(services=_services(args))


def _cmd_gui(args: argparse.Namespace) -> int:
    from cep_gui.ui.app import run

    return run(args.window, _services(args))


def _cmd_collect(args: argparse.Namespace) -> int:
    from cep_gui.core.catalog import load_catalog
    from cep_gui.core.render import render_text
    from cep_gui.pipeline import live_builder

    with _client(args) as client:
        report = client.dry_run(live_builder(), args.category)
        shown = [*(args.category or []), *client.effective().profile.categories]
    if args.json:
        sys.stdout.write(report.payload.decode("utf-8") + "\n")
    else:
        sys.stdout.write(render_text(report.document, load_catalog(), dict.fromkeys(shown)))
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from datetime import datetime

    from cep_gui.core.status import render_text

    with _client(args) as client:
        status = client.status()
        view = client.status_view()
    if args.json:
        print(json.dumps(status, indent=2, sort_keys=True))
    else:
        print(render_text(view, status, datetime.now().astimezone().tzinfo))
    return EXIT_OK


def _cmd_opt_in(args: argparse.Namespace) -> int:
    from cep_gui.core.consent import Source

    categories = None
    if args.categories is not None:
        categories = [c.strip() for c in args.categories.split(",") if c.strip()]
    with _client(args) as client:
        state = client.join(Source.COMMAND_LINE, categories, local_only=args.local_only)
        due = state.next_due.isoformat() if state.next_due else "none"
        print(f"You are taking part. Categories: {', '.join(state.allowed) or 'none'}.")
        if state.local_only:
            print("Reports are kept on this computer only; nothing is sent (cep-gui history).")
        print(f"The next report is due at {due}. See it first with `cep-gui collect`.")
    return EXIT_OK


def _cmd_review(args: argparse.Namespace) -> int:
    import asyncio

    with _client(args) as client:
        if args.on or args.off:
            state = client.set_review(bool(args.on))
            print("Each report now waits for your review." if state.review else
                  "Reports are sent without asking.")  # fmt: skip
            return EXIT_OK
        waiting = client.held_reports()
        if not waiting:
            print("No report waits for your review.")
            return EXIT_OK
        item = waiting[-1]
        if args.send:
            client.approve(item.id)
            summary = asyncio.run(client.send_waiting(force=True))
            if item.id in summary.delivered:
                print(f"Report {item.id} was delivered.")
                return EXIT_OK
            reason = "; ".join(summary.messages) or summary.stopped
            print(f"Report {item.id} was not delivered yet: {reason}.", file=sys.stderr)
            return EXIT_FAILED
        if args.skip:
            client.skip(item.id)
            print(f"Report {item.id} will not be sent; the next one is due one interval from now.")
            return EXIT_OK
        if args.later:
            client.remind_later(item.id)
            print(f"Report {item.id} keeps waiting; you are asked again tomorrow.")
            return EXIT_OK
        print(f"Report {item.id} (built {item.created:%Y-%m-%d %H:%M} UTC) waits for your review.")
        print("It is exactly this document:")
        print(item.payload.decode("utf-8"))
        print("Answer with: cep-gui review --send | --skip | --later")
    return EXIT_OK


def _cmd_whats_new(args: argparse.Namespace) -> int:
    from cep_gui.core.catalog import load_catalog
    from cep_gui.core.consent import Source
    from cep_gui.core.exceptions import UsageError

    if args.keep_withholding and not args.agree:
        raise UsageError(
            "--keep-withholding only goes with --agree "
            "(cep-gui whats-new --agree --keep-withholding FIELD)"
        )
    with _client(args) as client:
        if args.include:
            client.include_fields(Source.COMMAND_LINE, args.include)
            print(f"Back in reports: {', '.join(args.include)}.")
            return EXIT_OK
        news = client.whats_new()
        if not news.participating:
            print("You are not taking part, so nothing is collected or sent. Joining "
                  "(cep-gui opt-in) agrees to what is collected as it is now "
                  f"(catalog version {news.current}).")  # fmt: skip
            if args.agree:
                client.agree_to_catalog(Source.COMMAND_LINE, args.keep_withholding)
            return EXIT_OK
        withheld = client.effective().consent.withheld_fields
        if withheld:
            print(f"Kept out at your choice: {', '.join(withheld)} "
                  "(let one back in with --include FIELD).")  # fmt: skip
        if news.empty:
            print(f"Nothing new since you agreed (catalog version {news.current}).")
            return EXIT_OK
        for version in news.versions:
            print(f"Catalog version {version.number} ({version.date}): {version.summary}")
        if news.informational:
            print("This computer takes part as your organization requires, and your "
                  "organization's consent covers these changes; they are collected:")  # fmt: skip
        else:
            print("New or more exact, left out of reports until you agree:")
        catalog = load_catalog()
        for new in news.fields:
            fld = catalog.fields[new.field_id]
            change = "more exact since" if new.widened else "new in"
            print(f"  {new.field_id}: {fld.title}. {fld.description} "
                  f"({change} version {new.version})")  # fmt: skip
        if news.informational:
            client.update_settings(seen_catalog_version=news.current)  # read, as the page
        if args.agree:
            state = client.agree_to_catalog(Source.COMMAND_LINE, args.keep_withholding)
            kept = (
                f"; still left out: {', '.join(args.keep_withholding)}"
                if args.keep_withholding
                else ""
            )
            print(f"Agreed to catalog version {state.catalog_version}{kept}.")
        elif not news.informational:
            print("Agree with: cep-gui whats-new --agree [--keep-withholding FIELD ...]")
    return EXIT_OK


def _cmd_selftest(args: argparse.Namespace) -> int:
    from cep_gui.core.selftest import run_network_selftest

    result = run_network_selftest(_services(args))
    if result.skipped:
        print(f"Note: {result.skipped}.")
    for scenario in result.scenarios:
        print(
            f"{scenario.name}: {scenario.runs} scheduled runs ({scenario.relay_checks} with the "
            f"relay step), {scenario.builds} reports built, "
            f"{len(scenario.attempts)} connection attempts"
        )
        for attempt in scenario.attempts[:20]:
            print(f"  attempted: {attempt}")
    total = result.connections
    print("0 connections: nothing was sent." if total == 0 else f"{total} connection attempts.")
    return EXIT_OK if total == 0 else EXIT_FAILED


def _cmd_opt_out(args: argparse.Namespace) -> int:
    import asyncio

    from cep_gui.core.client import CepClient, leave_from
    from cep_gui.core.consent import Source

    services = _services(args)
    result = leave_from(services, Source.COMMAND_LINE, request_deletion=args.request_deletion)
    print(
        "You have left the program. Nothing more is collected or sent; unsent reports and "
        "usage counts were deleted."
    )
    if result is None or not result.recorded:
        print(
            "The disk is full, so this is noted in a marker file for now and saved "
            "as soon as there is space."
        )
        return EXIT_OK
    if args.request_deletion and not result.deletion_queued:
        print("There was no installation id to ask about, so no deletion request was made.")
    if result.deletion_queued:
        with CepClient(services=services) as client:
            summary = asyncio.run(client.send_waiting(force=True))
        if summary.delivered:
            print("The deletion request was delivered.")
        else:
            reason = "; ".join(summary.messages) or summary.stopped or "not sent yet"
            print(
                f"The deletion request was not delivered yet ({reason}); it is retried "
                "later by the tray or `cep-gui run-due`.",
                file=sys.stderr,
            )
            return EXIT_FAILED
    return EXIT_OK


def _cmd_run_due(args: argparse.Namespace) -> int:
    import asyncio

    from cep_gui.pipeline import live_builder

    with _client(args) as client:
        result = asyncio.run(client.run_due(live_builder()))
    print(result.message)
    return EXIT_FAILED if result.undelivered else EXIT_OK


def _cmd_send_now(args: argparse.Namespace) -> int:
    import asyncio

    from cep_gui.pipeline import live_builder

    with _client(args) as client:
        result = asyncio.run(client.send_now(live_builder()))
        endpoint = client.effective().endpoint
    if result.already_sent:
        print(f"Report {result.report_id} was just delivered by another cep-gui process.")
        return EXIT_OK
    if result.kept or result.held:
        print(f"Report {result.report_id}: {result.message}.")
        return EXIT_OK
    if result.delivered:
        print(f"Report {result.report_id} was delivered to {endpoint}.")
        return EXIT_OK
    if result.rejected:
        print(f"Report {result.report_id} was rejected: {result.message}.", file=sys.stderr)
        return EXIT_FAILED
    print(f"Report {result.report_id} was not delivered: {result.message}.", file=sys.stderr)
    return EXIT_FAILED


def _cmd_history(args: argparse.Namespace) -> int:
    import asyncio

    from cep_gui.core import history

    with _client(args) as client:
        if args.refresh:
            try:
                answers = asyncio.run(client.refresh_relay_status())
            except CepError as exc:
                print(f"cep-gui: the relay was not asked: {exc}", file=sys.stderr)
            else:
                print(
                    f"Asked your organization's relay about {answers.asked} "
                    f"report{'' if answers.asked == 1 else 's'}; "
                    f"{len(answers.answers)} answered.",
                    file=sys.stderr,
                )
        if args.json:
            _write_lines(_json_list(history.iter_entries(client.store)))
            return EXIT_OK
        wrote = False
        for row in history.iter_rows(client.store):
            wrote = True
            sys.stdout.write(history_line(row) + "\n")
        if not wrote:
            print("Nothing has been sent.")
    return EXIT_OK


#: A history outcome in plain words (the desktop app says the same, translated).
OUTCOME_WORDS = {
    "sending": "being sent",
    "retrying": "not delivered yet, tried again later",
    "delivered": "delivered",
    "rejected": "refused by the server",
    "expired": "not delivered within 30 days",
    "cancelled": "stopped: participation changed",
    "dropped": "not sent: participation changed",
    "kept": "kept on this computer",
    "skipped": "skipped at review",
}
#: Outcomes of an item that went (or was about to go) to the endpoint.
_SENT_OUTCOMES = frozenset({"sending", "retrying", "delivered", "rejected", "cancelled"})


def history_line(row: Any) -> str:
    """One line of ``cep-gui history``: local time, what, the outcome in plain words."""
    from datetime import datetime

    from cep_gui.core.relay_status import status_of_receipt

    if row.at == datetime.min:
        when = "(time unknown)".ljust(20)
    else:
        when = f"{row.at.astimezone():%Y-%m-%d %H:%M %Z}"
    kind = "deletion request" if row.kind == "deletion" else row.kind
    outcome = OUTCOME_WORDS.get(row.outcome, row.outcome)
    relay = status_of_receipt(row.receipt) if row.outcome == "delivered" else None
    if relay is not None:
        outcome = relay.text
    details: list[str] = []
    if row.status:
        details.append(f"HTTP {row.status}")
    if row.last_error and row.outcome not in ("delivered", "kept"):
        details.append(row.last_error)
    if details:
        outcome += f" ({'; '.join(details)})"
    parts = [outcome, f"{row.size:,} bytes"]
    if row.outcome in _SENT_OUTCOMES:
        parts.append(f"to {row.endpoint}")
    return f"{when}  {kind:<16}  " + ", ".join(parts)


def _json_list(entries: Iterator[Any]) -> Iterator[str]:
    """A JSON list written one entry (one line) at a time: constant memory at any size."""
    yield "["
    first = True
    for entry in entries:
        text = json.dumps(entry.as_json(), ensure_ascii=False, separators=(", ", ": "))
        yield (" " if first else ",") + text
        first = False
    yield "]"


def _write_lines(lines: Iterator[str]) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


def _cmd_usage_record(args: argparse.Namespace) -> int:
    kind: Literal["feature", "problem"] = "problem" if args.problem else "feature"
    with _client(args) as client:
        recorded = client.record_usage(kind, args.id)
    if not recorded:
        print("Not recorded: this computer is not taking part.", file=sys.stderr)
    return EXIT_OK
