"""The database file's own encryption steps: an old release's plaintext file encrypted in place (safe
against a power cut anywhere), a plaintext leftover wiped, and a key rotation (``rekey``).

Kept apart from :mod:`kiosk.store.db` (which opens and checks the file) because they run once in a
hub's life, or on a supervisor's key rotation, never at an ordinary start.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.domain.errors import StorageError
from kiosk.durable import fsync_file, fsync_folder
from kiosk.store.db import (
    DB_ERRORS,
    Store,
    _storage_error,
    check_integrity,
    connect,
    is_plaintext,
    key_pragma,
)


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn an old release's plaintext database into an encrypted one, safe against a power cut anywhere.

    The plaintext WAL is checkpointed into the file first (its frames must never be replayed onto the
    encrypted file), then ``sqlcipher_export`` writes an encrypted copy beside it, which is fsynced and
    swapped in with one rename. Until that rename the plaintext file is the database (a cut just means
    the export runs again); after it, the encrypted one is. The plaintext is overwritten with zeros
    before it is removed (best effort: an SSD may keep old blocks — see the README)."""
    if not is_plaintext(path):
        return
    partial = path.with_name(path.name + ".encrypting")
    old = path.with_name(path.name + ".plaintext-old")
    partial.unlink(missing_ok=True)
    plain = connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute(f"ATTACH DATABASE ? AS enc KEY {key_pragma(key)}", (str(partial),))
        plain.execute("SELECT sqlcipher_export('enc')")
        version = plain.execute("PRAGMA main.user_version").fetchone()[0]
        plain.execute(f"PRAGMA enc.user_version = {int(version)}")
        plain.execute("DETACH DATABASE enc")
        plain.execute("PRAGMA journal_mode = DELETE")  # leaves no -wal behind to meet the new file
    finally:
        plain.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    check = connect(partial, key=key)
    try:
        problem = check_integrity(check, full=True)
    finally:
        check.close()
    if problem:
        partial.unlink(missing_ok=True)
        raise StorageError(f"encrypting {path.name} failed its check: {problem}")
    fsync_file(partial)
    os.replace(path, old)
    os.replace(partial, path)
    fsync_folder(path.parent)
    wipe_file(old)


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, fsync, then delete it (a leftover plaintext copy)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as fh:
        block = b"\x00" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(block))
            fh.write(block[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def finish_interrupted_encryption(path: Path) -> None:
    """After a power cut during :func:`encrypt_in_place`: drop a half-written copy, wipe a left plaintext."""
    old = path.with_name(path.name + ".plaintext-old")
    if old.exists():
        if not path.exists():  # cut between the two renames: the plaintext is still the database
            os.replace(old, path)
        else:
            wipe_file(old)
    path.with_name(path.name + ".encrypting").unlink(missing_ok=True)


def rekey(store: Store, new_key: bytes) -> None:
    """Re-encrypt every page under ``new_key`` (one SQLCipher transaction: all old or all new)."""
    with store.lock:
        try:
            store.conn.execute(f"PRAGMA rekey = {key_pragma(new_key)}")
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DB_ERRORS as exc:
            raise _storage_error(exc) from exc
        store.key = new_key
