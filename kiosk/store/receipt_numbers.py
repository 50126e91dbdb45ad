"""Receipt numbers a citizen may hold that the database no longer knows, kept from being issued twice.

The day counters (``receipt_counters``) are bumped by :meth:`kiosk.store.applications.Applications.save_in`
in the same transaction as the application. After a lost WAL tail or an old restore, a number printed on
a kept receipt may be missing from the database: moving the counter past it keeps the sequence unique
(a gap is the lesser harm than two citizens holding one number).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from kiosk.domain.application import parse_receipt_number
from kiosk.store.db import Store


def known_receipt_numbers(store: Store, among: Iterable[str] | None = None) -> set[str]:
    """The receipt numbers the database holds — of ``among`` only when given (looked up by the unique
    index, 500 at a time), so a caller with a handful of numbers never reads them all."""
    if among is None:
        return {r[0] for r in store.query("SELECT receipt_number FROM applications")}
    wanted, found = sorted(set(among)), set()
    for start in range(0, len(wanted), 500):
        chunk = json.dumps(wanted[start:start + 500])
        found |= {r[0] for r in store.query(
            "SELECT receipt_number FROM applications WHERE receipt_number IN (SELECT value FROM json_each(?))",
            (chunk,))}
    return found


def day_counters(store: Store) -> dict[tuple[str, date], int]:
    """Each (hub, day)'s last issued sequence number: one small row per working day."""
    return {(r[0], date.fromisoformat(r[1])): int(r[2])
            for r in store.query("SELECT hub_code, day, last_seq FROM receipt_counters")}


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
