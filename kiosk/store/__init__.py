"""Storage of the kiosk: one SQLite file per hub, through sqlite-utils.

Writes go through :meth:`Store.write`, one short ``BEGIN IMMEDIATE`` transaction each; nothing here ever
holds a transaction open across network I/O (the sync package calls the store between HTTP calls).
"""

from kiosk.store.db import Store, open_store

__all__ = ["Store", "open_store"]
