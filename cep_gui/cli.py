"""The ``cep-gui`` command line.

Headless commands (``collect`` and the like) must never import Qt: the desktop
app is imported only by the commands that open windows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from cep_gui import __version__

EXIT_OK = 0
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
        "--data-dir", metavar="DIR", help="keep the program's data in DIR instead of the default"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
        help="collect only this category (repeatable); default: every category of the profile",
    )
    collect.add_argument("--profile", default=None, help="product profile (desktop or sccm)")
    collect.set_defaults(handler=_cmd_collect)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    result: int = handler(args)
    return result


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"cep-gui: {message}", file=sys.stderr)
    return code


def _cmd_collect(args: argparse.Namespace) -> int:
    from cep_gui.core.catalog import load_catalog
    from cep_gui.core.profiles import DEFAULT_PROFILE, ProfileError, get_profile
    from cep_gui.core.render import render_text
    from cep_gui.pipeline import build_report

    catalog = load_catalog()
    try:
        profile = get_profile(args.profile or DEFAULT_PROFILE)
    except ProfileError as exc:
        return _fail(str(exc))
    selected = list(profile.categories)
    if args.category:
        unknown = [c for c in args.category if c not in catalog.categories]
        if unknown:
            return _fail(
                f"unknown category {', '.join(unknown)} "
                f"(known: {', '.join(catalog.categories)})"
            )
        selected = list(dict.fromkeys(args.category))
    withheld = [c for c in profile.categories if c not in selected]
    built = build_report(selected=selected, withheld=withheld, profile=profile.id)
    if args.json:
        sys.stdout.write(built.report.payload.decode("utf-8") + "\n")
    else:
        sys.stdout.write(render_text(built.report.document, catalog))
    return EXIT_OK
