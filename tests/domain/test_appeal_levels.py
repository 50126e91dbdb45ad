"""Issue 17: the Act's three appeal levels — each allowed only when its condition holds, refused in plain
words otherwise, the authority's deadline in working days, and no guessed date for the State Commission."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from kiosk.domain.appeals import FiledAppeal, check_appeal, decide_by, next_level
from kiosk.domain.applicant import Applicant, NameParts
from kiosk.domain.application import Application
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.messages import describe
from kiosk.domain.status import Status

CAL = WorkingCalendar()  # Sundays and the 2nd/4th Saturdays off, no holidays
REJECTED = Application(uuid="u", hub_code="H", service_code="s", catalogue_version="v",
                       applicant=Applicant(NameParts("A", surname="B")), fields={}, documents=(), fees=(),
                       delivery="print_at_hub", operator="op", created_at=datetime(2026, 1, 5, tzinfo=UTC),
                       status=Status.REJECTED, completed_on=date(2026, 1, 5), due_date=date(2026, 1, 27),
                       decided_on=date(2026, 1, 10))
FIRST = FiledAppeal(1, date(2026, 1, 12), "rejected_wrongly", date(2026, 2, 24))


def refusal(app: Application, filed: list[FiledAppeal], level: int, today: date, late: str = "") -> AppealNotAllowed:
    with pytest.raises(AppealNotAllowed) as e:
        check_appeal(app, filed, level, today, CAL, late)
    return e.value


def test_first_appeal_goes_to_the_first_authority_with_a_working_day_deadline() -> None:
    plan = check_appeal(REJECTED, [], 1, date(2026, 1, 12), CAL)
    assert (plan.level, plan.authority, plan.ground, plan.late) == (1, "first_appellate", "rejected", False)
    assert plan.decide_by == CAL.add_working_days(date(2026, 1, 12), 30)
    assert CAL.working_days_between(date(2026, 1, 12), plan.decide_by) == 30
    assert plan.decide_by > date(2026, 2, 11)  # 30 working days are more than 30 calendar days
    late = check_appeal(REJECTED, [], 1, date(2026, 3, 1), CAL, "was in hospital")
    assert late.late


def test_second_appeal_needs_the_first_and_its_order_or_its_silence() -> None:
    assert "appeal 1 must be filed first" in describe(refusal(REJECTED, [], 2, date(2026, 1, 12)), "en")
    waiting = refusal(replace(REJECTED, status=Status.FIRST_APPEAL), [FIRST], 2, date(2026, 2, 1))
    assert waiting.params["why"] == "not_yet" and "still has time" in describe(waiting, "en")
    # 45 days after filing with no order: allowed, to the second authority, 45 working days to decide
    plan = check_appeal(replace(REJECTED, status=Status.FIRST_APPEAL), [FIRST], 2, date(2026, 2, 26), CAL)
    assert (plan.authority, plan.ground) == ("second_appellate", "no_order")
    assert plan.decide_by == CAL.add_working_days(date(2026, 2, 26), 45)
    ordered = replace(FIRST, order_on=date(2026, 2, 5), outcome="dismissed")
    assert check_appeal(REJECTED, [ordered], 2, date(2026, 3, 7), CAL).ground == "order"  # day 30 after the order
    closed = refusal(REJECTED, [ordered], 2, date(2026, 3, 8))
    assert "30 दिवसांपेक्षा जास्त" in describe(closed, "mr")


def test_third_appeal_to_the_commission_has_no_guessed_deadline() -> None:
    second = FiledAppeal(2, date(2026, 3, 1), "no_decision", decide_by(2, date(2026, 3, 1), CAL))
    assert second.decide_by is not None
    filed = [replace(FIRST, order_on=date(2026, 2, 5), outcome="dismissed"), second]
    early = refusal(replace(REJECTED, status=Status.SECOND_APPEAL), filed, 3, second.decide_by)
    assert early.params["why"] == "not_yet" and early.params["stage"] == "third"
    assert second.decide_by.strftime("%d-%m-%Y") in describe(early, "en")
    assert "द्वितीय अपील अधिकाऱ्याकडे" in describe(early, "mr")
    plan = check_appeal(replace(REJECTED, status=Status.SECOND_APPEAL), filed, 3,
                        date.fromordinal(second.decide_by.toordinal() + 1), CAL)
    assert (plan.authority, plan.decide_by, plan.ground) == ("commission", None, "no_order")
    # After a dismissal order, a year later is still not refused for lateness: the limit is not confirmed.
    dismissed = [filed[0], replace(second, order_on=date(2026, 4, 1), outcome="dismissed")]
    assert check_appeal(REJECTED, dismissed, 3, date(2027, 4, 1), CAL).decide_by is None
    assert next_level(dismissed) == 3


def test_refusals_in_plain_words_in_every_language() -> None:
    granted = [replace(FIRST, order_on=date(2026, 2, 5), outcome="allowed")]
    e = refusal(replace(REJECTED, status=Status.APPROVED), granted, 2, date(2026, 2, 6))
    assert e.params["why"] == "granted"
    assert describe(e, "mr").endswith("अर्ज मंजूर झाला आहे: अपिलाची गरज नाही.")
    assert "स्वीकृत" in describe(e, "hi")
    twice = refusal(replace(REJECTED, status=Status.FIRST_APPEAL), [FIRST], 1, date(2026, 1, 13))
    assert "12-01-2026" in describe(twice, "en") and "12-01-2026" in describe(twice, "mr")
    with pytest.raises(AppealNotAllowed, match="level 4"):
        check_appeal(REJECTED, [], 4, date(2026, 1, 12), CAL)
    with pytest.raises(AppealNotAllowed) as unknown:
        check_appeal(REJECTED, [], 1, date(2026, 1, 12), CAL, reason="bribe")
    assert "bribe" in describe(unknown.value, "mr")
    not_yet = replace(REJECTED, status=Status.UNDER_SCRUTINY, decided_on=None)
    assert "27-01-2026" in describe(refusal(not_yet, [], 1, date(2026, 1, 20)), "mr")
