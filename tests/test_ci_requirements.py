"""A test whose tool is missing skips on a developer's machine and fails under CI=true.

Run for real: a small test file that needs a tool no machine has, under a real pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

NEEDS_A_MISSING_TOOL = """
from tests.helpers.requirements import require_tools

def test_needs_it():
    require_tools("cep-no-such-tool", package="cep-no-such-package")
"""


def run_pytest(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    test_file = tmp_path / "test_needs_a_tool.py"
    test_file.write_text(NEEDS_A_MISSING_TOOL, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_outside_ci_a_missing_tool_skips_with_its_reason(tmp_path: Path) -> None:
    proc = run_pytest(tmp_path, ci=None)

    assert proc.returncode == 0, proc.stdout
    assert "1 skipped" in proc.stdout
    assert "cep-no-such-tool not installed" in proc.stdout
    assert "apt-get install cep-no-such-package" in proc.stdout


@pytest.mark.parametrize("value", ["true", "TRUE"])
def test_under_ci_a_missing_tool_fails_with_the_same_reason(tmp_path: Path, value: str) -> None:
    proc = run_pytest(tmp_path, ci=value)

    assert proc.returncode == 1, proc.stdout
    assert "1 failed" in proc.stdout
    assert "cep-no-such-tool not installed" in proc.stdout
    assert "CI=true: a missing requirement fails the run" in proc.stdout
