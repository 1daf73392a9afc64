"""The outbox: sealed items waiting to be sent.

A report's exact bytes are sealed here before any upload is tried; what is
uploaded, and later shown in the history, is always those bytes. Sealing checks
the fence inside its transaction: if the consent changed while the report was
being built (the user left, re-joined or narrowed the categories), the report is
void and nothing is sealed. At most 10 reports wait (the oldest are dropped), and
a report that could not be delivered in 30 days expires.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from cep_gui.core import consent as consent_mod
from cep_gui.core.consent import Source
from cep_gui.core.exceptions import Refused
from cep_gui.core.fence import BuiltUnder
from cep_gui.core.store import Store, outbox_table, usage_table
from cep_gui.core.store.outbox_table import OutboxRow
from cep_gui.core.store.usage_table import Counts

MAX_WAITING_REPORTS = 10
EXPIRES_AFTER = timedelta(days=30)

OutboxItem = OutboxRow


class ConsentChanged(Refused):
    """The consent changed while a report was being built; it was discarded."""


def seal_report(
    tx: sqlite3.Connection,
    *,
    report_id: str,
    payload: bytes,
    created: datetime,
    built: BuiltUnder,
    usage_snapshot: Counts,
    held: str | None = None,
) -> list[str]:
    """Seal a report built under ``built``; returns the ids of old reports dropped."""
    consent = consent_mod.read(tx)
    if (
        not consent.participating
        or consent.generation != built.generation
        or consent.installation_id != built.installation_id
    ):
        raise ConsentChanged(
            "participation changed while the report was being built, so it was discarded"
        )
    outbox_table.insert(
        tx,
        OutboxRow(
            id=report_id,
            kind="report",
            created=created,
            payload=payload,
            usage_snapshot=usage_snapshot,
            attempts=0,
            not_before=None,
            last_error=None,
            generation=built.generation,
            installation_id=built.installation_id,
            categories=built.categories,
            held=held,
        ),
    )
    usage_table.subtract(tx, usage_snapshot)
    dropped: list[str] = []
    for old_id in outbox_table.report_ids_newest_first(tx)[MAX_WAITING_REPORTS:]:
        old = outbox_table.get(tx, old_id)
        outbox_table.delete(tx, old_id)
        if old is not None and old.usage_snapshot:
            usage_table.add(tx, old.usage_snapshot)  # its counts go out with a newer report
        consent_mod.audit(
            tx, created, Source.PROGRAM, "report dropped",
            f"{old_id}: more than {MAX_WAITING_REPORTS} waiting",
        )  # fmt: skip
        dropped.append(old_id)
    return dropped


def seal_deletion(
    tx: sqlite3.Connection, *, item_id: str, payload: bytes, created: datetime
) -> None:
    outbox_table.insert(
        tx,
        OutboxRow(
            id=item_id,
            kind="deletion",
            created=created,
            payload=payload,
            usage_snapshot=None,
            attempts=0,
            not_before=None,
            last_error=None,
            generation=-1,
            installation_id=None,
            categories=(),
        ),
    )


def expired(item: OutboxRow, now: datetime) -> bool:
    """Not delivered within 30 days, as a failed attempt after those 30 days confirms.

    Requiring that attempt means a clock that jumps ahead for one run, or a computer
    that was off for a month, does not throw a report away untried.
    """
    if now - item.created <= EXPIRES_AFTER:
        return False
    return item.last_attempt is not None and item.last_attempt - item.created > EXPIRES_AFTER


def pending(store: Store, kind: str | None = None) -> list[OutboxRow]:
    with store.snapshot() as conn:
        return outbox_table.items(conn, kind)


def count(store: Store, kind: str | None = None) -> int:
    with store.snapshot() as conn:
        return outbox_table.count(conn, kind)
