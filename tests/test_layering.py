"""The pure layers never import Qt; headless commands never load it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cep_gui"
QT_MODULES = ("PySide6", "qasync", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_core_and_collectors_never_import_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in ("core", "collectors")
        for path in (PACKAGE / layer).rglob("*.py")
        if _imports(path) & set(QT_MODULES)
    ]
    assert offenders == []


def test_collect_command_does_not_load_qt(tmp_path: Path) -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from cep_gui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['collect', '--json'])\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(code, loaded)\n"
    )
    # Its own data and policy folders: the machine's real ones may hold anything.
    env = {**os.environ, "CEP_DATA_DIR": str(tmp_path / "data")}
    env["CEP_POLICY_DIR"] = str(tmp_path / "policies")
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    ).stdout
    assert out.strip() == "0 []"
