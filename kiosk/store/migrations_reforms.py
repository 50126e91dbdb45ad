"""Schema steps of the 2025 reforms (issue 17): delivery channels, appeals to the end, "more documents",
fees taken later. Registered on :data:`kiosk.store.migrations.STORE_MIGRATIONS` after its own steps, as data
like them (``kiosk.store.migrations`` imports this module last, so the order is the order of definition).
"""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.store.migrations import STORE_MIGRATIONS, _run


@STORE_MIGRATIONS(name="0013_delivery_channels")
def delivery_channels(db: Database) -> None:
    """Issue 17: the citizen's delivery channels (each with its contact and consent) and every delivery
    attempt the portal reports. The channels are filled by a trigger from the application's outbox body,
    in the same transaction as the save, so no intake path (window, CLI, bulk load) can forget them; a
    purge blanks the contacts with the applicant's other particulars, an erasure takes the rows away."""
    _run(db, [
        """CREATE TABLE delivery_channels (
            application_uuid TEXT NOT NULL, channel TEXT NOT NULL, contact TEXT NOT NULL DEFAULT '',
            consent_at TEXT, set_at TEXT NOT NULL, set_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (application_uuid, channel))""",
        """CREATE TABLE delivery_attempts (
            id INTEGER PRIMARY KEY, application_uuid TEXT NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL,
            outcome TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (application_uuid, kind, channel, at, outcome))""",
        "CREATE INDEX delivery_attempts_app ON delivery_attempts(application_uuid)",
        """CREATE TABLE delivery_acknowledgements (
            application_uuid TEXT PRIMARY KEY, channel TEXT NOT NULL, recipient TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'mr')""",
        """CREATE TRIGGER outbox_delivery_channels AFTER INSERT ON outbox WHEN NEW.kind = 'application' BEGIN
            INSERT OR IGNORE INTO delivery_channels(application_uuid, channel, contact, consent_at, set_at, set_by)
            SELECT NEW.application_uuid, json_extract(c.value, '$.channel'),
                   COALESCE(json_extract(c.value, '$.contact'), ''), json_extract(c.value, '$.consent_at'),
                   NEW.created_at, COALESCE(json_extract(NEW.payload, '$.operator'), '')
            FROM json_each(NEW.payload, '$.delivery_channels') c
            WHERE json_valid(NEW.payload) AND json_extract(c.value, '$.channel') IS NOT NULL;
            INSERT OR IGNORE INTO delivery_acknowledgements(application_uuid, channel, recipient, language)
            SELECT NEW.application_uuid, json_extract(NEW.payload, '$.acknowledgement.channel'),
                   COALESCE(json_extract(NEW.payload, '$.acknowledgement.to'), ''),
                   COALESCE(json_extract(NEW.payload, '$.acknowledgement.language'), 'mr')
            WHERE json_valid(NEW.payload) AND json_extract(NEW.payload, '$.acknowledgement.channel') IS NOT NULL;
        END""",
        """CREATE TRIGGER applications_purge_delivery AFTER UPDATE OF extra ON applications
            WHEN json_extract(NEW.extra, '$.purged_at') IS NOT NULL BEGIN
            UPDATE delivery_channels SET contact = '' WHERE application_uuid = NEW.uuid;
            UPDATE delivery_acknowledgements SET recipient = '' WHERE application_uuid = NEW.uuid;
        END""",
        """CREATE TRIGGER applications_delete_delivery AFTER DELETE ON applications BEGIN
            DELETE FROM delivery_channels WHERE application_uuid = OLD.uuid;
            DELETE FROM delivery_attempts WHERE application_uuid = OLD.uuid;
            DELETE FROM delivery_acknowledgements WHERE application_uuid = OLD.uuid;
        END""",
    ])


@STORE_MIGRATIONS(name="0014_appeals")
def appeals(db: Database) -> None:
    """Issue 17: each appeal the citizen files (three levels under the RTS Act), with the order the portal
    reports back, so the next level's window and the authority's deadline are read from what happened.
    A first appeal an earlier release filed (only a status and a history note then) becomes level 1."""
    _run(db, [
        """CREATE TABLE appeals (
            application_uuid TEXT NOT NULL, level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
            reason TEXT NOT NULL, ground TEXT NOT NULL DEFAULT '', grounds TEXT NOT NULL DEFAULT '',
            late_reason TEXT NOT NULL DEFAULT '', filed_on TEXT NOT NULL, decide_by TEXT,
            portal_appeal_id TEXT NOT NULL DEFAULT '', order_on TEXT, outcome TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '', PRIMARY KEY (application_uuid, level))""",
        """INSERT OR IGNORE INTO appeals(application_uuid, level, reason, grounds, filed_on)
            SELECT application_uuid, 1, 'other', note, substr(min(at), 1, 10) FROM status_history
            WHERE status = 'first_appeal_filed' GROUP BY application_uuid""",
        """INSERT OR IGNORE INTO appeals(application_uuid, level, reason, grounds, filed_on)
            SELECT application_uuid, 2, 'other', note, substr(min(at), 1, 10) FROM status_history
            WHERE status = 'second_appeal_filed' GROUP BY application_uuid""",
    ])


@STORE_MIGRATIONS(name="0014_more_documents")
def more_documents(db: Database) -> None:
    """Issue 17: the portal's request for more documents (its list and reply-by date, from the status feed),
    kept until the counter answers it; the answer's documents join the application's own rows."""
    _run(db, [
        """CREATE TABLE document_requests (
            application_uuid TEXT NOT NULL, asked_on TEXT NOT NULL, reply_by TEXT, documents TEXT NOT NULL,
            answered_on TEXT, PRIMARY KEY (application_uuid, asked_on))""",
        "CREATE INDEX document_requests_open ON document_requests(reply_by) WHERE answered_on IS NULL",
    ])


@STORE_MIGRATIONS(name="0015_payments")
def payments(db: Database) -> None:
    """Issue 17: a fee taken after the receipt (the citizen paid later, or the portal said payment pending)
    is its own row, on the day it was taken, so the day close counts it in that day's drawer or UPI total.
    A UPI reference (UTR) is recorded once. The partial index keeps the counter's "payment pending" work
    list a lookup, not a scan of every application's ``extra``."""
    _run(db, [
        """CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            application_uuid TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'upi')),
            paise INTEGER NOT NULL CHECK (paise > 0),
            upi_ref TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            day TEXT NOT NULL)""",
        "CREATE INDEX payments_app ON payments(application_uuid)",
        "CREATE INDEX payments_day ON payments(day)",
        "CREATE UNIQUE INDEX payments_utr ON payments(upi_ref) WHERE upi_ref != ''",
        """CREATE INDEX applications_payment_pending ON applications(receipt_number)
           WHERE json_extract(extra, '$.payment_mode') = 'pending' AND json_extract(extra, '$.paid_later') IS NULL""",
    ])



@STORE_MIGRATIONS(name="0016_delivery_rows_without_rowid")
def delivery_rows_without_rowid(db: Database) -> None:
    """Issue 15: every save fills a delivery channel row and an acknowledgement row (trigger above); as rowid
    tables with a primary key each wrote two b-trees (table + key index), four WAL pages per save. Keyed
    WITHOUT ROWID they are one b-tree each. ``position`` keeps the order the citizen chose the channels in
    (the old tables ordered by rowid). The triggers name the tables, so they are dropped and made again."""
    _run(db, [
        "DROP TRIGGER outbox_delivery_channels",
        "DROP TRIGGER applications_purge_delivery",
        "DROP TRIGGER applications_delete_delivery",
        """CREATE TABLE delivery_channels_keyed (
            application_uuid TEXT NOT NULL, channel TEXT NOT NULL, contact TEXT NOT NULL DEFAULT '',
            consent_at TEXT, set_at TEXT NOT NULL, set_by TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (application_uuid, channel)) WITHOUT ROWID""",
        """INSERT INTO delivery_channels_keyed
           SELECT application_uuid, channel, contact, consent_at, set_at, set_by, rowid FROM delivery_channels""",
        "DROP TABLE delivery_channels",
        "ALTER TABLE delivery_channels_keyed RENAME TO delivery_channels",
        """CREATE TABLE delivery_acknowledgements_keyed (
            application_uuid TEXT PRIMARY KEY, channel TEXT NOT NULL, recipient TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'mr') WITHOUT ROWID""",
        """INSERT INTO delivery_acknowledgements_keyed
           SELECT application_uuid, channel, recipient, language FROM delivery_acknowledgements""",
        "DROP TABLE delivery_acknowledgements",
        "ALTER TABLE delivery_acknowledgements_keyed RENAME TO delivery_acknowledgements",
        """CREATE TRIGGER outbox_delivery_channels AFTER INSERT ON outbox WHEN NEW.kind = 'application' BEGIN
            INSERT OR IGNORE INTO delivery_channels(application_uuid, channel, contact, consent_at, set_at, set_by,
                                                    position)
            SELECT NEW.application_uuid, json_extract(c.value, '$.channel'),
                   COALESCE(json_extract(c.value, '$.contact'), ''), json_extract(c.value, '$.consent_at'),
                   NEW.created_at, COALESCE(json_extract(NEW.payload, '$.operator'), ''), c.key
            FROM json_each(NEW.payload, '$.delivery_channels') c
            WHERE json_valid(NEW.payload) AND json_extract(c.value, '$.channel') IS NOT NULL;
            INSERT OR IGNORE INTO delivery_acknowledgements(application_uuid, channel, recipient, language)
            SELECT NEW.application_uuid, json_extract(NEW.payload, '$.acknowledgement.channel'),
                   COALESCE(json_extract(NEW.payload, '$.acknowledgement.to'), ''),
                   COALESCE(json_extract(NEW.payload, '$.acknowledgement.language'), 'mr')
            WHERE json_valid(NEW.payload) AND json_extract(NEW.payload, '$.acknowledgement.channel') IS NOT NULL;
        END""",
        """CREATE TRIGGER applications_purge_delivery AFTER UPDATE OF extra ON applications
            WHEN json_extract(NEW.extra, '$.purged_at') IS NOT NULL BEGIN
            UPDATE delivery_channels SET contact = '' WHERE application_uuid = NEW.uuid;
            UPDATE delivery_acknowledgements SET recipient = '' WHERE application_uuid = NEW.uuid;
        END""",
        """CREATE TRIGGER applications_delete_delivery AFTER DELETE ON applications BEGIN
            DELETE FROM delivery_channels WHERE application_uuid = OLD.uuid;
            DELETE FROM delivery_attempts WHERE application_uuid = OLD.uuid;
            DELETE FROM delivery_acknowledgements WHERE application_uuid = OLD.uuid;
        END""",
    ])

# Issue 18's steps (ring, doorstep, counters …) register after these.
from kiosk.store import migrations_ring  # noqa: E402,F401
