"""``cep-gui purge-user-data``: deletes the user's data folder, and only that."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cep_gui.cli import main
from cep_gui.core.store import Store

pytestmark = pytest.mark.installer


def cli(argv: list[str]) -> int:
    """The real entry point, with its mapping of errors to exit codes."""
    return main(argv)


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fail backend: no D-Bus, no prompt; deleting a secret reports "no keyring".
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cep-data"
    Store.open(folder).close()
    assert (folder / "cep.sqlite3").exists()
    return folder


@pytest.mark.parametrize("where", ["after", "before"])
def test_yes_deletes_the_store(
    data_dir: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["purge-user-data", "--yes", "--data-dir", str(data_dir)]
    if where == "before":
        argv = ["--data-dir", str(data_dir), "purge-user-data", "--yes"]
    assert cli(argv) == 0
    assert not data_dir.exists()
    assert f"Deleted {data_dir}." in capsys.readouterr().out


def test_without_yes_and_no_terminal_it_refuses(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert cli(["--data-dir", str(data_dir), "purge-user-data"]) == 2
    assert (data_dir / "cep.sqlite3").exists()
    err = capsys.readouterr().err
    assert "without confirmation" in err and "--yes" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("answer", "deleted"), [("y\n", True), ("yes\n", True), ("\n", False), ("n\n", False)]
)
def test_on_a_terminal_it_asks(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, answer: str, deleted: bool
) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal(answer))
    assert cli(["--data-dir", str(data_dir), "purge-user-data"]) == 0
    assert data_dir.exists() is not deleted


def test_a_folder_with_other_files_is_left_alone(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "thesis.odt").write_text("not ours", encoding="utf-8")
    assert cli(["--data-dir", str(data_dir), "purge-user-data", "--yes"]) == 2
    assert (data_dir / "thesis.odt").exists() and (data_dir / "cep.sqlite3").exists()
    assert "did not create (thesis.odt)" in capsys.readouterr().err


def test_nothing_to_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(tmp_path / "absent"), "purge-user-data", "--yes"]) == 0
    assert "Nothing to delete" in capsys.readouterr().out


def test_damaged_copies_and_journal_go_too(data_dir: Path) -> None:
    for name in ("cep.sqlite3-wal", "cep.sqlite3.damaged-20261128T090000Z"):
        (data_dir / name).write_bytes(b"x")
    assert cli(["--data-dir", str(data_dir), "purge-user-data", "--yes"]) == 0
    assert not data_dir.exists()
