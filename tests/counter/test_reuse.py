"""Fewer documents (issue 18): a returning citizen's documents are reused only with their consent, shown on the
receipt as "reused from <receipt>", audited, and sent with the new application."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import ValidationError
from kiosk.domain.reuse import CONSENT_KEY, ReuseNeedsConsent
from kiosk.receipts.build import build_receipt_data
from tests.forms import income_form

DOMICILE = {"purpose": "शिक्षण", "domicile_basis": "born_in_maharashtra", "residing_since_year": "1986",
            "place_of_birth": "Wagholi"}


@pytest.fixture
def earlier(ctx: Any, desk: Any) -> Any:
    """Sunita's income-certificate application with her Aadhaar card and her photo (a photo is never reused)."""
    folder = ctx.sealed().documents
    aadhaar = store_document(folder, b"%PDF-1.4 aadhaar card of Sunita")
    photo = store_document(folder, b"\xff\xd8 photo of Sunita")
    docs = [DocumentRecord(aadhaar, "aadhaar", "id_proof"), DocumentRecord(photo, "photo", "photo")]
    return desk.intake.take(income_form(), "operator1", docs)


def _domicile(**changes: Any) -> dict[str, Any]:
    form = income_form(service_code="domicile-certificate", **changes)
    form["fields"] = dict(DOMICILE)
    return form


def test_nothing_is_searched_without_consent(desk: Any, earlier: Any) -> None:
    applicant = earlier.applicant
    with pytest.raises(ReuseNeedsConsent):
        desk.attachments.reusable(applicant, "domicile-certificate", consent=False)


def test_a_reused_document_is_refused_without_the_consent_tick(desk: Any, earlier: Any) -> None:
    found = desk.attachments.reusable(earlier.applicant, "domicile-certificate", consent=True)
    with pytest.raises(ValidationError) as refused:
        desk.intake.take(_domicile(), "operator1", [f.record for f in found])
    assert [p.code for p in refused.value.problems] == ["consent"]


def test_with_consent_the_valid_document_is_reused_receipted_audited_and_sent(ctx: Any, desk: Any,
                                                                              earlier: Any) -> None:
    # typed again in Marathi script only, with a spelling variant: the same person
    applicant = replace(earlier.applicant, name_en=replace(earlier.applicant.name_en, first="Suneeta"))
    found = desk.attachments.reusable(applicant, "domicile-certificate", consent=True)
    assert [(f.record.doc_type, f.record.group_code, f.from_receipt) for f in found] == [
        ("aadhaar", "id_proof", earlier.receipt_number)]  # the photo is not offered
    assert found[0].valid_until is None  # an Aadhaar card does not expire
    app = desk.intake.take(_domicile(document_reuse_consent=True), "operator1", [f.record for f in found])
    assert app.extra[CONSENT_KEY]
    again = ctx.applications().get(app.uuid)
    assert [(d.sha256, d.reused_from) for d in again.documents] == [(found[0].record.sha256, earlier.receipt_number)]
    assert "id_proof" not in again.missing_groups
    body = json.loads(ctx.database().query("SELECT payload FROM outbox WHERE idempotency_key = ?", (app.uuid,))[0][0])
    assert body["documents"][0]["reused_from"] == earlier.receipt_number  # the portal is told, by the file's hash
    entry = ctx.database().query("SELECT ids FROM audit_log WHERE action = 'application.saved' ORDER BY seq DESC")[0]
    ids = json.loads(entry[0])
    assert ids["documents_reused"] == 1 and ids["reused_from"] == earlier.receipt_number
    catalogue = desk.intake.catalogue()
    data = build_receipt_data(again, catalogue.service("domicile-certificate"), ctx.hub(),
                              document_label=catalogue.document_label)
    assert any(f"reused from {earlier.receipt_number}" in d.en and earlier.receipt_number in d.mr
               for d in data.documents_received)


def test_another_person_on_the_same_phone_gets_nothing(desk: Any, earlier: Any) -> None:
    father = replace(earlier.applicant, aadhaar=None, dob=None,
                     name_en=replace(earlier.applicant.name_en, first="Ganesh"),
                     name_mr=replace(earlier.applicant.name_mr, first="गणेश"))
    assert desk.attachments.reusable(father, "domicile-certificate", consent=True) == []
