"""Opening the hub database safely: WAL, synchronous=FULL, foreign keys, busy timeout, quick_check.

A power cut is a normal event at a Seva Hub. WAL + ``synchronous=FULL`` means a transaction that returned
is on disk; ``quick_check`` at open catches a damaged file before the kiosk writes more into it. A damaged
database is still opened (so queued applications can be read out), but every write raises
:class:`~kiosk.domain.errors.DatabaseCorrupt` pointing at restore.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database, Migrations

from kiosk.domain.errors import DatabaseCorrupt, StorageError

BUSY_TIMEOUT_MS = 5000


class Store:
    """An open hub database. Thread-safe by serialising access through one lock (SQLite is one writer)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, corrupt_reason: str | None) -> None:
        self.path = path
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
        except sqlite3.DatabaseError as exc:
            raise _storage_error(exc) from exc
        try:
            yield self.conn
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
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _storage_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            yield self.conn

    def query(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        with self.read() as conn:
            try:
                return list(conn.execute(sql, tuple(params)))
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.ProgrammingError | sqlite3.IntegrityError):
                    raise
                raise _storage_error(exc) from exc

    def close(self) -> None:
        with self.lock:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.DatabaseError:
                pass
            self.conn.close()


def _storage_error(exc: sqlite3.DatabaseError) -> StorageError:
    text = str(exc)
    if "malformed" in text or "not a database" in text:
        return DatabaseCorrupt(text)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("the disk is full", reason="disk_full")
    return StorageError(text)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def check_integrity(conn: sqlite3.Connection, *, full: bool = False) -> str | None:
    """None when the database is sound, else the first problem SQLite reports."""
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    results = [r[0] for r in rows]
    return None if results == ["ok"] else "; ".join(results[:3])


def open_store(path: Path, migration_sets: Iterable[Migrations] = ()) -> Store:
    """Open (creating if new) the hub database, check it and bring its schema up to date.

    ``migration_sets`` are the schema steps of the packages that keep tables here (the store's own set
    always runs first); the composition root passes them so the store never imports those packages.
    """
    from kiosk.store.migrations import STORE_MIGRATIONS

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problem = check_integrity(conn)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
    if problem is not None:
        return Store(path, conn, f"{problem}")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(path, conn, None)
        for migrations in (STORE_MIGRATIONS, *migration_sets):
            migrations.apply(store.db)
    except sqlite3.DatabaseError as exc:
        return Store(path, conn, str(exc))
    if mode != "wal":
        raise StorageError(f"could not switch {path} to WAL (got {mode})")
    return store
