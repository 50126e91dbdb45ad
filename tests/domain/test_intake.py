"""Intake: a form becomes an application with fees, missing documents and a due date — or problems."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.domain.application import SELF_DECLARATION, DocumentRecord, format_rupees
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.intake import IntakeResult, parse_date, take_application
from kiosk.domain.status import Status
from tests.forms import income_form

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)
TODAY = date(2026, 11, 27)


@pytest.fixture
def catalogue(catalogue_document: dict) -> Catalogue:
    return parse_catalogue(catalogue_document)


def take(catalogue: Catalogue, form: dict, docs: tuple[DocumentRecord, ...] = ()) -> IntakeResult:
    return take_application(form, catalogue=catalogue, calendar=WorkingCalendar(), hub_code="MH-TEST-1",
                            operator="op1", now=NOW, today=TODAY, documents=docs)


def all_docs(catalogue: Catalogue, code: str) -> tuple[DocumentRecord, ...]:
    svc = catalogue.service(code)
    return tuple(DocumentRecord("a" * 64, g.any_of[0], g.code) for g in svc.documents)


def test_valid_form_is_accepted_and_aadhaar_reduced(catalogue: Catalogue) -> None:
    r = take(catalogue, income_form())
    assert r.ok, r.problems
    app = r.application
    assert app is not None
    assert app.applicant.aadhaar is not None and app.applicant.aadhaar.last4 == "2346"
    assert "234123412346" not in repr(app)
    assert app.status == Status.QUEUED
    assert app.total_paise == catalogue.service("income-certificate").total_paise == 6900
    assert format_rupees(app.total_paise) == "₹69.00"
    assert app.applicant.dob == date(1986, 8, 14)
    assert len(app.uuid) == 36


def test_missing_documents_hold_the_rts_clock(catalogue: Catalogue) -> None:
    r = take(catalogue, income_form())
    assert r.application is not None
    assert r.application.missing_groups and r.application.due_date is None
    r = take(catalogue, income_form(), all_docs(catalogue, "income-certificate"))
    assert r.application is not None and r.application.missing_groups == ()
    # 15 working days from Fri 27 Nov 2026 (no calendar holidays here): Sundays and 2nd/4th Saturdays skipped
    assert r.application.completed_on == TODAY
    assert r.application.due_date == WorkingCalendar().add_working_days(TODAY, 15)
    assert r.application.due_date > date(2026, 12, 14)


def test_self_declaration_only_where_allowed(catalogue: Catalogue) -> None:
    svc = catalogue.service("income-certificate")
    docs = list(all_docs(catalogue, "income-certificate"))
    allowed = [g for g in svc.documents if g.self_declaration_allowed]
    not_allowed = [g for g in svc.documents if not g.self_declaration_allowed]
    if allowed:
        g = allowed[0]
        swapped = [d for d in docs if d.group_code != g.code] + [DocumentRecord("b" * 64, SELF_DECLARATION, g.code)]
        r = take(catalogue, income_form(), tuple(swapped))
        assert r.application is not None and g.code not in r.application.missing_groups
    g = not_allowed[0]
    swapped = [d for d in docs if d.group_code != g.code] + [DocumentRecord("b" * 64, SELF_DECLARATION, g.code)]
    r = take(catalogue, income_form(), tuple(swapped))
    assert r.application is not None and g.code in r.application.missing_groups


def test_every_problem_reported_at_once_in_both_languages(catalogue: Catalogue) -> None:
    form = income_form(applicant__mobile="12345", applicant__aadhaar="234123412347",
                       applicant__address__pin="110001", applicant__dob="31-12-2099", fields__annual_income="lots")
    r = take(catalogue, form)
    assert r.application is None
    fields = {p.field for p in r.problems}
    assert {"mobile", "aadhaar", "address.pin", "dob", "fields.annual_income"} <= fields
    assert all(p.en and p.mr and p.en != p.mr for p in r.problems)


def test_devanagari_digits_and_nfd_are_normalised(catalogue: Catalogue) -> None:
    import unicodedata

    form = income_form(applicant__mobile="९८२२०१२३४५", applicant__address__pin="४१२२०७",
                       applicant__dob="१४-०८-१९८६", fields__annual_income="१,२०,०००")
    form["applicant"]["name_mr"]["surname"] = unicodedata.normalize("NFD", "क़ाज़ी")
    r = take(catalogue, form)
    assert r.ok, r.problems
    app = r.application
    assert app is not None
    assert app.applicant.mobile == "9822012345"
    assert app.applicant.address.pin == "412207"
    assert app.fields["annual_income"] == "120000"
    assert unicodedata.is_normalized("NFC", app.applicant.name_mr.surname)


def test_whatsapp_needs_opt_in_and_email_needs_address(catalogue: Catalogue) -> None:
    r = take(catalogue, income_form(delivery="whatsapp"))
    assert [p.code for p in r.problems] == ["needs_opt_in"]
    form = income_form(delivery="whatsapp")
    form["consent"]["whatsapp_opt_in"] = True
    assert take(catalogue, form).ok
    assert [p.code for p in take(catalogue, income_form(delivery="email", applicant__email="")).problems] == [
        "needs_email"]


def test_consent_and_service_required(catalogue: Catalogue) -> None:
    assert [p.field for p in take(catalogue, income_form(consent={"accepted": False})).problems] == ["consent"]
    assert [p.code for p in take(catalogue, income_form(service_code="no-such")).problems] == ["unknown_service"]


def test_senior_citizen_age_from_catalogue(catalogue: Catalogue) -> None:
    seniors = [s for s in catalogue.services if s.min_age == 60]
    assert seniors, "the catalogue marks the senior citizen certificate with min_age 60"
    form = income_form(service_code=seniors[0].code, applicant__dob="01-01-1990")
    assert "too_young" in [p.code for p in take(catalogue, form).problems]


def test_hostile_form_shapes_do_not_crash(catalogue: Catalogue) -> None:
    for form in ({}, {"service_code": None}, {"service_code": "income-certificate", "applicant": "x"},
                 {"service_code": "income-certificate", "applicant": {"name_en": 5, "address": []}, "fields": [1]}):
        r = take(catalogue, form)
        assert r.application is None and r.problems


@pytest.mark.parametrize("text,expected", [("2001-02-03", date(2001, 2, 3)), ("03-02-2001", date(2001, 2, 3)),
                                           ("03/02/2001", date(2001, 2, 3)), ("०३-०२-२००१", date(2001, 2, 3))])
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected
    with pytest.raises(ValueError):
        parse_date("31-02-2001")


def test_rupees_are_exact_and_indian_grouped() -> None:
    assert format_rupees(12345678901) == "₹12,34,56,789.01"
    assert format_rupees(5) == "₹0.05"
    assert format_rupees(100000) == "₹1,000.00"
