"""Correcting a refused application: only typed details change, and they pass the intake checks again."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.correction import apply_corrections, editable_values
from kiosk.domain.intake import take_application
from tests.forms import income_form

TODAY = date(2026, 11, 27)


@pytest.fixture
def catalogue(catalogue_document: dict) -> Catalogue:
    return parse_catalogue(catalogue_document)


def taken(catalogue):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    result = take_application(income_form(), catalogue=catalogue, calendar=WorkingCalendar(), hub_code="MH-T-0001",
                              operator="op1", now=datetime(2026, 11, 27, 6, tzinfo=UTC), today=TODAY)
    assert result.application is not None
    return result.application


def test_typed_details_are_corrected_and_checked_again(catalogue) -> None:
    app = taken(catalogue)
    service = catalogue.service(app.service_code)
    values = editable_values(app, service)
    assert values["name_mr.first"] == app.applicant.name_mr.first and "fields.annual_income" in values
    fixed, problems = apply_corrections(app, service, {"mobile": "९८२२०९९९९९", "name_en.surname": "Kshirsagar-Patil",
                                                       "fields.annual_income": "95000"}, TODAY)
    assert not problems and fixed is not None
    assert fixed.applicant.mobile == "9822099999" and fixed.applicant.name_en.surname == "Kshirsagar-Patil"
    assert fixed.fields["annual_income"] == "95000"
    assert (fixed.uuid, fixed.service_code, fixed.fees, fixed.documents) == (app.uuid, app.service_code, app.fees,
                                                                             app.documents)


def test_bad_corrections_are_refused_with_every_problem(catalogue) -> None:
    app = taken(catalogue)
    service = catalogue.service(app.service_code)
    fixed, problems = apply_corrections(app, service, {"mobile": "12345", "name_mr.first": "Sunita",
                                                       "fields.annual_income": "lots"}, TODAY)
    assert fixed is None
    assert {p.field for p in problems.items} >= {"mobile", "name_mr.first", "fields.annual_income"}
    assert all(p.mr and p.en for p in problems.items)
    fixed, problems = apply_corrections(app, service, {"service_code": "domicile", "fees": "0"}, TODAY)
    assert fixed is None and {p.code for p in problems.items} == {"not_editable"}
