"""When the next report is due: pure functions of state and clock.

First due 7 days after joining, then one interval after the last success. A
per-installation offset of up to ±12 h, derived from the installation id, spreads
a fleet's uploads over the day; a machine that was off when a report fell due
sends a few random minutes after it starts rather than all at once.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta

FIRST_REPORT_AFTER = timedelta(days=7)
MAX_OFFSET = timedelta(hours=12)
STARTUP_DELAY_MIN = timedelta(minutes=2)
STARTUP_DELAY_MAX = timedelta(minutes=15)
#: How often a scheduled wake asks the organization's relay about held reports, at most.
RELAY_EVERY = timedelta(hours=6)


def installation_offset(installation_id: str) -> timedelta:
    """A stable offset in [-12 h, +12 h] that looks random across installations."""
    digest = hashlib.sha256(installation_id.encode("utf-8")).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64  # uniform in [0, 1)
    seconds = round((fraction * 2 - 1) * MAX_OFFSET.total_seconds())
    return timedelta(seconds=seconds)


def next_due(
    *,
    participating: bool,
    allowed: bool,
    joined: datetime | None,
    last_success: datetime | None,
    interval_days: int,
    installation_id: str | None,
    now: datetime | None = None,
) -> datetime | None:
    """The moment the next report falls due, or None when none will be sent.

    Given ``now``, a date recorded under a wrong clock (a join or a delivery "in the
    future") cannot push the due date further than one full wait from now.
    """
    if not participating or not allowed or joined is None or installation_id is None:
        return None
    offset = installation_offset(installation_id)
    earliest = joined + FIRST_REPORT_AFTER
    interval = timedelta(days=interval_days)
    base = earliest if last_success is None else last_success + interval
    due = max(base + offset, earliest)
    if now is not None:
        longest = (FIRST_REPORT_AFTER if last_success is None else interval) + MAX_OFFSET
        due = min(due, now + longest)
    return due


def is_due(due: datetime | None, now: datetime) -> bool:
    return due is not None and due <= now


def wake_time(
    due: datetime | None, now: datetime, started: datetime, rng: random.Random
) -> datetime | None:
    """When a running tray should act next.

    A report that fell due while the computer was off (due before this start) goes out
    a short random delay after start, so that a fleet switched on at 9:00 does not
    send all at once.
    """
    if due is None:
        return None
    if due <= started:
        span = (STARTUP_DELAY_MAX - STARTUP_DELAY_MIN).total_seconds()
        return max(started + STARTUP_DELAY_MIN + timedelta(seconds=rng.uniform(0, span)), now)
    return max(due, now)
