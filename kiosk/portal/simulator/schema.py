"""The simulator database's tables, and the one upgrade they have had: everything a hub sends is its own.

Version 0 kept idempotency keys, uploads and their bytes portal-wide, so one hub could replay another's
key, read its upload in progress or reset it. Version 1 keys them by hub (``PRAGMA user_version`` says
which a file has). A training portal's database from before is rebuilt in one transaction, each row
filed under the hub that made it; feedback from then has no known hub and keeps ``''``.
"""

from __future__ import annotations

import sqlite3

VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS applications (
    id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, hub_id TEXT NOT NULL,
    receipt_number TEXT, service_code TEXT NOT NULL, applicant_name TEXT NOT NULL,
    applicant_name_mr TEXT, body TEXT NOT NULL, status TEXT NOT NULL, reason_en TEXT, reason_mr TEXT,
    submitted_at REAL NOT NULL, next_at REAL, planned TEXT NOT NULL, certificate BLOB,
    UNIQUE (hub_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS applications_next ON applications(next_at) WHERE next_at IS NOT NULL;
-- Issue 17: another hub's receipt looked up by its number (GET /receipts/{receipt_number}).
CREATE INDEX IF NOT EXISTS applications_receipt ON applications(receipt_number);
CREATE TABLE IF NOT EXISTS idempotency (
    hub_id TEXT NOT NULL, scope TEXT NOT NULL, key TEXT NOT NULL, body_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL, response TEXT NOT NULL, created_at REAL NOT NULL, PRIMARY KEY (hub_id, scope, key)
);
CREATE TABLE IF NOT EXISTS uploads (
    hub_id TEXT NOT NULL, sha256 TEXT NOT NULL, length INTEGER NOT NULL, media_type TEXT NOT NULL,
    upload_offset INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL,
    PRIMARY KEY (hub_id, sha256)
);
CREATE TABLE IF NOT EXISTS chunks (
    hub_id TEXT NOT NULL, sha256 TEXT NOT NULL, chunk_offset INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (hub_id, sha256, chunk_offset)
);
"""

UNCHANGED = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, hub_id TEXT NOT NULL, application_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, receipt_number TEXT, status TEXT NOT NULL, reason_en TEXT,
    reason_mr TEXT, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_hub ON events(hub_id, seq);
CREATE TABLE IF NOT EXISTS appeals (
    id TEXT PRIMARY KEY, application_id TEXT NOT NULL, level INTEGER NOT NULL, body TEXT NOT NULL,
    at REAL NOT NULL
);
-- Issue 17: when each appeal is decided and how (outcome NULL: not yet); event_seq is the feed event that
-- carried the order. Created alike in new and older files (no user_version step needed).
CREATE TABLE IF NOT EXISTS appeal_orders (
    appeal_id TEXT PRIMARY KEY, hub_id TEXT NOT NULL, application_id TEXT NOT NULL, level INTEGER NOT NULL,
    decide_at REAL NOT NULL, outcome TEXT, order_at REAL, event_seq INTEGER
);
CREATE INDEX IF NOT EXISTS appeal_orders_due ON appeal_orders(decide_at) WHERE outcome IS NULL;
CREATE INDEX IF NOT EXISTS appeal_orders_event ON appeal_orders(event_seq) WHERE event_seq IS NOT NULL;
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY, application_id TEXT, rating INTEGER NOT NULL, body TEXT NOT NULL, at REAL NOT NULL,
    hub_id TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS heartbeats (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, hub_id TEXT NOT NULL, body TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT NOT NULL, body TEXT NOT NULL, published_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, hub_id TEXT NOT NULL, application_id TEXT NOT NULL,
    event_seq INTEGER NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_event ON deliveries(event_seq);
CREATE TABLE IF NOT EXISTS delivery_changes (
    hub_id TEXT NOT NULL, application_id TEXT NOT NULL, channels TEXT NOT NULL, at REAL NOT NULL,
    PRIMARY KEY (hub_id, application_id)
);
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY, hub_id TEXT NOT NULL, application_id TEXT NOT NULL, method TEXT NOT NULL,
    paise INTEGER NOT NULL, upi_ref TEXT, body TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_rings (
    hub_id TEXT PRIMARY KEY, version INTEGER NOT NULL, villages TEXT NOT NULL, changed_at TEXT NOT NULL,
    at REAL NOT NULL
);
"""

# Version 0 → 1: the four portal-wide tables rebuilt per hub. The hub of an idempotency row is the hub
# of the application (or appeal's application) it created.
ASIDE_V0 = """
DROP INDEX IF EXISTS applications_next;
DROP INDEX IF EXISTS applications_receipt;
ALTER TABLE applications RENAME TO applications_v0;
ALTER TABLE idempotency RENAME TO idempotency_v0;
ALTER TABLE uploads RENAME TO uploads_v0;
ALTER TABLE chunks RENAME TO chunks_v0;
"""
COPY_PER_HUB = """
INSERT INTO applications SELECT * FROM applications_v0;
INSERT INTO idempotency(hub_id, scope, key, body_sha256, status, response, created_at)
    SELECT COALESCE(
        (SELECT a.hub_id FROM applications_v0 a WHERE i.scope = 'applications' AND a.idempotency_key = i.key),
        (SELECT a.hub_id FROM appeals p JOIN applications_v0 a ON a.id = p.application_id
          WHERE i.scope = 'appeals' AND p.id = json_extract(i.response, '$.appeal_id')), ''),
        i.scope, i.key, i.body_sha256, i.status, i.response, i.created_at
    FROM idempotency_v0 i;
INSERT INTO uploads(hub_id, sha256, length, media_type, upload_offset, complete, created_at)
    SELECT hub_id, sha256, length, media_type, upload_offset, complete, created_at FROM uploads_v0;
INSERT INTO chunks(hub_id, sha256, chunk_offset, data)
    SELECT u.hub_id, c.sha256, c.chunk_offset, c.data FROM chunks_v0 c JOIN uploads_v0 u USING (sha256);
ALTER TABLE feedback ADD COLUMN hub_id TEXT NOT NULL DEFAULT '';
DROP TABLE applications_v0;
DROP TABLE idempotency_v0;
DROP TABLE uploads_v0;
DROP TABLE chunks_v0;
"""


def prepare(conn: sqlite3.Connection) -> None:
    """Create the tables of a new file, or bring an older file to :data:`VERSION` in one transaction."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    existing = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applications'").fetchone()
    parts = (UNCHANGED, TABLES) if existing is None or version >= 1 else (ASIDE_V0, TABLES, COPY_PER_HUB, UNCHANGED)
    script = "\n".join(parts)
    conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {VERSION};\nCOMMIT;")
