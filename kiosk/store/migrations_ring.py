"""Schema steps for issue 18 (the ring, the doorstep visit, counters, fewer documents, duplicates, the uniform
dashboard). Imported at the end of :mod:`kiosk.store.migrations_reforms`, so these register after the 2025
reforms' citizen-side steps, in the order they are defined here."""

from __future__ import annotations

from sqlite_utils import Database  # noqa: F401  (the steps below take the store's Database)

from kiosk.store.migrations import STORE_MIGRATIONS, _run  # noqa: F401
