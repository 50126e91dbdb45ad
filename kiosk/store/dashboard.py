"""The dashboard's queries: each an index range (receipt_day, status+due_date) or a small join, so 100,000
applications cost the same few milliseconds as 100 — the dashboard must not slow down as a hub ages."""

from __future__ import annotations

from datetime import date

from kiosk.store.applications import SUMMARY_COLUMNS, ApplicationSummary, summary_from_row
from kiosk.store.db import Store

# Applications still waiting for the portal's decision: their RTS due date matters.
WAITING = ("queued", "submitted", "under_scrutiny", "documents_pending", "payment_pending")
_MARKS = ",".join("?" * len(WAITING))


def takings_of_day(store: Store, day: date) -> tuple[int, int]:
    """(applications, paise) received on ``day``. A voided application's fee went back to the citizen: it
    is not part of the day's takings."""
    row = store.query("SELECT count(*), COALESCE(sum(total_paise), 0) FROM applications WHERE receipt_day = ? "
                      "AND status != 'voided'", (day.isoformat(),))[0]
    return int(row[0]), int(row[1])


def due_counts(store: Store, today: date, near_limit: date) -> tuple[int, int]:
    """(past due, due from today up to ``near_limit``) among applications still waiting."""
    for row in store.query(
            f"SELECT sum(due_date < ?), sum(due_date >= ?) FROM applications "  # noqa: S608 - fixed marks
            f"WHERE status IN ({_MARKS}) AND due_date IS NOT NULL AND due_date <= ?",
            (today.isoformat(), today.isoformat(), *WAITING, near_limit.isoformat())):
        return int(row[0] or 0), int(row[1] or 0)
    return 0, 0


def due_soon(store: Store, near_limit: date, limit: int) -> list[ApplicationSummary]:
    """Waiting applications due by ``near_limit``, the earliest first."""
    return [summary_from_row(r) for r in store.query(
        f"SELECT {SUMMARY_COLUMNS} FROM applications a JOIN applicants p ON p.app_id = a.rowid "  # noqa: S608
        f"WHERE a.status IN ({_MARKS}) AND a.due_date IS NOT NULL AND a.due_date <= ? "
        "ORDER BY a.due_date LIMIT ?", (*WAITING, near_limit.isoformat(), limit))]


_READY_FROM = "FROM applications a JOIN certificates c ON c.application_uuid = a.uuid "


def certificates_ready(store: Store) -> int:
    """Approved applications whose certificate has arrived: to hand over."""
    return int(store.query(f"SELECT count(*) {_READY_FROM} WHERE a.status = 'approved'")[0][0])  # noqa: S608


def ready_to_hand_over(store: Store, limit: int) -> list[ApplicationSummary]:
    """The longest-waiting certificates to hand over first."""
    return [summary_from_row(r) for r in store.query(
        f"SELECT {SUMMARY_COLUMNS} {_READY_FROM} JOIN applicants p ON p.app_id = a.rowid "  # noqa: S608
        "WHERE a.status = 'approved' ORDER BY a.decided_on LIMIT ?", (limit,))]


def received_per_day(store: Store, first: date, last: date) -> dict[str, int]:
    """Applications received (not voided) per ISO day from ``first`` to ``last``; days without any are absent."""
    return {r[0]: int(r[1]) for r in store.query(
        "SELECT receipt_day, count(*) FROM applications WHERE receipt_day BETWEEN ? AND ? AND status != 'voided' "
        "GROUP BY receipt_day", (first.isoformat(), last.isoformat()))}


def day_split(store: Store, day: date) -> dict[str, int]:
    """The day's money as the day close counts it (kiosk.receipts.dayclose), in one read: ``cash`` and
    ``upi`` taken at intake or later that day, ``pending`` not received by the end of it (a pending fee paid
    the same day is in the cash or UPI total instead); voided applications left out. For the heartbeat, from
    which the portal adds a hub's counters into the hub's day close."""
    split = {"cash_paise": 0, "upi_paise": 0, "pending_paise": 0}
    for method, paise in store.query_tuples(
            "SELECT CASE WHEN total_paise = 0 THEN 'cash' "
            "WHEN json_extract(extra, '$.payment_mode') = 'upi' THEN 'upi' "
            "WHEN json_extract(extra, '$.payment_mode') != 'pending' OR json_extract(extra, '$.payment_mode') IS NULL "
            "THEN 'cash' "
            "WHEN EXISTS (SELECT 1 FROM payments p WHERE p.application_uuid = a.uuid AND p.day = ?1) THEN 'settled' "
            "ELSE 'pending' END, sum(total_paise) FROM applications a "
            "WHERE receipt_day = ?1 AND status != 'voided' GROUP BY 1 "
            "UNION ALL SELECT p.method, sum(p.paise) FROM payments p JOIN applications a ON a.uuid = p.application_uuid "
            "WHERE p.day = ?1 AND a.status != 'voided' GROUP BY 1", (day.isoformat(),)):
        if method != "settled":  # its fee is in the later payment's method
            split[f"{method}_paise"] = split.get(f"{method}_paise", 0) + int(paise or 0)
    return split
