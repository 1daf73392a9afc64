"""The one exception hierarchy of cep-gui: every failure a person can act on is a CepError.

Each class carries the command line's exit code, so the CLI maps errors without
knowing where they came from, and the UI shows the message as it is. Anything that
is not a CepError is a bug: the CLI says so in one line and logs the traceback.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_BUSY = 4


class CepError(Exception):
    """A failure with a plain message for the person at the computer."""

    exit_code = EXIT_FAILED


class Failed(CepError):
    """The command was allowed but did not succeed (a report not delivered, a full disk)."""


class StoreError(Failed):
    """The store cannot be used; the message says why and what to do."""

    def __init__(self, message: str, *, disk_full: bool = False, busy: bool = False) -> None:
        super().__init__(message)
        #: Nothing could be written for lack of space (the store itself is fine).
        self.disk_full = disk_full
        #: Another process held the store longer than the wait allowed.
        self.busy = busy


class UsageError(CepError, ValueError):
    """Bad input: an unknown category, a malformed URL, an unusable environment setting."""

    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """The environment or a configuration file is unusable (a garbage proxy, a missing CA file)."""


class Refused(CepError):
    """Policy or the current state does not allow the command (not taking part, forced off)."""

    exit_code = EXIT_REFUSED


class Busy(CepError):
    """Another cep-gui process is sending a report for the same data folder."""

    exit_code = EXIT_BUSY
