"""The sent history: exactly what left the machine, when, where and with what outcome.

Rows keep the gzip body that went on the wire, byte for byte; showing and exporting
decompress it. Listing reads rows without bodies, page by page, so thousands of
reports cost constant memory. Retention keeps the last 100 reports or one year,
whichever holds more (both configurable in the settings).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cep_gui.core.exceptions import Failed
from cep_gui.core.store import Store, history_table
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.core.store.settings_table import UserSettings

#: Outcomes of an item that is no longer being sent.
FINAL = frozenset({"delivered", "rejected", "expired", "cancelled", "dropped", "kept", "skipped"})


@dataclass(frozen=True)
class HistoryEntry:
    """A history row with the exact bytes that were sent."""

    row: HistoryRow
    #: The gzip body exactly as it went on the wire.
    body: bytes

    @property
    def item_id(self) -> str:
        return self.row.item_id

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def at(self) -> datetime:
        return self.row.at

    @property
    def endpoint(self) -> str:
        return self.row.endpoint

    @property
    def status(self) -> int | None:
        return self.row.status

    @property
    def outcome(self) -> str:
        return self.row.outcome

    @property
    def receipt(self) -> str | None:
        return self.row.receipt

    @property
    def payload(self) -> bytes:
        """The JSON document inside the body."""
        return decompress(self.body)

    def as_json(self) -> dict[str, Any]:
        row = self.row
        return {
            "id": row.item_id,
            "kind": row.kind,
            "at": row.at.isoformat(),
            "endpoint": row.endpoint,
            "http_status": row.status,
            "outcome": row.outcome,
            "attempts": row.attempts,
            "receipt": json.loads(row.receipt) if row.receipt else None,
            "size": row.size,
            "wire_size": row.wire_size,
            "bytes_sent": row.bytes_sent,
            "last_error": row.last_error,
            "payload": self.payload.decode("utf-8"),
        }


def decompress(body: bytes) -> bytes:
    try:
        return gzip.decompress(body)
    except (OSError, EOFError, zlib.error):
        return body  # never fails to show something; a damaged row shows as it is


def history_rows(store: Store) -> list[HistoryRow]:
    with store.snapshot() as conn:
        return history_table.rows(conn)


def iter_rows(store: Store) -> Iterator[HistoryRow]:
    """Every row, newest first, one page at a time (the store is not held meanwhile)."""
    before: int | None = None
    while True:
        with store.snapshot() as conn:
            page = history_table.page(conn, before_id=before)
        if not page:
            return
        yield from page
        before = page[-1].id


def list_history(store: Store) -> list[HistoryEntry]:
    """Every entry with its bytes, newest first (small histories; use iter_entries else)."""
    return list(iter_entries(store))


def iter_entries(store: Store) -> Iterator[HistoryEntry]:
    for row in iter_rows(store):
        found = entry(store, row.id)
        if found is not None:
            yield found


def entry(store: Store, row_id: int) -> HistoryEntry | None:
    with store.snapshot() as conn:
        row = history_table.get(conn, row_id)
        body = history_table.body(conn, row_id)
    if row is None or body is None:
        return None
    return HistoryEntry(row, body)


def history_payload(store: Store, row_id: int) -> bytes:
    found = entry(store, row_id)
    return found.payload if found else b""


def installation_of(payload: bytes) -> str | None:
    """The installation id a report carries (None for a deletion request or damage)."""
    try:
        document = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None
    found = document.get("installation_id") if isinstance(document, dict) else None
    return found if isinstance(found, str) and found else None


def previous_in_participation(store: Store, row_id: int) -> bytes | None:
    """The report delivered before this one by the same installation, or None.

    *Changes since the previous report* must never compare across a leave and a
    re-join: the two reports belong to different installation ids, and comparing
    them would link what the user asked to keep apart. Only delivered reports count
    (what the vendor has); the walk stops at the first report of another id.
    """
    current = entry(store, row_id)
    if current is None or current.kind != "report":
        return None
    installation = installation_of(current.payload)
    if installation is None:
        return None
    for row in iter_rows(store):
        if row.id >= row_id or row.kind != "report" or row.outcome != "delivered":
            continue
        found = entry(store, row.id)
        if found is None:
            continue
        if installation_of(found.payload) != installation:
            return None
        return found.payload
    return None


def last_delivered(store: Store, installation_id: str | None) -> bytes | None:
    """The newest report this installation delivered (None after a leave and re-join)."""
    if not installation_id:
        return None
    for row in iter_rows(store):
        if row.kind != "report" or row.outcome != "delivered":
            continue
        found = entry(store, row.id)
        if found is None:
            continue
        return found.payload if installation_of(found.payload) == installation_id else None
    return None


EXPORT_FORMAT = 1


def export(store: Store, row_ids: Sequence[int], target: Path, now: datetime) -> int:
    """Write the chosen history entries to ``target``; returns how many were written.

    The file is one JSON object: ``{"cep_gui_export": 1, "exported": ..., "items": [...]}``.
    Each item holds the metadata (time, endpoint, HTTP status, outcome, receipt) and,
    as ``payload``, the exact JSON document that was sent, byte for byte as it went
    into the gzip body (it is copied in, never re-encoded), with SHA-256 sums of the
    document and of the gzip body so a copy can be checked against the receiver's.
    Written to a temporary file first and renamed, so a failed export leaves no half
    file behind.
    """
    entries = [found for i in row_ids if (found := entry(store, i)) is not None]
    parts = [
        b'{"cep_gui_export": %d, "exported": %s, "items": [\n'
        % (EXPORT_FORMAT, json.dumps(now.isoformat()).encode())
    ]
    for number, found in enumerate(entries):
        parts.append(_export_item(found, last=number == len(entries) - 1))
    parts.append(b"]}\n")
    temporary = target.with_name(f".{target.name}.part")
    try:
        with open(temporary, "wb") as out:
            for part in parts:
                out.write(part)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise Failed(f"the export could not be written to {target}: {reason}") from None
    return len(entries)


def _export_item(found: HistoryEntry, *, last: bool) -> bytes:
    row = found.row
    payload = found.payload
    meta = {
        "id": row.item_id,
        "kind": row.kind,
        "sent_at": row.at.isoformat(),
        "endpoint": row.endpoint,
        "http_status": row.status,
        "outcome": row.outcome,
        "attempts": row.attempts,
        "receipt": _receipt(row.receipt),
        "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "wire_size": len(found.body),
        "wire_sha256": hashlib.sha256(found.body).hexdigest(),
    }
    head = json.dumps(meta, ensure_ascii=False, sort_keys=True)[:-1].encode("utf-8")
    if _is_json(payload):
        body = head + b', "payload": ' + payload + b"}"
    else:  # a damaged row: kept as text so the file stays valid JSON
        text = json.dumps(payload.decode("utf-8", errors="replace"))
        body = head + b', "payload_text": ' + text.encode("utf-8") + b"}"
    return body + (b"\n" if last else b",\n")


def _receipt(text: str | None) -> object:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _is_json(payload: bytes) -> bool:
    try:
        json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    return True


def last_report(store: Store) -> HistoryRow | None:
    with store.snapshot() as conn:
        return history_table.last_report(conn)


def delete_history(store: Store) -> int:
    with store.transaction() as tx:
        return history_table.delete_all(tx)


def prune(tx: sqlite3.Connection, settings: UserSettings, now: datetime) -> int:
    """Apply the retention rule inside the caller's transaction."""
    return history_table.prune(
        tx,
        keep_last=settings.history_keep_reports,
        keep_since=now - timedelta(days=settings.history_keep_days),
    )
