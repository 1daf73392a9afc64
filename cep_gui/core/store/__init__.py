"""The local store: one SQLite file, and one module per table that owns its SQL.

Only this package writes SQL. Each ``*_table`` module reads and writes one table
(consent with its audit log, outbox, history, usage counters, schedule, settings)
through typed rows; the rest of the program calls those functions inside a
transaction it gets from :class:`Store`, and never sees a statement.
"""

from cep_gui.core.exceptions import StoreError
from cep_gui.core.store.database import DB_NAME, RESERVE_NAME, Store
from cep_gui.core.store.migrations import SCHEMA_VERSION

__all__ = ["DB_NAME", "RESERVE_NAME", "SCHEMA_VERSION", "Store", "StoreError"]
