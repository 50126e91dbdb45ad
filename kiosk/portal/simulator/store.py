"""The simulator's own SQLite store: what the "portal" received, decided and published.

Deliberately stdlib ``sqlite3`` and independent of the kiosk's store: the simulator stands in for a
different organisation's system. One connection guarded by a lock is plenty for a loopback test server
and keeps every check-then-write (idempotency!) atomic without retry loops.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE NOT NULL, hub_id TEXT NOT NULL,
    receipt_number TEXT, service_code TEXT NOT NULL, applicant_name TEXT NOT NULL,
    applicant_name_mr TEXT, body TEXT NOT NULL, status TEXT NOT NULL, reason_en TEXT, reason_mr TEXT,
    submitted_at REAL NOT NULL, next_at REAL, planned TEXT NOT NULL, certificate BLOB
);
CREATE INDEX IF NOT EXISTS applications_next ON applications(next_at) WHERE next_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, body_sha256 TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL, created_at REAL NOT NULL, PRIMARY KEY (scope, key)
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, hub_id TEXT NOT NULL, application_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, receipt_number TEXT, status TEXT NOT NULL, reason_en TEXT,
    reason_mr TEXT, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_hub ON events(hub_id, seq);
CREATE TABLE IF NOT EXISTS uploads (
    sha256 TEXT PRIMARY KEY, length INTEGER NOT NULL, media_type TEXT NOT NULL,
    upload_offset INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
    hub_id TEXT NOT NULL, created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    sha256 TEXT NOT NULL, chunk_offset INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (sha256, chunk_offset)
);
CREATE TABLE IF NOT EXISTS appeals (
    id TEXT PRIMARY KEY, application_id TEXT NOT NULL, level INTEGER NOT NULL, body TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY, application_id TEXT, rating INTEGER NOT NULL, body TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS heartbeats (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, hub_id TEXT NOT NULL, body TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT NOT NULL, body TEXT NOT NULL, published_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class SimStore:
    """Thin wrapper over one sqlite3 connection; ``tx()`` is the only way to write."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.one(sql, params)
        return row[0] if row is not None else None

    def bump(self, conn: sqlite3.Connection, name: str, by: int = 1) -> None:
        conn.execute(
            "INSERT INTO counters(name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
            (name, by),
        )

    def counter(self, name: str) -> int:
        return int(self.scalar("SELECT value FROM counters WHERE name = ?", (name,)) or 0)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------------------------ catalogue
    def current_catalogue(self) -> tuple[int, str, str] | None:
        row = self.one("SELECT seq, version, body FROM catalogue ORDER BY seq DESC LIMIT 1")
        return (int(row["seq"]), str(row["version"]), str(row["body"])) if row else None

    def publish_catalogue(self, version: str, document: dict[str, Any], now: float) -> int:
        with self.tx() as conn:
            cur = conn.execute(
                "INSERT INTO catalogue(version, body, published_at) VALUES (?, ?, ?)",
                (version, json.dumps(document, ensure_ascii=False, sort_keys=True), now),
            )
            return int(cur.lastrowid or 0)

    # ------------------------------------------------------------------------------------ documents
    def document_complete(self, sha256: str) -> bool:
        return bool(self.scalar("SELECT complete FROM uploads WHERE sha256 = ?", (sha256,)))

    def document_bytes(self, sha256: str) -> bytes:
        rows = self.all("SELECT data FROM chunks WHERE sha256 = ? ORDER BY chunk_offset", (sha256,))
        return b"".join(bytes(r["data"]) for r in rows)

    def stats(self) -> dict[str, Any]:
        return {
            "applications_stored": int(self.scalar("SELECT count(*) FROM applications")),
            "distinct_receipt_numbers": int(
                self.scalar("SELECT count(DISTINCT receipt_number) FROM applications WHERE receipt_number IS NOT NULL")
            ),
            "distinct_idempotency_keys": int(self.scalar("SELECT count(DISTINCT idempotency_key) FROM applications")),
            "documents_stored": int(self.scalar("SELECT count(*) FROM uploads WHERE complete = 1")),
            "uploads_incomplete": int(self.scalar("SELECT count(*) FROM uploads WHERE complete = 0")),
            "appeals_stored": int(self.scalar("SELECT count(*) FROM appeals")),
            "feedback_stored": int(self.scalar("SELECT count(*) FROM feedback")),
            "heartbeats_received": int(self.scalar("SELECT count(*) FROM heartbeats")),
            "status_events": int(self.scalar("SELECT count(*) FROM events")),
            "by_status": {
                str(r["status"]): int(r["n"])
                for r in self.all("SELECT status, count(*) AS n FROM applications GROUP BY status")
            },
        }
