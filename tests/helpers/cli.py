"""Run the real ``cep-gui`` command in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.setdefault("CEP_POLICY_DIR", str(Path(os.devnull).parent / "nonexistent-cep-policies"))
    full_env.update(env or {})
    if env and "CEP_POLICY_DIR" in env and sys.platform != "win32":
        # Policy written by this test is trusted as if root wrote it (see the README).
        full_env.setdefault("CEP_POLICY_OWNER_UID", str(os.geteuid()))
    argv = [sys.executable, "-m", "cep_gui"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *args], capture_output=True, text=True, env=full_env, timeout=timeout, check=False
    )
