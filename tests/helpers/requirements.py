"""What a test needs from the machine (a tool, root, a kernel feature), checked in one place.

On a developer's machine a missing requirement skips the test with its reason, so the rest
of the suite still runs. With ``CI=true`` the same reason fails the test instead: CI must run
the whole suite, and a skip there would hide a missing install step in ``scripts/setup.sh``
until the next new machine (which is how a green CI once hid a missing ``libpython3.X``).

Use these instead of ``pytest.skip``/``skipif`` for anything the machine could provide.
A skip for a different platform (a macOS-only check on Linux) is not a missing requirement
and stays a plain skip.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """True when the suite runs as CI (``CI=true``, as ``.ci/run`` is started)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def unmet(reason: str) -> NoReturn:
    """Skip with ``reason``, or fail with it when running as CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing requirement fails the run)", pytrace=False)
    pytest.skip(reason)


def require_tools(*tools: str, package: str) -> None:
    """The test runs the commands ``tools``; ``package`` is the Debian package with them."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        unmet(
            f"{', '.join(missing)} not installed "
            f"(Debian: apt-get install {package}, or bash scripts/setup.sh test)"
        )


def require_root(why: str) -> None:
    """The test needs root, for the reason ``why``."""
    if sys.platform == "win32" or os.geteuid() != 0:
        unmet(f"needs root: {why}")
