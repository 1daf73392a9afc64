"""Run checked code as an unprivileged user, so permission checks hold for root too.

Root reads a file with mode 000, so a test of "permission denied" run as root would prove
nothing. Instead of skipping there, :func:`run_unprivileged` forks a real child process that
drops to ``nobody`` (no supplementary groups, no capabilities: the kernel clears them when
root changes its user id) before it calls the function, and hands the result back through
a pipe. Forking, rather than starting a new interpreter, means the child needs no access
to the interpreter or the checkout (a CI clone may sit in a folder only root can enter).

The files the child reads must be reachable by ``nobody``: make them under
:func:`world_traversable_dir` (pytest's own ``tmp_path`` is inside a 0700 folder).
Run by a user who is not root, the function is still called in a child process, as that
user, so both paths behave alike.
"""

from __future__ import annotations

import os
import pickle
import pwd
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

UNPRIVILEGED_USER = "nobody"


class ChildFailed(AssertionError):
    """The function raised in the unprivileged child; the message has its traceback."""


@contextmanager
def world_traversable_dir() -> Iterator[Path]:
    """A new folder under the system temp folder that any user may enter and list."""
    path = Path(tempfile.mkdtemp(prefix="cep-unprivileged-"))
    try:
        path.chmod(0o755)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _drop_privileges() -> None:
    if os.geteuid() != 0:
        return
    user = pwd.getpwnam(UNPRIVILEGED_USER)
    os.setgroups([])
    os.setgid(user.pw_gid)
    os.setuid(user.pw_uid)
    if os.geteuid() == 0 or os.getuid() == 0:  # pragma: no cover - the kernel refused
        raise PermissionError("could not leave root")


def run_unprivileged(function: Callable[[], T]) -> T:
    """``function()`` in a forked child without root; its result (picklable) or its error."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            try:
                _drop_privileges()
                outcome: tuple[bool, object] = (True, function())
            except BaseException as error:  # handed to the parent, which raises it
                outcome = (False, "".join(traceback.format_exception(error)))
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(outcome, pipe)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, wait_status = os.waitpid(pid, 0)
    if not data:
        raise ChildFailed(f"the unprivileged child ended without a result ({wait_status})")
    ok, value = pickle.loads(data)
    if not ok:
        raise ChildFailed(f"in the unprivileged child:\n{value}")
    return value  # type: ignore[no-any-return]
