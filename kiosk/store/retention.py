"""The rows behind retention and erasure: which applications are due, and blanking one in a transaction.

The policy — who may erase, how many days, the audit entry, removing the files — is
:mod:`kiosk.security.retention`'s; this module holds only the queries on the store's tables, so the
store stays the one place that knows their columns. What a purge keeps and removes is described there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.store.db import Store

_BLANK_APPLICANT = """UPDATE applicants SET first_en = '', mother_en = '', father_en = '', surname_en = '',
    first_mr = '', mother_mr = '', father_mr = '', surname_mr = '', dob = NULL, gender = '', mobile = '',
    email = '', house = '', street = '', village = '', taluka = '', district = '', pin = '', category = '',
    aadhaar_last4 = NULL, aadhaar_reference = '', aadhaar_verified = 0
    WHERE app_id = (SELECT rowid FROM applications WHERE uuid = ?)"""


@dataclass(frozen=True)
class PurgedRows:
    """What one application's purge left to do outside the database: the files that may now go."""

    receipt_number: str
    document_shas: list[str]  # no other application names these scans
    certificate_shas: list[str]


@dataclass(frozen=True)
class ErasureTarget:
    uuid: str
    status: str
    outbox_state: str | None  # None: nothing was ever queued for it


def due_for_purge(store: Store, days: int, now: datetime, *, chunk: int = 500) -> list[str]:
    """UUIDs acknowledged by the portal and delivered more than ``days`` days before ``now``, not yet purged,
    oldest row first. Read from the partial index of step 0026 (only the delivered, unpurged applications),
    ``chunk`` at a time: the store is free for a save between two chunks."""
    cutoff = (now - timedelta(days=days)).isoformat()
    due: list[str] = []
    after = 0
    while True:
        rows = store.query_tuples(
            """SELECT a.rowid, a.uuid,
                      (SELECT max(h.at) FROM status_history h
                        WHERE h.application_uuid = a.uuid AND h.status = 'delivered'),
                      EXISTS (SELECT 1 FROM outbox o WHERE o.idempotency_key = a.uuid
                              AND o.kind = 'application' AND o.state = 'acked')
               FROM applications a INDEXED BY applications_unpurged_delivered
               WHERE a.status = 'delivered' AND json_extract(a.extra, '$.purged_at') IS NULL AND a.rowid > ?
               ORDER BY a.rowid LIMIT ?""", (after, max(1, chunk)))
        due += [uuid for _, uuid, delivered_at, acked in rows if acked and delivered_at is not None
                and delivered_at < cutoff]
        if len(rows) < chunk:
            return due
        after = rows[-1][0]


def find_for_erasure(store: Store, key: str) -> ErasureTarget | None:
    """The application a receipt number or UUID names, with its outbox item's state."""
    rows = store.query("SELECT a.uuid, a.status, o.state FROM applications a LEFT JOIN outbox o "
                       "ON o.idempotency_key = a.uuid WHERE a.uuid = ? OR a.receipt_number = ?",
                       (key, key.strip().upper()))
    if not rows:
        return None
    uuid, status, state = rows[0]
    return ErasureTarget(uuid, status, state)


def purge_rows(conn: sqlite3.Connection, uuid: str, when: str) -> PurgedRows:
    """Blank one application's personal data in the caller's transaction (which also holds its audit
    entry); return its receipt number and the document and certificate hashes whose files may now go."""
    receipt = conn.execute("SELECT receipt_number FROM applications WHERE uuid = ?", (uuid,)).fetchone()[0]
    shas = [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM documents WHERE application_uuid = ?", (uuid,))]
    certs = [r[0] for r in conn.execute("SELECT sha256 FROM certificates WHERE application_uuid = ?", (uuid,))]
    conn.execute(_BLANK_APPLICANT, (uuid,))
    conn.execute("UPDATE applications SET fields = '{}', extra = json_object('purged_at', ?), updated_at = ? "
                 "WHERE uuid = ?", (when, when, uuid))
    conn.execute("UPDATE status_history SET note = '' WHERE application_uuid = ?", (uuid,))
    conn.execute("UPDATE appeals SET grounds = '', late_reason = '' WHERE application_uuid = ?", (uuid,))
    conn.execute("DELETE FROM documents WHERE application_uuid = ?", (uuid,))
    conn.execute("DELETE FROM certificates WHERE application_uuid = ?", (uuid,))
    conn.execute("UPDATE outbox SET payload = '{}' WHERE idempotency_key = ?", (uuid,))  # its own item
    conn.execute("UPDATE outbox SET payload = '{}' WHERE application_uuid = ? AND kind != 'application'", (uuid,))
    # Content addressing: the same scan may belong to another application too; its file must stay.
    still = {s for s in shas if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (s,)).fetchone()}
    return PurgedRows(receipt, [s for s in shas if s not in still], certs)


def set_secure_delete(store: Store, on: bool) -> None:
    """``secure_delete`` zeroes freed pages, so a purge's deleted bytes do not linger in the file."""
    with store.read() as conn:
        conn.execute("PRAGMA secure_delete = ON" if on else "PRAGMA secure_delete = OFF")


def scrub(store: Store) -> None:
    """Push the old bytes out: rebuild the search index's segments and empty the WAL."""
    with store.write() as conn:
        conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('optimize')")
    with store.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
