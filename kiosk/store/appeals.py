"""The appeals a citizen filed through this kiosk, and the orders the portal reported on them.

Written in the same transaction as the status change and the outbox entry that carries the appeal to
the portal (``kiosk.counter.appeal``), and by the status feed when an order comes back; read to decide
whether the next level is allowed and to print the acknowledgement.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from kiosk.domain.appeals import FiledAppeal
from kiosk.store.db import Store


@dataclass(frozen=True)
class AppealRow:
    """One stored appeal: the domain's view of it plus what the acknowledgement prints."""

    application_uuid: str
    filed: FiledAppeal
    ground: str
    grounds: str
    late_reason: str
    portal_appeal_id: str
    operator: str


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _row(r: sqlite3.Row) -> AppealRow:
    filed = FiledAppeal(int(r["level"]), date.fromisoformat(r["filed_on"]), r["reason"], _day(r["decide_by"]),
                        _day(r["order_on"]), r["outcome"])
    return AppealRow(r["application_uuid"], filed, r["ground"], r["grounds"], r["late_reason"],
                     r["portal_appeal_id"], r["operator"])


def appeals_of(store: Store, uuid: str) -> list[AppealRow]:
    """An application's appeals, lowest level first."""
    return [_row(r) for r in store.query("SELECT * FROM appeals WHERE application_uuid = ? ORDER BY level", (uuid,))]


def insert_appeal(conn: sqlite3.Connection, uuid: str, filed: FiledAppeal, *, ground: str, grounds: str,
                  late_reason: str, operator: str) -> None:
    """Inside the caller's transaction (the one that changes the status and queues the appeal)."""
    conn.execute(
        "INSERT INTO appeals(application_uuid, level, reason, ground, grounds, late_reason, filed_on, decide_by, "
        "operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid, filed.level, filed.reason, ground, grounds, late_reason, filed.filed_on.isoformat(),
         filed.decide_by.isoformat() if filed.decide_by else None, operator))


def record_portal_appeal_id(store: Store, uuid: str, level: int, appeal_id: str) -> None:
    with store.write() as conn:
        conn.execute("UPDATE appeals SET portal_appeal_id = ? WHERE application_uuid = ? AND level = ?",
                     (appeal_id, uuid, level))


def record_order(conn: sqlite3.Connection, uuid: str, level: int, order_on: date, outcome: str,
                 appeal_id: str = "") -> bool:
    """The portal's order on an appeal, in the status page's transaction. Re-applying it changes nothing;
    True when it was news."""
    cur = conn.execute(
        "UPDATE appeals SET order_on = ?, outcome = ?, portal_appeal_id = CASE WHEN ? != '' THEN ? "
        "ELSE portal_appeal_id END WHERE application_uuid = ? AND level = ? AND order_on IS NULL",
        (order_on.isoformat(), outcome, appeal_id, appeal_id, uuid, level))
    return cur.rowcount > 0


def appeals_waiting(store: Store) -> list[AppealRow]:
    """Appeals with no order yet, the oldest deadline first (None — the Commission's — last)."""
    return [_row(r) for r in store.query(
        "SELECT * FROM appeals WHERE order_on IS NULL ORDER BY decide_by IS NULL, decide_by, filed_on")]

