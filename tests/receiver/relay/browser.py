"""Debian's Chromium, headless, driven by Selenium through Debian's chromedriver.

Without them the browser tests are skipped, and say why, only outside CI: with
``CI`` set they fail, so a CI run can never pass without driving the review page
in a real browser. Selenium is given both binaries, so it never looks for (or
downloads) a browser of its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.helpers.requirements import unmet

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
)


def missing() -> str | None:
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        return "Chromium is not installed (Debian: apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "Selenium is not installed (pip install selenium; it is in the test extra)"
    return None


def require_browser() -> None:
    reason = missing()
    if reason is None:
        return
    unmet(f"{reason}: the review page is not tested in a browser")


def start_chromium(
    profile: Path, *, width: int = 1280, height: int = 900, javascript: bool = False
) -> Any:
    """A headless Chromium with a profile of its own (JavaScript off unless asked)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    shutil.rmtree(profile, ignore_errors=True)
    profile.mkdir(parents=True)
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    service = Service(executable_path=str(CHROMEDRIVER))
    return webdriver.Chrome(service=service, options=options)
