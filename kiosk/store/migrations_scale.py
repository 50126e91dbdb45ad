"""Schema steps for issue 15's durable save (fewer pages written per save). Imported at the end of
:mod:`kiosk.store.migrations_ring`, so these register after issue 18's steps, in the order defined here."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.store.migrations import STORE_MIGRATIONS, _fts_row, _run

_FTS = "applications_fts(rowid, names, receipt_number, mobile, portal_number)"
_REMOVE = "applications_fts(applications_fts, rowid, names, receipt_number, mobile, portal_number)"
_INDEXED = "NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.app_id = {id})"


def _index_follows(indexed: str) -> list[str]:
    """The applicant-update and portal-number triggers: an indexed application's entry is replaced when its
    values change; one not indexed yet has nothing to replace (its batch reads the current values).
    ``indexed`` is the condition, formatted with ``id``."""
    return [
        "DROP TRIGGER applicants_fts_update",
        f"""CREATE TRIGGER applicants_fts_update AFTER UPDATE ON applicants
            WHEN {indexed.format(id='OLD.app_id')} BEGIN
            INSERT INTO {_REMOVE} SELECT 'delete', OLD.app_id, {_fts_row('OLD', 'a')}
                FROM applications a WHERE a.rowid = OLD.app_id;
            INSERT INTO {_FTS} SELECT NEW.app_id, {_fts_row('NEW', 'a')} FROM applications a WHERE a.rowid = NEW.app_id;
        END""",  # noqa: S608 - fixed fragments
        "DROP TRIGGER applications_fts_portal",
        f"""CREATE TRIGGER applications_fts_portal AFTER UPDATE OF portal_number ON applications
            WHEN NEW.portal_number IS NOT OLD.portal_number AND {indexed.format(id='OLD.rowid')} BEGIN
            INSERT INTO {_REMOVE} SELECT 'delete', OLD.rowid, {_fts_row('p', 'OLD')}
                FROM applicants p WHERE p.app_id = OLD.rowid;
            INSERT INTO {_FTS} SELECT NEW.rowid, {_fts_row('p', 'NEW')} FROM applicants p WHERE p.app_id = NEW.rowid;
        END""",  # noqa: S608 - fixed fragments
    ]


@STORE_MIGRATIONS(name="0024_search_backlog")
def search_backlog(db: Database) -> None:
    """A save no longer writes the search index; it notes the application's row id in ``search_backlog`` (one
    page, at the table's end), and :mod:`kiosk.store.search_backlog` indexes the backlog in batches: before
    any search, after a sync pass, at day close.

    Why: FTS5 writes a new segment, its structure record and an index entry for every transaction and merges
    segments as they pile up — 6–7 of the ~30 pages a save wrote, and about a third of its time at 100k
    applications (tests/benchmarks/store). Batched, one segment carries many applications.

    What the index holds is still defined by the view ``applications_search`` — now the applicants not in
    the backlog — so FTS5's ``rebuild`` and ``integrity-check`` agree with it at every moment. An applicant
    still in the backlog has nothing in the index to remove: the update, portal-number and delete triggers
    act only on indexed rows (the backlog's batch reads the current values)."""
    _run(db, [
        "CREATE TABLE search_backlog (app_id INTEGER PRIMARY KEY)",
        "DROP VIEW applications_search",
        f"""CREATE VIEW applications_search(app_id, names, receipt_number, mobile, portal_number) AS
            SELECT p.app_id, {_fts_row('p', 'a')} FROM applicants p JOIN applications a ON a.rowid = p.app_id
            WHERE {_INDEXED.format(id='p.app_id')}""",  # noqa: S608 - fixed fragments
        "DROP TRIGGER applicants_fts_insert",
        """CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants BEGIN
            INSERT OR IGNORE INTO search_backlog(app_id) VALUES (NEW.app_id);
        END""",
        *_index_follows(_INDEXED),
        "DROP TRIGGER applications_delete_applicant",
        f"""CREATE TRIGGER applications_delete_applicant AFTER DELETE ON applications BEGIN
            INSERT INTO {_REMOVE} SELECT 'delete', OLD.rowid, {_fts_row('p', 'OLD')}
                FROM applicants p WHERE p.app_id = OLD.rowid AND {_INDEXED.format(id='OLD.rowid')};
            DELETE FROM search_backlog WHERE app_id = OLD.rowid;
            DELETE FROM applicants WHERE app_id = OLD.rowid;
        END""",  # noqa: S608 - fixed fragments
    ])


# A purge blanks the contacts kept on the row, in the citizen's order; NULL (saved before 0025) stays NULL.
# Not json_group_array(... ORDER BY key): an ORDER BY inside an aggregate needs SQLite 3.44, and a schema an
# older SQLite cannot parse makes the whole file unreadable to it (Python's own sqlite3 here is 3.40). The
# one source, json_each, yields the elements in array order and the aggregate takes them as they come
# (tests/store/test_upgrade_0025.py pins the order).
_BLANK_CHANNELS = """CASE WHEN json_valid(NEW.channels) THEN (SELECT json_group_array(json_set(c.value, '$.contact', ''))
    FROM json_each(NEW.channels) c) ELSE NEW.channels END"""
_BLANK_ACK = "CASE WHEN json_valid(NEW.acknowledgement) THEN json_set(NEW.acknowledgement, '$.to', '') ELSE NEW.acknowledgement END"


@STORE_MIGRATIONS(name="0025_delivery_on_the_application")
def delivery_on_the_application(db: Database) -> None:
    """A save keeps the citizen's delivery channels and acknowledgement on the application row it writes
    anyway (``applications.channels``: a JSON list of ``{"channel", "contact", "consent_at"}`` in the citizen's
    order, the outbox body's ``delivery_channels``; ``applications.acknowledgement``: ``{"channel", "to",
    "language"}`` or NULL), not in ``delivery_channels`` / ``delivery_acknowledgements`` through the outbox
    trigger of step 0013.

    Why: those were two more b-trees, 2–3 more WAL pages, in every durable save; the row takes a few hundred
    bytes more on a page it writes anyway. Measured at 100k applications: a save 0.15 ms faster at p50,
    0.26 ms at p95 (issue 15: the save was ~3.6× its encrypted two-row floor, the goal ≤ 3×).

    NULL ``channels`` means "saved before this step": the old tables still hold that application's channels
    and acknowledgement, and :mod:`kiosk.store.deliveries` reads them there until a channel change moves
    them onto the row. ADD COLUMN without a default rewrites no row, so the upgrade is instant at 1M. A
    purge blanks the contacts in both forms; deleting the application takes both away (the columns with the
    row, the old rows by ``applications_delete_delivery``)."""
    _run(db, [
        "ALTER TABLE applications ADD COLUMN channels TEXT",
        "ALTER TABLE applications ADD COLUMN acknowledgement TEXT",
        "DROP TRIGGER outbox_delivery_channels",
        "DROP TRIGGER applications_purge_delivery",
        f"""CREATE TRIGGER applications_purge_delivery AFTER UPDATE OF extra ON applications
            WHEN json_extract(NEW.extra, '$.purged_at') IS NOT NULL BEGIN
            UPDATE delivery_channels SET contact = '' WHERE application_uuid = NEW.uuid;
            UPDATE delivery_acknowledgements SET recipient = '' WHERE application_uuid = NEW.uuid;
            UPDATE applications SET channels = {_BLANK_CHANNELS}, acknowledgement = {_BLANK_ACK}
                WHERE rowid = NEW.rowid AND (NEW.channels IS NOT NULL OR NEW.acknowledgement IS NOT NULL);
        END""",  # noqa: S608 - fixed fragments
    ])


@STORE_MIGRATIONS(name="0026_purge_candidates")
def purge_candidates(db: Database) -> None:
    """The retention purge at every start looks for delivered applications not yet purged. Without an index of
    its own SQLite drove that search from the outbox's acknowledged items — every settled application — and
    read each one's row: 14.5 s at 1,000,000 applications, holding the store while the window was already
    open (kiosk.counter.start_up). This partial index holds only the delivered, unpurged applications (those
    inside the retention period): a save writes nothing into it, a delivery adds its row, a purge takes it
    out. Building it reads every application once, at this upgrade."""
    _run(db, [
        """CREATE INDEX applications_unpurged_delivered ON applications(status)
           WHERE status = 'delivered' AND json_extract(extra, '$.purged_at') IS NULL""",
    ])


@STORE_MIGRATIONS(name="0027_fee_labels")
def fee_labels(db: Database) -> None:
    """Every application kept its fee lines with both labels spelled out ("GST 18 % on the service charge" /
    "सेवा शुल्कावरील जीएसटी (१८ %)"): about 290 bytes of each row, the same few labels a million times. A fee
    line now names its label by id in ``fee_labels`` (``{"kind", "label_id", "paise"}``); the labels are kept
    exactly as they were when the receipt was made (a row is never changed, so a reprint says what the first
    print said). Rows saved before this step are read as they are, and day close rewrites them a share at a
    time (kiosk.store.upkeep.relabel_old_fees)."""
    _run(db, [
        """CREATE TABLE fee_labels (
            id INTEGER PRIMARY KEY,
            en TEXT NOT NULL,
            mr TEXT NOT NULL,
            UNIQUE (en, mr))""",
        """CREATE TRIGGER fee_labels_no_update BEFORE UPDATE ON fee_labels
           BEGIN SELECT RAISE(ABORT, 'fee labels are kept as printed'); END""",
    ])


_UPTO = "(SELECT upto FROM search_indexed)"


@STORE_MIGRATIONS(name="0028_search_high_water")
def search_high_water(db: Database) -> None:
    """The backlog becomes a mark: ``search_indexed.upto`` is the highest application row id the search index
    covers, and every application above it waits for the next batch. A save writes no backlog row (one
    b-tree fewer in its durable commit); a batch indexes the next applications by row id and moves the mark.

    Why a mark is enough: a new application always gets a row id above every existing one (SQLite's
    ``max(rowid) + 1``), so what waits is always the newest. Only a delete could let a row id be taken
    again, so deleting an application lowers the mark to the highest row id left (the rows it passes over
    are gone), and an applicant added to an application already under the mark is indexed at once.

    At this upgrade the old backlog is indexed (driven by the backlog table, CROSS JOIN: the planner left to
    itself scanned every application), the mark set to the newest application, and the table dropped."""
    _run(db, [
        "CREATE TABLE search_indexed (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL)",
        f"""INSERT INTO {_FTS} SELECT p.app_id, {_fts_row('p', 'a')} FROM search_backlog b
            CROSS JOIN applicants p ON p.app_id = b.app_id CROSS JOIN applications a ON a.rowid = b.app_id
            ORDER BY b.app_id""",  # noqa: S608 - fixed fragments
        "INSERT INTO search_indexed(id, upto) VALUES (1, coalesce((SELECT max(rowid) FROM applications), 0))",
        "DROP VIEW applications_search",
        f"""CREATE VIEW applications_search(app_id, names, receipt_number, mobile, portal_number) AS
            SELECT p.app_id, {_fts_row('p', 'a')} FROM applicants p JOIN applications a ON a.rowid = p.app_id
            WHERE p.app_id <= {_UPTO}""",  # noqa: S608 - fixed fragments
        "DROP TRIGGER applicants_fts_insert",
        f"""CREATE TRIGGER applicants_fts_insert AFTER INSERT ON applicants WHEN NEW.app_id <= {_UPTO} BEGIN
            INSERT INTO {_FTS} SELECT NEW.app_id, {_fts_row('NEW', 'a')} FROM applications a WHERE a.rowid = NEW.app_id;
        END""",  # noqa: S608 - fixed fragments
        *_index_follows(f"{{id}} <= {_UPTO}"),
        "DROP TRIGGER applications_delete_applicant",
        f"""CREATE TRIGGER applications_delete_applicant AFTER DELETE ON applications BEGIN
            INSERT INTO {_REMOVE} SELECT 'delete', OLD.rowid, {_fts_row('p', 'OLD')}
                FROM applicants p WHERE p.app_id = OLD.rowid AND OLD.rowid <= {_UPTO};
            DELETE FROM applicants WHERE app_id = OLD.rowid;
            UPDATE search_indexed SET upto = min(upto, coalesce((SELECT max(rowid) FROM applications), 0));
        END""",  # noqa: S608 - fixed fragments
        "DROP TABLE search_backlog",
    ])
