"""Backups that are real databases, and restores that are proven before they replace anything.

``VACUUM INTO`` writes a consistent, compact copy of the live database even while the kiosk keeps working
(a plain file copy of a WAL database can miss committed pages). A restore first runs ``integrity_check``
on the backup, then moves the damaged file aside (never deletes it) and writes the backup in its place
through SQLite's backup API.

Encrypted hubs: ``VACUUM INTO`` of a SQLCipher connection writes a copy under the SAME data key, so a
backup is never plaintext. A backup may be under an older data key (made before a data-key rotation), so
verify and restore take every key the kiosk still holds and use the one that opens it; the restored file
is written (``sqlcipher_export``) under the current key.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import IST, utc_now
from kiosk.domain.errors import BackupError
from kiosk.durable import replace_durably
from kiosk.store.db import DB_ERRORS, Store, check_integrity, connect, is_plaintext, key_pragma

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
        problem = verify_backup(partial, [store.key] if store.key else [None])
        if problem:
            raise BackupError(f"the new backup failed its check: {problem}")
        replace_durably(partial, target)
    except DB_ERRORS as exc:
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


def backup_key(path: Path, keys: Sequence[bytes | None]) -> bytes | None:
    """Which of ``keys`` opens ``path`` (None: a plaintext file). :class:`BackupError` when none does."""
    candidates = [None] if is_plaintext(path) else [k for k in keys if k is not None]
    for key in candidates:
        conn = connect(path, readonly=True, key=key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return key
        except DB_ERRORS:
            continue
        finally:
            conn.close()
    raise BackupError(f"{path.name} is encrypted with a key this kiosk does not hold (use the recovery key)")


def verify_backup(path: Path, keys: Sequence[bytes | None] = (None,)) -> str | None:
    """None if ``path`` is a sound kiosk database readable with one of ``keys``, else what is wrong."""
    if not path.is_file():
        return "file not found"
    try:
        conn = connect(path, readonly=True, key=backup_key(path, keys))
    except BackupError as exc:
        return str(exc)
    except DB_ERRORS as exc:
        return str(exc)
    try:
        problem = check_integrity(conn, full=True)
        if problem:
            return problem
        try:
            conn.execute("SELECT count(*) FROM applications").fetchone()
        except DB_ERRORS as exc:
            return f"not a kiosk database ({exc})"
        return None
    finally:
        conn.close()


def set_aside(database: Path, aside: Path) -> Path:
    """Move a database and its -wal/-shm to ``aside`` (kept for a technician, never deleted here)."""
    os.replace(database, aside)
    for ext in ("-wal", "-shm"):
        side = database.with_name(database.name + ext)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + ext))
    return aside


def restore_database(backup: Path, live: Path, key: bytes | None = None,
                     backup_keys: Sequence[bytes | None] = ()) -> Path | None:
    """Replace ``live`` by ``backup`` after verifying it. The live store must be closed.

    ``key`` is the live database's data key (the restored file is written under it); ``backup_keys``
    the other keys the backup may be under (older data keys). Returns where the previous database was
    moved (kept for investigation), or None if there was none.
    """
    keys = [key, *backup_keys]
    problem = verify_backup(backup, keys)
    if problem:
        raise BackupError(f"{backup.name} cannot be restored: {problem}")
    source_key = backup_key(backup, keys)
    aside: Path | None = None
    if live.exists():
        aside = set_aside(live, live.with_name(f"{live.name}.replaced-{utc_now().strftime('%Y%m%d%H%M%S')}"))
    tmp = live.with_name(live.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = connect(backup, readonly=True, key=source_key)
    try:
        if source_key == key:
            dst = connect(tmp, key=key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        else:  # another key (or plaintext): export under the live key
            target = key_pragma(key) if key is not None else "''"
            src.execute(f"ATTACH DATABASE ? AS restored KEY {target}", (str(tmp),))
            src.execute("SELECT sqlcipher_export('restored')")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute(f"PRAGMA restored.user_version = {int(version)}")
            src.execute("DETACH DATABASE restored")
    except DB_ERRORS as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"{backup.name} could not be restored: {exc}") from exc
    finally:
        src.close()
    replace_durably(tmp, live)
    return aside


def copy_for_support(path: Path, target: Path) -> None:
    """Copy a CLOSED database file (e.g. a corrupt one set aside) for a technician."""
    shutil.copy2(path, target)
