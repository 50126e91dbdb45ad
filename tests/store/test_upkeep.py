"""Growth: settled outbox bodies compacted, VACUUM when worth it — and VACUUM keeps the row ids the search
index and the applicants are keyed by (issue 15)."""

from __future__ import annotations

import json

from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.search import search_applications
from kiosk.store.upkeep import compact_settled, free_share, vacuum_if_worth_it
from tests.forms import income_form


def _save(apps: Applications, make_app, n: int) -> list[str]:
    return [apps.save_new(make_app(income_form(applicant__name_en={"first": "Sunita", "surname": f"Kale{chr(97 + i % 26)}"
                                                                   f"{chr(97 + i // 26)}"}))).uuid for i in range(n)]


def test_compaction_drops_settled_bodies_only(store: Store, apps: Applications, make_app) -> None:
    uuids = _save(apps, make_app, 6)
    with store.write() as conn:  # as an older release left them: acknowledged, body and error kept
        conn.execute("UPDATE outbox SET state = 'acked', last_error = 'timeout once' WHERE idempotency_key IN (?, ?, ?)",
                     uuids[:3])
    assert compact_settled(store) == 3
    rows = {r["idempotency_key"]: (r["state"], r["payload"], r["last_error"]) for r in store.query("SELECT * FROM outbox")}
    assert all(rows[u] == ("acked", "{}", "") for u in uuids[:3])
    assert all(rows[u][0] == "pending" and json.loads(rows[u][1])["uuid"] == u for u in uuids[3:])
    # the application keeps everything it was saved with
    assert apps.get(uuids[0]).applicant.name_en.first == "Sunita"
    assert compact_settled(store) == 0


def test_vacuum_runs_only_when_worth_it_and_keeps_row_ids(store: Store, apps: Applications, make_app) -> None:
    uuids = _save(apps, make_app, 60)
    assert vacuum_if_worth_it(store) is False  # a fresh file has nothing worth a rewrite
    with store.write() as conn:  # holes in the row ids (a VACUUM that renumbered would close them)
        conn.execute("DELETE FROM status_history WHERE application_uuid IN (SELECT uuid FROM applications "
                     "WHERE rowid % 3 = 0)")
        conn.execute("DELETE FROM outbox WHERE application_uuid IN (SELECT uuid FROM applications WHERE rowid % 3 = 0)")
        conn.execute("DELETE FROM applications WHERE rowid % 3 = 0")
        conn.execute("CREATE TABLE junk(x)")
        conn.execute("INSERT INTO junk SELECT randomblob(3000) FROM applications")
        conn.execute("DROP TABLE junk")
    rowids = {r[0]: r[1] for r in store.query("SELECT uuid, rowid FROM applications")}
    assert store.query("SELECT count(*) FROM applicants")[0][0] == len(rowids) == 40
    free, share = free_share(store)
    assert free > 0 and share > 0.1
    assert vacuum_if_worth_it(store, share=0.1, min_bytes=1) is True
    assert free_share(store)[0] == 0
    assert {r[0]: r[1] for r in store.query("SELECT uuid, rowid FROM applications")} == rowids
    assert store.query("SELECT count(*) FROM applicants p JOIN applications a ON a.rowid = p.app_id "
                       "WHERE a.uuid = p.application_uuid")[0][0] == 40
    kept = [u for u in uuids if u in rowids]
    for uuid in kept[:5]:
        surname = apps.get(uuid).applicant.name_en.surname
        assert [s.uuid for s in search_applications(store, surname)] == [uuid]
    store.conn.execute("INSERT INTO applications_fts(applications_fts) VALUES ('integrity-check')")


def test_a_big_file_is_rewritten_every_few_months_even_without_free_pages(store: Store, apps: Applications,
                                                                          make_app) -> None:
    """Random keys and the search index's segments leave pages part-empty without freeing any: a file that
    has not been rewritten for EVERY_DAYS is, once, at day close."""
    from datetime import timedelta

    from kiosk.store.upkeep import EVERY_DAYS, tidy_after_day_close
    from tests.store.conftest import NOW

    _save(apps, make_app, 5)
    assert free_share(store)[0] < 2**20
    assert vacuum_if_worth_it(store, min_bytes=1, now=NOW) is True  # never rewritten yet
    assert vacuum_if_worth_it(store, min_bytes=1, now=NOW + timedelta(days=EVERY_DAYS - 1)) is False
    assert vacuum_if_worth_it(store, min_bytes=1, now=NOW + timedelta(days=EVERY_DAYS)) is True
    assert tidy_after_day_close(store) is False  # a small file: compaction only
