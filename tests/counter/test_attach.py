"""Attaching documents after the save: completeness and the RTS clock follow; refused once sent."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kiosk.documents.intake import DocumentSpec, document_from_files
from kiosk.documents.storage import has_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import AlreadySent
from tests.counter.conftest import saved

PROOFS = {"id_proof": "aadhaar", "address_proof": "ration_card", "income_proof": "talathi_income_report"}


def record(group: str, doc_type: str, n: int) -> DocumentRecord:
    return DocumentRecord(sha256=f"{n:064x}", doc_type=doc_type, group_code=group, original_name=f"{doc_type}.jpg")


def test_the_last_missing_group_starts_the_rts_clock(ctx, desk) -> None:
    app = saved(desk)
    assert app.completed_on is None and app.due_date is None
    required = [g for g in desk.attachments.service_of(app).documents if g.required and g.condition != "minor"]
    for n, group in enumerate(required[:-1]):
        app = desk.attachments.attach(app.uuid, [record(group.code, group.any_of[0], n)])
        assert app.completed_on is None
    last = required[-1]
    app = desk.attachments.attach(app.uuid, [record(last.code, last.any_of[0], 99)])
    assert app.missing_groups == () and app.completed_on == ctx.today()
    assert app.due_date == ctx.calendar().add_working_days(ctx.today(), desk.attachments.service_of(app).rts_days)
    payload = ctx.database().query("SELECT payload FROM outbox WHERE idempotency_key = ?", (app.uuid,))[0][0]
    assert f"{99:064x}" in payload  # the unsent body carries the new document


def test_group_for_names_the_group_that_accepts_a_type(desk) -> None:
    app = saved(desk)
    assert desk.attachments.group_for(app, "talathi_income_report") == "income_proof"
    assert desk.attachments.group_for(app, "no_such_type") is None


def test_a_stored_scan_is_sealed_then_attached_and_refused_once_sent(ctx, desk, tmp_path) -> None:
    app = saved(desk)
    scan = tmp_path / "ration.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (1240, 1754), "white").save(buffer, "JPEG", dpi=(150, 150))
    scan.write_bytes(buffer.getvalue())
    spec = DocumentSpec.of(desk.intake.catalogue().document_types["ration_card"])
    attached = desk.attachments.store_and_attach(app, document_from_files([scan], spec), "address_proof")
    assert has_document(ctx.paths.documents, attached.sha256)
    assert [d.group_code for d in attached.application.documents] == ["address_proof"]
    with ctx.database().write() as conn:
        conn.execute("UPDATE outbox SET attempts = 1, state = 'unknown'")
    with pytest.raises(AlreadySent):
        desk.attachments.attach(app.uuid, [record("id_proof", "aadhaar", 7)])
    assert len(ctx.applications().get(app.uuid).documents) == 1
