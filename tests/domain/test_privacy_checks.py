"""Issue 14, privacy: an Aadhaar number typed into any other field of an application or a correction is
refused, a typed "verified" flag is never trusted, names lose invisible joiners outside conjuncts, and the
wording defects of the form's own checks (the 7/12 help example refused, "-5" stored as 5)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from kiosk.domain.aadhaar_text import has_aadhaar_number, mask_aadhaar_numbers
from kiosk.domain.applicant import AadhaarRef
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.correction import apply_corrections
from kiosk.domain.intake import IntakeResult, take_application
from kiosk.domain.text import normalise_name
from tests.forms import income_form

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)
TODAY = date(2026, 11, 27)
NUMBER = "234123412346"  # Verhoeff-valid test number (the one tests/forms.py types in the Aadhaar box)


@pytest.fixture
def catalogue(catalogue_document: dict) -> Catalogue:
    return parse_catalogue(catalogue_document)


def take(catalogue: Catalogue, form: dict[str, Any], **kw: Any) -> IntakeResult:
    return take_application(form, catalogue=catalogue, calendar=WorkingCalendar(), hub_code="MH-TEST-1",
                            operator="op1", now=NOW, today=TODAY, **kw)


@pytest.mark.parametrize("written", [
    NUMBER, "2341 2341 2346", "2341-2341-2346", "2341 - 2341 - 2346", "2341.2341.2346", "2341\u00a02341\u20132346",
    "२३४१ २३४१ २३४६", "२३४१२३४१२३४६", "૨૩૪૧ ૨૩૪૧ ૨૩૪૬",  # Devanagari and Gujarati digits
    f"for admission, Aadhaar {NUMBER}.", f"UID:{NUMBER}x",
])
def test_an_aadhaar_number_is_found_however_it_is_written(written: str) -> None:
    assert has_aadhaar_number(written)
    masked = mask_aadhaar_numbers(written)
    assert "XXXX XXXX 2346" in masked and not has_aadhaar_number(masked)


@pytest.mark.parametrize("text", [
    "234123412347",  # fails the Verhoeff check
    "1234123412346", "2341234123460",  # part of a longer number
    "9822012345", "412207", "शैक्षणिक प्रवेशासाठी", "XXXX XXXX 2346", "",
])
def test_other_numbers_are_left_alone(text: str) -> None:
    assert not has_aadhaar_number(text)
    assert mask_aadhaar_numbers(text) == text


@pytest.mark.parametrize("where", [
    {"fields__purpose": f"admission {NUMBER}"},
    {"fields__purpose": "आधार २३४१ २३४१ २३४६"},
    {"applicant__address__street": "Shivaji Chowk 2341-2341-2346"},
    {"applicant__address__house": "2341 2341 2346"},
    {"applicant__email": f"{NUMBER}@example.org"},
])
def test_a_full_aadhaar_number_in_a_free_text_field_is_refused(catalogue: Catalogue, where: dict[str, str]) -> None:
    r = take(catalogue, income_form(**where))
    assert r.application is None
    refused = [p for p in r.problems if p.code == "aadhaar_in_text"]
    assert len(refused) == 1, r.problems
    key = next(iter(where)).removeprefix("applicant__").replace("__", ".")
    assert refused[0].field == key
    assert "Aadhaar" in refused[0].en and "आधार" in refused[0].mr and "आधार" in refused[0].hi


def test_every_field_of_every_service_is_checked(catalogue: Catalogue) -> None:
    for service in catalogue.services:
        for f in service.fields:
            if f.type not in ("text", "textarea") or f.identifier:
                continue  # an identifier field holds another document's number (test_detailed_forms)
            form = income_form(service_code=service.code, fields={f.name: f"0 {NUMBER}"})
            refused = [p.field for p in take(catalogue, form).problems if p.code == "aadhaar_in_text"]
            assert f"fields.{f.name}" in refused, (service.code, f.name)


def test_a_correction_cannot_bring_an_aadhaar_number_in(catalogue: Catalogue) -> None:
    app = take(catalogue, income_form()).application
    assert app is not None
    service = catalogue.service(app.service_code)
    fixed, problems = apply_corrections(app, service, {"address.street": f"Near {NUMBER}",
                                                       "fields.purpose": "२३४१ २३४१ २३४६"}, TODAY)
    assert fixed is None
    assert {p.field for p in problems.items if p.code == "aadhaar_in_text"} == {"address.street", "fields.purpose"}


def test_a_typed_verified_flag_is_not_trusted(catalogue: Catalogue) -> None:
    form = income_form()
    del form["applicant"]["aadhaar"]
    form["applicant"]["aadhaar_ref"] = {"last4": "2346", "reference_id": "2346202601011234", "verified": True}
    r = take(catalogue, form)
    assert r.application is not None and r.application.applicant.aadhaar is not None
    assert r.application.applicant.aadhaar.last4 == "2346"
    assert r.application.applicant.aadhaar.verified is False


def test_only_the_qr_verifiers_result_is_verified(catalogue: Catalogue) -> None:
    form = income_form()
    form["applicant"]["aadhaar_ref"] = {"last4": "9999", "verified": True}
    qr = AadhaarRef("2697", "269720190308114407437", verified=True)
    r = take(catalogue, form, aadhaar_qr=qr)
    assert r.application is not None and r.application.applicant.aadhaar == qr
    r = take(catalogue, form, aadhaar_qr=AadhaarRef("2697", "269720190308114407437", verified=False))
    assert r.application is not None and r.application.applicant.aadhaar is not None
    assert not r.application.applicant.aadhaar.verified


def test_the_masked_aadhaar_the_kiosk_shows_reads_back_as_its_last_four(catalogue: Catalogue) -> None:
    r = take(catalogue, income_form(applicant__aadhaar="XXXX XXXX 2346"))
    assert r.application is not None and r.application.applicant.aadhaar == AadhaarRef("2346")


def test_names_lose_joiners_outside_conjuncts(catalogue: Catalogue) -> None:
    assert normalise_name("Ra\u200dhul") == "Rahul"
    assert normalise_name("\u200cSu\u200cnita\u200d") == "Sunita"
    assert normalise_name("राहुल\u200c") == "राहुल"
    eyelash = "क\u0930\u094d\u200d\u092f\u093e"  # कर्‍या: RA, VIRAMA, ZWJ, YA keeps its eyelash-ra
    assert normalise_name(eyelash) == eyelash
    older = "\u0930\u200d\u094d\u092f"  # RA, ZWJ, VIRAMA: the older encoding of the same form
    assert normalise_name(older) == older
    assert normalise_name("क्\u200cष") == "क्\u200cष"  # ZWNJ after a virama: a visible half form, kept
    assert normalise_name("Su\u0301nita") == "S\u00fanita"  # NFC
    form = income_form(applicant__name_en__first="Su\u200dnita", applicant__name_mr__surname="क्षीर\u200cसागर")
    app = take(catalogue, form).application
    assert app is not None
    assert app.applicant.name_en.first == "Sunita" and app.applicant.name_mr.surname == "क्षीरसागर"


def test_a_correction_normalises_names_the_same_way(catalogue: Catalogue) -> None:
    app = take(catalogue, income_form()).application
    assert app is not None
    fixed, problems = apply_corrections(app, catalogue.service(app.service_code),
                                        {"name_en.first": " Ra\u200dhul "}, TODAY)
    assert fixed is not None and not problems and fixed.applicant.name_en.first == "Rahul"


def _satbara(survey: str) -> dict[str, Any]:
    return income_form(service_code="satbara-extract", fields={"village": "Wagholi", "survey_number": survey})


@pytest.mark.parametrize("survey", ["१२३/२", "123/2", "१२३/२अ", "45 A"])
def test_the_7_12_field_takes_its_own_help_example(catalogue: Catalogue, survey: str) -> None:
    help_text = catalogue.service("satbara-extract").fields[-1].help
    assert help_text is not None and "१२३/२" in help_text.mr
    r = take(catalogue, _satbara(survey))
    assert r.application is not None, r.problems
    assert r.application.fields["survey_number"] == survey


def test_the_7_12_field_still_refuses_what_is_not_a_survey_number(catalogue: Catalogue) -> None:
    r = take(catalogue, _satbara("/२"))
    assert [p.code for p in r.problems] == ["bad_format"]


@pytest.mark.parametrize("income", ["-5", " -5", "\u22125", "\u20135", "-1,20,000"])
def test_a_negative_income_is_refused_not_stored_as_positive(catalogue: Catalogue, income: str) -> None:
    r = take(catalogue, income_form(fields__annual_income=income))
    assert r.application is None
    problem = [p for p in r.problems if p.field == "fields.annual_income"]
    assert [p.code for p in problem] == ["negative"]
    assert "zero" in problem[0].en and "शून्य" in problem[0].mr and "शून्य" in problem[0].hi


def test_grouped_incomes_still_read(catalogue: Catalogue) -> None:
    r = take(catalogue, income_form(fields__annual_income="1,20,000"))
    assert r.application is not None and r.application.fields["annual_income"] == "120000"
