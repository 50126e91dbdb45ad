"""The clean-stop marker: when a start may skip reading the whole database, and when it may not.

``PRAGMA quick_check`` decrypts and reads every page: 2.55 s at 100,000 applications, 31 s at 1,000,000.
It is worth that only when something may have damaged the file since a check last passed:

- the last stop was not clean (a power cut, ``kill -9``, a crash): no marker, or a ``-wal`` file is left;
- the file changed while no kiosk had it open (a restore, a copy, a tool, a disk error that touched it):
  the marker names the file by inode, size and modification time (ns), and those no longer match;
- on a schedule, :data:`CHECK_EVERY` after the last check that passed — a disk may rot a page without
  touching anything the marker records, so a clean stop alone never skips the check for ever.

:meth:`kiosk.store.db.Store.close` leaves the marker only when this process was the last one to have the
database open (SQLite then checkpoints the WAL into the file and removes the ``-wal``): with another
process still inside, the stop was not the end of the database's session. :func:`take_marker` removes it
(durably) before the database is opened, so a crash later in the session leaves none behind.

The marker holds no personal data: three numbers and the time of the last passed check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.durable import fsync_folder, write_durably

CHECK_EVERY = timedelta(days=7)
SUFFIX = "-clean"
UNCLEAN = "the last stop was not clean, or the file changed since"
SCHEDULED = "the weekly check is due"


@dataclass(frozen=True)
class CleanStop:
    """What a clean stop recorded: the file as it was left, and when its last full check passed."""

    inode: int
    size: int
    mtime_ns: int
    checked_at: datetime | None


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _wal_left(database: Path) -> bool:
    try:
        return database.with_name(database.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _identity(database: Path) -> tuple[int, int, int] | None:
    try:
        st = database.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def take_marker(database: Path) -> CleanStop | None:
    """The marker a clean stop left, if it still describes ``database``; it is removed either way (and the
    removal made durable) so that this session, should it end in a crash, leaves no marker."""
    path = marker_path(database)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    path.unlink(missing_ok=True)
    fsync_folder(database.parent)
    try:
        data = json.loads(raw)
        marker = CleanStop(int(data["inode"]), int(data["size"]), int(data["mtime_ns"]),
                           datetime.fromisoformat(data["checked_at"]) if data.get("checked_at") else None)
    except (ValueError, KeyError, TypeError):
        return None
    if _wal_left(database) or _identity(database) != (marker.inode, marker.size, marker.mtime_ns):
        return None
    return marker


def due_check(marker: CleanStop | None, now: datetime) -> str | None:
    """Why a full check must run at this start (None: the clean stop and a recent check vouch for the file)."""
    if marker is None:
        return UNCLEAN
    if marker.checked_at is None or now - marker.checked_at >= CHECK_EVERY or marker.checked_at > now:
        return SCHEDULED
    return None


def leave_marker(database: Path, checked_at: datetime | None) -> bool:
    """Record a clean stop (after the last connection closed); False when one cannot be vouched for: a
    ``-wal`` is still there (another process has the database open) or the file is gone."""
    identity = _identity(database)
    if identity is None or _wal_left(database):
        return False
    inode, size, mtime_ns = identity
    data = {"inode": inode, "size": size, "mtime_ns": mtime_ns,
            "checked_at": checked_at.astimezone(UTC).isoformat() if checked_at else None}
    write_durably(marker_path(database), json.dumps(data).encode("ascii"))
    return True
