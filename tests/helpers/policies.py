"""Write Linux policy folders the way an administrator (root) would."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

needs_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0,
    reason="policy files are honoured only when owned by root; the test must run as root",
)


def write_policy(root: Path, kind: str, name: str, settings: dict[str, object] | str) -> Path:
    """Create ``root/kind/name`` (kind: managed, recommended or '' for preset.json)."""
    folder = root / kind if kind else root
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    path = folder / name
    text = settings if isinstance(settings, str) else json.dumps(settings)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o644)
    return path
