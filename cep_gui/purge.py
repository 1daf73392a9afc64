"""``cep-gui purge-user-data``: delete everything cep-gui keeps for this user.

Package removal (``dpkg --purge``, ``msiexec /x``) removes the program and the
machine's policy, but it cannot reach each user's data folder; this command does,
once per user. It deletes the store (consent, audit log, queued reports, the
history of what was sent, usage counts), any damaged copies kept aside, and the
SCCM password in the system keyring. It asks first unless given ``--yes``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
#: Secrets the program may have saved in the system keyring (cep_gui.core.secrets).
SECRET_NAMES = ("sccm-password",)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    purge = commands.add_parser(
        "purge-user-data",
        help="delete this user's cep-gui data (history, queued reports, consent)",
        description=(
            "Delete this user's cep-gui data folder: consent and audit log, queued reports, "
            "the history of what was sent and usage counts, and the SCCM password in the "
            "system keyring. Reports already sent stay with the vendor: run "
            "`cep-gui opt-out --request-deletion` first to ask for their deletion."
        ),
    )
    purge.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    # Also accepted after the command; SUPPRESS keeps the global --data-dir when absent.
    purge.add_argument(
        "--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    purge.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cep_gui.core.paths import default_data_dir

    data_dir: Path = args.data_dir or default_data_dir()
    if not data_dir.exists():
        print(f"Nothing to delete: {data_dir} does not exist.")
        _forget_secrets()
        return EXIT_OK
    if not data_dir.is_dir() or data_dir.is_symlink():
        print(f"cep-gui: {data_dir} is not a folder; nothing was deleted", file=sys.stderr)
        return EXIT_USAGE
    foreign = _foreign_entries(data_dir)
    if foreign:
        # Never delete what the program did not make: a mistyped --data-dir must not
        # take someone's home folder with it.
        names = ", ".join(sorted(p.name for p in foreign)[:5])
        print(
            f"cep-gui: {data_dir} holds files that cep-gui did not create ({names}); "
            "nothing was deleted. Check --data-dir (or CEP_DATA_DIR).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not args.yes:
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
    try:
        shutil.rmtree(data_dir)
    except OSError as exc:
        print(f"cep-gui: could not delete {data_dir}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Deleted {data_dir}.")
    _forget_secrets()
    print(
        "If cep-gui is still running (the tray), quit it: it would start a new, empty store. "
        "Policy set by your organization still applies."
    )
    return EXIT_OK


def _foreign_entries(data_dir: Path) -> list[Path]:
    """Entries that are not the store, its journal files or copies kept aside."""
    from cep_gui.core.store import DB_NAME

    return [
        entry
        for entry in data_dir.iterdir()
        if not entry.name.startswith(DB_NAME) or entry.is_dir() or entry.is_symlink()
    ]


def _forget_secrets() -> None:
    from cep_gui.core.secrets import SecretsUnavailable, delete_secret

    for name in SECRET_NAMES:
        try:
            delete_secret(name)
        except SecretsUnavailable:
            return  # no keyring: nothing can have been saved there
