"""A training portal's database from before hubs were kept apart opens, upgraded, with nothing lost.

The schema below is the simulator's version 0, verbatim (portal-wide idempotency keys and uploads).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kiosk.portal.simulator.schema import VERSION
from kiosk.portal.simulator.store import SimStore

V0_SCHEMA = """
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


def test_a_version_0_database_is_upgraded_per_hub(tmp_path: Path) -> None:
    path = tmp_path / "portal.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V0_SCHEMA)
    conn.execute("INSERT INTO applications(id, idempotency_key, hub_id, service_code, applicant_name, body, status, "
                 "submitted_at, planned) VALUES ('MHSIM-1', 'key-a-0001', 'hub-a', 'income', 'Asha', '{}', "
                 "'submitted', 1.0, 'approved')")
    conn.execute("INSERT INTO appeals(id, application_id, level, body, at) VALUES ('APL1', 'MHSIM-1', 1, '{}', 2.0)")
    for scope, key, response in (("applications", "key-a-0001", {"application_id": "MHSIM-1"}),
                                 ("appeals", "appeal-a-01", {"appeal_id": "APL1"}),
                                 ("feedback", "fb-0000001", {"feedback_id": "FB1"})):
        conn.execute("INSERT INTO idempotency VALUES (?, ?, 'sha', 201, ?, 3.0)", (scope, key, json.dumps(response)))
    conn.execute("INSERT INTO uploads(sha256, length, media_type, upload_offset, complete, hub_id, created_at) "
                 "VALUES ('ab', 3, 'image/png', 3, 1, 'hub-b', 4.0)")
    conn.execute("INSERT INTO chunks VALUES ('ab', 0, x'010203')")
    conn.execute("INSERT INTO feedback VALUES ('FB1', NULL, 4, '{}', 5.0)")
    conn.commit()
    conn.close()

    store = SimStore(path)
    try:
        assert store.scalar("PRAGMA user_version") == VERSION
        assert [tuple(r) for r in store.all("SELECT hub_id, scope, key FROM idempotency ORDER BY scope")] == [
            ("hub-a", "appeals", "appeal-a-01"), ("hub-a", "applications", "key-a-0001"), ("", "feedback", "fb-0000001")]
        assert store.document_complete("hub-b", "ab") and not store.document_complete("hub-a", "ab")
        assert store.document_bytes("ab", "hub-b") == b"\x01\x02\x03"
        assert store.scalar("SELECT hub_id FROM feedback") == ""
        assert store.stats()["applications_stored"] == 1
        with store.tx() as tx:  # the same key is now free for another hub, and still taken for hub-a
            tx.execute("INSERT INTO applications(id, idempotency_key, hub_id, service_code, applicant_name, body, "
                       "status, submitted_at, planned) VALUES ('MHSIM-2', 'key-a-0001', 'hub-b', 'income', 'B', '{}', "
                       "'submitted', 1.0, 'approved')")
        assert store.scalar("SELECT count(*) FROM applications WHERE idempotency_key = 'key-a-0001'") == 2
    finally:
        store.close()
    again = SimStore(path)  # opening an upgraded file changes nothing
    try:
        assert again.scalar("SELECT count(*) FROM idempotency") == 3
    finally:
        again.close()
