"""The HTTP layer's own rules: Retry-After read defensively, proxies only where they belong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.uploader import MAX_RETRY_AFTER_S, parse_retry_after

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("1000000000000", MAX_RETRY_AFTER_S),
        ("99999999999999999999999999", MAX_RETRY_AFTER_S),
        ("²", None),
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        ("Tue, 01 Dec 2026 12:02:00 GMT", 120.0),
        ("Tue, 01 Dec 2026 11:00:00 GMT", 0.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER_S),
    ],
)
def test_retry_after_is_clamped_and_garbage_is_ignored(header: str, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds


def test_proxies_are_never_used_for_this_computer_or_no_proxy_hosts() -> None:
    settings = HttpSettings(
        proxies={"http": "http://proxy:3128", "https": "http://proxy:3128"},
        no_proxy=("corp.example", ".internal"),
    )
    assert settings.proxy_for("https://reports.vendor.example/") == "http://proxy:3128"
    for url in (
        "http://127.0.0.1:8787",
        "http://localhost:8787",
        "http://[::1]:8787",
        "https://relay.corp.example",
        "https://a.b.internal",
    ):
        assert settings.proxy_for(url) is None, url
