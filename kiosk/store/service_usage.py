"""How often this hub took each service lately: the picker lists a hub's own most used services first.

One range of the ``receipt_day`` index (a few months of a hub's applications, tens of thousands of rows at
the most), grouped in SQLite; read once when the New application screen opens, on the worker pool.
"""

from __future__ import annotations

from datetime import date

from kiosk.store.db import Store


def service_counts(store: Store, since: date) -> dict[str, int]:
    """Applications per service code received from ``since`` on (voided ones too: the citizen came for it)."""
    return {str(r[0]): int(r[1]) for r in store.query(
        "SELECT service_code, count(*) FROM applications WHERE receipt_day >= ? GROUP BY service_code",
        (since.isoformat(),))}
