"""What the portal sends back, translated for the store: status events and the working calendar."""

from __future__ import annotations

from datetime import date

from kiosk.domain.status import Status
from kiosk.portal.models import StatusEvent, WorkingCalendar
from kiosk.sync.portal_feeds import portal_calendar_document, status_change


def event(status: str, at: str, reason: dict[str, str] | None = None) -> StatusEvent:
    return StatusEvent.from_json({"seq": 1, "application_id": "AS1", "idempotency_key": "key-1", "status": status,
                                  "at": at, **({"reason": reason} if reason else {})})


def test_a_decision_carries_its_day_and_reason() -> None:
    change = status_change(event("rejected", "2026-11-30T10:00:00+05:30", {"en": "No proof", "mr": "पुरावा नाही"}))
    assert (change.application_uuid, change.portal_id, change.status) == ("key-1", "AS1", Status.REJECTED)
    assert change.decided_on == date(2026, 11, 30)
    assert change.note == "No proof / पुरावा नाही"


def test_a_step_that_is_not_a_decision_has_no_decision_day() -> None:
    change = status_change(event("under_scrutiny", "2026-11-30T10:00:00+05:30"))
    assert change.status == Status.UNDER_SCRUTINY and change.decided_on is None and change.note == ""
    assert status_change(event("approved", "garbage")).decided_on is None


def test_the_portal_calendar_in_the_bundled_lists_format() -> None:
    cal = WorkingCalendar.from_json({"year": 2027, "weekly_off": ["sunday", "saturday_2", "saturday_4"],
                                     "complete": True,
                                     "holidays": [{"date": "2027-01-26", "name": {"en": "Republic Day",
                                                                                  "mr": "प्रजासत्ताक दिन"}}]})
    doc = portal_calendar_document(cal)
    assert doc["saturdays_off"] == [2, 4] and doc["version"] == "portal-2027" and doc["complete"] is True
    assert doc["holidays"] == [{"date": "2027-01-26", "name_en": "Republic Day", "name_mr": "प्रजासत्ताक दिन"}]
    every = WorkingCalendar.from_json({"year": 2027, "weekly_off": ["Saturday"], "holidays": []})
    assert portal_calendar_document(every)["saturdays_off"] == [1, 2, 3, 4, 5]
