"""How cep-gui talks HTTP: timeouts, the extra CA file, the token, proxies per endpoint.

Plain settings, apart from the HTTP client itself (:mod:`cep_gui.core.uploader` loads
httpx only when something is sent), so building the services stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cep_gui.core.policy import is_loopback_host


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: The whole exchange, however slowly a server trickles its answer.
    total_timeout: float = 120.0
    ca_file: Path | None = None
    token: str | None = None
    #: Proxy per URL scheme ("http", "https") from the environment, already checked;
    #: ``no_proxy`` holds the host patterns that bypass it.
    proxies: Mapping[str, str] = field(default_factory=dict)
    no_proxy: tuple[str, ...] = ()

    def proxy_for(self, url: str) -> str | None:
        """The proxy for one endpoint: none for this computer or a NO_PROXY host."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not host or is_loopback_host(host) or _bypassed(host, self.no_proxy):
            return None
        return self.proxies.get(parts.scheme)


def _bypassed(host: str, patterns: tuple[str, ...]) -> bool:
    for pattern in patterns:
        pattern = pattern.strip().lower().lstrip(".")
        if pattern == "*" or host == pattern or host.endswith("." + pattern):
            return True
    return False
