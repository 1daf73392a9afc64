"""Screenshots of the relay's review pages for the IT guide, made in the real headless Chromium.

A relay with a small fleet of held reports (and the organization's rules) in a
temporary folder, in front of a receiver standing in for the vendor; Chromium
signs in and saves each page whole to docs/screenshots/relay-*.png.

    .venv/bin/python scripts/screenshots_relay.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cep_gui.receiver.server import ReceiverServer  # noqa: E402
from tests.receiver.relay.browser import missing, start_chromium  # noqa: E402
from tests.receiver.relay.fleet import fleet_report  # noqa: E402
from tests.receiver.relay.helpers import TOKEN, start_relay  # noqa: E402
from tests.receiver.wire import Installation, send  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
RULES = """\
# Never send the names of installed software; the number of packages is enough.
[drop]
fields = ["host_software.packages.items"]
categories = ["usage"]

[count]
fields = ["host_hardware.disks.sizes_gb"]
"""
PACKAGES = [
    "firefox-esr",
    "libreoffice-core",
    "thunderbird",
    "gimp",
    "inkscape",
    "vlc",
    "openssh-client",
    "git",
    "python3",
    "cups",
]


def shoot(driver: object, name: str, height: int | None = None) -> None:
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(driver, WebDriver)
    full = height or int(driver.execute_script("return document.body.scrollHeight") or 900)
    driver.set_window_size(1280, min(max(full + 40, 700), 2400))
    path = OUT / f"relay-{name}.png"
    driver.save_screenshot(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    reason = missing()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    from selenium.webdriver.common.by import By

    rng = random.Random(19)
    with tempfile.TemporaryDirectory(prefix="cep-relay-shots-") as tmp:
        folder = Path(tmp)
        vendor = ReceiverServer("127.0.0.1", 0, folder / "vendor.sqlite3")
        vendor.start_in_thread()
        relay = start_relay(folder / "relay.sqlite3", upstream=vendor, rules=RULES)
        try:
            for _ in range(14):
                machine = Installation()
                send(
                    relay,
                    fleet_report(
                        machine,
                        os_version=rng.choice(["12", "12", "12", "13", "11"]),
                        packages=rng.sample(PACKAGES, rng.randint(3, 8)),
                        features={"viewer.open": rng.randint(1, 9)},
                    ),
                )
            # The screenshot script needs JavaScript only to measure the page height.
            driver = start_chromium(folder / "profile", javascript=True)
            try:
                driver.get(f"{relay.url}/relay/login")
                shoot(driver, "login", 700)
                driver.find_element(By.ID, "token").send_keys(TOKEN)
                driver.find_element(By.ID, "sign-in").click()
                shoot(driver, "overview")
                driver.find_element(By.LINK_TEXT, "Review").click()
                shoot(driver, "batch")
                driver.find_element(By.CSS_SELECTOR, "#reports a").click()
                shoot(driver, "report")
            finally:
                driver.quit()
        finally:
            relay.stop()
            vendor.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
