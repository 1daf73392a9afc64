"""Why talking to the SCCM AdminService failed, in words an administrator can act on.

The messages are fixed texts (the UI offers them for translation): they never carry
a password, a token, a server's answer or anything else that came from the network.
"""

from __future__ import annotations

from cep_gui.core.errors import CollectorFailure, ErrorCode

UNREACHABLE = "the server was unreachable"
TIMEOUT = "the server did not answer in time"
BROKE_OFF = "the connection broke off"
PROXY = "the proxy refused the connection"
CERTIFICATE = "the server's certificate could not be verified (give its certificate file)"
NO_TLS = "no secure connection could be made with the server"
SIGN_IN_REFUSED = (
    "the server refused the sign-in: wrong account or password, "
    "or this account is not a Configuration Manager administrator"
)
NOT_ADMIN = "this account is not a Configuration Manager administrator"
NOT_ENABLED = "the AdminService is not enabled on this server"
BAD_JSON = "the server's answer was not valid JSON"
TOO_LARGE = "the server's answer was too large to read"
TOO_LONG = "the list was too long to read to the end"
FOREIGN_LINK = "the server sent the rest of the list from another address, which was not followed"
NO_URL = "no AdminService URL is configured"
NO_KEYRING = "no system keyring is available, so the SCCM password cannot be read"
NO_PASSWORD = "no password is saved for the SCCM account"
NO_SIGN_IN = "no account is set and this computer cannot sign in to the server by itself"
UNSUPPORTED_SIGN_IN = "the server asks for a sign-in method this program does not use"
BAD_CA_FILE = "the certificate file could not be read"
OUT_OF_TIME = "collecting from the server took too long"
NOT_OFFERED = "the server does not offer this information"
PROXY_PASSWORD = "the proxy asked for a password"

#: Every fixed message, for the translation table of the UI (tested to stay complete).
MESSAGES = (
    UNREACHABLE, TIMEOUT, BROKE_OFF, PROXY, CERTIFICATE, NO_TLS, SIGN_IN_REFUSED, NOT_ADMIN,
    NOT_ENABLED, BAD_JSON, TOO_LARGE, TOO_LONG, FOREIGN_LINK, NO_URL, NO_KEYRING, NO_PASSWORD,
    NO_SIGN_IN, UNSUPPORTED_SIGN_IN, BAD_CA_FILE, OUT_OF_TIME, NOT_OFFERED, PROXY_PASSWORD,
)  # fmt: skip


class SccmError(CollectorFailure):
    """A failed AdminService request.

    ``fatal`` means every further request would fail the same way (the server is
    unreachable, the sign-in was refused, time is up), so the collector stops asking.
    ``status`` is the HTTP status when there was one.
    """

    def __init__(
        self, code: ErrorCode, message: str, *, fatal: bool = False, status: int | None = None
    ) -> None:
        super().__init__(code, message)
        self.message = message
        self.fatal = fatal
        self.status = status

    def __str__(self) -> str:
        return self.message
