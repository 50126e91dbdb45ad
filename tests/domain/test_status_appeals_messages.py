"""The status machine, the Right to Services appeal windows, and the one error translator."""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

import kiosk
from kiosk.domain.appeals import check_first_appeal, check_second_appeal, first_appeal_window
from kiosk.domain.applicant import Applicant, NameParts
from kiosk.domain.application import Application, format_receipt_number, parse_receipt_number
from kiosk.domain.errors import AppealNotAllowed, IllegalTransition, KioskError, Problem, ValidationError
from kiosk.domain.messages import CATALOGUE, describe
from kiosk.domain.status import LABELS, TRANSITIONS, Status, check_transition

APP = Application(uuid="u", hub_code="H", service_code="s", catalogue_version="v",
                  applicant=Applicant(NameParts("A", surname="B")), fields={}, documents=(), fees=(),
                  delivery="print_at_hub", operator="op", created_at=datetime(2026, 1, 5, tzinfo=UTC),
                  status=Status.UNDER_SCRUTINY, completed_on=date(2026, 1, 5), due_date=date(2026, 1, 27))


def test_every_state_has_labels_and_only_listed_transitions() -> None:
    for s in Status:
        assert LABELS[s].en and LABELS[s].mr
        for t in Status:
            if t in TRANSITIONS[s]:
                check_transition(s, t)
            else:
                with pytest.raises(IllegalTransition):
                    check_transition(s, t)
    assert TRANSITIONS[Status.DELIVERED] == frozenset()


def test_first_appeal_after_lapsed_due_date() -> None:
    with pytest.raises(AppealNotAllowed) as e:
        check_first_appeal(APP, date(2026, 1, 27))
    assert e.value.params["why"] == "not_yet"
    w = check_first_appeal(APP, date(2026, 1, 28))
    assert w.reason == "time_limit_passed" and w.opens == date(2026, 1, 28)
    assert check_first_appeal(APP, date(2026, 2, 26)).state_on(date(2026, 2, 26)) == "open"  # day 30
    with pytest.raises(AppealNotAllowed, match="reason for the delay"):
        check_first_appeal(APP, date(2026, 2, 27))  # day 31 needs a reason
    assert check_first_appeal(APP, date(2026, 4, 27), "hospitalised").state_on(date(2026, 4, 27)) == "late"
    with pytest.raises(AppealNotAllowed, match="90 days"):
        check_first_appeal(APP, date(2026, 4, 28), "any reason")


def test_first_appeal_after_rejection_and_not_twice() -> None:
    rejected = replace(APP, status=Status.REJECTED, decided_on=date(2026, 1, 10))
    assert check_first_appeal(rejected, date(2026, 1, 10)).reason == "rejected"
    approved = replace(APP, status=Status.APPROVED, decided_on=date(2026, 1, 10))
    assert first_appeal_window(approved) is None
    with pytest.raises(AppealNotAllowed):
        check_first_appeal(approved, date(2026, 2, 1))
    with pytest.raises(AppealNotAllowed):
        check_first_appeal(replace(APP, status=Status.FIRST_APPEAL), date(2026, 2, 1))
    incomplete = replace(APP, due_date=None)  # documents missing: the clock never started
    with pytest.raises(AppealNotAllowed):
        check_first_appeal(incomplete, date(2026, 6, 1))


def test_second_appeal_windows() -> None:
    check_second_appeal(date(2026, 3, 1), date(2026, 3, 20), date(2026, 4, 19))
    with pytest.raises(AppealNotAllowed):
        check_second_appeal(date(2026, 3, 1), date(2026, 3, 20), date(2026, 4, 20))
    with pytest.raises(AppealNotAllowed):
        check_second_appeal(date(2026, 3, 1), None, date(2026, 4, 14))
    check_second_appeal(date(2026, 3, 1), None, date(2026, 4, 15))


def test_receipt_numbers_round_trip() -> None:
    n = format_receipt_number("MH-PUN-HVL-0042", date(2026, 11, 27), 7)
    assert n == "MH-PUN-HVL-0042-20261127-0007"
    assert parse_receipt_number(n) == ("MH-PUN-HVL-0042", date(2026, 11, 27), 7)
    assert parse_receipt_number("garbage") is None


def _all_error_classes() -> set[type[KioskError]]:
    for m in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if not m.name.startswith(("kiosk.ui", "kiosk.app", "kiosk.__main__")):
            importlib.import_module(m.name)
    found: set[type[KioskError]] = set()
    todo = [KioskError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_code_has_a_sentence_in_every_language() -> None:
    missing = sorted(f"error.{c.code}" for c in _all_error_classes() if f"error.{c.code}" not in CATALOGUE)
    assert not missing, f"add these codes to kiosk/domain/texts/errors.py: {missing}"
    for code, text in CATALOGUE.items():
        if not code.startswith("error."):
            continue
        assert text.en and text.mr and text.en != text.mr
        assert any("\u0900" <= ch <= "\u097f" for ch in text.mr)
        assert text.hi != text.mr and any("\u0900" <= ch <= "\u097f" for ch in text.hi), code
        assert sorted(re.findall(r"\{\w*\}", text.hi)) == sorted(re.findall(r"\{\w*\}", text.mr)), code


def test_describe_speaks_hindi_for_every_code() -> None:
    for cls in _all_error_classes():
        error = cls.__new__(cls)  # every class, whatever its constructor asks for
        text = CATALOGUE[f"error.{cls.code}"]
        names = set(re.findall(r"\{(\w+)\}", "".join(text))) - {"detail", "reasons"}
        KioskError.__init__(error, "raw detail", **{name: f"<{name}>" for name in names})
        error.problems = [Problem("mobile", "invalid", "Mobile bad.", "मोबाईल चुकीचा.")]  # for ValidationError
        detail = "मोबाईल चुकीचा." if cls is ValidationError else "raw detail"
        hi = describe(error, "hi")
        assert hi == text.hi.format_map({**error.params, "detail": detail, "reasons": "मोबाईल चुकीचा."}), cls
        assert hi not in (describe(error, "en"), describe(error, "mr")), cls
        assert "{" not in hi and any("\u0900" <= ch <= "\u097f" for ch in hi), (cls, hi)
    problems = ValidationError([Problem("mobile", "invalid", "Mobile bad.", "मोबाईल चुकीचा.")])
    assert describe(problems, "hi") == "आवेदन में 1 त्रुटियाँ हैं: मोबाईल चुकीचा."  # a hand-made problem without Hindi
    hindi = ValidationError([Problem("mobile", "invalid", "Mobile bad.", "मोबाईल चुकीचा.", "मोबाइल गलत।")])
    assert describe(hindi, "hi") == "आवेदन में 1 त्रुटियाँ हैं: मोबाइल गलत।"
    localised = KioskError("raw", detail_en="English detail", detail_mr="मराठी तपशील")
    assert "मराठी तपशील" in describe(localised, "hi")
    assert "हिन्दी" in describe(KioskError("raw", detail_mr="मराठी", detail_hi="हिन्दी"), "hi")


def test_describe_fills_params_and_prefers_localised_detail() -> None:
    err = ValidationError([Problem("mobile", "invalid", "Mobile bad.", "मोबाईल चुकीचा.")])
    assert "मोबाईल चुकीचा" in describe(err, "mr") and "Mobile bad" in describe(err, "en")
    e = KioskError("raw detail", detail_en="English detail", detail_mr="मराठी तपशील")
    assert "मराठी तपशील" in describe(e, "mr") and "English detail" in describe(e, "en")
    assert "{" not in describe(AppealNotAllowed("x"), "en")


def test_each_counter_of_a_hub_has_its_own_receipt_series() -> None:
    from kiosk.domain.application import receipt_series, valid_counter

    day = date(2026, 11, 27)
    # The first counter keeps the plain hub series: numbers issued before counters existed stay as they were.
    assert format_receipt_number(receipt_series("MH-PUN-HVL-0042", "1"), day, 7) == "MH-PUN-HVL-0042-20261127-0007"
    assert receipt_series("MH-PUN-HVL-0042", "") == "MH-PUN-HVL-0042"
    second = format_receipt_number(receipt_series("MH-PUN-HVL-0042", "2"), day, 7)
    assert second == "MH-PUN-HVL-0042-C2-20261127-0007"
    assert parse_receipt_number(second) == ("MH-PUN-HVL-0042-C2", day, 7)
    assert [valid_counter(c) for c in ("1", "2", "12", "99")] == [True] * 4
    assert [valid_counter(c) for c in ("0", "100", "01", "A", "", "1 ", "१")] == [False] * 7
