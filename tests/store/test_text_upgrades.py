"""Schema steps 0011 (issue 14): full Aadhaar numbers an earlier release kept in free text are masked in the
applicant's row, the fields, the history and the outbox bodies that cannot have reached the portal yet —
and nothing else is touched (ids, hashes, a body the portal may hold under its key)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.domain.application import DocumentRecord
from kiosk.store.applications import Applications
from kiosk.store.db import Store, open_store
from kiosk.store.outbox import enqueue
from kiosk.store.search import search_applications
from kiosk.store.text_upgrades import mask_stored_aadhaar, normalise_stored_names

NUMBER = "234123412346"
# A document hash that holds a Verhoeff-valid run of 12 digits: an id, never masked.
SHA = "ab" + NUMBER + "c" * 50


def _stored_as_an_old_release_did(store: Store, apps: Applications, make_app) -> str:  # type: ignore[no-untyped-def]
    """An application saved before intake refused Aadhaar numbers in free text: written past the domain."""
    app = apps.save_new(make_app(docs=(DocumentRecord(SHA, "aadhaar", "id_proof"),)))
    with store.write() as conn:
        conn.execute("UPDATE applicants SET street = ?, email = ? WHERE application_uuid = ?",
                     ("Shivaji Chowk २३४१ २३४१ २३४६", f"{NUMBER}@example.org", app.uuid))
        fields = {**app.fields, "purpose": f"admission, Aadhaar {NUMBER}"}
        conn.execute("UPDATE applications SET fields = ? WHERE uuid = ?", (json.dumps(fields), app.uuid))
        body = json.loads(conn.execute("SELECT payload FROM outbox WHERE application_uuid = ?",
                                       (app.uuid,)).fetchone()[0])
        body["fields"]["purpose"] = fields["purpose"]
        body["applicant"]["address"]["street"] = "2341-2341-2346"
        conn.execute("UPDATE outbox SET payload = ? WHERE application_uuid = ?", (json.dumps(body), app.uuid))
        conn.execute("INSERT INTO status_history(application_uuid, status, at, source, note) "
                     "VALUES (?, 'first_appeal', '2026-11-27T06:30:00+00:00', 'kiosk', ?)",
                     (app.uuid, f"grounds: Aadhaar {NUMBER}"))
        enqueue(conn, "appeal", f"{app.uuid}:appeal:1", {"application_id": "P-1", "grounds": f"UID {NUMBER}"},
                application_uuid=app.uuid)
        enqueue(conn, "feedback", f"{app.uuid}:feedback", {"receipt_number": "R", "comment": f"UID {NUMBER}"},
                application_uuid=app.uuid)
        # this one was tried and its answer never came: the portal may hold it under its key
        conn.execute("UPDATE outbox SET state = 'unknown', attempts = 1 WHERE kind = 'feedback'")
    return app.uuid


def test_the_step_masks_what_earlier_releases_stored(store: Store, apps: Applications, make_app) -> None:
    uuid = _stored_as_an_old_release_did(store, apps, make_app)
    with store.write() as conn:
        assert mask_stored_aadhaar(conn) == 5
    app = apps.get(uuid)
    assert app.applicant.address.street == "Shivaji Chowk XXXX XXXX 2346"
    assert app.applicant.email == "XXXX XXXX 2346@example.org"
    assert app.fields["purpose"] == "admission, Aadhaar XXXX XXXX 2346"
    assert [d.sha256 for d in app.documents] == [SHA]
    bodies = {r["kind"]: r["payload"] for r in store.query("SELECT kind, payload FROM outbox")}
    application = json.loads(bodies["application"])
    assert application["fields"]["purpose"] == "admission, Aadhaar XXXX XXXX 2346"
    assert application["applicant"]["address"]["street"] == "XXXX XXXX 2346"
    assert application["documents"][0]["sha256"] == SHA and application["uuid"] == uuid
    assert json.loads(bodies["appeal"])["grounds"] == "UID XXXX XXXX 2346"
    assert NUMBER in bodies["feedback"]  # possibly at the portal already: its body is its key's
    notes = [r["note"] for r in store.query("SELECT note FROM status_history")]
    assert "grounds: Aadhaar XXXX XXXX 2346" in notes and not any(NUMBER in n for n in notes)
    assert [r.uuid for r in search_applications(store, "Kshirsagar")] == [uuid]  # the index followed the row
    with store.write() as conn:
        assert mask_stored_aadhaar(conn) == 0  # a second run finds nothing


def test_the_step_runs_on_upgrade(db_path: Path, store: Store, apps: Applications, make_app) -> None:
    uuid = _stored_as_an_old_release_did(store, apps, make_app)
    with store.write() as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_aadhaar_out_of_free_text'")
    store.close()
    again = open_store(db_path)
    try:
        assert Applications(again).get(uuid).fields["purpose"] == "admission, Aadhaar XXXX XXXX 2346"
    finally:
        again.close()


def test_names_stored_with_stray_joiners_are_normalised_and_found(store: Store, apps: Applications,
                                                                 make_app) -> None:
    app = apps.save_new(make_app())
    eyelash = "क\u0930\u094d\u200d\u092f\u093e"  # a conjunct's ZWJ: kept
    with store.write() as conn:
        conn.execute("UPDATE applicants SET first_en = ?, surname_mr = ? WHERE application_uuid = ?",
                     ("Ra\u200dhul", eyelash, app.uuid))
    assert search_applications(store, "Rahul") == []  # what an earlier release left behind
    with store.write() as conn:
        assert normalise_stored_names(conn) == 1
        assert normalise_stored_names(conn) == 0
    again = apps.get(app.uuid)
    assert again.applicant.name_en.first == "Rahul" and again.applicant.name_mr.surname == eyelash
    assert [r.uuid for r in search_applications(store, "Rahul")] == [app.uuid]
