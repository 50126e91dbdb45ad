"""Still-queued items out of a damaged database, back into the restored one under their original keys.

Why: a restore brings back the last backup, but applications saved after it may still sit in the damaged
file's outbox — citizens hold receipts for them. Each outbox row carries the complete body that goes to
the portal, so it is enough to read those rows back (:func:`kiosk.store.salvage.salvage_outbox`, which
never writes the damaged file) and queue them again under the SAME idempotency key: the portal then
answers an item it already has with its first result (exactly once still holds).

A WAL cut short or deleted is invisible to SQLite: the database opens sound at an earlier commit. The
receipts the kiosk kept as PDFs (``<receipt>-<layout>.pdf``) are a witness outside the file:
:func:`lost_receipts` names receipts a citizen holds that the database no longer knows, and
:func:`protect_receipt_numbers` moves the day counters past them so those numbers are never issued again.

Requeue re-creates a lost application row too (with its ORIGINAL receipt number, and the day's receipt
counter moved past it so the next receipt never reuses it); if that is impossible (e.g. its catalogue
version is not in the backup) the item is still queued for the portal and said so. One audit entry
records the requeue, in the same transaction. The queries are the store's (:mod:`kiosk.store.salvage`,
:mod:`kiosk.store.receipt_numbers`); this module holds who may do it and what is audited.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.domain.application import parse_receipt_number
from kiosk.security.audit import record
from kiosk.security.roles import Action, Operator, require_role
from kiosk.store.db import Store
from kiosk.store.outbox import enqueue
from kiosk.store.receipt_numbers import day_counters, known_receipt_numbers, protect_receipt_numbers
from kiosk.store.salvage import SalvagedItem, has_application, is_queued, restore_application, salvage_outbox

# The recovery API as the CLI and the tests know it; reading the damaged file and moving the counters
# are the store's, re-exported here so a caller finds the whole procedure in one place.
__all__ = ["RequeueResult", "SalvagedItem", "lost_receipts", "protect_receipt_numbers", "requeue", "salvage_outbox",
           "unprotected_receipts", "witnessed_receipts"]


@dataclass(frozen=True)
class RequeueResult:
    queued: int
    already_queued: int
    applications_restored: int
    queue_only: tuple[str, ...]  # keys queued without their application row (the portal still gets them)


def requeue(store: Store, items: list[SalvagedItem], operator: Operator) -> RequeueResult:
    """Queue salvaged items in the (restored) store under their original keys; one transaction, audited."""
    require_role(operator, Action.BACKUP_RESTORE)
    queued = already = restored = 0
    queue_only: list[str] = []
    with store.write() as conn:
        for item in items:
            if is_queued(conn, item.key):
                already += 1
                continue
            uuid = None
            if item.kind == "application":
                try:
                    restored += restore_application(conn, store, item.payload)
                    uuid = str(item.payload["uuid"])
                except (sqlite3.DatabaseError, KeyError, ValueError, TypeError):
                    queue_only.append(item.key)
            elif item.application_uuid and has_application(conn, item.application_uuid):
                uuid = item.application_uuid
            enqueue(conn, item.kind, item.key, item.payload, application_uuid=uuid)
            queued += 1
        record(conn, operator.username, "store.requeued", queued=queued, restored=restored,
               queue_only=len(queue_only))
    return RequeueResult(queued, already, restored, tuple(queue_only))


def witnessed_receipts(receipts_dir: Path) -> set[str]:
    """Receipt numbers of the receipt PDFs the kiosk kept (``<receipt>-<layout>[-dup].pdf``)."""
    found: set[str] = set()
    if not receipts_dir.is_dir():
        return found
    for p in receipts_dir.glob("*.pdf"):
        stem = p.stem.removesuffix("-dup")
        number = stem.rsplit("-", 1)[0]
        if parse_receipt_number(number) is not None:
            found.add(number)
    return found


def lost_receipts(store: Store, receipts_dir: Path) -> list[str]:
    """Receipts printed by this kiosk that its database no longer holds (a lost WAL tail, an old restore):
    the kept numbers are looked up, not every number the database holds."""
    seen = witnessed_receipts(receipts_dir)
    return sorted(seen - known_receipt_numbers(store, seen))


def unprotected_receipts(store: Store, receipts_dir: Path) -> list[str]:
    """Kept receipts whose number is past its day's counter — the only numbers the next save could issue
    again. A number and its counter commit in one transaction, so a lost WAL tail or an old restore takes
    both: comparing each day's highest kept number with that day's counter (one small row per day) finds
    them without reading a single application."""
    highest: dict[tuple[str, date], tuple[int, str]] = {}
    for number in witnessed_receipts(receipts_dir):
        parsed = parse_receipt_number(number)
        if parsed is not None:
            hub, day, seq = parsed
            highest[(hub, day)] = max(highest.get((hub, day), (0, "")), (seq, number))
    if not highest:
        return []
    counters = day_counters(store)
    return sorted(number for key, (seq, number) in highest.items() if seq > counters.get(key, 0))
