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
