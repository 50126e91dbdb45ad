"""Schema steps for issue 18 (the ring, the doorstep visit, counters, fewer documents, duplicates, the uniform
dashboard). Imported at the end of :mod:`kiosk.store.migrations_reforms`, so these register after the 2025
reforms' citizen-side steps, in the order they are defined here."""

from __future__ import annotations

from sqlite_utils import Database  # noqa: F401  (the steps below take the store's Database)

from kiosk.store.migrations import STORE_MIGRATIONS, _run  # noqa: F401


@STORE_MIGRATIONS(name="0022_document_reuse")
def document_reuse(db: Database) -> None:
    """Issue 18, fewer documents: a document row may be a copy reused from the citizen's earlier application
    (``reused_from`` names its receipt; kiosk.domain.reuse). The earlier applications are found by the
    Aadhaar's last four digits + date of birth, or by the mobile: two partial indexes keep each a look-up at
    a million applications, not a scan (tests/store/test_reuse_lookup.py reads the query plan)."""
    _run(db, [
        "ALTER TABLE documents ADD COLUMN reused_from TEXT NOT NULL DEFAULT ''",
        """CREATE INDEX IF NOT EXISTS applicants_aadhaar_dob ON applicants(aadhaar_last4, dob)
           WHERE aadhaar_last4 IS NOT NULL""",
        "CREATE INDEX IF NOT EXISTS applicants_mobile ON applicants(mobile) WHERE mobile != ''",
    ])


@STORE_MIGRATIONS(name="0023_dashboard_indexes")
def dashboard_indexes(db: Database) -> None:
    """Issue 18's uniform dashboard counts a period's applications by service, village, status and RTS dates
    (kiosk.store.dashboard_period). ``applications_dashboard`` holds every column it counts after the day, so
    a period is read from the index alone; it replaces ``applications_day`` (its first column, so every read
    by day still uses it) and a save writes no more index pages than before. Appeals are counted by the day
    they were filed."""
    _run(db, [
        "CREATE INDEX applications_dashboard ON applications(receipt_day, service_code, status, due_date, decided_on)",
        "DROP INDEX applications_day",
        "CREATE INDEX appeals_filed ON appeals(filed_on)",
    ])


@STORE_MIGRATIONS(name="0021_visits")
def visits(db: Database) -> None:
    """Issue 18, the doorstep visit: one row a visit (its village, its planned day, the doorstep fee its
    applications carry, and at close its expected and counted cash). One visit open at a time on a PC (the
    unique partial index). An application taken on a visit names it in ``extra.visit_id``; the partial
    expression index keeps "the visit's applications" a lookup at a million applications (hub-taken ones
    are not in it at all)."""
    _run(db, [
        """CREATE TABLE visits (
            id TEXT PRIMARY KEY,
            village TEXT NOT NULL,
            village_code TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL,
            fee_paise INTEGER NOT NULL CHECK (fee_paise >= 0),
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            closed_at TEXT,
            closed_day TEXT,
            closed_by TEXT NOT NULL DEFAULT '',
            expected_cash_paise INTEGER,
            counted_cash_paise INTEGER CHECK (counted_cash_paise IS NULL OR counted_cash_paise >= 0))""",
        "CREATE UNIQUE INDEX visits_one_open ON visits(ifnull(closed_at, 'open')) WHERE closed_at IS NULL",
        "CREATE INDEX visits_day ON visits(day)",
        """CREATE INDEX applications_visit ON applications(json_extract(extra, '$.visit_id'))
           WHERE json_extract(extra, '$.visit_id') IS NOT NULL""",
    ])


@STORE_MIGRATIONS(name="0020_ring")
def ring(db: Database) -> None:
    """Issue 18, the ring: its villages get a table of their own (Marathi and English names, the LGD village
    code where known, the PIN), seeded from the plain names ``init`` saved in ``hub.villages`` (each into
    the name of its script: the other is added later by a supervisor). An applicant keeps the ring
    village's code (``village_code``: ADD COLUMN with a constant default rewrites no row, so this is instant
    on a 1M-application hub; an index for the dashboard's per-village counts is the dashboard's to choose)."""
    _run(db, [
        """CREATE TABLE ring_villages (
            id INTEGER PRIMARY KEY,
            name_en TEXT NOT NULL DEFAULT '',
            name_mr TEXT NOT NULL DEFAULT '',
            lgd_code TEXT NOT NULL DEFAULT '' CHECK (lgd_code = '' OR lgd_code NOT GLOB '*[^0-9]*'),
            pin TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            CHECK (name_en != '' OR name_mr != ''))""",
        "CREATE UNIQUE INDEX ring_villages_lgd ON ring_villages(lgd_code) WHERE lgd_code != ''",
        "ALTER TABLE applicants ADD COLUMN village_code TEXT NOT NULL DEFAULT ''",
    ])
    import json  # here, not at the top: the module's head is shared by every issue-18 step

    from kiosk.domain.ring import plain_village

    rows = list(db.execute("SELECT villages, created_at FROM hub WHERE id = 1").fetchall())
    for villages, created_at in rows:
        for name in json.loads(villages or "[]"):
            village = plain_village(str(name))
            if village.name_en or village.name_mr:
                db.execute("INSERT INTO ring_villages(name_en, name_mr, added_at) VALUES (?, ?, ?)",
                           (village.name_en, village.name_mr, created_at))

# Issue 15's later steps (a save that writes fewer pages) register after these.
from kiosk.store import migrations_scale  # noqa: E402,F401
