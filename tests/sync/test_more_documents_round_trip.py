"""Issue 17, "more documents" end to end against the simulator: the portal sends an application back with a
list and a reply-by date, it appears in the counter's work list, the operator adds the documents, the sync
uploads them and answers under the application's key, the portal puts it back under scrutiny and decides."""

from __future__ import annotations

import hashlib
import os

import pytest

from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.document_requests import NoDocumentsAsked
from kiosk.store.outbox import counts
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps


def _sync(ctx, sim: PortalSimulator) -> None:  # noqa: ANN001
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert not engine.report.errors, engine.report.errors


def _scan(ctx) -> DocumentRecord:  # noqa: ANN001
    data = os.urandom(2500)
    sha = store_document(ctx.sealed().documents, data)
    assert sha == hashlib.sha256(data).hexdigest()
    return DocumentRecord(sha, "self_declaration", "self_declaration", 1, len(data), "image/jpeg", "decl.jpg")


def test_documents_asked_added_at_the_counter_and_taken_by_the_portal(ctx, sim: PortalSimulator) -> None:
    (uuid,) = take_apps(ctx, 1)
    _sync(ctx, sim)
    desk = ctx.use_cases()
    with pytest.raises(NoDocumentsAsked):  # nothing was asked: nothing to answer
        desk.more_documents.answer(uuid, [_scan(ctx)])
    portal_id = ctx.applications().get(uuid).portal_number
    sim_admin(sim, "decide", {"application_id": portal_id, "status": "documents_pending"})
    _sync(ctx, sim)
    assert ctx.applications().get(uuid).status == Status.DOCUMENTS_PENDING
    (asked,) = desk.more_documents.waiting()
    assert asked.application_uuid == uuid and asked.reply_by is not None and asked.reply_by > asked.asked_on
    assert asked.documents[0][0] == "self_declaration" and asked.documents[0][2]  # with its Marathi label

    record = _scan(ctx)
    app = desk.more_documents.answer(asked.receipt_number, [record])
    assert app.status == Status.UNDER_SCRUTINY and desk.more_documents.waiting() == []
    service = desk.attachments.service_of(app)
    assert app.due_date == ctx.calendar().add_working_days(ctx.today(), service.rts_days)  # the clock restarts
    assert record.sha256 in {d.sha256 for d in app.documents}
    _sync(ctx, sim)
    assert counts(ctx.database()).get("pending", 0) == 0 and counts(ctx.database()).get("rejected", 0) == 0
    listed = {a["id"]: a for a in sim_admin(sim, "applications")["applications"]}
    assert listed[portal_id]["status"] == "under_scrutiny"
    sim_admin(sim, "advance", {"seconds": 3601})
    _sync(ctx, sim)
    assert ctx.applications().get(uuid).status == Status.APPROVED  # decided after the documents came
    with pytest.raises(NoDocumentsAsked):
        desk.more_documents.answer(uuid, [_scan(ctx)])
