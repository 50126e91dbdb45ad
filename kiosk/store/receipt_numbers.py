"""Receipt numbers a citizen may hold that the database no longer knows, kept from being issued twice.

The day counters (``receipt_counters``) are bumped by :meth:`kiosk.store.applications.Applications.save_in`
in the same transaction as the application. After a lost WAL tail or an old restore, a number printed on
a kept receipt may be missing from the database: moving the counter past it keeps the sequence unique
(a gap is the lesser harm than two citizens holding one number).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from kiosk.domain.application import parse_receipt_number
from kiosk.store.db import Store


def known_receipt_numbers(store: Store) -> set[str]:
    return {r[0] for r in store.query("SELECT receipt_number FROM applications")}


def move_counter_past(conn: sqlite3.Connection, hub_code: str, day: date, seq: int) -> bool:
    """Make sure the next receipt of ``hub_code`` on ``day`` comes after ``seq`` (never moves a counter
    back); True when the counter moved. In the caller's transaction."""
    return conn.execute(
        """INSERT INTO receipt_counters(hub_code, day, last_seq) VALUES (?, ?, ?)
           ON CONFLICT(hub_code, day) DO UPDATE SET last_seq = excluded.last_seq
           WHERE excluded.last_seq > last_seq""", (hub_code, day.isoformat(), seq)).rowcount > 0


def protect_receipt_numbers(store: Store, receipts: Iterable[str]) -> int:
    """Move each day's receipt counter past ``receipts`` so none is issued twice; returns counters moved."""
    moved = 0
    with store.write() as conn:
        for number in receipts:
            parsed = parse_receipt_number(number)
            if parsed is None:
                continue
            hub, day, seq = parsed
            moved += move_counter_past(conn, hub, day, seq)
    return moved
