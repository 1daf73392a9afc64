"""Secrets (the SCCM account's password, an upload token) live only in the system keyring.

Where no keyring is available the program says so and keeps working without the
features that need a secret; it never falls back to a plain-text file.
"""

from __future__ import annotations

from typing import Protocol

from cep_gui.core.exceptions import Failed

# keyring is imported only when a secret is actually needed: it is slow to load and
# may talk to D-Bus, which headless commands must not pay for.

SERVICE = "cep-gui"
SCCM_PASSWORD = "sccm-password"
UPLOAD_TOKEN = "upload-token"
#: Every secret the program may have saved: purging the user's data removes them all.
ALL_SECRETS = (SCCM_PASSWORD, UPLOAD_TOKEN)


class SecretsUnavailable(Failed):
    """No usable system keyring; the message says so in plain words."""


class SecretStore(Protocol):
    def load(self, name: str) -> str | None: ...

    def save(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecrets:
    """The system keyring (Secret Service, Windows Credential Manager, macOS Keychain)."""

    def load(self, name: str) -> str | None:
        return load_secret(name)

    def save(self, name: str, value: str) -> None:
        save_secret(name, value)

    def delete(self, name: str) -> None:
        delete_secret(name)


def save_secret(name: str, value: str) -> None:
    import keyring
    from keyring import errors

    try:
        keyring.set_password(SERVICE, name, value)
    except errors.KeyringError as exc:
        raise SecretsUnavailable(_why(exc)) from None


def load_secret(name: str) -> str | None:
    import keyring
    from keyring import errors

    try:
        value = keyring.get_password(SERVICE, name)
    except errors.KeyringError as exc:
        raise SecretsUnavailable(_why(exc)) from None
    return value if isinstance(value, str) else None


def delete_secret(name: str) -> None:
    import keyring
    from keyring import errors

    try:
        keyring.delete_password(SERVICE, name)
    except errors.PasswordDeleteError:
        return
    except errors.KeyringError as exc:
        raise SecretsUnavailable(_why(exc)) from None


def _why(exc: BaseException) -> str:
    # The exception text never holds the secret itself, only the backend's complaint.
    return (
        "No system keyring is available, so passwords cannot be saved "
        f"({type(exc).__name__}). Features that need a password stay off."
    )
