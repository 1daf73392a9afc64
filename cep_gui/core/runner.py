"""Running external tools with a hard deadline.

Collectors never call :mod:`subprocess` directly: they get a :class:`CommandRunner`
so that tests can feed captured real output and so that a hanging tool can never
hang a collection.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Protocol

from cep_gui.core.errors import CollectorFailure, ErrorCode

DEFAULT_TIMEOUT = 5.0
MAX_OUTPUT_BYTES = 16 * 1024 * 1024


class CommandRunner(Protocol):
    def run(self, argv: Sequence[str], timeout: float = DEFAULT_TIMEOUT) -> str:
        """Return the tool's standard output as text, or raise :class:`CollectorFailure`."""
        ...

    def available(self, tool: str) -> bool:
        """Whether the tool can be started at all."""
        ...


class SubprocessRunner:
    """Runs tools in their own process group so a timeout kills grandchildren too."""

    def __init__(self, env: Mapping[str, str]) -> None:
        """``env`` is the environment tools run in (the caller's, given explicitly)."""
        base = dict(env)
        # Tools print in a stable, parseable form and never ask questions.
        base.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        self._env = base

    def available(self, tool: str) -> bool:
        return shutil.which(tool, path=self._env.get("PATH")) is not None

    def run(self, argv: Sequence[str], timeout: float = DEFAULT_TIMEOUT) -> str:
        exe = shutil.which(argv[0], path=self._env.get("PATH"))
        if exe is None:
            raise CollectorFailure(ErrorCode.MISSING_TOOL, f"{argv[0]} is not installed")
        try:
            proc = subprocess.Popen(
                [exe, *argv[1:]],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=self._env,
                start_new_session=True,
            )
        except PermissionError as exc:
            raise CollectorFailure(ErrorCode.PERMISSION_DENIED, f"{argv[0]}: {exc}") from exc
        except OSError as exc:
            raise CollectorFailure(ErrorCode.FAILED, f"{argv[0]}: {exc}") from exc
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill_group(proc)
            raise CollectorFailure(
                ErrorCode.TIMEOUT, f"{argv[0]} did not finish within {timeout:g} s"
            ) from exc
        if len(out) > MAX_OUTPUT_BYTES:
            raise CollectorFailure(ErrorCode.TOO_LARGE, f"{argv[0]} printed too much")
        if proc.returncode != 0:
            raise CollectorFailure(ErrorCode.FAILED, f"{argv[0]} exited with {proc.returncode}")
        return out.decode("utf-8", errors="replace")


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.communicate()
