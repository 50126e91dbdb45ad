"""Schema steps of the security package, applied by the composition root after the store's own.

One named step per change, never edited once released. Statements run one at a time (``executescript``
would COMMIT and break the step's transaction). The audit table is append-only at the SQL level: triggers
refuse UPDATE and DELETE, and an INSERT must take the next sequence number — so honest code cannot damage
the chain by accident; a hostile edit has to drop the triggers first, and the HMAC chain catches that.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

SECURITY_MIGRATIONS = Migrations("kiosk.security")


def _run(db: Database, statements: list[str]) -> None:
    for sql in statements:
        db.execute(sql)


@SECURITY_MIGRATIONS(name="0001_users")
def users(db: Database) -> None:
    _run(db, [
        """CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
            password_hash TEXT NOT NULL,
            must_change INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
            locked_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_login_at TEXT)""",
    ])


@SECURITY_MIGRATIONS(name="0002_audit_log")
def audit_log(db: Database) -> None:
    _run(db, [
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY CHECK (seq >= 1),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            ids TEXT NOT NULL,
            key_id TEXT NOT NULL,
            prev_mac TEXT NOT NULL,
            mac TEXT NOT NULL)""",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        """CREATE TRIGGER audit_log_next_seq BEFORE INSERT ON audit_log
           WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
           BEGIN SELECT RAISE(ABORT, 'audit_log entries must take the next sequence number'); END""",
    ])
