"""Schema steps for issue 18 (the ring, the doorstep visit, counters, fewer documents, duplicates, the uniform
dashboard). Imported at the end of :mod:`kiosk.store.migrations_reforms`, so these register after the 2025
reforms' citizen-side steps, in the order they are defined here."""

from __future__ import annotations

from sqlite_utils import Database  # noqa: F401  (the steps below take the store's Database)

from kiosk.store.migrations import STORE_MIGRATIONS, _run  # noqa: F401


@STORE_MIGRATIONS(name="0023_dashboard_indexes")
def dashboard_indexes(db: Database) -> None:
    """Issue 18's uniform dashboard counts a period's applications by service, village, status and RTS dates
    (kiosk.store.dashboard_period). ``applications_dashboard`` holds every column it counts after the day, so
    a period is read from the index alone; it replaces ``applications_day`` (its first column, so every read
    by day still uses it) and a save writes no more index pages than before. Appeals are counted by the day
    they were filed."""
    _run(db, [
        "CREATE INDEX applications_dashboard ON applications(receipt_day, service_code, status, due_date, decided_on)",
        "DROP INDEX applications_day",
        "CREATE INDEX appeals_filed ON appeals(filed_on)",
    ])
