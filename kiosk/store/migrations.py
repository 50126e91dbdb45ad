"""Schema of the hub database as data: one named step per change, never edited once released.

Each step runs in the same transaction as its record in ``_sqlite_migrations`` (sqlite-utils 4), so a
power cut mid-upgrade leaves the old schema, not half of the new one. ``tests/data/`` keeps a database
saved after each released step and the tests upgrade it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

STORE_MIGRATIONS = Migrations("kiosk.store")


def _run(db: Database, statements: list[str]) -> None:
    # executescript() would COMMIT first and break the step's transaction: run statements one by one.
    for sql in statements:
        db.execute(sql)


@STORE_MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    _run(db, [
        """CREATE TABLE hub (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL, name_en TEXT NOT NULL, name_mr TEXT NOT NULL,
            district_code TEXT NOT NULL, taluka_code TEXT NOT NULL,
            villages TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL)""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE catalogue_versions (
            version TEXT PRIMARY KEY, published TEXT NOT NULL, body TEXT NOT NULL,
            installed_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0)""",
        "CREATE UNIQUE INDEX one_active_catalogue ON catalogue_versions(active) WHERE active = 1",
        """CREATE TABLE applications (
            uuid TEXT PRIMARY KEY,
            receipt_number TEXT NOT NULL UNIQUE,
            receipt_day TEXT NOT NULL,
            hub_code TEXT NOT NULL,
            service_code TEXT NOT NULL,
            catalogue_version TEXT NOT NULL REFERENCES catalogue_versions(version),
            status TEXT NOT NULL,
            operator TEXT NOT NULL,
            delivery TEXT NOT NULL,
            fees TEXT NOT NULL,
            total_paise INTEGER NOT NULL CHECK (total_paise >= 0),
            fields TEXT NOT NULL,
            missing_groups TEXT NOT NULL DEFAULT '[]',
            consent TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_on TEXT, due_date TEXT, decided_on TEXT,
            portal_number TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}')""",
        "CREATE INDEX applications_day ON applications(receipt_day)",
        "CREATE INDEX applications_status ON applications(status, due_date)",
        "CREATE INDEX applications_service ON applications(service_code)",
        """CREATE TABLE applicants (
            application_uuid TEXT PRIMARY KEY REFERENCES applications(uuid) ON DELETE CASCADE,
            first_en TEXT NOT NULL DEFAULT '', mother_en TEXT NOT NULL DEFAULT '',
            father_en TEXT NOT NULL DEFAULT '', surname_en TEXT NOT NULL DEFAULT '',
            first_mr TEXT NOT NULL DEFAULT '', mother_mr TEXT NOT NULL DEFAULT '',
            father_mr TEXT NOT NULL DEFAULT '', surname_mr TEXT NOT NULL DEFAULT '',
            dob TEXT, gender TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            house TEXT NOT NULL DEFAULT '', street TEXT NOT NULL DEFAULT '', village TEXT NOT NULL DEFAULT '',
            taluka TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '', pin TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            aadhaar_last4 TEXT CHECK (aadhaar_last4 IS NULL OR length(aadhaar_last4) = 4),
            aadhaar_reference TEXT NOT NULL DEFAULT '',
            aadhaar_verified INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            doc_type TEXT NOT NULL, group_code TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 1, size_bytes INTEGER NOT NULL DEFAULT 0,
            mime TEXT NOT NULL, original_name TEXT NOT NULL DEFAULT '',
            uploaded INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX documents_app ON documents(application_uuid)",
        "CREATE INDEX documents_sha ON documents(sha256)",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            application_uuid TEXT REFERENCES applications(uuid),
            kind TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'in_flight', 'acked', 'rejected', 'unknown')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
        """CREATE TABLE receipt_counters (
            hub_code TEXT NOT NULL, day TEXT NOT NULL, last_seq INTEGER NOT NULL,
            PRIMARY KEY (hub_code, day)) WITHOUT ROWID""",
        """CREATE TABLE status_history (
            id INTEGER PRIMARY KEY,
            application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
            status TEXT NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX status_history_app ON status_history(application_uuid)",
    ])


@STORE_MIGRATIONS(name="0002_search")
def search(db: Database) -> None:
    """Substring search in both scripts: FTS5's trigram tokenizer matches any 3+ character run."""
    _run(db, [
        """CREATE VIRTUAL TABLE applications_fts USING fts5(
            names, receipt_number, mobile, portal_number, tokenize = 'trigram')""",
        # rowid of the FTS row = rowid of the applications row; triggers keep them in step so no code path
        # (CLI, GUI, sync) can forget to.
        """CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants BEGIN
            INSERT INTO applications_fts(rowid, names, receipt_number, mobile, portal_number)
            SELECT a.rowid,
                   (NEW.first_en || ' ' || NEW.mother_en || ' ' || NEW.father_en || ' ' || NEW.surname_en || ' ' || NEW.first_mr || ' ' || NEW.mother_mr || ' ' || NEW.father_mr || ' ' || NEW.surname_mr),
                   a.receipt_number, NEW.mobile, a.portal_number
            FROM applications a WHERE a.uuid = NEW.application_uuid;
        END""",
        """CREATE TRIGGER applicants_fts_update AFTER UPDATE ON applicants BEGIN
            UPDATE applications_fts SET
                names = (NEW.first_en || ' ' || NEW.mother_en || ' ' || NEW.father_en || ' ' || NEW.surname_en || ' ' || NEW.first_mr || ' ' || NEW.mother_mr || ' ' || NEW.father_mr || ' ' || NEW.surname_mr),
                mobile = NEW.mobile
            WHERE rowid = (SELECT rowid FROM applications WHERE uuid = NEW.application_uuid);
        END""",
        """CREATE TRIGGER applications_fts_portal AFTER UPDATE OF portal_number ON applications BEGIN
            UPDATE applications_fts SET portal_number = NEW.portal_number WHERE rowid = NEW.rowid;
        END""",
        """CREATE TRIGGER applications_fts_delete AFTER DELETE ON applications BEGIN
            DELETE FROM applications_fts WHERE rowid = OLD.rowid;
        END""",
        # Databases upgraded from 0001 already hold applications: index them now.
        """INSERT INTO applications_fts(rowid, names, receipt_number, mobile, portal_number)
            SELECT a.rowid, (p.first_en || ' ' || p.mother_en || ' ' || p.father_en || ' ' || p.surname_en
                   || ' ' || p.first_mr || ' ' || p.mother_mr || ' ' || p.father_mr || ' ' || p.surname_mr),
                   a.receipt_number, p.mobile, a.portal_number
            FROM applications a JOIN applicants p ON p.application_uuid = a.uuid""",
    ])


@STORE_MIGRATIONS(name="0003_receipt_prints")
def receipt_prints(db: Database) -> None:
    """Every print of a receipt, so a reprint is marked DUPLICATE and day-close can count them."""
    _run(db, [
        """CREATE TABLE receipt_prints (
            id INTEGER PRIMARY KEY,
            application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
            printed_at TEXT NOT NULL, layout TEXT NOT NULL, destination TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX receipt_prints_app ON receipt_prints(application_uuid)",
    ])


@STORE_MIGRATIONS(name="0004_sync")
def sync_tables(db: Database) -> None:
    """What the sync engine brings back: certificates (files kept by hash), plus faster outbox scans."""
    _run(db, [
        """CREATE TABLE certificates (
            application_uuid TEXT PRIMARY KEY REFERENCES applications(uuid) ON DELETE CASCADE,
            portal_id TEXT NOT NULL, sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size_bytes INTEGER NOT NULL, received_at TEXT NOT NULL, printed INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX outbox_app ON outbox(application_uuid)",
        "CREATE INDEX documents_pending_upload ON documents(uploaded, application_uuid)",
    ])


@STORE_MIGRATIONS(name="0005_outbox_streaks")
def outbox_streaks(db: Database) -> None:
    """Two counters apart from ``attempts`` (which also says "this item was tried", e.g. for voiding):
    ``failures`` drives the backoff and is reset for every item once any request succeeds (the link is good
    again); ``same_failures`` counts one unexplained answer repeated by this item alone, so an item that
    crashes the portal every time goes to a person instead of retrying forever."""
    _run(db, [
        "ALTER TABLE outbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE outbox ADD COLUMN same_failures INTEGER NOT NULL DEFAULT 0",
    ])


@STORE_MIGRATIONS(name="0006_document_tray")
def document_tray(db: Database) -> None:
    """Documents stored before an application names them (``documents import/scan/watch`` with no
    ``--to``): the tray row keeps the file from the start-up orphan sweep until it is attached or discarded."""
    _run(db, [
        """CREATE TABLE document_tray (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            doc_type TEXT NOT NULL DEFAULT '', pages INTEGER NOT NULL, size_bytes INTEGER NOT NULL,
            mime TEXT NOT NULL, original_name TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL)""",
    ])


_APPLICANT_COLUMNS = """first_en, mother_en, father_en, surname_en, first_mr, mother_mr, father_mr, surname_mr,
    dob, gender, mobile, email, house, street, village, taluka, district, pin, category, aadhaar_last4,
    aadhaar_reference, aadhaar_verified"""
_NAMES = "{p}.first_en || ' ' || {p}.mother_en || ' ' || {p}.father_en || ' ' || {p}.surname_en || ' ' || " \
         "{p}.first_mr || ' ' || {p}.mother_mr || ' ' || {p}.father_mr || ' ' || {p}.surname_mr"


def _fts_row(p: str, a: str) -> str:
    """The search index's values of one application: ``p`` its applicants row, ``a`` its applications row."""
    return f"{_NAMES.format(p=p)}, {a}.receipt_number, {p}.mobile, {a}.portal_number"


@STORE_MIGRATIONS(name="0007_paper_copies")
def paper_copies(db: Database) -> None:
    """Only paper handed to a citizen makes the next copy a DUPLICATE: a saved PDF is not paper. Earlier
    releases recorded saves as prints; a destination that is a ``.pdf`` file was a save (a printer queue,
    an ESC/POS address never ends so). The hub's address, printed on every receipt (RTS Rule 6), gets
    its columns in both scripts."""
    _run(db, [
        "ALTER TABLE receipt_prints ADD COLUMN paper INTEGER NOT NULL DEFAULT 1",
        "UPDATE receipt_prints SET paper = 0 WHERE lower(destination) LIKE '%.pdf' OR destination = ''",
        "ALTER TABLE hub ADD COLUMN address_en TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE hub ADD COLUMN address_mr TEXT NOT NULL DEFAULT ''",
    ])


@STORE_MIGRATIONS(name="0009_fewer_pages")
def fewer_pages(db: Database) -> None:
    """A save that writes fewer pages, a search that joins by row id (issue 15).

    - ``applicants`` is keyed by its application's row id (``app_id``) instead of a text key with its own
      index: one b-tree less per save, and the search joins index → application → applicant by row id.
      ``application_uuid`` stays as a plain column (reads and old tools still name it). The row ids of
      ``applications`` are stable: VACUUM keeps them (tests/store/test_vacuum_keeps_row_ids.py).
    - The search index becomes an external-content FTS5 table without per-row sizes: it no longer keeps its
      own copy of the names (``_content``) nor their lengths (``_docsize``, used only for ranking — results
      are ordered newest first). Its values are read, when ever needed (``rebuild``, ``integrity-check``),
      from the view ``applications_search``. Triggers give FTS5 the old values to remove.
    - ``outbox_app`` becomes partial (items of other kinds than ``application``): every query the kiosk runs
      still has an index (query plans in the README's issue-15 note), and a save writes one index less.
    - The audit head is no longer copied into ``settings`` by every audited write (one page per save).
    - Acknowledged outbox bodies an older release kept are dropped (the application row keeps the data, the
      audit trail the facts), as ``outbox.mark_acked`` does since.
    """
    fts = "applications_fts(rowid, names, receipt_number, mobile, portal_number)"
    remove = "applications_fts(applications_fts, rowid, names, receipt_number, mobile, portal_number)"
    _run(db, [
        "DROP TRIGGER IF EXISTS applications_fts_portal",
        "DROP TRIGGER IF EXISTS applications_fts_delete",
        "DROP TABLE applications_fts",
        """CREATE TABLE applicants_by_row (
            app_id INTEGER PRIMARY KEY,
            application_uuid TEXT NOT NULL,
            first_en TEXT NOT NULL DEFAULT '', mother_en TEXT NOT NULL DEFAULT '',
            father_en TEXT NOT NULL DEFAULT '', surname_en TEXT NOT NULL DEFAULT '',
            first_mr TEXT NOT NULL DEFAULT '', mother_mr TEXT NOT NULL DEFAULT '',
            father_mr TEXT NOT NULL DEFAULT '', surname_mr TEXT NOT NULL DEFAULT '',
            dob TEXT, gender TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            house TEXT NOT NULL DEFAULT '', street TEXT NOT NULL DEFAULT '', village TEXT NOT NULL DEFAULT '',
            taluka TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '', pin TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            aadhaar_last4 TEXT CHECK (aadhaar_last4 IS NULL OR length(aadhaar_last4) = 4),
            aadhaar_reference TEXT NOT NULL DEFAULT '',
            aadhaar_verified INTEGER NOT NULL DEFAULT 0)""",
        f"""INSERT INTO applicants_by_row(app_id, application_uuid, {_APPLICANT_COLUMNS})
            SELECT a.rowid, p.application_uuid, {', '.join('p.' + c.strip() for c in _APPLICANT_COLUMNS.split(','))}
            FROM applicants p JOIN applications a ON a.uuid = p.application_uuid ORDER BY a.rowid""",  # noqa: S608 - fixed fragments
        "DROP TABLE applicants",
        "ALTER TABLE applicants_by_row RENAME TO applicants",
        # What the search index holds, by row id: FTS5 reads it from here for 'rebuild' and checks.
        f"""CREATE VIEW applications_search(app_id, names, receipt_number, mobile, portal_number) AS
            SELECT p.app_id, {_fts_row('p', 'a')} FROM applicants p JOIN applications a ON a.rowid = p.app_id""",  # noqa: S608 - fixed fragments
        """CREATE VIRTUAL TABLE applications_fts USING fts5(
            names, receipt_number, mobile, portal_number, tokenize = 'trigram',
            content = 'applications_search', content_rowid = 'app_id', columnsize = 0)""",
        # The triggers keep the index in step, so no code path (CLI, GUI, sync) can forget to.
        f"""CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants BEGIN
            INSERT INTO {fts} SELECT NEW.app_id, {_fts_row('NEW', 'a')} FROM applications a WHERE a.rowid = NEW.app_id;
        END""",  # noqa: S608 - fixed fragments
        f"""CREATE TRIGGER applicants_fts_update AFTER UPDATE ON applicants BEGIN
            INSERT INTO {remove} SELECT 'delete', OLD.app_id, {_fts_row('OLD', 'a')}
                FROM applications a WHERE a.rowid = OLD.app_id;
            INSERT INTO {fts} SELECT NEW.app_id, {_fts_row('NEW', 'a')} FROM applications a WHERE a.rowid = NEW.app_id;
        END""",  # noqa: S608 - fixed fragments
        f"""CREATE TRIGGER applications_fts_portal AFTER UPDATE OF portal_number ON applications
            WHEN NEW.portal_number IS NOT OLD.portal_number BEGIN
            INSERT INTO {remove} SELECT 'delete', OLD.rowid, {_fts_row('p', 'OLD')}
                FROM applicants p WHERE p.app_id = OLD.rowid;
            INSERT INTO {fts} SELECT NEW.rowid, {_fts_row('p', 'NEW')} FROM applicants p WHERE p.app_id = NEW.rowid;
        END""",  # noqa: S608 - fixed fragments
        # An application row taken away takes its applicant and index entry with it (the old foreign key's
        # ON DELETE CASCADE; row ids cannot carry a foreign key).
        f"""CREATE TRIGGER applications_delete_applicant AFTER DELETE ON applications BEGIN
            INSERT INTO {remove} SELECT 'delete', OLD.rowid, {_fts_row('p', 'OLD')}
                FROM applicants p WHERE p.app_id = OLD.rowid;
            DELETE FROM applicants WHERE app_id = OLD.rowid;
        END""",  # noqa: S608 - fixed fragments
        "INSERT INTO applications_fts(applications_fts) VALUES ('rebuild')",
        # An application's own item is found by its key (the application's UUID); only the items that speak
        # of an application under another key (feedback, appeals) need this index, and a save writes none.
        "DROP INDEX outbox_app",
        "CREATE INDEX outbox_app ON outbox(application_uuid) WHERE kind != 'application'",
        "UPDATE outbox SET payload = '{}' WHERE state = 'acked' AND payload != '{}'",
        # The audit chain's head is its newest entry (kiosk.security.verify.chain_head), no longer a copy here.
        "DELETE FROM settings WHERE key = 'audit.head'",
    ])


@STORE_MIGRATIONS(name="0011_aadhaar_out_of_free_text")
def aadhaar_out_of_free_text(db: Database) -> None:
    """Issue 14: full Aadhaar numbers that earlier releases kept in free text (a purpose, a street, a note,
    a queued body) are masked to their last four; see kiosk.store.text_upgrades for what is left alone."""
    from kiosk.store.text_upgrades import mask_stored_aadhaar

    mask_stored_aadhaar(db.conn)


@STORE_MIGRATIONS(name="0011_names_without_stray_joiners")
def names_without_stray_joiners(db: Database) -> None:
    """Issue 14: names as intake now keeps them (NFC; ZWJ/ZWNJ only in Devanagari conjuncts), so a name an
    earlier release stored with an invisible joiner is found by search."""
    from kiosk.store.text_upgrades import normalise_stored_names

    normalise_stored_names(db.conn)


# The 2025 reforms' steps live in their own module (this one would pass 400 lines); importing it here,
# after every step above, registers them after these, in order.
from kiosk.store import migrations_reforms  # noqa: E402,F401
