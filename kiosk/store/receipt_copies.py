"""Copies of a receipt: which went on paper (the citizen may hold one) and which were only saved as PDF.

The first paper copy is the original; every later paper copy says DUPLICATE. A saved PDF is kept in the
same table for the trail (who saved what, when) but never counts as paper: saving a file is not handing
anything to the citizen.
"""

from __future__ import annotations

from kiosk.domain.clock import utc_now
from kiosk.store.db import Store


def record_copy(store: Store, uuid: str, layout: str, destination: str, operator: str = "", *,
                paper: bool) -> int:
    """Record one copy; returns how many paper copies came before it (0: this paper was the original)."""
    with store.write() as conn:
        before = conn.execute("SELECT count(*) FROM receipt_prints WHERE application_uuid = ? AND paper = 1",
                              (uuid,)).fetchone()[0]
        conn.execute("INSERT INTO receipt_prints(application_uuid, printed_at, layout, destination, operator, paper) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (uuid, utc_now().isoformat(), layout, destination, operator, 1 if paper else 0))
    return int(before)


def paper_count(store: Store, uuid: str) -> int:
    """How many paper copies of the receipt exist: 0 means the next paper is the original."""
    rows = store.query("SELECT count(*) FROM receipt_prints WHERE application_uuid = ? AND paper = 1", (uuid,))
    return int(rows[0][0])
