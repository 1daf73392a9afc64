"""Command-line value checks of the receiver and the relay, loaded only when used.

Registering the ``receiver`` and ``relay`` commands must cost nothing to a ``collect``
or ``status`` run: the settings module (and what it pulls in) is imported only when
an option's value is actually checked.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

LOG_LEVELS = ("debug", "info", "warning", "error")


def checked(name: str) -> Callable[[str], object]:
    """The settings module's parser ``name`` as an argparse type (a plain usage error)."""

    def run(text: str) -> object:
        from cep_gui.receiver import settings

        try:
            parse: Callable[[str], object] = getattr(settings, name)
            return parse(text)
        except settings.SettingsError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    run.__name__ = name  # argparse names the type in "invalid <name> value"
    return run
