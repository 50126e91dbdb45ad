"""The catalogue's generic services, unknown fees and "same day" limits (issue 16's model)."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest

from kiosk.domain.catalogue import GENERIC_FIELDS, RECEIVED_DOCUMENT, parse_catalogue
from kiosk.domain.errors import CatalogueError
from kiosk.domain.intake import due_on


class _Days:
    def add_working_days(self, start: date, days: int) -> date:
        return start + timedelta(days=days)


def _generic(**extra: Any) -> dict[str, Any]:
    svc: dict[str, Any] = {
        "code": "permission-for-processions", "form": "generic",
        "name": {"en": "Permission for meetings and processions", "mr": "सभा व मिरवणुकांसाठी परवानगी"},
        "name_confidence": {"en": "medium", "mr": "translated"},
        "department": {"en": "Home", "mr": "गृह"},
        "sub_department": {"en": "Police", "mr": "पोलीस"},
        "rts_text": {"en": "same day", "mr": "त्याच दिवशी"},
        "designated_officer": {"en": "Police Inspector", "mr": "पोलीस निरीक्षक"},
        "on_portal": True, "source": "notified-part1.tsv#3",
    }
    svc.update(extra)
    return svc


def _doc(*services: dict[str, Any]) -> dict[str, Any]:
    return {"catalogue_version": "2026.12.1", "published": "2026-12-03", "document_types": {},
            "services": list(services)}


def test_a_generic_service_needs_no_fields_documents_or_fees_and_gets_the_generic_form() -> None:
    svc = parse_catalogue(_doc(_generic())).service("permission-for-processions")
    assert svc.generic and svc.form == "generic"
    assert svc.fields == GENERIC_FIELDS
    assert [g.any_of for g in svc.documents] == [(RECEIVED_DOCUMENT,)]
    assert not svc.documents[0].required
    assert svc.fee_known is False and svc.known_total_paise is None  # never ₹0.00
    assert svc.name_confidence.mr == "translated"
    assert svc.sub_department is not None and svc.sub_department.mr == "पोलीस"
    assert svc.on_portal is True and svc.source == "notified-part1.tsv#3"


def test_every_catalogue_knows_the_received_document_type() -> None:
    cat = parse_catalogue(_doc(_generic()))
    assert cat.document_label(RECEIVED_DOCUMENT).en == "Supporting document"


def test_same_day_is_due_the_day_the_application_is_complete() -> None:
    svc = parse_catalogue(_doc(_generic())).service("permission-for-processions")
    assert svc.same_day and svc.rts_days is None
    day = date(2026, 12, 3)
    assert due_on(svc, day, _Days()) == day
    assert due_on(svc, None, _Days()) is None
    timed = parse_catalogue(_doc(_generic(rts_text=None, rts_days=7))).service("permission-for-processions")
    assert due_on(timed, day, _Days()) == day + timedelta(days=7)


def test_a_known_free_service_is_zero_and_a_detailed_service_defaults_to_known(catalogue_document: Any) -> None:
    free = parse_catalogue(_doc(_generic(fee_known=True))).service("permission-for-processions")
    assert free.fee_known and free.known_total_paise == 0
    detailed = parse_catalogue(catalogue_document).service("income-certificate")
    assert detailed.form == "detailed" and detailed.fee_known and detailed.known_total_paise == 6900
    assert parse_catalogue(catalogue_document).service("solvency-certificate").fee_known is False  # "fees" unknown


@pytest.mark.parametrize("change, complaint", [
    ({"form": "short"}, "form must be one of"),
    ({"rts_days": 3}, "rts_days or rts_text"),
    ({"name_confidence": {"mr": "sure"}}, "name_confidence"),
    ({"fee_known": False, "fees": [{"kind": "other", "paise": 100, "label": {"en": "x", "mr": "क"}}]},
     "fee_known is false"),
    ({"on_portal": "Y"}, "on_portal"),
])
def test_broken_generic_entries_are_refused(change: dict[str, Any], complaint: str) -> None:
    with pytest.raises(CatalogueError, match=complaint):
        parse_catalogue(_doc(_generic(**change)))


def test_a_detailed_service_still_needs_its_fields(catalogue_document: Any) -> None:
    doc = copy.deepcopy(catalogue_document)
    del doc["services"][0]["fields"]
    with pytest.raises(CatalogueError, match="missing 'fields'"):
        parse_catalogue(doc)


def _take(catalogue: Any, form: dict[str, Any]) -> Any:
    from datetime import UTC, datetime

    from kiosk.domain.intake import take_application
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    return take_application(form, catalogue=catalogue, calendar=_Days(), hub_code="MH-TEST-1", operator="op1",
                            now=now, today=now.date())


@pytest.fixture
def with_generic(catalogue_document: Any) -> Any:
    doc = copy.deepcopy(catalogue_document)
    doc["services"].append(_generic(code="loudspeaker-licence"))
    return parse_catalogue(doc)


def test_a_generic_application_carries_its_particulars_and_the_fee_the_operator_typed(with_generic: Any) -> None:
    from tests.forms import generic_form

    result = _take(with_generic, generic_form())
    assert result.ok, result.problems
    app = result.application
    assert app.fields == {"particulars": "Ganesh festival procession, Shivaji Chowk, 5-7 Sep, 8 pm to 10 pm"}
    assert [(f.kind, f.paise) for f in app.fees] == [("entered", 15000)] and app.total_paise == 15000
    assert app.fee_entered() == {"fee_entered_paise": 15000}
    assert app.due_date == app.completed_on == date(2026, 12, 3)  # "same day"


@pytest.mark.parametrize("typed, code", [(None, "fee_entered_required"), ("", "fee_entered_required"),
                                         ("-5", "fee_entered_invalid"), ("12 rupees", "fee_entered_invalid")])
def test_an_unknown_fee_is_never_taken_as_zero(with_generic: Any, typed: Any, code: str) -> None:
    from kiosk.domain.messages import say
    from tests.forms import generic_form

    form = generic_form()
    form["entered_fee_paise"] = typed
    result = _take(with_generic, form)
    assert not result.ok and [p.en for p in result.problems if p.field == "entered_fee"] == [say(f"problem.{code}", "en")]


def test_a_zero_typed_on_purpose_is_a_free_service_and_a_known_fee_ignores_a_typed_one(with_generic: Any) -> None:
    from tests.forms import generic_form, income_form

    assert _take(with_generic, generic_form(entered_fee_paise=0)).application.total_paise == 0
    income = income_form()
    income["entered_fee_paise"] = 99
    assert _take(with_generic, income).application.total_paise == 6900
    assert _take(with_generic, income).application.fee_entered() == {}
