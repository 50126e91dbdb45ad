"""Still-queued items out of a damaged database, back into the restored one under their original keys.

Why: a restore brings back the last backup, but applications saved after it may still sit in the damaged
file's outbox — citizens hold receipts for them. Each outbox row carries the complete body that goes to
the portal, so it is enough to read those rows back and queue them again under the SAME idempotency key:
the portal then answers an item it already has with its first result (exactly once still holds).

Encrypted hubs: the copy is opened with the hub's data keys (given by the caller). SQLCipher is given
the salt with the key, so a smashed header does not stop the decryption of the pages behind it.

How: the damaged file is never written. It is copied (with its ``-wal``) into a scratch folder, and the
copy is read row by row, each row in its own try, so one unreadable page costs only the rows on it. When
even the id list cannot be read, rowids are probed one by one. What cannot be read is counted, not hidden.

A WAL cut short or deleted is invisible to SQLite: the database opens sound at an earlier commit. The
receipts the kiosk kept as PDFs (``<receipt>-<layout>.pdf``) are a witness outside the file:
:func:`lost_receipts` names receipts a citizen holds that the database no longer knows, and
:func:`protect_receipt_numbers` moves the day counters past them so those numbers are never issued again.

Requeue re-creates a lost application row too (with its ORIGINAL receipt number, and the day's receipt
counter moved past it so the next receipt never reuses it); if that is impossible (e.g. its catalogue
version is not in the backup) the item is still queued for the portal and said so. One audit entry
records the requeue, in the same transaction.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.application import parse_receipt_number
from kiosk.domain.clock import local_day, utc_now
from kiosk.domain.serialize import application_from_dict
from kiosk.security.audit import record
from kiosk.security.roles import Action, Operator, require_role
from kiosk.store.applications import Applications
from kiosk.store.db import DB_ERRORS, DB_READ_ERRORS, Store, connect
from kiosk.store.outbox import enqueue

_SALVAGE_SKIPS: tuple[type[Exception], ...] = (*DB_READ_ERRORS, ValueError, UnicodeDecodeError)
_OPEN_FAILS: tuple[type[Exception], ...] = (OSError, *DB_ERRORS)

QUEUED_STATES = ("pending", "unknown", "in_flight")
# Every legal state: a row claiming any other state was read from garbage. (Acked rows are not worth
# salvaging: the engine trims their body once the portal holds it.)
ALL_STATES = (*QUEUED_STATES, "acked", "rejected")
MAGIC = b"SQLite format 3\x00"
PROBE_MISSES = 2000  # consecutive missing rowids after which probing stops


@dataclass(frozen=True)
class SalvagedItem:
    kind: str
    key: str
    payload: dict[str, Any]
    application_uuid: str | None
    state: str = "pending"


@dataclass
class SalvageReport:
    items: list[SalvagedItem] = field(default_factory=list)
    unreadable: int = 0
    problem: str = ""


@dataclass(frozen=True)
class RequeueResult:
    queued: int
    already_queued: int
    applications_restored: int
    queue_only: tuple[str, ...]  # keys queued without their application row (the portal still gets them)


def _copy_damaged(path: Path, scratch: Path) -> Path:
    copy = scratch / "damaged.sqlite3"
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _row(conn: sqlite3.Connection, rowid: int, states: tuple[str, ...]) -> SalvagedItem | None:
    r = conn.execute("SELECT kind, idempotency_key, payload, state, application_uuid FROM outbox WHERE id = ?",
                     (rowid,)).fetchone()
    if r is None:
        return None
    if r[3] not in ALL_STATES:
        raise ValueError("outbox row with an impossible state (damaged)")
    if r[3] not in states:
        return None
    payload = json.loads(r[2])
    if not isinstance(payload, dict) or not isinstance(r[1], str) or not r[1]:
        raise ValueError("outbox row without a usable key or body")
    if r[0] == "application" and (payload.get("uuid") != r[1] or r[4] != r[1]):
        raise ValueError("application row whose key, body and application disagree")
    return SalvagedItem(str(r[0]), r[1], payload, r[4] if isinstance(r[4], str) else None, str(r[3]))


def _ids(conn: sqlite3.Connection) -> list[int] | None:
    try:
        return [int(r[0]) for r in conn.execute("SELECT id FROM outbox ORDER BY id")]
    except DB_READ_ERRORS:
        return None


def _open_copy(copy: Path, keys: Sequence[bytes | None]) -> tuple[sqlite3.Connection, bytes | None]:
    """Open the scratch copy with whichever key reads it; for a plaintext file a smashed magic string
    (the first 16 bytes) is put back first (an encrypted file needs no header: the salt comes with the key)."""
    problem: Exception = sqlite3.DatabaseError("file is not a database")
    for key in keys:
        if key is None:
            with copy.open("r+b") as fh:
                if fh.read(16) != MAGIC:
                    fh.seek(0)
                    fh.write(MAGIC)
        conn = connect(copy, key=key)
        conn.row_factory = None
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return conn, key
        except DB_ERRORS as exc:
            problem = exc
            conn.close()
    raise sqlite3.DatabaseError(str(problem))


def salvage_outbox(path: Path, states: tuple[str, ...] = QUEUED_STATES, *,
                   keys: Sequence[bytes | None] = (None,)) -> SalvageReport:
    """Read every outbox item in ``states`` that SQLite can still read from the database at ``path``
    (``keys``: the hub's data keys; None stands for a plaintext file)."""
    report = SalvageReport()
    with tempfile.TemporaryDirectory(prefix="kiosk-salvage-") as tmp:
        try:
            copy = _copy_damaged(path, Path(tmp))
            conn, key = _open_copy(copy, keys)
        except _OPEN_FAILS as exc:
            report.problem = str(exc)
            return report
        try:
            ids = _ids(conn)
            if ids is None:
                report.problem = "the outbox index is unreadable; probed row by row"
            misses, rowid = 0, 0
            candidates = iter(ids) if ids is not None else None
            while True:
                if candidates is not None:
                    rowid = next(candidates, -1)
                    if rowid < 0:
                        break
                else:
                    rowid += 1
                    if misses >= PROBE_MISSES:
                        break
                try:
                    item = _row(conn, rowid, states)
                    misses = 0 if item is not None else misses + 1
                    if item is not None:
                        report.items.append(item)
                except _SALVAGE_SKIPS as exc:
                    report.unreadable += 1
                    # Probing blind, an error counts towards the stop like a miss: when even the schema
                    # cannot be read every probe fails, and that must end.
                    misses = misses + 1 if candidates is None else 0
                    if isinstance(exc, DB_READ_ERRORS):
                        # SQLCipher puts the connection in an error state after a page fails its HMAC:
                        # a fresh connection reads the remaining pages again.
                        conn.close()
                        conn, key = _open_copy(copy, [key])
        finally:
            conn.close()
    return report


def _restore_application(conn: sqlite3.Connection, store: Store, payload: dict[str, Any]) -> bool:
    """Put a lost application row back with its original receipt number (inside a savepoint)."""
    app = application_from_dict(payload)
    if conn.execute("SELECT 1 FROM applications WHERE uuid = ?", (app.uuid,)).fetchone():
        return False
    parsed = parse_receipt_number(app.receipt_number)
    if parsed is None:
        raise ValueError("no receipt number in the queued body")
    hub, day, seq = parsed
    conn.execute("SAVEPOINT restore_app")
    try:
        Applications(store)._insert(conn, app, local_day(app.created_at), utc_now().isoformat())  # noqa: SLF001
        conn.execute("""INSERT INTO receipt_counters(hub_code, day, last_seq) VALUES (?, ?, ?)
                        ON CONFLICT(hub_code, day) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)""",
                     (hub, day.isoformat(), seq))
    except BaseException:
        conn.execute("ROLLBACK TO restore_app")
        conn.execute("RELEASE restore_app")
        raise
    conn.execute("RELEASE restore_app")
    return True


def requeue(store: Store, items: list[SalvagedItem], operator: Operator) -> RequeueResult:
    """Queue salvaged items in the (restored) store under their original keys; one transaction, audited."""
    require_role(operator, Action.BACKUP_RESTORE)
    queued = already = restored = 0
    queue_only: list[str] = []
    with store.write() as conn:
        for item in items:
            if conn.execute("SELECT 1 FROM outbox WHERE idempotency_key = ?", (item.key,)).fetchone():
                already += 1
                continue
            uuid = None
            if item.kind == "application":
                try:
                    restored += _restore_application(conn, store, item.payload)
                    uuid = str(item.payload["uuid"])
                except (sqlite3.DatabaseError, KeyError, ValueError, TypeError):
                    queue_only.append(item.key)
            elif item.application_uuid and conn.execute("SELECT 1 FROM applications WHERE uuid = ?",
                                                        (item.application_uuid,)).fetchone():
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
    """Receipts printed by this kiosk that its database no longer holds (a lost WAL tail, an old restore)."""
    seen = witnessed_receipts(receipts_dir)
    known = {r[0] for r in store.query("SELECT receipt_number FROM applications")}
    return sorted(seen - known)


def protect_receipt_numbers(store: Store, receipts: list[str]) -> int:
    """Move each day's receipt counter past ``receipts`` so none is issued twice; returns counters moved."""
    moved = 0
    with store.write() as conn:
        for number in receipts:
            parsed = parse_receipt_number(number)
            if parsed is None:
                continue
            hub, day, seq = parsed
            moved += conn.execute(
                """INSERT INTO receipt_counters(hub_code, day, last_seq) VALUES (?, ?, ?)
                   ON CONFLICT(hub_code, day) DO UPDATE SET last_seq = excluded.last_seq
                   WHERE excluded.last_seq > last_seq""", (hub, day.isoformat(), seq)).rowcount
    return moved
