"""Reading queued items out of a damaged hub database, and putting a lost application row back.

Why: a restore brings back the last backup, but applications saved after it may still sit in the damaged
file's outbox — citizens hold receipts for them. Each outbox row carries the complete body that goes to
the portal, so reading those rows back is enough to queue them again under their original keys
(:func:`kiosk.security.recovery.requeue` does that, audited, for a supervisor).

Encrypted hubs: the copy is opened with the hub's data keys (given by the caller). SQLCipher is given
the salt with the key, so a smashed header does not stop the decryption of the pages behind it.

How: the damaged file is never written. It is copied (with its ``-wal``) into a scratch folder, and the
copy is read row by row, each row in its own try, so one unreadable page costs only the rows on it. When
even the id list cannot be read, rowids are probed one by one. What cannot be read is counted, not hidden.
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
from kiosk.store.applications import Applications
from kiosk.store.db import DB_ERRORS, DB_READ_ERRORS, Store, connect
from kiosk.store.receipt_numbers import move_counter_past

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


def restore_application(conn: sqlite3.Connection, store: Store, payload: dict[str, Any]) -> bool:
    """Put a lost application row back with its original receipt number, in the caller's transaction (inside
    a savepoint, so a row that cannot go back leaves nothing behind); False when it is already there. The
    day's receipt counter moves past its number so the next receipt never reuses it."""
    app = application_from_dict(payload)
    if has_application(conn, app.uuid):
        return False
    parsed = parse_receipt_number(app.receipt_number)
    if parsed is None:
        raise ValueError("no receipt number in the queued body")
    hub, day, seq = parsed
    conn.execute("SAVEPOINT restore_app")
    try:
        Applications(store)._insert(conn, app, local_day(app.created_at), utc_now().isoformat())  # noqa: SLF001
        move_counter_past(conn, hub, day, seq)
    except BaseException:
        conn.execute("ROLLBACK TO restore_app")
        conn.execute("RELEASE restore_app")
        raise
    conn.execute("RELEASE restore_app")
    return True


def is_queued(conn: sqlite3.Connection, key: str) -> bool:
    """True when an outbox item (in any state) carries ``key``."""
    return conn.execute("SELECT 1 FROM outbox WHERE idempotency_key = ?", (key,)).fetchone() is not None


def has_application(conn: sqlite3.Connection, uuid: str) -> bool:
    return conn.execute("SELECT 1 FROM applications WHERE uuid = ?", (uuid,)).fetchone() is not None
