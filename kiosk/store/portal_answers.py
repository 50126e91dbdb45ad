"""Applying what the portal sends back: status changes (page by page, with the feed cursor) and certificates.

A feed page and the cursor after it commit together, so a power cut between pages re-reads at most one
page, and re-applying a page changes nothing (status changes are idempotent). An event for an application
whose outbox item is still ``unknown`` proves the portal has it: the item is marked acked right there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from kiosk.domain.clock import utc_now
from kiosk.domain.delivery import DeliveryAttempt
from kiosk.domain.status import Status, can_transition
from kiosk.store.appeals import record_order
from kiosk.store.db import Store
from kiosk.store.deliveries import record_attempts
from kiosk.store.document_requests import record_request
from kiosk.store.outbox import mark_submitted

FEED_CURSOR_KEY = "sync.feed_cursor"


@dataclass(frozen=True)
class StatusChange:
    application_uuid: str  # the idempotency key the kiosk sent
    portal_id: str
    status: Status
    decided_on: date | None = None
    note: str = ""
    appeal_order: tuple[int, date, str, str] | None = None  # level, order day, allowed|dismissed, appeal id
    deliveries: tuple[DeliveryAttempt, ...] = ()  # the portal's sending on the citizen's channels
    # asked on, reply by, (code, English, Marathi) per document: the portal wants more documents
    documents_request: tuple[date, date | None, tuple[tuple[str, str, str], ...]] | None = None


@dataclass
class FeedResult:
    applied: int = 0
    unchanged: int = 0
    ignored: int = 0  # not ours, or a transition the state machine refuses


def apply_status_page(store: Store, changes: Iterable[StatusChange], cursor: str,
                      audit: Callable[..., object] | None = None) -> FeedResult:
    """``audit`` (kiosk.security.audit.record, from the composition root) chains an appeal order and a
    request for more documents into the audit trail in the page's own transaction, once: a replayed page
    records nothing new, so it audits nothing again. Actor ``portal``: no operator did it."""
    result = FeedResult()
    now = utc_now().isoformat()
    with store.write() as conn:
        for ch in changes:
            row = conn.execute("SELECT status, receipt_number FROM applications WHERE uuid = ?",
                               (ch.application_uuid,)).fetchone()
            if row is None:
                result.ignored += 1
                continue
            conn.execute("UPDATE outbox SET state = 'acked', last_error = '', payload = '{}', updated_at = ? "
                         "WHERE idempotency_key = ? AND state IN ('pending', 'unknown', 'in_flight')",
                         (now, ch.application_uuid))
            mark_submitted(conn, ch.application_uuid, ch.portal_id, now)
            record_attempts(conn, ch.application_uuid, ch.deliveries)
            current = Status(conn.execute("SELECT status FROM applications WHERE uuid = ?",
                                          (ch.application_uuid,)).fetchone()[0])
            if ch.appeal_order is not None and record_order(conn, ch.application_uuid, *ch.appeal_order) \
                    and audit is not None:  # the order is kept even when the status does not move
                level, _on, outcome, _id = ch.appeal_order
                audit(conn, "portal", "appeal.order", receipt=row["receipt_number"], level=level, outcome=outcome)
            if ch.documents_request is not None and record_request(conn, ch.application_uuid,
                                                                   *ch.documents_request) and audit is not None:
                audit(conn, "portal", "documents.requested", receipt=row["receipt_number"],
                      documents=len(ch.documents_request[2]))
            if current == ch.status:
                result.unchanged += 1
                continue
            if not can_transition(current, ch.status):
                result.ignored += 1
                continue
            conn.execute("UPDATE applications SET status = ?, updated_at = ?, decided_on = COALESCE(?, decided_on) "
                         "WHERE uuid = ?", (str(ch.status), now,
                                            ch.decided_on.isoformat() if ch.decided_on else None,
                                            ch.application_uuid))
            if ch.status == Status.PAYMENT_PENDING:  # Rule 6: not complete until the fee is in — the clock
                # stops, and taking the fee at the counter starts it again (kiosk.counter.payment)
                conn.execute("UPDATE applications SET completed_on = NULL, due_date = NULL WHERE uuid = ?",
                             (ch.application_uuid,))
            conn.execute("INSERT INTO status_history(application_uuid, status, at, source, note) "
                         "VALUES (?, ?, ?, 'portal', ?)", (ch.application_uuid, str(ch.status), now, ch.note[:500]))
            result.applied += 1
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (FEED_CURSOR_KEY, cursor))
    return result


def certificates_needed(store: Store) -> list[tuple[str, str]]:
    """(uuid, portal id) of approved applications whose certificate has not arrived yet."""
    return [(r["uuid"], r["portal_number"]) for r in store.query(
        "SELECT a.uuid, a.portal_number FROM applications a LEFT JOIN certificates c ON c.application_uuid = a.uuid "
        "WHERE a.status IN ('approved', 'delivered') AND a.portal_number != '' AND c.application_uuid IS NULL "
        "ORDER BY a.rowid")]


def record_certificate(store: Store, uuid: str, portal_id: str, sha256: str, size: int) -> None:
    with store.write() as conn:
        conn.execute("INSERT INTO certificates(application_uuid, portal_id, sha256, size_bytes, received_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT(application_uuid) DO NOTHING",
                     (uuid, portal_id, sha256, size, utc_now().isoformat()))


def certificate_of(store: Store, uuid: str) -> str | None:
    rows = store.query("SELECT sha256 FROM certificates WHERE application_uuid = ?", (uuid,))
    return rows[0]["sha256"] if rows else None
