"""A small, defensive client of the Configuration Manager AdminService (OData over HTTPS).

It asks only for the properties it names (``$select``), so names, paths and accounts
stay on the server; follows ``@odata.nextLink`` pages only on the server it was
given; refuses answers over a size limit without holding them in memory; and keeps
every request inside a time budget, so a stalled server costs seconds, not the report.
Certificates are always verified (an extra CA or the site's own certificate can be
given for the AdminService's self-signed one); plain HTTP is allowed only to this
computer. Failures become :class:`SccmError` with a plain-language message.
"""

from __future__ import annotations

import json
import re
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from cep_gui import __version__
from cep_gui.collectors.sccm.auth import (
    Credentials,
    Handshake,
    channel_bindings,
    parse_challenges,
    pick_scheme,
)
from cep_gui.collectors.sccm.errors import (
    BAD_CA_FILE,
    BAD_JSON,
    BROKE_OFF,
    CERTIFICATE,
    FOREIGN_LINK,
    NO_TLS,
    NOT_ADMIN,
    NOT_OFFERED,
    OUT_OF_TIME,
    PROXY,
    PROXY_PASSWORD,
    SIGN_IN_REFUSED,
    TIMEOUT,
    TOO_LARGE,
    TOO_LONG,
    UNREACHABLE,
    UNSUPPORTED_SIGN_IN,
    SccmError,
)
from cep_gui.core.errors import ErrorCode
from cep_gui.core.policy import check_url

Route = Literal["wmi", "v1.0"]
#: One WMI instance or OData entity as the server sent it.
Instance = dict[str, Any]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: Legs of one Negotiate/NTLM exchange (NTLM needs three) plus the first try without one.
_MAX_LEGS = 4


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    #: Seconds for everything one client does; below the collectors' 20 s deadline.
    budget: float = 17.0
    max_response_bytes: int = 32 * 1024 * 1024
    #: The body of a sign-in challenge (401) is read to keep the connection; it is small.
    max_challenge_bytes: int = 64 * 1024
    max_pages: int = 1000
    max_items: int = 1_000_000


def admin_service_base(url: str) -> str:
    """The service root (``https://host/AdminService``) from what the user typed."""
    try:
        url = check_url(url)
    except ValueError as exc:
        raise SccmError(ErrorCode.UNAVAILABLE, str(exc), fatal=True) from None
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    for suffix in ("/wmi", "/v1.0"):
        if path.casefold().endswith(suffix):
            path = path[: -len(suffix)]
    return urlunsplit((parts.scheme, parts.netloc, path or "/AdminService", "", ""))


class AdminServiceClient:
    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None = None,
        *,
        ca_file: str | None = None,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base = admin_service_base(base_url)
        self.credentials = credentials or Credentials()
        self.limits = limits or Limits()
        self._clock = clock
        self._deadline = clock() + self.limits.budget
        parts = urlsplit(self.base)
        self.hostname = parts.hostname or ""
        self._origin = _origin(self.base)
        self._root = parts.path.casefold() + "/"
        #: ``__SERVER`` names seen in answers: the collector removes them from free text.
        self.servers_seen: set[str] = {self.hostname}
        self._http = httpx.Client(
            verify=_tls_context(ca_file),
            trust_env=True,
            follow_redirects=False,
            headers={"User-Agent": f"cep-gui/{__version__}", "Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AdminServiceClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries -------------------------------------------------------------------------

    def query_url(self, wmi_class: str, select: Sequence[str], route: Route = "wmi") -> str:
        names = [wmi_class, *select]
        if not select or not all(_NAME.match(n) for n in names):
            raise ValueError(f"not a class or property name: {names}")
        return f"{self.base}/{route}/{wmi_class}?$select={','.join(select)}"

    def instances(
        self, wmi_class: str, select: Sequence[str], route: Route = "wmi"
    ) -> Iterator[Instance]:
        """Every instance of a class with only the ``select``-ed properties, page by page."""
        url: str | None = self.query_url(wmi_class, select, route)
        pages = items = 0
        while url is not None:
            pages += 1
            if pages > self.limits.max_pages:
                raise SccmError(ErrorCode.TOO_LARGE, TOO_LONG)
            document = self.get_json(url)
            value = document.get("value")
            if not isinstance(value, list):
                raise SccmError(ErrorCode.PARSE_ERROR, BAD_JSON)
            for item in value:
                if not isinstance(item, dict):
                    raise SccmError(ErrorCode.PARSE_ERROR, BAD_JSON)
                items += 1
                if items > self.limits.max_items:
                    raise SccmError(ErrorCode.TOO_LARGE, TOO_LONG)
                server = item.get("__SERVER")
                if isinstance(server, str) and server:
                    self.servers_seen.add(server)
                yield item
            url = self._next_link(url, document.get("@odata.nextLink"))

    def get_json(self, url: str) -> dict[str, Any]:
        body = self._get(url)
        try:
            document = json.loads(body)
        except (UnicodeDecodeError, ValueError):
            raise SccmError(ErrorCode.PARSE_ERROR, BAD_JSON) from None
        if not isinstance(document, dict):
            raise SccmError(ErrorCode.PARSE_ERROR, BAD_JSON)
        return document

    # -- one GET with Windows sign-in -------------------------------------------------------

    def _get(self, url: str) -> bytes:
        handshake: Handshake | None = None
        headers: dict[str, str] = {}
        for _ in range(_MAX_LEGS):
            with self._exchange(url, headers) as response:
                if response.status_code != 401:
                    _check_status(response.status_code)
                    return self._read(response, self.limits.max_response_bytes)
                challenges = parse_challenges(response.headers.get_list("www-authenticate"))
                # Read the small challenge page so the connection (which NTLM signs in) is kept.
                self._read(response, self.limits.max_challenge_bytes)
                if handshake is None:
                    scheme = pick_scheme(challenges)
                    if scheme is None:
                        message = UNSUPPORTED_SIGN_IN if challenges else SIGN_IN_REFUSED
                        raise _refused(message)
                    bindings = channel_bindings(_peer_certificate(response))
                    handshake = Handshake(self.credentials, scheme, self.hostname, bindings)
                    headers = {"Authorization": handshake.first()}
                    continue
                token = challenges.get(handshake.scheme.casefold())
                reply = handshake.answer(token) if token else None
                if reply is None:
                    raise _refused(SIGN_IN_REFUSED)
                headers = {"Authorization": reply}
        raise _refused(SIGN_IN_REFUSED)

    @contextmanager
    def _exchange(self, url: str, headers: dict[str, str]) -> Iterator[httpx.Response]:
        timeout = self._timeout()
        try:
            with self._http.stream("GET", url, headers=headers, timeout=timeout) as response:
                yield response
        except httpx.HTTPError as exc:
            raise _transport_error(exc) from None

    def _read(self, response: httpx.Response, limit: int) -> bytes:
        """The body, refused as soon as it is known to exceed ``limit``."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise SccmError(ErrorCode.TOO_LARGE, TOO_LARGE)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise SccmError(ErrorCode.TOO_LARGE, TOO_LARGE)
            if self._clock() > self._deadline:
                raise SccmError(ErrorCode.TIMEOUT, OUT_OF_TIME, fatal=True)
        return bytes(body)

    def _timeout(self) -> httpx.Timeout:
        left = self._deadline - self._clock()
        if left <= 0:
            raise SccmError(ErrorCode.TIMEOUT, OUT_OF_TIME, fatal=True)
        connect = min(self.limits.connect_timeout, left)
        read = min(self.limits.read_timeout, left)
        return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)

    def _next_link(self, current: str, link: object) -> str | None:
        if link is None:
            return None
        if not isinstance(link, str) or not link:
            raise SccmError(ErrorCode.PARSE_ERROR, BAD_JSON)
        target = urljoin(current, link)
        same_place = _origin(target) == self._origin and (
            urlsplit(target).path.casefold().startswith(self._root)
        )
        if not same_place:
            raise SccmError(ErrorCode.FAILED, FOREIGN_LINK)
        return target


def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    """The system's trusted certificates, plus the given file (a CA or the site's own)."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            try:
                context.load_verify_locations(cafile=ca_file)  # PEM
            except ssl.SSLError:  # a DER .cer file, as Windows exports a certificate
                with open(ca_file, "rb") as der:
                    context.load_verify_locations(cadata=der.read(1024 * 1024))
        except (OSError, ssl.SSLError):
            raise SccmError(ErrorCode.UNAVAILABLE, BAD_CA_FILE, fatal=True) from None
        # A pinned site certificate is trusted by itself, without its issuer.
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.casefold()
    try:
        port = parts.port
    except ValueError:
        port = None
    default = 443 if scheme == "https" else 80
    return scheme, (parts.hostname or "").casefold(), port or default


def _peer_certificate(response: httpx.Response) -> bytes | None:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(True)  # the raw SSL object takes no keywords
    return der if isinstance(der, bytes) else None


def _check_status(status: int) -> None:
    if 200 <= status < 300:
        return
    if status == 403:
        raise SccmError(ErrorCode.PERMISSION_DENIED, NOT_ADMIN, status=status)
    if status == 404:
        raise SccmError(ErrorCode.UNAVAILABLE, NOT_OFFERED, status=status)
    if status == 407:
        raise SccmError(ErrorCode.UNAVAILABLE, PROXY_PASSWORD, fatal=True, status=status)
    if 300 <= status < 400:
        message = f"the server redirected elsewhere (HTTP {status}); not followed"
        raise SccmError(ErrorCode.FAILED, message, fatal=True, status=status)
    raise SccmError(ErrorCode.FAILED, f"the server had a problem (HTTP {status})", status=status)


def _refused(message: str) -> SccmError:
    return SccmError(ErrorCode.PERMISSION_DENIED, message, fatal=True, status=401)


def _transport_error(exc: httpx.HTTPError) -> SccmError:
    if isinstance(exc, httpx.TimeoutException):
        return SccmError(ErrorCode.TIMEOUT, TIMEOUT, fatal=True)
    if isinstance(exc, httpx.ProxyError):
        return SccmError(ErrorCode.UNAVAILABLE, PROXY, fatal=True)
    if isinstance(exc, httpx.ConnectError):
        if _caused_by(exc, ssl.SSLCertVerificationError, "CERTIFICATE_VERIFY"):
            return SccmError(ErrorCode.UNAVAILABLE, CERTIFICATE, fatal=True)
        if _caused_by(exc, ssl.SSLError, "SSL"):
            return SccmError(ErrorCode.UNAVAILABLE, NO_TLS, fatal=True)
        return SccmError(ErrorCode.UNAVAILABLE, UNREACHABLE, fatal=True)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return SccmError(ErrorCode.UNAVAILABLE, UNREACHABLE, fatal=True)
    return SccmError(ErrorCode.FAILED, BROKE_OFF, fatal=True)


def _caused_by(exc: BaseException, kind: type[BaseException], marker: str) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind) or marker in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
