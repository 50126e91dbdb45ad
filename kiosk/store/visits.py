"""Doorstep visits in the hub database: open, close with the visit's own cash count, and the figures the
close, the day close and the dashboard read (:func:`visits_between` is the function agreed with the
dashboard: one row a visit overlapping a period, with its counts and money).

Opening and closing are audited in the same transaction as the row they change (the audit hook the
composition root gives :class:`~kiosk.store.applications.Applications`).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from kiosk.domain.visit import Visit, VisitFigures, VisitRefused
from kiosk.store.applications import Applications, _actor
from kiosk.store.db import Store

# A visit's standing applications and how each was paid at intake (cash where nothing is recorded: the
# counter's rule since before UPI). Uses the partial index applications_visit.
_FIGURES = """
SELECT count(*) AS n, coalesce(sum(total_paise), 0) AS total,
       coalesce(sum(CASE WHEN coalesce(json_extract(extra, '$.payment_mode'), 'cash') = 'cash'
                         THEN total_paise ELSE 0 END), 0) AS cash,
       coalesce(sum(CASE WHEN json_extract(extra, '$.payment_mode') = 'upi' THEN total_paise ELSE 0 END), 0) AS upi,
       coalesce(sum(CASE WHEN json_extract(extra, '$.payment_mode') = 'pending' THEN total_paise ELSE 0 END), 0)
           AS pending,
       coalesce(sum((SELECT sum(json_extract(f.value, '$.paise')) FROM json_each(fees) f
                     WHERE json_extract(f.value, '$.kind') = 'doorstep')), 0) AS doorstep
FROM applications WHERE json_extract(extra, '$.visit_id') = ? AND status != 'voided'
"""
# Fees pending at intake and taken in cash while the visit was still open went into the visit's bag too.
_LATE_CASH = """
SELECT coalesce(sum(p.paise), 0) FROM payments p JOIN applications a ON a.uuid = p.application_uuid
WHERE json_extract(a.extra, '$.visit_id') = ? AND a.status != 'voided' AND p.method = 'cash'
  AND (? IS NULL OR p.taken_at <= ?)
"""


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _visit(row: sqlite3.Row) -> Visit:
    return Visit(row["id"], row["village"], date.fromisoformat(row["day"]), int(row["fee_paise"]),
                 datetime.fromisoformat(row["opened_at"]), row["opened_by"], row["village_code"],
                 _dt(row["closed_at"]), row["closed_by"], row["expected_cash_paise"], row["counted_cash_paise"])


def _figures(conn: sqlite3.Connection, visit: Visit) -> VisitFigures:
    r = conn.execute(_FIGURES, (visit.id,)).fetchone()
    closed = visit.closed_at.isoformat() if visit.closed_at else None
    late = int(conn.execute(_LATE_CASH, (visit.id, closed, closed)).fetchone()[0])
    return VisitFigures(visit, int(r["n"]), int(r["total"]), int(r["doorstep"]), int(r["cash"]) + late,
                        int(r["upi"]), int(r["pending"]))


def current_visit(store: Store) -> Visit | None:
    """The visit open on this PC, or None."""
    rows = store.query("SELECT * FROM visits WHERE closed_at IS NULL")
    return _visit(rows[0]) if rows else None


def get_visit(store: Store, visit_id: str) -> Visit:
    rows = store.query("SELECT * FROM visits WHERE id = ?", (visit_id,))
    if not rows:
        raise VisitRefused(visit_id, why="unknown_visit", visit=visit_id)
    return _visit(rows[0])


def open_visit(apps: Applications, visit: Visit) -> Visit:
    """Record ``visit`` as open (refused while another is), audited in the same commit."""
    with apps.store.write() as conn:
        row = conn.execute("SELECT village FROM visits WHERE closed_at IS NULL").fetchone()
        if row is not None:
            raise VisitRefused("a visit is already open", why="already_open", village=row["village"])
        conn.execute("""INSERT INTO visits(id, village, village_code, day, fee_paise, opened_at, opened_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     (visit.id, visit.village, visit.village_code, visit.day.isoformat(), visit.fee_paise,
                      visit.opened_at.isoformat(), visit.opened_by))
        apps.audit(conn, _actor(visit.opened_by), "visit.opened", visit=visit.id, day=visit.day.isoformat(),
                   fee_paise=visit.fee_paise)
    return visit


def close_visit(apps: Applications, counted_paise: int, operator: str, now: datetime, day: date) -> VisitFigures:
    """Close the open visit with its cash count: the expected cash is fixed from its applications in the same
    commit, so a later void or payment cannot move what the count was compared with."""
    with apps.store.write() as conn:
        row = conn.execute("SELECT * FROM visits WHERE closed_at IS NULL").fetchone()
        if row is None:
            raise VisitRefused("no visit is open", why="none_open")
        visit = _visit(row)
        expected = _figures(conn, visit).cash_paise
        conn.execute("""UPDATE visits SET closed_at = ?, closed_day = ?, closed_by = ?, expected_cash_paise = ?,
                        counted_cash_paise = ? WHERE id = ?""",
                     (now.isoformat(), day.isoformat(), operator, expected, counted_paise, visit.id))
        apps.audit(conn, _actor(operator), "visit.closed", visit=visit.id, expected_paise=expected,
                   counted_paise=counted_paise)
        closed = _visit(conn.execute("SELECT * FROM visits WHERE id = ?", (visit.id,)).fetchone())
        return _figures(conn, closed)


def visit_figures(store: Store, visit: Visit) -> VisitFigures:
    with store.read() as conn:
        return _figures(conn, visit)


def visits_between(store: Store, start: date, end: date) -> list[VisitFigures]:
    """Every visit that was open on some day of ``start``..``end`` (inclusive; a visit still open runs to
    today), oldest first, with its figures over the whole visit. Read by the day close and the dashboard."""
    with store.read() as conn:
        # A visit runs from the earlier of its planned day and the day it was opened to the later of its
        # planned day and the day it was closed (a visit opened ahead for a later day, or closed early).
        rows = conn.execute("""SELECT * FROM visits WHERE min(day, substr(opened_at, 1, 10)) <= ?
                               AND (closed_day IS NULL OR max(closed_day, day) >= ?) ORDER BY opened_at""",
                            (end.isoformat(), start.isoformat())).fetchall()
        return [_figures(conn, _visit(r)) for r in rows]


def visit_receipts(store: Store, day: date) -> dict[str, str]:
    """The receipts of ``day`` taken on a doorstep visit: receipt number → visit id (their cash is in the
    visit's bag, counted at its close, not in a drawer of the day close)."""
    rows = store.query("SELECT receipt_number, json_extract(extra, '$.visit_id') AS visit FROM applications "
                       "WHERE receipt_day = ? AND json_extract(extra, '$.visit_id') IS NOT NULL", (day.isoformat(),))
    return {r["receipt_number"]: str(r["visit"]) for r in rows}
