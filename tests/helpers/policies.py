"""Write Linux policy folders the way an administrator (root) would.

The policy reader trusts files owned by root; tests that run as another user
inject their own user id as the trusted owner (``trusted``), so the same code path
runs for everyone. :func:`make_foreign` gives a file an owner nobody trusts: as root
by ``chown``, as a user by trusting someone else instead (then the test's folders
are the first untrusted thing the reader meets).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

from cep_gui.core.policy_sources import PolicyLocations

NOBODY = 65534
#: Who the test runs as (policy files it writes are trusted as if root wrote them).
if sys.platform == "win32":
    UID = 0
else:
    UID = os.geteuid()
IS_ROOT = UID == 0


def trusted(root: Path) -> PolicyLocations:
    """Linux policy at ``root``, with this test's user as the trusted owner."""
    return PolicyLocations("linux", root, trusted_uid=UID)


def trusted_env(root: Path) -> dict[str, str]:
    """The same for a ``cep-gui`` subprocess."""
    return {"CEP_POLICY_DIR": str(root), "CEP_POLICY_OWNER_UID": str(UID)}


def make_foreign(path: Path, where: PolicyLocations) -> PolicyLocations:
    if IS_ROOT and sys.platform != "win32":
        os.chown(path, NOBODY, NOBODY)
        return where
    return dataclasses.replace(where, trusted_uid=NOBODY)


def write_policy(root: Path, kind: str, name: str, settings: dict[str, object] | str) -> Path:
    """Create ``root/kind/name`` (kind: managed, recommended or '' for preset.json)."""
    folder = root / kind if kind else root
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    os.chmod(root, 0o755)
    path = folder / name
    text = settings if isinstance(settings, str) else json.dumps(settings)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o644)
    return path
