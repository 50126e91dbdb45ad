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

The queries themselves live in :mod:`kiosk.store.retention` (the store owns every query on its tables);
this module holds the policy: who may, how long, what is audited, which files go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import utc_now
from kiosk.domain.errors import IllegalTransition, NotFound
from kiosk.security.audit import record
from kiosk.security.errors import SettingInvalid
from kiosk.security.roles import Action, Operator, require_role
from kiosk.store.db import Store
from kiosk.store.hub import get_setting, put_setting
from kiosk.store.retention import due_for_purge, find_for_erasure, purge_rows, scrub, set_secure_delete

RETENTION_SETTING = "retention.days"
DEFAULT_DAYS = 90
MIN_DAYS, MAX_DAYS = 1, 3650
SYSTEM_ACTOR = "system"


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
        put_setting(conn, RETENTION_SETTING, str(days))
        record(conn, operator.username, "retention.days_set", days=days, now=now)


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


def _purge(store: Store, folders: Folders, uuids: list[str], actor: str, action: str,
           now: datetime) -> PurgeResult:
    done: list[str] = []
    removed = 0
    set_secure_delete(store, True)
    try:
        for uuid in uuids:  # one transaction each: a big backlog never holds the write lock for long
            with store.write() as conn:
                rows = purge_rows(conn, uuid, now.isoformat())
                record(conn, actor, action, application=uuid, now=now)
            done.append(rows.receipt_number)
            removed += _remove_files(folders, rows.receipt_number, rows.document_shas, rows.certificate_shas)
        if done:
            scrub(store)
    finally:
        set_secure_delete(store, False)
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
    target = find_for_erasure(store, key)
    if target is None:
        raise NotFound(key, what=key)
    if target.outbox_state in ("pending", "in_flight", "unknown"):
        # Reuses the status-change message ("not allowed (queued → erased)") rather than a new error code.
        raise IllegalTransition(f"{key} is still being sent to the portal; erase it after the next sync",
                                current=target.status, new="erased")
    return _purge(store, folders, [target.uuid], operator.username, "application.erased", now or utc_now())
