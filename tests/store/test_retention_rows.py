"""The store's half of a purge: one application's personal data blanked in the caller's transaction."""

from __future__ import annotations

import json

from kiosk.domain.application import DocumentRecord
from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.outbox import mark_settled
from kiosk.store.portal_answers import record_certificate
from kiosk.store.retention import find_for_erasure, purge_rows, scrub, set_secure_delete
from kiosk.store.search import search_applications

SHARED, OWN = "a" * 64, "b" * 64


def test_purge_rows_blanks_one_application_and_names_the_files_that_may_go(
        store: Store, apps: Applications, make_app) -> None:
    gone = apps.save_new(make_app(docs=(DocumentRecord(SHARED, "aadhaar", "id_proof"),
                                        DocumentRecord(OWN, "ration_card", "address_proof"))))
    kept = apps.save_new(make_app(docs=(DocumentRecord(SHARED, "aadhaar", "id_proof"),)))
    record_certificate(store, gone.uuid, "AS1", "c" * 64, 10)
    surname = gone.applicant.name_en.surname
    assert search_applications(store, surname)
    set_secure_delete(store, True)
    try:
        with store.write() as conn:
            rows = purge_rows(conn, gone.uuid, "2026-12-01T00:00:00+00:00")
        scrub(store)
    finally:
        set_secure_delete(store, False)
    assert rows.receipt_number == gone.receipt_number
    assert rows.document_shas == [OWN]  # the shared scan still belongs to `kept`
    assert rows.certificate_shas == ["c" * 64]
    app = store.query("SELECT fields, extra FROM applications WHERE uuid = ?", (gone.uuid,))[0]
    assert json.loads(app["fields"]) == {} and json.loads(app["extra"]) == {"purged_at": "2026-12-01T00:00:00+00:00"}
    person = store.query("SELECT surname_en, mobile, aadhaar_last4 FROM applicants WHERE application_uuid = ?",
                         (gone.uuid,))[0]
    assert tuple(person) == ("", "", None)
    assert store.query("SELECT count(*) FROM documents WHERE application_uuid = ?", (gone.uuid,))[0][0] == 0
    assert store.query("SELECT payload FROM outbox WHERE idempotency_key = ?", (gone.uuid,))[0][0] == "{}"
    assert [r.uuid for r in search_applications(store, surname)] == [kept.uuid]


def test_find_for_erasure_by_receipt_or_uuid(store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    by_receipt = find_for_erasure(store, f"  {saved.receipt_number.lower()} ")
    assert by_receipt is not None and by_receipt.uuid == saved.uuid and by_receipt.outbox_state == "pending"
    mark_settled(store, saved.uuid)
    by_uuid = find_for_erasure(store, saved.uuid)
    assert by_uuid is not None and by_uuid.outbox_state == "acked" and by_uuid.status == "queued"
    assert find_for_erasure(store, "MH-NOPE-20261127-0001") is None


def _delivered(store: Store, uuid: str, at: str) -> None:
    with store.write() as conn:
        conn.execute("UPDATE applications SET status = 'delivered' WHERE uuid = ?", (uuid,))
        conn.execute("INSERT INTO status_history(application_uuid, status, at, source) VALUES (?, 'delivered', ?, "
                     "'portal')", (uuid, at))


def test_due_for_purge_reads_only_the_delivered_unpurged_a_chunk_at_a_time(
        store: Store, apps: Applications, make_app) -> None:
    """Step 0026 (issue 15): the start-up purge's look-up is the partial index of delivered, unpurged
    applications — not every acknowledged item (14.5 s at 1M) — read in chunks that free the store between."""
    from datetime import UTC, datetime

    from kiosk.store.retention import due_for_purge

    saved = [apps.save_new(make_app()) for _ in range(9)]
    for s in saved:
        mark_settled(store, s.uuid)
    for s in saved[:6]:
        _delivered(store, s.uuid, "2026-01-05T10:00:00+00:00")  # long past a 90-day retention
    _delivered(store, saved[6].uuid, "2026-11-20T10:00:00+00:00")  # inside it
    with store.write() as conn:
        purge_rows(conn, saved[2].uuid, "2026-06-01T00:00:00+00:00")  # purged already
        conn.execute("UPDATE outbox SET state = 'pending' WHERE idempotency_key = ?", (saved[4].uuid,))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    expected = [s.uuid for s in (saved[0], saved[1], saved[3], saved[5])]
    assert due_for_purge(store, 90, now) == expected
    assert due_for_purge(store, 90, now, chunk=2) == expected
    assert due_for_purge(store, 90, now, chunk=1) == expected
    # a 5-day period: the one delivered on 20 November is due too
    assert due_for_purge(store, 5, now) == [*expected, saved[6].uuid]
    plan = " ".join(r[3] for r in store.query_tuples(
        "EXPLAIN QUERY PLAN SELECT a.rowid FROM applications a INDEXED BY applications_unpurged_delivered "
        "WHERE a.status = 'delivered' AND json_extract(a.extra, '$.purged_at') IS NULL AND a.rowid > 0 "
        "ORDER BY a.rowid LIMIT 10", ()))
    assert "applications_unpurged_delivered" in plan and "TEMP B-TREE" not in plan
    # only the six still delivered and unpurged are in the index (the purged one left it)
    assert store.query_tuples("SELECT count(*) FROM applications INDEXED BY applications_unpurged_delivered "
                              "WHERE status = 'delivered' AND json_extract(extra, '$.purged_at') IS NULL",
                              ()) == [(6,)]
