"""Storage of the kiosk: one SQLite file per hub, through sqlite-utils.

Writes go through :meth:`Store.write`, one short ``BEGIN IMMEDIATE`` transaction each; nothing here ever
holds a transaction open across network I/O (the sync package calls the store between HTTP calls).

The store owns every query on its tables: other packages call named functions here (retention's rows,
salvage, receipt numbers, the dashboard's figures, settings inside a caller's transaction), never SQL of
their own — ``tests/store/test_sql_ownership.py`` fails on a query on these tables anywhere else.
"""

from kiosk.store.db import Store, open_store

__all__ = ["Store", "open_store"]
