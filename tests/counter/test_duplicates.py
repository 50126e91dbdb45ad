"""The duplicate warning (issue 18): the same person (Aadhaar last four + date of birth, or name in either
script + mobile) with an unfinished application for the same service stops a save unless the operator gives
a reason, which is kept with the application and audited."""

from __future__ import annotations

import pytest

from kiosk.domain.duplicates import LikelyDuplicate
from kiosk.domain.messages import describe
from tests.counter.conftest import saved
from tests.forms import income_form


def _checked(desk, **changes):
    app = desk.intake.check(income_form(**changes), "operator1").application
    assert app is not None
    return app


def _without_aadhaar(**changes):
    form = income_form(**changes)
    del form["applicant"]["aadhaar"]
    return form


def test_the_same_person_again_is_stopped_naming_the_open_receipt(desk) -> None:
    first = saved(desk)
    with pytest.raises(LikelyDuplicate) as caught:
        desk.intake.save_with_receipt(_checked(desk))
    assert [d.receipt_number for d in caught.value.found] == [first.receipt_number]
    assert caught.value.found[0].rule == "aadhaar_dob"
    assert first.receipt_number in describe(caught.value, "mr") and "प्रलंबित" in describe(caught.value, "mr")
    assert desk.intake.applications().count() == 1  # nothing written


def test_spelling_variants_and_the_other_script_with_the_same_mobile(desk) -> None:
    first = desk.intake.take(_without_aadhaar(applicant__name_mr={"first": "सुनेत्रा", "surname": "शिंदे"}),
                             "operator1")
    # typed another day: English spelt otherwise, Marathi only matches the first one's ENGLISH name
    again = desk.intake.check(_without_aadhaar(
        applicant__name_en={"first": "Suneeta", "surname": "Ksheerasaagar"},
        applicant__name_mr={"first": "सुनिता", "surname": "क्षिरसागर"}), "operator1").application
    assert again is not None
    found = desk.intake.duplicates.find(again)
    assert [(d.receipt_number, d.rule) for d in found] == [(first.receipt_number, "name_mobile")]
    other_name = desk.intake.check(_without_aadhaar(applicant__name_en={"first": "Savita", "surname": "Kshirsagar"},
                                                    applicant__name_mr={"first": "सविता", "surname": "क्षीरसागर"}),
                                   "operator1").application
    assert other_name is not None and desk.intake.duplicates.find(other_name) == []  # a sister on the same phone


def test_a_different_aadhaar_is_a_different_person_and_another_service_is_no_duplicate(desk) -> None:
    saved(desk)
    twin = _checked(desk, applicant__aadhaar="9876 5432 1096")  # same names and mobile, another Aadhaar
    assert desk.intake.duplicates.find(twin) == []
    form = income_form()
    form["service_code"] = "domicile-certificate"
    result = desk.intake.check(form, "operator1")
    if result.application is not None:  # another service's form may need other fields: the rule is the service
        assert desk.intake.duplicates.find(result.application) == []


def test_aadhaar_and_birth_date_match_whatever_the_name_and_mobile(desk) -> None:
    saved(desk)
    again = _checked(desk, applicant__mobile="9422000000",
                     applicant__name_en={"first": "Sunanda", "surname": "Patil"},
                     applicant__name_mr={"first": "सुनंदा", "surname": "पाटील"})
    assert [d.rule for d in desk.intake.duplicates.find(again)] == ["aadhaar_dob"]
    stranger = _checked(desk, applicant__mobile="9422000000", applicant__dob="15-08-1986",
                        applicant__name_en={"first": "Sunanda", "surname": "Patil"},
                        applicant__name_mr={"first": "सुनंदा", "surname": "पाटील"})
    assert desk.intake.duplicates.find(stranger) == []  # same last four, another birthday: someone else


def test_a_finished_application_is_no_duplicate(desk) -> None:
    first = saved(desk)
    desk.voiding.void(first.receipt_number, "duplicate", actor="supervisor1")
    assert desk.intake.save_with_receipt(_checked(desk)).application.receipt_number != first.receipt_number


def test_continuing_with_a_reason_keeps_it_and_audits_it(ctx, desk) -> None:
    first = saved(desk)
    receipt = desk.intake.save_with_receipt(_checked(desk), duplicate_reason="  earlier one\nlost its documents ")
    app = desk.intake.applications().get(receipt.application.uuid)
    assert app.extra["duplicate_of"] == first.receipt_number
    assert app.extra["duplicate_reason"] == "earlier one lost its documents"
    rows = ctx.database().query("SELECT actor, action, ids FROM audit_log WHERE action = 'application.duplicate_continued'")
    assert len(rows) == 1 and rows[0]["actor"] == "operator1"
    assert first.receipt_number in rows[0]["ids"] and app.receipt_number in rows[0]["ids"]
    assert "lost" not in rows[0]["ids"]  # the reason is free text: it stays with the application
    with pytest.raises(LikelyDuplicate):
        desk.intake.save_with_receipt(_checked(desk), duplicate_reason="   ")  # a blank reason is no reason
