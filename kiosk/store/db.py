"""Opening the hub database safely: encrypted (SQLCipher), WAL, synchronous=FULL, foreign keys, busy
timeout, quick_check.

A power cut is a normal event at a Seva Hub. WAL + ``synchronous=FULL`` means a transaction that returned
is on disk; ``quick_check`` at open catches a damaged file before the kiosk writes more into it. A damaged
database is still opened (so queued applications can be read out), but every write raises
:class:`~kiosk.domain.errors.DatabaseCorrupt` pointing at restore.

Encryption: every connection goes through SQLCipher (``sqlcipher3``), so FTS5, WAL and the backup copies
are the same code whether a key is given or not. The key is a raw 256-bit data key (no passphrase KDF on
every open) plus a 16-byte salt derived from it and given explicitly: SQLCipher then never trusts the salt
stored in the first 16 bytes of the file, so a smashed header still decrypts (salvage works), and
:func:`open_store` compares those bytes itself to keep reporting the damage. The data key comes from the
composition root (kiosk.security.atrest keeps it wrapped by an OS-keyring key); ``key=None`` is a plain
SQLite file (unit tests, tools, the pre-encryption release files).

sqlcipher3 has its own exception classes (not subclasses of ``sqlite3``'s): they are translated to the
``sqlite3`` ones in exactly one place, :func:`translate_error`, so callers keep catching ``sqlite3.*``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database, Migrations

from kiosk.domain.errors import DatabaseCorrupt, StorageError
from kiosk.durable import fsync_file, fsync_folder

BUSY_TIMEOUT_MS = 5000
KEY_BYTES = 32
MAGIC = b"SQLite format 3\x00"
# Both drivers' errors, for the few places that catch around raw connections.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
# Reading a damaged encrypted file: after a page fails its HMAC, SQLCipher may answer SQLITE_NOMEM.
DB_READ_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, MemoryError)
_SAME = ("IntegrityError", "ProgrammingError", "OperationalError", "DataError", "NotSupportedError",
         "InternalError", "DatabaseError")


def translate_error(exc: BaseException) -> BaseException:
    """A sqlcipher3 error as the matching ``sqlite3`` error (same message, chained); anything else as is."""
    if not isinstance(exc, sqlcipher.Error) or isinstance(exc, sqlite3.Error):
        return exc
    for name in _SAME:
        if isinstance(exc, getattr(sqlcipher, name)):
            out: BaseException = getattr(sqlite3, name)(*exc.args)
            break
    else:
        out = sqlite3.Error(*exc.args)
    out.__cause__ = exc
    return out


def database_salt(key: bytes) -> bytes:
    """The SQLCipher salt that goes with a data key (derived, so the key alone opens the file)."""
    return hmac.new(key, b"seva-kiosk sqlcipher salt v1", hashlib.sha256).digest()[:16]


def key_pragma(key: bytes) -> str:
    """``x'<key><salt>'``: a raw key, no passphrase derivation. Hex only, so nothing from input is spliced."""
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"\"x'{key.hex()}{database_salt(key).hex()}'\""


def is_plaintext(path: Path) -> bool:
    """True when ``path`` is an unencrypted SQLite file (an old release's database)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == MAGIC
    except OSError:
        return False


class Store:
    """An open hub database. Thread-safe by serialising access through one lock (SQLite is one writer)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, corrupt_reason: str | None,
                 key: bytes | None = None) -> None:
        self.path = path
        self.key = key  # the data key it was opened with (backups are written under it)
        self.conn = conn
        self.db = Database(conn)
        self.corrupt_reason = corrupt_reason
        self.lock = threading.RLock()

    @property
    def writable(self) -> bool:
        return self.corrupt_reason is None

    def require_writable(self) -> None:
        if self.corrupt_reason is not None:
            raise DatabaseCorrupt(self.corrupt_reason, path=str(self.path))

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction. ``BEGIN IMMEDIATE`` takes the write lock up front, so a second writer
        waits (busy timeout) instead of failing half-way; the commit is durable when this block exits.

        ``durable=False`` (WAL + synchronous=NORMAL for this commit) is still atomic and survives a process
        crash, but a power cut may roll it back. Only for bookkeeping that is safe to redo — the sync
        engine's outbox states, where a lost state means the item is sent again under the same
        idempotency key and the portal answers with the first result. Never for "Saved"."""
        self.require_writable()
        with self.lock:
            if not durable:
                self.conn.execute("PRAGMA synchronous = NORMAL")
            try:
                yield from self._transaction()
            finally:
                if not durable:
                    self.conn.execute("PRAGMA synchronous = FULL")

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DB_ERRORS as exc:
            raise _storage_error(exc) from exc
        try:
            try:
                yield self.conn
            except sqlcipher.Error as exc:
                raise translate_error(exc) from exc
        except sqlite3.DatabaseError as exc:
            # SQLite may already have rolled back (disk full mid-transaction): a second ROLLBACK would
            # raise "no transaction is active" and hide the real reason.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise _storage_error(exc) from exc
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except DB_ERRORS as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _storage_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            try:
                yield self.conn
            except sqlcipher.Error as exc:
                raise translate_error(exc) from exc

    def query(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        with self.read() as conn:
            try:
                return list(conn.execute(sql, tuple(params)))
            except MemoryError as exc:  # SQLCipher's error state after a damaged page reads as NOMEM
                if self.corrupt_reason is None:
                    raise
                raise DatabaseCorrupt(self.corrupt_reason, path=str(self.path)) from exc
            except sqlcipher.Error as exc:
                same = translate_error(exc)
                if isinstance(same, sqlite3.ProgrammingError | sqlite3.IntegrityError):
                    raise same from exc
                raise _storage_error(same) from exc
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.ProgrammingError | sqlite3.IntegrityError):
                    raise
                raise _storage_error(exc) from exc

    def close(self) -> None:
        with self.lock:
            try:
                self.conn.execute("PRAGMA optimize")
            except DB_READ_ERRORS:  # a damaged file
                pass
            self.conn.close()


def _storage_error(exc: BaseException) -> StorageError:
    text = str(exc)
    if "malformed" in text or "not a database" in text:
        return DatabaseCorrupt(text)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("the disk is full", reason="disk_full")
    return StorageError(text)


def connect(path: Path | str, *, readonly: bool = False, key: bytes | None = None) -> Any:
    """A SQLCipher connection (the key set before anything is read); ``key=None`` is a plain SQLite file."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                             timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlcipher.Row
    if key is not None:
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
    return conn


def check_integrity(conn: sqlite3.Connection, *, full: bool = False) -> str | None:
    """None when the database is sound, else the first problem SQLite reports."""
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except DB_ERRORS as exc:
        return str(exc)
    results = [r[0] for r in rows]
    return None if results == ["ok"] else "; ".join(results[:3])


def integrity_problem(store: Store, *, full: bool = True) -> str | None:
    """:func:`check_integrity` on an open store (the self-test's check of a new database)."""
    with store.read() as conn:
        return check_integrity(conn, full=full)


def _header_problem(path: Path, key: bytes | None) -> str | None:
    """The first 16 bytes hold the salt (or the magic string); SQLCipher ignores them when the salt is
    given, so damage there is found here — the file is still damaged and restore is still the answer."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return None
    if not head:
        return None
    expected = MAGIC if key is None else database_salt(key)
    if head == expected:
        return None
    if key is not None and head == MAGIC:
        return "file is not a database (not encrypted, but a key was given)"
    return "file is not a database (its header is damaged)"


def open_store(path: Path, migration_sets: Iterable[Migrations] = (), *, key: bytes | None = None) -> Store:
    """Open (creating if new) the hub database, check it and bring its schema up to date.

    ``migration_sets`` are the schema steps of the packages that keep tables here (the store's own set
    always runs first); the composition root passes them so the store never imports those packages.
    ``key`` is the data key of an encrypted database (see the module docstring).
    """
    from kiosk.store.migrations import STORE_MIGRATIONS

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path, key=key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problem = _header_problem(path, key) or check_integrity(conn)
    except DB_ERRORS as exc:
        problem = str(exc)
        conn = connect(":memory:")
    if problem is not None:
        # SQLCipher leaves a connection that met a page failing its HMAC in an error state: read the
        # undamaged rest (the queue, for salvage and display) through a fresh one.
        conn.close()
        try:
            conn = connect(path, key=key)
        except DB_ERRORS:
            conn = connect(":memory:")
        return Store(path, conn, f"{problem}", key)
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(path, conn, None, key)
        for migrations in (STORE_MIGRATIONS, *migration_sets):
            migrations.apply(store.db)
    except DB_ERRORS as exc:
        return Store(path, conn, str(exc), key)
    if mode != "wal":
        raise StorageError(f"could not switch {path} to WAL (got {mode})")
    return store


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
