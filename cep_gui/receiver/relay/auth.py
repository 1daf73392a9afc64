"""Who may use the review pages: the holder of the admin token, or whoever reaches the local socket.

The admin token is set on the relay's machine (``cep-gui relay set-token``) and
only its scrypt hash is stored, so a copy of the database does not give the token
away. Signing in with it opens a session: a random cookie value (only its SHA-256
is stored, so the sessions table gives no session away either) that is HttpOnly,
SameSite=Strict, Secure when the pages are served over HTTPS, and ends after
:data:`SESSION_HOURS` or when the token changes. Every form carries the session's
CSRF token. Anonymous clients can only submit reports.
"""

from __future__ import annotations

import base64
import collections
import hashlib
import hmac
import secrets
import time

SESSION_COOKIE = "cep_relay_session"
SESSION_HOURS = 8
MIN_TOKEN_CHARS = 16
MAX_TOKEN_CHARS = 512
#: scrypt cost: about 16 MiB and a few tens of milliseconds per check.
_N, _R, _P = 2**14, 8, 1
#: Failed sign-ins allowed per minute (per relay process) before it answers 429.
MAX_FAILURES_PER_MINUTE = 10


class TokenError(ValueError):
    """An admin token that cannot be used (too short, too long, not printable)."""


def new_token() -> str:
    return secrets.token_urlsafe(24)


def check_token_text(token: str) -> str:
    token = token.strip()
    if len(token) < MIN_TOKEN_CHARS:
        raise TokenError(f"the admin token must have at least {MIN_TOKEN_CHARS} characters")
    if len(token) > MAX_TOKEN_CHARS or not token.isprintable() or not token.isascii():
        raise TokenError("the admin token must be printable ASCII, at most 512 characters")
    return token


def hash_token(token: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(token.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_token(token: str, stored: str | None) -> bool:
    if not stored or len(token) > MAX_TOKEN_CHARS:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.urlsafe_b64decode(digest + "==")
        found = hashlib.scrypt(
            token.encode("utf-8"),
            salt=base64.urlsafe_b64decode(salt + "=="),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def new_session() -> tuple[str, str, str]:
    """(cookie value, its stored hash, the session's CSRF token)."""
    value = secrets.token_urlsafe(32)
    return value, session_hash(value), secrets.token_urlsafe(24)


def session_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


class FailedSignIns:
    """Failed sign-ins of the last minute: beyond the limit, guessing is answered 429."""

    def __init__(self, limit: int = MAX_FAILURES_PER_MINUTE) -> None:
        self.limit = limit
        self._times: collections.deque[float] = collections.deque()

    def wait(self) -> int | None:
        now = time.monotonic()
        while self._times and now - self._times[0] >= 60:
            self._times.popleft()
        if len(self._times) >= self.limit:
            return max(1, int(60 - (now - self._times[0])) + 1)
        return None

    def add(self) -> None:
        self._times.append(time.monotonic())
