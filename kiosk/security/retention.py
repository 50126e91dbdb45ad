"""Retention and erasure: personal data leaves the kiosk once the portal holds the record.

Why: the portal is the system of record; the kiosk only needs an applicant's personal data until the
application is acknowledged there and the result delivered. After a configurable number of days
(setting ``retention.days``) the scheduled purge blanks it; a supervisor can erase one application at
any time on the citizen's request.

"Purge" keeps what day-close, receipts and the audit trail need — ids, receipt number, service, status,
fees, dates, operator — and removes everything personal: the applicant row's fields (names in both
scripts, date of birth, contact, address, category, Aadhaar last four and reference), the form fields,
status notes, the document rows and their files (a file shared with another application stays), the
certificate row and file, and the kept receipt PDFs. The search index follows through the store's FTS
triggers, and is then optimised so old index segments do not keep the names; ``secure_delete`` zeroes
freed pages and a checkpoint empties the WAL of the old page images. (Backups made before the purge
still hold the data until they rotate out.)

Each application's purge and its audit entry commit in one transaction. Files go after the commit: a
crash in between leaves unreferenced document files, which start-up orphan collection removes, and
running the erase again removes certificate and receipt files.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.clock import utc_now
from kiosk.domain.errors import IllegalTransition, NotFound
from kiosk.security.audit import record
from kiosk.security.errors import SettingInvalid
from kiosk.security.roles import Action, Operator, require_role
from kiosk.store.db import Store
from kiosk.store.hub import get_setting

RETENTION_SETTING = "retention.days"
DEFAULT_DAYS = 90
MIN_DAYS, MAX_DAYS = 1, 3650
SYSTEM_ACTOR = "system"

_BLANK_APPLICANT = """UPDATE applicants SET first_en = '', mother_en = '', father_en = '', surname_en = '',
    first_mr = '', mother_mr = '', father_mr = '', surname_mr = '', dob = NULL, gender = '', mobile = '',
    email = '', house = '', street = '', village = '', taluka = '', district = '', pin = '', category = '',
    aadhaar_last4 = NULL, aadhaar_reference = '', aadhaar_verified = 0 WHERE application_uuid = ?"""


@dataclass(frozen=True)
class Folders:
    """Where the files that belong to an application live (kiosk.config.KioskPaths provides them)."""

    documents: Path
    certificates: Path
    receipts: Path


@dataclass(frozen=True)
class PurgeResult:
    applications: tuple[str, ...]  # receipt numbers purged
    files_removed: int


def retention_days(store: Store) -> int:
    raw = get_setting(store, RETENTION_SETTING, str(DEFAULT_DAYS))
    try:
        days = int(raw)
    except ValueError:
        return DEFAULT_DAYS
    return days if MIN_DAYS <= days <= MAX_DAYS else DEFAULT_DAYS


def set_retention_days(store: Store, operator: Operator, days: int, *, now: datetime | None = None) -> None:
    require_role(operator, Action.ERASE)
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise SettingInvalid(f"retention must be {MIN_DAYS}–{MAX_DAYS} days, not {days}", setting=RETENTION_SETTING,
                             minimum=MIN_DAYS, maximum=MAX_DAYS)
    with store.write() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                     "excluded.value", (RETENTION_SETTING, str(days)))
        record(conn, operator.username, "retention.days_set", days=days, now=now)


def due_for_purge(store: Store, days: int, now: datetime) -> list[str]:
    """UUIDs acknowledged by the portal and delivered more than ``days`` days before ``now``, not yet purged."""
    cutoff = (now - timedelta(days=days)).isoformat()
    rows = store.query(
        """SELECT a.uuid FROM applications a
           JOIN outbox o ON o.idempotency_key = a.uuid AND o.kind = 'application' AND o.state = 'acked'
           JOIN status_history h ON h.application_uuid = a.uuid AND h.status = 'delivered'
           WHERE a.status = 'delivered' AND json_extract(a.extra, '$.purged_at') IS NULL
           GROUP BY a.uuid HAVING max(h.at) < ? ORDER BY a.rowid""", (cutoff,))
    return [r[0] for r in rows]


def _purge_rows(conn: sqlite3.Connection, uuid: str, when: str) -> tuple[str, list[str], list[str]]:
    """Blank one application's personal data in the caller's transaction; return its receipt number and the
    document and certificate hashes whose files may now go."""
    receipt = conn.execute("SELECT receipt_number FROM applications WHERE uuid = ?", (uuid,)).fetchone()[0]
    shas = [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM documents WHERE application_uuid = ?", (uuid,))]
    certs = [r[0] for r in conn.execute("SELECT sha256 FROM certificates WHERE application_uuid = ?", (uuid,))]
    conn.execute(_BLANK_APPLICANT, (uuid,))
    conn.execute("UPDATE applications SET fields = '{}', extra = json_object('purged_at', ?), updated_at = ? "
                 "WHERE uuid = ?", (when, when, uuid))
    conn.execute("UPDATE status_history SET note = '' WHERE application_uuid = ?", (uuid,))
    conn.execute("DELETE FROM documents WHERE application_uuid = ?", (uuid,))
    conn.execute("DELETE FROM certificates WHERE application_uuid = ?", (uuid,))
    conn.execute("UPDATE outbox SET payload = '{}' WHERE application_uuid = ? OR idempotency_key = ?", (uuid, uuid))
    # Content addressing: the same scan may belong to another application too; its file must stay.
    still = {s for s in shas if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (s,)).fetchone()}
    return receipt, [s for s in shas if s not in still], certs


def _remove_files(folders: Folders, receipt: str, shas: list[str], certs: list[str]) -> int:
    from kiosk.documents.storage import document_path

    paths = [document_path(folders.documents, s) for s in shas]
    paths += [folders.certificates / f"{c}.pdf" for c in certs]
    paths += list(folders.receipts.glob(f"{receipt}-*.pdf")) if folders.receipts.is_dir() else []
    removed = 0
    for p in paths:
        try:
            p.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    return removed


def _scrub(store: Store) -> None:
    """Push the old bytes out: rebuild the search index's segments and empty the WAL."""
    with store.write() as conn:
        conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('optimize')")
    with store.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _purge(store: Store, folders: Folders, uuids: list[str], actor: str, action: str,
           now: datetime) -> PurgeResult:
    done: list[str] = []
    removed = 0
    with store.read() as conn:
        conn.execute("PRAGMA secure_delete = ON")
    try:
        for uuid in uuids:  # one transaction each: a big backlog never holds the write lock for long
            with store.write() as conn:
                receipt, shas, certs = _purge_rows(conn, uuid, now.isoformat())
                record(conn, actor, action, application=uuid, now=now)
            done.append(receipt)
            removed += _remove_files(folders, receipt, shas, certs)
        if done:
            _scrub(store)
    finally:
        with store.read() as conn:
            conn.execute("PRAGMA secure_delete = OFF")
    return PurgeResult(tuple(done), removed)


def purge_expired(store: Store, folders: Folders, operator: Operator | None, *, days: int | None = None,
                  now: datetime | None = None) -> PurgeResult:
    """The scheduled purge. ``operator`` None means the kiosk's own timer (audited as ``system``)."""
    if operator is not None:
        require_role(operator, Action.ERASE)
    moment = now or utc_now()
    span = retention_days(store) if days is None else days
    if not MIN_DAYS <= span <= MAX_DAYS:
        raise SettingInvalid(f"retention must be {MIN_DAYS}–{MAX_DAYS} days, not {span}", setting=RETENTION_SETTING,
                             minimum=MIN_DAYS, maximum=MAX_DAYS)
    actor = operator.username if operator is not None else SYSTEM_ACTOR
    return _purge(store, folders, due_for_purge(store, span, moment), actor, "application.purged", moment)


def erase(store: Store, folders: Folders, operator: Operator, key: str, *, now: datetime | None = None) -> PurgeResult:
    """A citizen's erasure request, by receipt number or UUID (supervisors only).

    Refused while the application may be on its way to the portal (queued, in flight or unknown): its
    personal data is what is being sent. Once acknowledged — or quarantined — it can be erased; a
    quarantined item is withdrawn (it will not be sent)."""
    require_role(operator, Action.ERASE)
    rows = store.query("SELECT a.uuid, a.status, o.state FROM applications a LEFT JOIN outbox o "
                       "ON o.idempotency_key = a.uuid WHERE a.uuid = ? OR a.receipt_number = ?",
                       (key, key.strip().upper()))
    if not rows:
        raise NotFound(key, what=key)
    uuid, status, state = rows[0]
    if state in ("pending", "in_flight", "unknown"):
        # Reuses the status-change message ("not allowed (queued → erased)") rather than a new error code.
        raise IllegalTransition(f"{key} is still being sent to the portal; erase it after the next sync",
                                current=status, new="erased")
    return _purge(store, folders, [uuid], operator.username, "application.erased", now or utc_now())
