"""Step 0009 (issue 15) upgrades a database saved at step 0005: applicants re-keyed by their application's
row id, the search index rebuilt without its own copy of the names, the outbox's application index partial,
settled bodies compacted, the audit head no longer copied into settings — and everything still found."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kiosk.domain.status import Status
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.store.applications import Applications
from kiosk.store.db import open_store
from kiosk.store.search import search_applications

RELEASED = Path(__file__).resolve().parent.parent / "data" / "store" / "kiosk-0005.sqlite3"


def test_upgrade_from_step_0005(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(RELEASED, db)
    store = open_store(db, [SECURITY_MIGRATIONS])
    try:
        assert store.writable
        q = store.query
        applied = [r[0] for r in q("SELECT name FROM _sqlite_migrations WHERE migration_set = 'kiosk.store'")]
        assert "0009_fewer_pages" in applied
        apps = Applications(store)
        listed = apps.list()
        assert len(listed) == 4
        # every applicant sits on its application's row id, and nothing else keeps a copy of the names
        assert q("SELECT count(*) FROM applicants p JOIN applications a ON a.rowid = p.app_id "
                 "WHERE a.uuid = p.application_uuid")[0][0] == 4
        tables = {r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "applications_fts_content" not in tables and "applications_fts_docsize" not in tables
        # (issue 18's step 0022 adds the person look-up's two indexes: the Aadhaar digits + birth date and the
        # mobile — no names; 0009 itself leaves none)
        assert {r[0] for r in q("SELECT name FROM sqlite_master WHERE tbl_name = 'applicants' AND type = 'index'")} \
            <= {"applicants_aadhaar_dob", "applicants_mobile"}
        store.conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('integrity-check')")
        # found by name in either script, by mobile, by receipt and by portal number
        sunita = [s for s in listed if s.names_en[0] == "Sunita"][0]
        assert [s.uuid for s in search_applications(store, "क्षीरसागर")] == [sunita.uuid]
        assert [s.uuid for s in search_applications(store, "shirsag")] == [sunita.uuid]
        assert [s.uuid for s in search_applications(store, "9822000000")] == [sunita.uuid]
        assert [s.uuid for s in search_applications(store, sunita.receipt_number)] == [sunita.uuid]
        ganesh = [s for s in listed if s.names_en[0] == "Ganesh"][0]
        assert [s.uuid for s in search_applications(store, "AS1234567890")] == [ganesh.uuid]
        # the acknowledged item's body is gone, the queued one keeps its own, the feedback item is found by
        # the partial index, the application the old release voided is still voided
        bodies = {r[0]: r[1] for r in q("SELECT idempotency_key, payload FROM outbox")}
        assert bodies[ganesh.uuid] == "{}"
        assert json.loads(bodies[sunita.uuid])["uuid"] == sunita.uuid
        assert q("SELECT count(*) FROM outbox WHERE application_uuid = ? AND kind != 'application'",
                 (ganesh.uuid,))[0][0] == 1
        assert {s.status for s in listed} == {Status.QUEUED, Status.SUBMITTED, Status.VOIDED}
        assert q("SELECT count(*) FROM settings WHERE key = 'audit.head'")[0][0] == 0
        # and the upgraded file takes new work: a status change re-indexes, a portal number is found
        apps.set_status(sunita.uuid, Status.SUBMITTED, source="portal", portal_number="AS5550001111")
        assert [s.uuid for s in search_applications(store, "AS555000")] == [sunita.uuid]
        store.conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('integrity-check')")
    finally:
        store.close()
