"""``cep-gui purge-user-data``: the command-line side of :mod:`cep_gui.core.purge`.

It asks first unless given ``--yes``, and never without a terminal to ask on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cep_gui.core.exceptions import EXIT_OK, EXIT_USAGE


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = commands.add_parser(
        "purge-user-data",
        help="delete this user's cep-gui data (history, queued reports, consent)",
        description=(
            "Delete this user's cep-gui data folder: consent and audit log, queued reports, "
            "the history of what was sent and usage counts, and every secret cep-gui saved in "
            "the system keyring (the SCCM password, the upload token). Reports already sent "
            "stay with the vendor: run `cep-gui opt-out --request-deletion` first to ask for "
            "their deletion."
        ),
    )
    purge.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    # Also accepted after the command; SUPPRESS keeps the global --data-dir when absent.
    purge.add_argument(
        "--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    purge.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cep_gui.core.purge import check_purgeable, purge_user_data
    from cep_gui.environment import build_services

    services = build_services(data_dir=args.data_dir)
    data_dir = services.data_dir
    check_purgeable(data_dir)
    if data_dir.exists() and not args.yes:
        if not sys.stdin.isatty():
            print(
                f"cep-gui: not deleting {data_dir} without confirmation; there is no terminal "
                "to ask on, so run `cep-gui purge-user-data --yes` to confirm.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        answer = input(
            f"Delete {data_dir}: your consent, queued reports and the history of what was "
            "sent? This cannot be undone. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return EXIT_OK
    result = purge_user_data(data_dir, services.secrets)
    if result.deleted_folder:
        print(f"Deleted {data_dir}.")
        print(
            "If cep-gui is still running (the tray), quit it: it would start a new, empty "
            "store. Policy set by your organization still applies."
        )
    else:
        print(f"Nothing to delete: {data_dir} does not exist.")
    if result.secrets_removed:
        print("Removed cep-gui's secrets from the system keyring.")
    return EXIT_OK
