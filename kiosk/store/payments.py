"""Fees taken after the receipt, and the counter's "payment pending" work list.

An application whose fee was not paid at intake carries ``extra.payment_mode = 'pending'``; the portal can
also mark one ``payment_pending`` through the status feed. Taking the fee later is one transaction: the
payment row (on the local day it was taken: the day close counts it there), the application's ``extra``
(``paid_later*``: the updated receipt says how and when), the outbox item that tells the portal (under a key
derived from the application's, so pressing twice sends once) and the audit entry.

Owed = not paid at intake and nothing taken since, or marked payment pending by the portal more times than
a fee was taken since intake.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.application import Application
from kiosk.domain.errors import NotFound
from kiosk.domain.payment import PENDING, UPI, PaymentRefused, payment_of
from kiosk.domain.status import Status
from kiosk.store.applications import Applications, AuditHook
from kiosk.store.outbox import enqueue

_OWED_AT_INTAKE = ("json_extract(a.extra, '$.payment_mode') = 'pending' "
                   "AND json_extract(a.extra, '$.paid_later') IS NULL")


@dataclass(frozen=True)
class Owed:
    """One application the counter still has to take a fee for."""

    uuid: str
    receipt_number: str
    paise: int
    name_en: str
    name_mr: str
    service_code: str
    why: str  # "counter" (not paid at intake) or "portal" (the portal marked it payment pending)


@dataclass(frozen=True)
class LatePayment:
    """A fee taken on a day for a receipt of that day or an earlier one."""

    receipt_number: str
    service_code: str
    operator: str
    method: str
    paise: int
    upi_ref: str
    visit: str = ""  # cash taken while the application's doorstep visit was open: it is in the visit's bag


def _portal_marks(conn: sqlite3.Connection, uuid: str) -> int:
    return int(conn.execute("SELECT count(*) FROM status_history WHERE application_uuid = ? AND source = 'portal' "
                            "AND status = 'payment_pending'", (uuid,)).fetchone()[0])


def _taken(conn: sqlite3.Connection, uuid: str) -> int:
    return int(conn.execute("SELECT count(*) FROM payments WHERE application_uuid = ?", (uuid,)).fetchone()[0])


def _why_owed(conn: sqlite3.Connection, row: sqlite3.Row) -> str | None:
    extra = json.loads(row["extra"] or "{}")
    if extra.get("payment_mode") == PENDING and "paid_later" not in extra:
        return "counter"
    if row["status"] == str(Status.PAYMENT_PENDING) and _taken(conn, row["uuid"]) < _portal_marks(conn, row["uuid"]):
        return "portal"
    return None


def owed(apps: Applications, limit: int = 500) -> list[Owed]:
    """Every application whose fee is still to be taken, oldest first."""
    sql = (f"SELECT a.uuid, a.receipt_number, a.total_paise, a.service_code, a.status, a.extra, "  # noqa: S608 - fixed
           f"p.first_en || ' ' || p.surname_en AS name_en, p.first_mr || ' ' || p.surname_mr AS name_mr "
           f"FROM applications a JOIN applicants p ON p.application_uuid = a.uuid "
           f"WHERE a.status != 'voided' AND a.total_paise > 0 AND ({_OWED_AT_INTAKE} OR a.status = 'payment_pending') "
           f"ORDER BY a.created_at LIMIT ?")
    out: list[Owed] = []
    with apps.store.read() as conn:
        for r in conn.execute(sql, (limit,)).fetchall():
            why = _why_owed(conn, r)
            if why:
                out.append(Owed(r["uuid"], r["receipt_number"], int(r["total_paise"]), r["name_en"].strip(),
                                r["name_mr"].strip(), r["service_code"], why))
    return out


def take_payment(apps: Applications, key: str, method: str, upi_ref: str, *, operator: str, now: datetime,
                 day: date, audit: AuditHook | None = None,
                 clock_start: tuple[date, date | None] | None = None) -> Application:
    """Record the fee for the application ``key`` (receipt number or UUID) and queue it for the portal, in
    one transaction. Refuses (PaymentRefused) what is not owed, or a UPI reference already recorded.
    ``clock_start`` (completed on, due date): the RTS clock the fee starts, set in the same transaction
    only where it was held — no start yet and no document missing."""
    app = apps.get(key)
    record = audit or apps.audit
    with apps.store.write() as conn:
        row = conn.execute("SELECT * FROM applications WHERE uuid = ?", (app.uuid,)).fetchone()
        if row is None:
            raise NotFound(key, what=key)
        if row["status"] == str(Status.VOIDED):
            raise PaymentRefused("voided", why="voided")
        if int(row["total_paise"]) <= 0:
            raise PaymentRefused("nothing to pay", why="nothing_to_pay")
        if _why_owed(conn, row) is None:
            paid = payment_of(json.loads(row["extra"] or "{}"), int(row["total_paise"]))
            raise PaymentRefused("already paid", why="already_paid", method=paid.method)
        if upi_ref:
            used = _utr_owner(conn, upi_ref)
            if used:
                raise PaymentRefused("UTR already recorded", why="utr_used", receipt=used)
        n = _taken(conn, app.uuid) + 1
        conn.execute("INSERT INTO payments(application_uuid, method, paise, upi_ref, operator, taken_at, day) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (app.uuid, method, row["total_paise"], upi_ref if method == UPI
                                                      else "", operator, now.isoformat(), day.isoformat()))
        conn.execute("UPDATE applications SET extra = json_set(extra, '$.paid_later', ?, '$.paid_later_ref', ?, "
                     "'$.paid_later_on', ?), updated_at = ? WHERE uuid = ?",
                     (method, upi_ref, day.isoformat(), now.isoformat(), app.uuid))
        if clock_start is not None:
            done, due = clock_start
            conn.execute("UPDATE applications SET completed_on = ?, due_date = ? WHERE uuid = ? "
                         "AND completed_on IS NULL AND missing_groups = '[]'",
                         (done.isoformat(), due.isoformat() if due else None, app.uuid))
        enqueue(conn, "payment", f"{app.uuid}:payment:{n}",
                {"application_key": app.uuid, "application_id": row["portal_number"] or None,
                 "receipt_number": row["receipt_number"], "method": method, "paise": int(row["total_paise"]),
                 "upi_ref": upi_ref or None, "paid_at": now.isoformat()}, application_uuid=app.uuid)
        record(conn, operator or "kiosk", "payment.taken", receipt=row["receipt_number"], method=method,
               paise=int(row["total_paise"]))
    return apps.get(app.uuid)


def _utr_owner(conn: sqlite3.Connection, utr: str) -> str:
    """The receipt a UTR is already recorded for (at intake or later), or ''."""
    row = conn.execute("SELECT a.receipt_number FROM payments p JOIN applications a ON a.uuid = p.application_uuid "
                       "WHERE p.upi_ref = ?", (utr,)).fetchone()
    if row is None:
        row = conn.execute("SELECT receipt_number FROM applications WHERE json_extract(extra, '$.upi_ref') = ? "
                           "LIMIT 1", (utr,)).fetchone()
    return str(row[0]) if row else ""


def utr_owner(apps: Applications, utr: str) -> str:
    with apps.store.read() as conn:
        return _utr_owner(conn, utr)


def intake_modes(apps: Applications, day: date) -> dict[str, tuple[str, str]]:
    """How each receipt of ``day`` was paid at intake: receipt number → (mode, UTR); cash where unrecorded."""
    rows = apps.store.query("SELECT receipt_number, json_extract(extra, '$.payment_mode') AS mode, "
                            "json_extract(extra, '$.upi_ref') AS ref FROM applications WHERE receipt_day = ?",
                            (day.isoformat(),))
    return {r["receipt_number"]: (str(r["mode"] or "cash"), str(r["ref"] or "")) for r in rows}


def taken_on(apps: Applications, day: date) -> list[LatePayment]:
    """The fees taken on ``day`` after their receipt (voided applications left out: the fee went back)."""
    # A visit's pending fee taken in cash while the visit was still open went into the visit's bag, which the
    # visit's close counts (kiosk.store.visits, the same rule): the drawer must not expect it a second time.
    rows = apps.store.query(
        "SELECT a.receipt_number, a.service_code, p.operator, p.method, p.paise, p.upi_ref, "
        "CASE WHEN p.method = 'cash' AND v.id IS NOT NULL AND (v.closed_at IS NULL OR p.taken_at <= v.closed_at) "
        "THEN v.id ELSE '' END AS visit FROM payments p JOIN applications a ON a.uuid = p.application_uuid "
        "LEFT JOIN visits v ON v.id = json_extract(a.extra, '$.visit_id') "
        "WHERE p.day = ? AND a.status != 'voided' ORDER BY p.id", (day.isoformat(),))
    return [LatePayment(r["receipt_number"], r["service_code"], r["operator"], r["method"], int(r["paise"]),
                        r["upi_ref"], str(r["visit"] or "")) for r in rows]
