"""Delete everything cep-gui keeps for one user: the data folder and the keyring secrets.

Package removal (``dpkg --purge``, ``msiexec /x``) removes the program and the
machine's policy, but it cannot reach each user's data folder; this does, once per
user. It never deletes what the program did not make: a mistyped folder must not
take someone's files with it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from cep_gui.core.exceptions import Failed, UsageError
from cep_gui.core.secrets import ALL_SECRETS, SecretStore, SecretsUnavailable
from cep_gui.core.store import DB_NAME


@dataclass(frozen=True)
class PurgeResult:
    deleted_folder: bool
    secrets_removed: list[str] = field(default_factory=list)
    #: Why the keyring could not be cleaned (no keyring: nothing can be in it).
    keyring_note: str | None = None


def check_purgeable(data_dir: Path) -> None:
    """Raise UsageError when ``data_dir`` is not a folder cep-gui alone made."""
    if not data_dir.exists():
        return
    if not data_dir.is_dir() or data_dir.is_symlink():
        raise UsageError(f"{data_dir} is not a folder; nothing was deleted")
    foreign = [
        entry
        for entry in data_dir.iterdir()
        if not entry.name.startswith(DB_NAME) or entry.is_dir() or entry.is_symlink()
    ]
    if foreign:
        names = ", ".join(sorted(p.name for p in foreign)[:5])
        raise UsageError(
            f"{data_dir} holds files that cep-gui did not create ({names}); nothing was "
            "deleted. Check --data-dir (or CEP_DATA_DIR)."
        )


def purge_user_data(data_dir: Path, secrets: SecretStore) -> PurgeResult:
    check_purgeable(data_dir)
    deleted = False
    if data_dir.exists():
        try:
            shutil.rmtree(data_dir)
        except OSError as exc:
            raise Failed(f"could not delete {data_dir}: {exc.strerror or exc}") from exc
        deleted = True
    removed: list[str] = []
    note = None
    for name in ALL_SECRETS:
        try:
            secrets.delete(name)
        except SecretsUnavailable as exc:
            note = str(exc)
            break
        removed.append(name)
    return PurgeResult(deleted, removed, note)
