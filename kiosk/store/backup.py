"""Backups that are real databases, and restores that are proven before they replace anything.

``VACUUM INTO`` writes a consistent, compact copy of the live database even while the kiosk keeps working
(a plain file copy of a WAL database can miss committed pages). A restore first runs ``integrity_check``
on the backup, then moves the damaged file aside (never deletes it) and writes the backup in its place
through SQLite's backup API.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import IST, utc_now
from kiosk.domain.errors import BackupError
from kiosk.store.db import Store, check_integrity, connect

PREFIX = "kiosk-backup-"
SUFFIX = ".sqlite3"
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    created: datetime


def backup_database(store: Store, folder: Path, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> BackupInfo:
    """Write a verified backup into ``folder`` and keep only the newest ``keep`` backups there."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or utc_now()).astimezone(IST).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{PREFIX}{stamp}{SUFFIX}"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    try:
        with store.read() as conn:
            conn.execute("VACUUM INTO ?", (str(partial),))
        problem = verify_backup(partial)
        if problem:
            raise BackupError(f"the new backup failed its check: {problem}")
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    rotate_backups(folder, keep)
    return BackupInfo(target, target.stat().st_size, now or utc_now())


def list_backups(folder: Path) -> list[Path]:
    """Newest first (names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    removed = list_backups(folder)[max(keep, 1):]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def verify_backup(path: Path) -> str | None:
    """None if ``path`` is a sound kiosk database, else what is wrong with it."""
    if not path.is_file():
        return "file not found"
    try:
        conn = connect(path, readonly=True)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        problem = check_integrity(conn, full=True)
        if problem:
            return problem
        try:
            conn.execute("SELECT count(*) FROM applications").fetchone()
        except sqlite3.DatabaseError as exc:
            return f"not a kiosk database ({exc})"
        return None
    finally:
        conn.close()


def restore_database(backup: Path, live: Path) -> Path | None:
    """Replace ``live`` by ``backup`` after verifying it. The live store must be closed.

    Returns where the previous database was moved (kept for investigation), or None if there was none.
    """
    problem = verify_backup(backup)
    if problem:
        raise BackupError(f"{backup.name} cannot be restored: {problem}")
    aside: Path | None = None
    if live.exists():
        aside = live.with_name(f"{live.name}.replaced-{utc_now().strftime('%Y%m%d%H%M%S')}")
        os.replace(live, aside)
        for ext in ("-wal", "-shm"):
            side = live.with_name(live.name + ext)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + ext))
    tmp = live.with_name(live.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = connect(backup, readonly=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    os.replace(tmp, live)
    return aside


def copy_for_support(path: Path, target: Path) -> None:
    """Copy a CLOSED database file (e.g. a corrupt one set aside) for a technician."""
    shutil.copy2(path, target)
