"""Fewer documents: which earlier documents may serve a returning citizen's new application (issue 18)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from kiosk.domain.applicant import AadhaarRef, Applicant, NameParts
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.reuse import CONSENT_KEY, reusable_documents, reuse_audit, reuse_problems, same_person
from kiosk.domain.validity import financial_year_end, reusable, valid_until

SUNITA = Applicant(NameParts("Sunita", "", "", "Kshirsagar"), NameParts("सुनीता", "", "", "क्षीरसागर"),
                   dob=date(1986, 8, 14), mobile="9822012345", aadhaar=AadhaarRef("2346"))
RULES = {"aadhaar": "forever", "income_certificate": "financial_year", "utility_bill": "days:90", "photo": ""}
GROUPS = {"aadhaar": "id_proof", "income_certificate": "income_proof", "utility_bill": "address_proof",
          "photo": "photo"}


def _app(receipt: str, on: date, docs: tuple[DocumentRecord, ...], who: Applicant = SUNITA) -> Application:
    return Application(uuid=receipt, hub_code="MH-PUN-0042", service_code="income-certificate",
                       catalogue_version="x", applicant=who, fields={}, documents=docs, fees=(),
                       delivery="print_at_hub", operator="op", created_at=datetime(on.year, on.month, on.day, 6,
                                                                                   tzinfo=UTC),
                       receipt_number=receipt)


def _doc(doc_type: str, sha: str = "a") -> DocumentRecord:
    return DocumentRecord(sha * 64, doc_type, "old_group")


def test_validity_rules() -> None:
    assert financial_year_end(date(2025, 6, 1)) == date(2026, 3, 31)
    assert financial_year_end(date(2026, 3, 31)) == date(2026, 3, 31)
    assert valid_until("forever", date(2020, 1, 1)) is None
    assert valid_until("days:90", date(2026, 1, 1)) == date(2026, 3, 31)
    assert reusable("financial_year", date(2025, 6, 1), date(2026, 3, 31))
    assert not reusable("financial_year", date(2025, 6, 1), date(2026, 4, 1))  # a new financial year
    assert not reusable("", date(2026, 1, 1), date(2026, 1, 1))  # never reused
    assert not reusable("days:9x", date(2026, 1, 1), date(2026, 1, 1))


def test_the_same_person_in_either_script_and_spelling() -> None:
    typed_in_marathi = replace(SUNITA, name_en=NameParts(), name_mr=NameParts("सुनिता", "", "", "क्षिरसागर"))
    assert same_person(typed_in_marathi, SUNITA)
    latin_variant = replace(SUNITA, name_en=NameParts("Suneeta", "", "", "Kshirsaagar"), name_mr=NameParts())
    assert same_person(latin_variant, SUNITA)
    by_mobile_only = replace(SUNITA, aadhaar=None, dob=None)
    assert same_person(by_mobile_only, SUNITA)


def test_a_shared_phone_or_aadhaar_digits_are_not_a_person() -> None:
    father = replace(SUNITA, name_en=NameParts("Ganesh", "", "", "Kshirsagar"), name_mr=NameParts())
    assert not same_person(father, SUNITA)  # same mobile, same family name, another person
    other_dob = replace(SUNITA, mobile="9000000000", dob=date(1990, 1, 1))
    assert not same_person(other_dob, SUNITA)  # Aadhaar digits agree, the date of birth does not


def test_only_valid_documents_the_new_service_asks_for_newest_first() -> None:
    today = date(2026, 5, 10)
    newer = _app("MH-PUN-0042-20260420-0003", date(2026, 4, 20), (_doc("aadhaar", "b"), _doc("photo", "c")))
    older = _app("MH-PUN-0042-20250610-0001", date(2025, 6, 10),
                 (_doc("aadhaar", "d"), _doc("income_certificate", "e"), _doc("utility_bill", "f")))
    found = reusable_documents(SUNITA, [newer, older], RULES, today, GROUPS.get)
    by_type = {f.record.doc_type: f for f in found}
    assert set(by_type) == {"aadhaar"}  # the income proof's year ended 31 Mar, the bill is 11 months old
    assert by_type["aadhaar"].from_receipt == newer.receipt_number and by_type["aadhaar"].record.sha256 == "b" * 64
    assert by_type["aadhaar"].record.group_code == "id_proof"  # the NEW service's group
    assert by_type["aadhaar"].record.reused_from == newer.receipt_number
    same_year = reusable_documents(SUNITA, [older], RULES, date(2026, 2, 1), GROUPS.get)
    assert {f.record.doc_type for f in same_year} == {"aadhaar", "income_certificate"}
    not_asked = reusable_documents(SUNITA, [older], RULES, date(2026, 2, 1), {"aadhaar": "id_proof"}.get)
    assert [f.record.doc_type for f in not_asked] == ["aadhaar"]


def test_consent_is_required_and_audited() -> None:
    reused = replace(_doc("aadhaar"), reused_from="MH-PUN-0042-20260420-0003")
    app = _app("", date(2026, 5, 10), (reused,))
    assert reuse_problems(app) == ["reuse_without_consent"]
    agreed = replace(app, extra={CONSENT_KEY: "2026-05-10T06:00:00+00:00"})
    assert reuse_problems(agreed) == []
    assert reuse_audit(agreed) == {"documents_reused": 1, "reused_from": "MH-PUN-0042-20260420-0003",
                                   "reuse_consent": "given"}
    assert reuse_audit(_app("", date(2026, 5, 10), (_doc("aadhaar"),))) == {}


def test_the_catalogue_carries_validity_and_the_gr(catalogue: Catalogue) -> None:
    assert catalogue.document_types["aadhaar"].valid_for == "forever"
    assert catalogue.document_types["income_certificate"].valid_for == "financial_year"
    assert catalogue.document_types["photo"].valid_for == ""
    ncl = {g.code: g for g in catalogue.service("non-creamy-layer-certificate").documents}
    assert ncl["affidavit"].self_declaration_allowed and ncl["affidavit"].self_declaration_gr is not None
    assert "1614/345" in ncl["affidavit"].self_declaration_gr.en
    caste = {g.code: g for g in catalogue.service("caste-certificate").documents}
    assert not caste["family_tree_affidavit"].self_declaration_allowed  # an Act prescribes that affidavit


@pytest.fixture
def catalogue(catalogue_document: dict) -> Catalogue:
    from kiosk.domain.catalogue import parse_catalogue

    return parse_catalogue(catalogue_document)
