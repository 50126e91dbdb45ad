"""Opening the hub database safely: encrypted (SQLCipher), WAL, synchronous=FULL, foreign keys, busy
timeout, quick_check.

A power cut is a normal event at a Seva Hub. WAL + ``synchronous=FULL`` means a transaction that returned
is on disk; ``quick_check`` catches a damaged file before the kiosk writes more into it. A damaged
database is still opened (so queued applications can be read out), but every write raises
:class:`~kiosk.domain.errors.DatabaseCorrupt` pointing at restore.

When the check runs is the ``check`` policy of :func:`open_store`: ``"always"`` at open (tools, backups,
tests); ``"when_due"`` at open only after an unclean stop, a change to the file while it was closed, or
on the weekly schedule (:mod:`kiosk.store.clean_stop`, the command line); ``"later"`` — the window — opens
at once and leaves a due check to :meth:`Store.run_due_check`, which the window runs on the worker pool
once the login shows; writes go on meanwhile and are held only if it finds damage. Migrations never
run into a file whose due check has not passed: with a schema step pending the check runs first.

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
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database, Migrations

from kiosk.domain.errors import DatabaseCorrupt, StorageError
from kiosk.store.checkpointer import BACKSTOP_PAGES, Checkpointer
from kiosk.store.clean_stop import due_check, leave_marker, take_marker

BUSY_TIMEOUT_MS = 5000
KEY_BYTES = 32
MAGIC = b"SQLite format 3\x00"
# Both drivers' errors, for the few places that catch around raw connections.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
# Reading a damaged encrypted file: after a page fails its HMAC, SQLCipher may answer SQLITE_NOMEM; a smashed
# plain page may hand back text that is not UTF-8.
DB_READ_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, MemoryError, UnicodeDecodeError)
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
                 key: bytes | None = None, *, check_due: str | None = None,
                 checked_at: datetime | None = None, last_stop_clean: bool = False) -> None:
        self.path = path
        self.key = key  # the data key it was opened with (backups are written under it)
        self.conn = conn
        self.db = Database(conn)
        self.corrupt_reason = corrupt_reason
        self.check_due = check_due  # why a full check is still to run (None: it ran, or was not due)
        self.checked_at = checked_at  # when a full check of this file last passed (kept in the marker)
        self.last_stop_clean = last_stop_clean  # the file is as a clean stop left it (start-up may skip work)
        self.vouch_clean_stop = True  # False: start-up work failed, the next start must do it again
        self._checking: Any = None  # the due check's own connection while it reads
        self._check_stopped = False
        self.lock = threading.RLock()
        # The log is copied into the file beside the saves (kiosk.store.checkpointer), on its own connection.
        self.checkpointer = Checkpointer(lambda: connect(path, key=key))

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
        self.checkpointer.nudge()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            try:
                yield self.conn
            except sqlcipher.Error as exc:
                raise translate_error(exc) from exc

    def query(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        return self._rows(sql, params, tuples=False)

    def query_tuples(self, sql: str, params: Iterable[object] = ()) -> list[tuple[Any, ...]]:
        """As :meth:`query`, as plain tuples: a screen of search results is read by position, and building a
        ``Row`` per result costs about as much as finding it."""
        return self._rows(sql, params, tuples=True)

    def _rows(self, sql: str, params: Iterable[object], *, tuples: bool) -> list[Any]:
        with self.read() as conn:
            try:
                cursor = conn.cursor()
                if tuples:
                    cursor.row_factory = None
                return list(cursor.execute(sql, tuple(params)))
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

    def run_due_check(self) -> str | None:
        """The full quick_check a ``check="later"`` open left due; the damage found (None: sound). It reads
        through a connection of its own (a WAL snapshot), so the window's reads and saves do not queue
        behind it; once it finds damage every write is refused (:meth:`require_writable`). :meth:`close`
        interrupts it, and it stays due for the next start."""
        if self.check_due is None:
            return self.corrupt_reason
        try:
            conn = connect(self.path, key=self.key)
        except DB_ERRORS as exc:
            problem: str | None = str(exc)
        else:
            self._checking = conn
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                problem = None if self._check_stopped else check_integrity(conn)
            finally:
                self._checking = None
                conn.close()
        with self.lock:
            if self._check_stopped:
                return None
            if problem is not None:
                self.corrupt_reason = problem
            else:
                self.checked_at = datetime.now(UTC)
            self.check_due = None
        return problem

    def stop_check(self) -> None:
        """Stop a due check that is still reading (the window is closing): it stays due for the next start."""
        self._check_stopped = True
        checking = self._checking
        if checking is not None:
            checking.interrupt()

    def close(self) -> None:
        """Close; a sound store whose process was the last inside the file records a clean stop, so the next
        start need not read every page (with the due check still not run, it records none passed)."""
        self.stop_check()
        self.checkpointer.close()  # first: the store's own connection must be the last one to close
        with self.lock:
            try:
                self.conn.execute("PRAGMA optimize")
            except DB_READ_ERRORS:  # a damaged file
                pass
            self.conn.close()
            if self.corrupt_reason is None and self.vouch_clean_stop and self.path.name != ":memory:":
                try:
                    leave_marker(self.path, None if self.check_due else self.checked_at)
                except OSError:  # a read-only folder: the next start simply checks
                    pass


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
    except UnicodeDecodeError as exc:  # the report quotes bytes of a smashed page that are not UTF-8
        return f"database disk image is malformed ({exc.reason} in the check's report)"
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


def open_store(path: Path, migration_sets: Iterable[Migrations] = (), *, key: bytes | None = None,
               check: str = "always") -> Store:
    """Open (creating if new) the hub database, check it and bring its schema up to date.

    ``migration_sets`` are the schema steps of the packages that keep tables here (the store's own set
    always runs first); the composition root passes them so the store never imports those packages.
    ``key`` is the data key of an encrypted database; ``check`` when quick_check runs (module docstring).
    """
    from kiosk.store.migrations import STORE_MIGRATIONS

    if check not in ("always", "when_due", "later"):
        raise ValueError(f"unknown check policy {check!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    marker = take_marker(path)  # before anything opens the file: this session must earn its own marker
    now = datetime.now(UTC)
    due = "always" if check == "always" else due_check(marker, now)
    checked_at = marker.checked_at if marker else None
    try:
        conn = connect(path, key=key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problem = _header_problem(path, key)
        sets = (STORE_MIGRATIONS, *migration_sets)
        if problem is None and due and (check != "later" or _schema_step_pending(conn, sets)):
            problem, due, checked_at = check_integrity(conn), None, now
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
        conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")  # the checkpointer's backstop
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(path, conn, None, key, check_due=due, checked_at=checked_at, last_stop_clean=marker is not None)
        for migrations in sets:
            migrations.apply(store.db)
    except DB_ERRORS as exc:
        return Store(path, conn, str(exc), key)
    if mode != "wal":
        raise StorageError(f"could not switch {path} to WAL (got {mode})")
    return store


def _schema_step_pending(conn: Any, sets: Iterable[Migrations]) -> bool:
    """True when a migration would write (a new or upgraded file): its file is checked first."""
    db = Database(conn)
    return any(m.pending(db) for m in sets)
