"""Windows integrated sign-in (Negotiate: Kerberos or NTLM) for the AdminService.

The AdminService accepts only Windows authentication. pyspnego speaks it on every
platform: with an account and password (NTLM, or Kerberos where GSSAPI is set up)
on Linux and macOS, and with the signed-in user's own credentials through SSPI on
Windows when no account is configured. Over HTTPS the client binds the sign-in to
the server's certificate (channel binding), which servers with Extended Protection
require and which stops a man in the middle from relaying it.

The password is held only in :class:`Credentials` (never in its ``repr``) and in the
pyspnego context; nothing here logs or raises text that could contain it.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cep_gui.collectors.sccm.errors import (
    NO_KEYRING,
    NO_PASSWORD,
    NO_SIGN_IN,
    SIGN_IN_REFUSED,
    SccmError,
)
from cep_gui.core.errors import ErrorCode

if TYPE_CHECKING:
    from spnego import ContextProxy
    from spnego.channel_bindings import GssChannelBindings

#: Name of the SCCM account's password in the system keyring.
PASSWORD_SECRET = "sccm-password"
#: Schemes we answer, most preferred first (Negotiate may carry Kerberos).
SCHEMES = ("Negotiate", "NTLM")

SecretLoader = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Credentials:
    """``DOMAIN\\user`` and password, or neither: the signed-in user's own (Windows)."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)


def load_credentials(account: str | None, load: SecretLoader | None = None) -> Credentials:
    """The configured account with its password from the keyring.

    Raises :class:`SccmError` (``unavailable``) when an account is set but its
    password cannot be had: no keyring, or nothing saved.
    """
    account = (account or "").strip()
    if not account:
        return Credentials()
    if load is None:
        from cep_gui.core.secrets import load_secret

        load = load_secret
    from cep_gui.core.secrets import SecretsUnavailable

    try:
        password = load(PASSWORD_SECRET)
    except SecretsUnavailable:
        raise SccmError(ErrorCode.UNAVAILABLE, NO_KEYRING, fatal=True) from None
    if not password:
        raise SccmError(ErrorCode.UNAVAILABLE, NO_PASSWORD, fatal=True)
    return Credentials(account, password)


def parse_challenges(values: Sequence[str]) -> dict[str, str]:
    """``WWW-Authenticate`` header values → {scheme: token or ""} (case-insensitive scheme)."""
    found: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            scheme, _, token = part.strip().partition(" ")
            if scheme:
                found.setdefault(scheme.casefold(), token.strip())
    return found


def pick_scheme(challenges: dict[str, str]) -> str | None:
    return next((s for s in SCHEMES if s.casefold() in challenges), None)


def channel_bindings(peer_certificate: bytes | None) -> GssChannelBindings | None:
    """RFC 5929 ``tls-server-end-point`` bindings for the server's certificate."""
    if not peer_certificate:
        return None
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes
    from spnego.channel_bindings import GssChannelBindings

    try:
        algorithm = x509.load_der_x509_certificate(peer_certificate).signature_hash_algorithm
    except (ValueError, UnsupportedAlgorithm):
        algorithm = None
    # MD5 and SHA-1 certificates (and unknown ones) are hashed with SHA-256, as RFC 5929 says.
    name = "sha256"
    if isinstance(algorithm, hashes.SHA384 | hashes.SHA512):
        name = algorithm.name
    digest = hashlib.new(name, peer_certificate).digest()
    return GssChannelBindings(application_data=b"tls-server-end-point:" + digest)


class _NoSignInHeaders(logging.Filter):
    """Drops httpcore's debug lines that show sign-in headers."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage().casefold()
        return "authenticate" not in text and "authorization" not in text


def keep_tokens_out_of_logs() -> None:
    """Sign-in tokens can be cracked offline for the password: no log may hold one.

    pyspnego logs every token it makes or reads at DEBUG level, and httpcore logs
    response headers (the server's challenges) at DEBUG level; both are silenced,
    whatever logging the program or a test turns on.
    """
    logging.getLogger("spnego").setLevel(logging.WARNING)
    http11 = logging.getLogger("httpcore.http11")
    if not any(isinstance(f, _NoSignInHeaders) for f in http11.filters):
        http11.addFilter(_NoSignInHeaders())


class Handshake:
    """One Negotiate or NTLM exchange: tokens out, the server's challenges in."""

    def __init__(
        self,
        credentials: Credentials,
        scheme: str,
        hostname: str,
        bindings: GssChannelBindings | None = None,
    ) -> None:
        import spnego

        keep_tokens_out_of_logs()
        self.scheme = scheme
        self._credentials = credentials
        protocol = "ntlm" if scheme == "NTLM" else "negotiate"
        try:
            self._context: ContextProxy = spnego.client(
                credentials.username,
                credentials.password,
                hostname=hostname,
                service="HTTP",
                channel_bindings=bindings,
                protocol=protocol,
            )
        except Exception:  # pyspnego's texts may echo the account: never pass them on
            raise _no_credentials(credentials) from None

    def first(self) -> str:
        try:
            token = self._context.step(None)
        except Exception:
            raise _no_credentials(self._credentials) from None
        if not isinstance(token, bytes) or not token:
            raise _no_credentials(self._credentials)
        return self._header(token)

    def answer(self, challenge: str) -> str | None:
        """The reply to the server's challenge, or None when the exchange is over."""
        try:
            reply = self._context.step(base64.b64decode(challenge, validate=True))
        except Exception:  # a malformed challenge, or the exchange failed
            raise SccmError(ErrorCode.PERMISSION_DENIED, SIGN_IN_REFUSED, fatal=True) from None
        return self._header(reply) if isinstance(reply, bytes) and reply else None

    def _header(self, token: bytes) -> str:
        return f"{self.scheme} {base64.b64encode(token).decode('ascii')}"


def _no_credentials(credentials: Credentials) -> SccmError:
    if credentials.username is None:
        return SccmError(ErrorCode.PERMISSION_DENIED, NO_SIGN_IN, fatal=True)
    return SccmError(ErrorCode.PERMISSION_DENIED, SIGN_IN_REFUSED, fatal=True)
