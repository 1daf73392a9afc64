"""``cep-gui sccm test``: check that the configured AdminService can be read.

It uses exactly the settings a report would (policy, the Advanced page, the
keyring, ``--sccm-url``), signs in, reads the site's version and says in plain
words what worked or what to fix. Exit 0 when connected, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sccm = commands.add_parser(
        "sccm",
        help="check the connection to a Configuration Manager (SCCM) site",
        description=(
            "Work with the Configuration Manager AdminService the SCCM categories read. A "
            "self-signed site certificate is trusted when its file is given on the Advanced page "
            "or in CEP_SCCM_CA_FILE."
        ),
    )
    actions = sccm.add_subparsers(dest="sccm_command", metavar="ACTION", required=True)
    test = actions.add_parser(
        "test",
        help="sign in to the AdminService and read the site version",
        description=(
            "Sign in to the AdminService with the configured account (or your own on Windows) "
            "and read the site's version. Nothing is collected or sent."
        ),
    )
    test.add_argument(
        "--sccm-url",
        metavar="URL",
        help="test this AdminService URL instead of the configured one (unless policy sets it)",
    )
    test.set_defaults(handler=run_test)


def run_test(args: argparse.Namespace) -> int:
    # Imported here: building the command line must not load the HTTP client.
    from cep_gui.cli import _client
    from cep_gui.collectors.sccm.collector import check_connection

    with _client(args) as client:
        config = client.collect_config(client.effective())
    if not config.sccm_url:
        print(
            "cep-gui: no AdminService URL is configured; give one with --sccm-url or set it "
            "on the Advanced page",
            file=sys.stderr,
        )
        return 1
    result = check_connection(config)
    if result.ok:
        print(f"{config.sccm_url}: {result.message}.")
        return 0
    print(f"cep-gui: {config.sccm_url}: {result.message}.", file=sys.stderr)
    return 1
