"""Explicit repairs a command makes before it acts (queries never make them).

- A date from the future found in the store (the clock was wrong when it was
  written) is clamped to now, with an audit line: otherwise one run with the clock
  five years ahead would hold a report, or the next due date, until then.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta

from cep_gui.core import consent as consent_mod
from cep_gui.core.consent import Source
from cep_gui.core.store import consent_table, outbox_table, schedule_table
from cep_gui.core.store.schedule_table import ScheduleRow

#: Clocks of two processes differ a little; only more than this is "from the future".
SLACK = timedelta(minutes=5)
#: A server may ask us to wait this long (Retry-After is clamped to it).
LONGEST_WAIT = timedelta(days=7)


def clamp_future_dates(tx: sqlite3.Connection, now: datetime) -> list[str]:
    """Bring every stored date back to at most now; returns what was changed."""
    fixed: list[str] = []
    limit = now + SLACK

    def clamp(
        value: datetime | None, what: str, longest: timedelta = timedelta(0)
    ) -> datetime | None:
        if value is None or value <= limit + longest:
            return value
        fixed.append(f"{what} was {value.isoformat()}")
        return now

    row = consent_table.read(tx)
    since = clamp(row.since, "the join date")
    if since != row.since:
        consent_table.write(tx, replace(row, since=since))
    schedule = schedule_table.read(tx)
    fixed_schedule = ScheduleRow(
        clamp(schedule.last_success, "the last delivery"),
        clamp(schedule.last_attempt, "the last attempt"),
        schedule.last_result,
    )
    if fixed_schedule != schedule:
        schedule_table.write(tx, fixed_schedule)
    for item in outbox_table.items(tx):
        created = clamp(item.created, f"report {item.id} creation") or now
        not_before = clamp(item.not_before, f"report {item.id} retry time", LONGEST_WAIT)
        last_attempt = clamp(item.last_attempt, f"report {item.id} last attempt")
        if (created, not_before, last_attempt) != (
            item.created,
            item.not_before,
            item.last_attempt,
        ):
            outbox_table.set_dates(
                tx, item.id, created=created, not_before=not_before, last_attempt=last_attempt
            )
    if fixed:
        consent_mod.audit(
            tx, now, Source.PROGRAM, "dates from the future clamped",
            "; ".join(fixed) + f" (now {now.isoformat()})",
        )  # fmt: skip
    return fixed
