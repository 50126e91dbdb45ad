"""The sync engine against the real simulator: offline and back, answers coming home, quarantine, recovery."""

from __future__ import annotations

import json
import time
from pathlib import Path

from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import claim_next, counts
from kiosk.store.portal_answers import certificate_of
from tests.sync.conftest import drain, free_port, make_client, make_engine, sim_admin, sim_config, take_apps


def test_offline_then_back_online(ctx) -> None:
    uuids = take_apps(ctx, 3)
    port = free_port()
    engine = make_engine(ctx, make_client(f"http://127.0.0.1:{port}"))
    drain(engine, max_wait=0.5)
    assert engine.report.offline_reason.startswith("offline")
    assert counts(ctx.database())["pending"] == 3  # nothing lost, nothing marked
    more = take_apps(ctx, 2)  # the counter keeps working offline
    with PortalSimulator(sim_config(port=port)) as sim:
        engine = make_engine(ctx, make_client(sim.url))
        drain(engine)
        assert engine.report.offline_reason == "" and engine.report.sent == 5
        stats = sim_admin(sim, "stats")
    assert stats["applications_stored"] == 5 and stats["distinct_receipt_numbers"] == 5
    assert stats["documents_stored"] == 5
    for uuid in uuids + more:
        app = ctx.applications().get(uuid)
        assert app.status == Status.SUBMITTED and app.portal_number.startswith("MHSIM")
    assert counts(ctx.database())["acked"] == 5


def test_status_certificate_and_rejection_come_back(ctx, sim: PortalSimulator) -> None:
    a, b, c = take_apps(ctx, 3)
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    apps = ctx.applications()
    sim_admin(sim, "decide", {"application_id": apps.get(a).portal_number, "status": "approved"})
    sim_admin(sim, "decide", {"application_id": apps.get(b).portal_number, "status": "rejected"})
    sim_admin(sim, "decide", {"application_id": apps.get(c).portal_number, "status": "under_scrutiny"})
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.errors == []
    assert apps.get(a).status == Status.APPROVED and apps.get(a).decided_on is not None
    assert apps.get(b).status == Status.REJECTED
    assert apps.get(c).status == Status.UNDER_SCRUTINY
    sha = certificate_of(ctx.database(), a)
    assert sha is not None
    assert not (Path(ctx.paths.certificates) / f"{sha}.pdf").read_bytes().startswith(b"%PDF-")  # sealed
    pdf = ctx.read_certificate(sha)
    assert pdf.startswith(b"%PDF-")
    assert engine.report.certificates == 1
    # a second pass changes nothing: the feed cursor moved with its page
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.status_applied == 0 and engine.report.certificates == 0
    assert [h["status"] for h in apps.history(a)] == ["queued", "submitted", "approved"]


def test_rejected_item_is_quarantined_and_does_not_block(ctx, sim: PortalSimulator) -> None:
    good = take_apps(ctx, 2)
    store = ctx.database()
    with store.write() as conn:  # a body the portal refuses for good: an unknown service code
        row = conn.execute("SELECT id, payload FROM outbox WHERE idempotency_key = ?", (good[0],)).fetchone()
        conn.execute("UPDATE outbox SET payload = json_set(payload, '$.service_code', 'no-such-service') "
                     "WHERE id = ?", (row["id"],))
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    c = counts(store)
    assert c["rejected"] == 1 and c["acked"] == 1
    reason = store.query("SELECT last_error FROM outbox WHERE state = 'rejected'")[0][0]
    assert "UNKNOWN_SERVICE" in reason
    assert ctx.applications().get(good[0]).status == Status.QUEUED


def test_in_flight_after_a_crash_is_retried_with_the_same_key(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1, docs=0)
    store = ctx.database()
    item = claim_next(store, 0.0)  # claimed and committed as in flight ...
    assert item is not None and counts(store)["in_flight"] == 1
    first = make_client(sim.url).submit_application(item.idempotency_key, item.payload)
    assert first.acked  # ... the portal committed it, and then the kiosk died before recording that
    engine = make_engine(ctx, make_client(sim.url))  # start-up turns in_flight into unknown
    assert counts(store)["unknown"] == 1
    drain(engine)
    stats = sim_admin(sim, "stats")
    # the retry reached the portal with the same key and was answered from its idempotency record
    assert stats["applications_stored"] == 1 and stats["duplicate_submissions_refused"] == 1
    assert counts(store)["acked"] == 1
    assert ctx.applications().get(uuid).portal_number == first.data["application_id"]


def test_missing_document_file_quarantines_with_reason(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1)
    sha = ctx.applications().get(uuid).documents[0].sha256
    from kiosk.documents.storage import document_path

    document_path(ctx.paths.documents, sha).unlink()
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert counts(ctx.database())["rejected"] == 1
    assert "DOCUMENT_FILE_MISSING" in ctx.database().query("SELECT last_error FROM outbox")[0][0]


def test_catalogue_update_arrives_atomically(ctx, sim: PortalSimulator, catalogue_document: dict) -> None:
    new = dict(catalogue_document, catalogue_version="2027.01.0")
    sim_admin(sim, "catalogue", new)
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.catalogue_version == "2027.01.0"
    assert ctx.catalogues().active_version() == "2027.01.0"
    # nothing new: the ETag makes the next pass a 304 and nothing is reinstalled
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.catalogue_version is None and engine.report.errors == []


def test_portal_calendar_replaces_the_bundled_one(ctx, sim: PortalSimulator) -> None:
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not [e for e in engine.report.errors if e.startswith("calendar")]
    ctx._calendar = None  # the next use reads the stored portal lists
    cal = ctx.calendar()
    from datetime import date

    # the simulator's portal keeps every Saturday off: its rule now applies to every year
    assert not cal.is_working_day(date(2026, 12, 5)) and not cal.is_working_day(date(2027, 1, 2))
    assert not cal.is_working_day(date(2026, 1, 26))  # Republic Day from the portal's list


def test_a_late_failure_cannot_undo_an_ack_from_the_feed(ctx, sim: PortalSimulator) -> None:
    """Two senders: one is still waiting on item X when the other's status pull proves the portal has X."""
    from kiosk.store.outbox import mark_rejected, mark_unknown
    from kiosk.store.portal_answers import StatusChange, apply_status_page

    (uuid,) = take_apps(ctx, 1, docs=0)
    store = ctx.database()
    item = claim_next(store, 0.0)
    assert item is not None
    apply_status_page(store, [StatusChange(uuid, "MHSIM1", Status.SUBMITTED)], "c1")
    mark_unknown(store, item, "read_timeout", 0.0)
    mark_rejected(store, item, "late 4xx")
    assert counts(store)["acked"] == 1 and claim_next(store, 1e12) is None


def test_interrupted_tries_do_not_grow_the_backoff_and_sync_now_retries_at_once(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1, docs=0)
    store = ctx.database()
    for _ in range(6):  # six restarts that each died mid-send
        assert claim_next(store, 0.0) is not None
        make_engine(ctx, make_client(sim.url))  # start-up recovery
    row = store.query("SELECT attempts, state FROM outbox")[0]
    assert (row["attempts"], row["state"]) == (0, "unknown")
    # A real failure schedules the retry far ahead; a pass started by a human does not wait for it.
    with store.write() as conn:
        conn.execute("UPDATE outbox SET next_attempt_at = ?", (time.time() + 3000,))
    engine = make_engine(ctx, make_client(sim.url))
    list(engine.run())
    assert counts(store)["unknown"] == 1 and engine.report.sent == 0  # the background pass respects it
    list(engine.run(retry_now=True))
    assert engine.report.sent == 1 and counts(store)["acked"] == 1
    assert ctx.applications().get(uuid).status == Status.SUBMITTED


def test_a_pass_that_sent_something_is_audited_with_counts_only(ctx, sim: PortalSimulator) -> None:
    from kiosk.security.verify import chain_keys, verify_chain

    take_apps(ctx, 3, docs=0)
    engine = ctx.sync_engine(make_client(sim.url))  # the composition root's engine, audit included
    drain(engine)
    assert engine.report.sent == 3
    store = ctx.database()
    rows = store.query("SELECT actor, action, ids FROM audit_log WHERE action = 'sync.sent'")
    assert [(r["actor"], json.loads(r["ids"])) for r in rows] == [("sync", {"sent": 3, "quarantined": 0})]
    drain(ctx.sync_engine(make_client(sim.url)))  # nothing left to send: no entry
    assert len(store.query("SELECT 1 FROM audit_log WHERE action = 'sync.sent'")) == 1
    assert verify_chain(store, chain_keys(store)).ok
