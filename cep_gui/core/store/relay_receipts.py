"""The receipt of a history row, updated when the organization's relay says what became of it.

A report delivered to an IT relay is *held* there, not yet with the vendor; its
history row keeps the relay's receipt, and this replaces it by the receipt with
the relay's latest word (released, delivered, rejected) merged in.
"""

from __future__ import annotations

import sqlite3


def set_receipt(tx: sqlite3.Connection, item_id: str, receipt: str) -> bool:
    """False when the history has no such row (pruned, or the data was deleted)."""
    return (
        tx.execute("UPDATE history SET receipt = ? WHERE item_id = ?", (receipt, item_id)).rowcount
        > 0
    )
