"""A file-less keyring for subprocess tests (``PYTHON_KEYRING_BACKEND`` = :data:`BACKEND`).

Secrets come from environment variables ``CEP_TEST_SECRET_<NAME>`` (the secret's name
upper-cased, ``-`` as ``_``); nothing is written anywhere.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError

BACKEND = f"{__name__}.EnvKeyring"


def variable(name: str) -> str:
    return "CEP_TEST_SECRET_" + name.upper().replace("-", "_")


class EnvKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(variable(username))

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("this test keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("this test keyring is read-only")


class RecordingKeyring(KeyringBackend):
    """Records each deletion in the file ``CEP_TEST_KEYRING_LOG`` names."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("this test keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        with open(os.environ["CEP_TEST_KEYRING_LOG"], "a", encoding="utf-8") as log:
            log.write(username + "\n")
