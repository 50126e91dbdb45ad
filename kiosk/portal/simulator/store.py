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

from kiosk.portal.simulator.schema import prepare


class SimStore:
    """Thin wrapper over one sqlite3 connection; ``tx()`` is the only way to write."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        prepare(self._conn)

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
    def document_complete(self, hub: str, sha256: str) -> bool:
        return bool(self.scalar("SELECT complete FROM uploads WHERE hub_id = ? AND sha256 = ?", (hub, sha256)))

    def document_bytes(self, sha256: str, hub: str | None = None) -> bytes:
        """The stored bytes of one hub's upload (``hub=None``: the first hub's that has them, for tests)."""
        if hub is None:
            hub = self.scalar("SELECT hub_id FROM uploads WHERE sha256 = ? ORDER BY complete DESC, rowid", (sha256,))
        rows = self.all("SELECT data FROM chunks WHERE hub_id = ? AND sha256 = ? ORDER BY chunk_offset", (hub, sha256))
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
