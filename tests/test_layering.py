"""The pure layers never import Qt; headless commands never load it."""

from __future__ import annotations

import ast
import os
import re
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
    env = {**os.environ, "CEP_DATA_DIR": str(tmp_path / "data"), "CEP_POLICY_DIR": "/nonexistent"}
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    ).stdout
    assert out.strip() == "0 []"


def _sources(*layers: str) -> list[Path]:
    return [path for layer in layers for path in (PACKAGE / layer).rglob("*.py")]


def test_the_tray_starts_without_its_windows_or_any_collector(tmp_path: Path) -> None:
    """The tray runs for weeks and mostly waits: the Preferences and viewer code load when
    a window is first opened, the collectors only ever in the report-building child."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cep_gui.environment import build_services\n"
        "from cep_gui.child_builder import ChildProcessBuilder\n"
        "from cep_gui.ui.controller import AppController\n"
        "from cep_gui.ui.shell import Shell\n"
        "from cep_gui.ui.tray import Tray\n"
        "from pathlib import Path\n"
        "Tray.available = staticmethod(lambda: True)  # as under a desktop's tray host\n"
        "app = QApplication([])\n"
        "services = build_services({'CEP_POLICY_DIR': sys.argv[2]}, data_dir=Path(sys.argv[1]))\n"
        "controller = AppController(services, ChildProcessBuilder(['true']))\n"
        "controller.save_settings(first_run_done=True)\n"
        "Shell(controller).start('tray')\n"
        "wanted = ('cep_gui.collectors', 'cep_gui.ui.preferences', 'cep_gui.ui.viewer')\n"
        "print(sorted(m for m in sys.modules if m.startswith(wanted)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data"), str(tmp_path / "no-policies")],
        capture_output=True, text=True, check=True, timeout=60, env=env,
    ).stdout  # fmt: skip
    assert out.strip().splitlines()[-1] == "[]"


def test_only_the_store_layer_runs_sql() -> None:
    """One owner per table: no statement is run outside cep_gui/core/store."""
    store = PACKAGE / "core" / "store"
    receiver = PACKAGE / "receiver"  # the receiver service has its own database
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if store in path.parents or receiver in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "executemany", "executescript")
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


#: Statements that change a table, as the store writes them (keywords in capitals; an
#: upsert's "DO UPDATE SET" changes the table its INSERT names).
WRITES = re.compile(r"\b(?:INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|(?<!DO )UPDATE|DELETE\s+FROM)\s+(\w+)")


def test_each_table_is_written_by_one_module() -> None:
    """One owner per table inside the store too: every statement that changes a table lives
    in that table's own module (the migrations, which build the tables, aside)."""
    writers: dict[str, set[str]] = {}
    for path in (PACKAGE / "core" / "store").glob("*.py"):
        if path.name == "migrations.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for table in WRITES.findall(node.value):
                    writers.setdefault(table.lower(), set()).add(path.name)
    assert writers, "no statement found: the pattern no longer matches the store's SQL"
    shared = {table: sorted(names) for table, names in writers.items() if len(names) > 1}
    assert shared == {}


def test_core_never_reads_the_environment() -> None:
    """Services are built in one place (cep_gui/environment.py) and injected."""
    offenders = []
    for path in _sources("core"):
        text = path.read_text(encoding="utf-8")
        if "os.environ" in text or "getenv(" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_allowed_categories_rule_lives_in_one_place() -> None:
    """Policy's AllowedCategories is applied by core only; the CLI and UI ask core."""
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if '"AllowedCategories"' in path.read_text(encoding="utf-8")
    )
    assert users == ["core/client.py"]


def test_the_ui_never_touches_the_store() -> None:
    offenders = []
    for path in _sources("ui"):
        text = path.read_text(encoding="utf-8")
        if ".store" in text.replace("core.store.history_table", "").replace(
            "core.store.settings_table", ""
        ):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_every_package_is_installed() -> None:
    """The package list in pyproject.toml names every folder of the program: a missing
    one would install without it (and fail only on a user's machine)."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"][
        "setuptools"]["packages"])  # fmt: skip
    found = {
        ".".join(path.parent.relative_to(PACKAGE.parent).parts)
        for path in PACKAGE.rglob("__init__.py")
    }
    assert found - listed == set()
