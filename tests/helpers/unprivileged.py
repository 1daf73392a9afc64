"""Run checked code without root's privileges, so permission checks hold for root too.

Root reads a file with mode 000 because it holds the capabilities that override file
permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH). Instead of skipping such a test as
root, :func:`run_unprivileged` forks a real child process that gives up every capability
before it calls the function, and hands the result back through a pipe. The child keeps
its user id, so it still reads what its owner may (the checkout, the catalog, pytest's
``tmp_path``, even in a 0700 home folder), but a file whose mode denies its owner is
denied to it, as to any user. (Switching to ``nobody`` instead would also lose the
checkout wherever it sits in a folder only root can enter, as in a CI clone under /root.)

Run by a user who is not root, the function is called in a child process too, as that
user, so both paths behave alike.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import sys
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_LINUX_CAPABILITY_VERSION_3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


class ChildFailed(AssertionError):
    """The function raised in the unprivileged child; the message has its traceback."""


def _effective_capabilities() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("CapEff:"):
                return int(line.split()[1], 16)
    raise RuntimeError("no CapEff line in /proc/self/status")


def _drop_privileges() -> None:
    """Give up every capability of this process (Linux capset(2), all sets emptied)."""
    if sys.platform == "win32" or os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    empty = (_CapData * 2)()
    if libc.capset(ctypes.byref(header), empty) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"capset: {os.strerror(error)}")
    if _effective_capabilities() != 0:
        raise PermissionError("capabilities are still in effect")


def run_unprivileged(function: Callable[[], T]) -> T:
    """``function()`` in a forked child without privileges; its result (picklable) or error."""
    if sys.platform == "win32":
        raise NotImplementedError("POSIX only: fork and capabilities")
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
    result: T = value
    return result
