"""Working days and RTS due dates on the shipped Maharashtra holiday lists, and hostile holiday data."""

from __future__ import annotations

import copy
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.calendar import (
    CalendarError,
    Holiday,
    HolidayList,
    WorkingCalendar,
    parse_holidays,
)
from kiosk.domain.errors import KioskError

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "calendar"
D = date.fromisoformat


def _load(year: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ASSETS / f"holidays-{year}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def lists() -> list[HolidayList]:
    return [parse_holidays(_load(2026)), parse_holidays(_load(2027))]


@pytest.fixture(scope="module")
def cal(lists: list[HolidayList]) -> WorkingCalendar:
    return WorkingCalendar.from_lists(lists)


# ---------------------------------------------------------------------------------------- shipped data


def test_2026_list_is_complete_and_bilingual(lists: list[HolidayList]) -> None:
    y2026 = lists[0]
    assert (y2026.year, y2026.complete, y2026.saturdays_off) == (2026, True, (2, 4))
    assert y2026.version and "GR" in y2026.source
    assert len(y2026.holidays) == 24
    for h in y2026.holidays:
        assert h.day.year == 2026
        assert re.search(r"[\u0900-\u097F]", h.name_mr) and not re.search(r"[\u0900-\u097F]", h.name_en)
    names = {h.name_en for h in y2026.holidays}
    assert {"Republic Day", "Maharashtra Din", "Christmas", "Gudhi Padwa", "Diwali (Balipratipada)"} <= names


def test_2027_list_is_marked_partial(cal: WorkingCalendar, lists: list[HolidayList]) -> None:
    assert lists[1].complete is False
    assert cal.covers(D("2026-12-31")) and not cal.covers(D("2027-01-01"))
    assert not cal.is_working_day(D("2027-01-26")), "the fixed-date holidays are known already"


def test_fixed_holidays_fall_on_their_dates(cal: WorkingCalendar) -> None:
    for day in ("2026-01-26", "2026-02-19", "2026-04-14", "2026-05-01", "2026-08-15", "2026-10-02", "2026-12-25"):
        assert not cal.is_working_day(D(day)), day
    assert [h.name_en for h in cal.holidays_on(D("2026-04-03"))] == ["Good Friday"]


def test_two_holidays_on_one_day_are_both_kept(cal: WorkingCalendar) -> None:
    may_day = cal.holidays_on(D("2026-05-01"))
    assert {h.name_en for h in may_day} == {"Maharashtra Din", "Buddha Pournima"}
    assert {h.name("mr") for h in may_day} == {"महाराष्ट्र दिन", "बुद्ध पौर्णिमा"}
    assert cal.holidays_on(D("2026-05-04")) == ()


# ---------------------------------------------------------------------------------------- weekly rules


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-03-01", False),  # Sunday
        ("2026-03-02", True),  # Monday
        ("2026-03-07", True),  # first Saturday
        ("2026-03-14", False),  # second Saturday
        ("2026-03-21", False),  # third Saturday, but Ramzan Eid
        ("2026-03-28", False),  # fourth Saturday
        ("2026-05-30", True),  # fifth Saturday
        ("2026-02-28", False),  # fourth Saturday of a 28-day month
        ("2027-01-02", True),  # first Saturday of the next year
        ("2027-01-09", False),  # second Saturday of the next year
    ],
)
def test_sundays_and_saturdays(cal: WorkingCalendar, day: str, working: bool) -> None:
    assert cal.is_working_day(D(day)) is working


def test_weekly_rule_is_data() -> None:
    doc = _load(2026)
    doc["saturdays_off"] = [1, 2, 3, 4, 5]  # a five-day week
    five_day = WorkingCalendar.from_lists([parse_holidays(doc)])
    assert not five_day.is_working_day(D("2026-03-07"))
    assert not five_day.is_working_day(D("2026-05-30"))
    assert five_day.add_working_days(D("2026-03-06"), 1) == D("2026-03-09")


# ---------------------------------------------------------------------------------------- due dates


def test_completion_day_never_counts(cal: WorkingCalendar) -> None:
    # Friday 13 Mar 2026: Saturday is the second Saturday, then Sunday.
    assert cal.add_working_days(D("2026-03-13"), 1) == D("2026-03-16")
    # completed on a Sunday: day 1 is Monday
    assert cal.add_working_days(D("2026-03-15"), 1) == D("2026-03-16")
    assert cal.add_working_days(D("2026-03-13"), 0) == D("2026-03-13")


def test_due_date_skips_a_run_of_holidays(cal: WorkingCalendar) -> None:
    # Gudhi Padwa Thu 19, Ramzan Eid Sat 21, Sunday 22.
    assert cal.add_working_days(D("2026-03-18"), 3) == D("2026-03-24")


def test_income_certificate_fifteen_working_days(cal: WorkingCalendar) -> None:
    # Counted by hand: 17,18,20,23,24,25,27,30 Mar; 1,2,4(1st Sat),6,7,8,9 Apr; skipping Gudhi Padwa,
    # Ramzan Eid, Ram Navami, 4th Saturday, Mahavir Jayanti, Good Friday and Sundays.
    assert cal.add_working_days(D("2026-03-16"), 15) == D("2026-04-09")
    assert cal.working_days_between(D("2026-03-16"), D("2026-04-09")) == 15


def test_due_date_across_the_year_boundary(cal: WorkingCalendar) -> None:
    # Christmas Fri 25, fourth Saturday 26, Sunday 27; 1 Jan 2027 is a working Friday.
    assert cal.add_working_days(D("2026-12-24"), 5) == D("2027-01-01")
    assert cal.add_working_days(D("2026-12-24"), 8) == D("2027-01-05")
    assert cal.working_days_between(D("2026-12-24"), D("2027-01-05")) == 8


def test_diwali(cal: WorkingCalendar) -> None:
    # Sat 7 Nov is a first Saturday (working); Laxmi Pujan falls on Sunday 8, Balipratipada Tue 10 Nov.
    assert cal.add_working_days(D("2026-11-06"), 3) == D("2026-11-11")
    # Sat 14 Nov is the second Saturday.
    assert cal.add_working_days(D("2026-11-12"), 2) == D("2026-11-16")


def test_working_days_between_sign_and_zero(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(D("2026-03-16"), D("2026-03-16")) == 0
    assert cal.working_days_between(D("2026-04-09"), D("2026-03-16")) == -15
    assert cal.working_days_between(D("2026-03-13"), D("2026-03-15")) == 0


def test_negative_count_is_refused(cal: WorkingCalendar) -> None:
    with pytest.raises(CalendarError, match="negative"):
        cal.add_working_days(D("2026-03-16"), -1)


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2025, 11, 1), max_value=date(2027, 12, 31)),
    n=st.integers(min_value=0, max_value=90),
)
def test_add_and_between_are_inverse(start: date, n: int) -> None:
    cal = _CAL
    due = cal.add_working_days(start, n)
    assert cal.working_days_between(start, due) == n
    assert n == 0 or cal.is_working_day(due)
    assert due >= start


_CAL = WorkingCalendar.from_lists([parse_holidays(_load(2026)), parse_holidays(_load(2027))])


def test_uncovered_year_counts_weekly_offs_only() -> None:
    bare = WorkingCalendar()
    assert not bare.covers(D("2026-01-26"))
    assert bare.is_working_day(D("2026-01-26"))
    assert not bare.is_working_day(D("2026-01-25"))


def test_a_calendar_with_no_working_day_fails_loudly() -> None:
    start = D("2026-01-01")
    every_day = [Holiday(start + timedelta(i), "Closed", "बंद") for i in range(3700)]
    with pytest.raises(CalendarError, match="no working day"):
        WorkingCalendar(every_day).add_working_days(start, 1)


# ---------------------------------------------------------------------------------------- hostile data


def _doc() -> dict[str, Any]:
    return copy.deepcopy(_load(2026))


def _rejects(doc: Any, *fragments: str) -> CalendarError:
    with pytest.raises(CalendarError) as info:
        parse_holidays(doc)
    for fragment in fragments:
        assert fragment in str(info.value), (fragment, str(info.value))
    assert isinstance(info.value, KioskError) and info.value.code == "calendar_invalid"
    return info.value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-02-30", "not a real date"),
        ("2026-13-01", "not a real date"),
        ("26/01/2026", "not YYYY-MM-DD"),
        ("20260126", "not YYYY-MM-DD"),
        ("2026-1-26", "not YYYY-MM-DD"),
        (" 2026-01-26", "not YYYY-MM-DD"),
        (20260126, "not YYYY-MM-DD"),
        (None, "not YYYY-MM-DD"),
        ("२०२६-०१-२६", "not YYYY-MM-DD"),
        ("2025-12-25", "outside the list's year 2026"),
    ],
)
def test_bad_dates(value: Any, message: str) -> None:
    doc = _doc()
    doc["holidays"][0]["date"] = value
    _rejects(doc, "holidays[0]", message)


def test_duplicate_holiday() -> None:
    doc = _doc()
    doc["holidays"].append(dict(doc["holidays"][0], name_en=" republic day "))
    _rejects(doc, "holidays[24]: 2026-01-26", "is listed twice")


def test_missing_or_blank_names() -> None:
    doc = _doc()
    del doc["holidays"][0]["name_mr"]
    doc["holidays"][1]["name_en"] = "   "
    doc["holidays"][2]["name_mr"] = 7
    err = _rejects(doc, "holidays[0]: needs non-empty", "holidays[1]: needs", "holidays[2]: needs")
    assert err.params["count"] == 3


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("year", "2026", "'year'"),
        ("year", True, "'year'"),
        ("year", 26, "'year'"),
        ("version", "", "missing 'version'"),
        ("version", None, "missing 'version'"),
        ("saturdays_off", [0], "'saturdays_off'"),
        ("saturdays_off", [6], "'saturdays_off'"),
        ("saturdays_off", "2,4", "'saturdays_off'"),
        ("saturdays_off", [True], "'saturdays_off'"),
        ("complete", "yes", "'complete'"),
        ("holidays", {"2026-01-26": "Republic Day"}, "missing 'holidays'"),
    ],
)
def test_bad_top_level_values(key: str, value: Any, message: str) -> None:
    doc = _doc()
    doc[key] = value
    _rejects(doc, message)


@pytest.mark.parametrize("doc", [None, [], "holidays", 2026])
def test_not_a_holiday_document(doc: Any) -> None:
    _rejects(doc, "not a JSON object")


def test_items_that_are_not_objects() -> None:
    doc = _doc()
    doc["holidays"].extend(["2026-01-01", None, ["2026-01-01", "New Year"]])
    _rejects(doc, "holidays[24]: not an object", "holidays[26]: not an object")


def test_many_problems_are_summarised() -> None:
    doc = _doc()
    for h in doc["holidays"]:
        h["date"] = "soon"
    err = _rejects(doc, "(+14 more)")
    assert err.params["count"] == 24


def test_two_lists_for_one_year_are_refused() -> None:
    hl = parse_holidays(_load(2026))
    with pytest.raises(CalendarError, match="same year"):
        WorkingCalendar.from_lists([hl, hl])


def test_lists_with_different_weekly_rules_are_refused() -> None:
    doc = _load(2027)
    doc["saturdays_off"] = [1, 3]
    with pytest.raises(CalendarError, match="Saturdays"):
        WorkingCalendar.from_lists([parse_holidays(_load(2026)), parse_holidays(doc)])


def test_holidays_are_sorted_whatever_the_file_order() -> None:
    doc = _doc()
    doc["holidays"].reverse()
    days = [h.day for h in parse_holidays(doc).holidays]
    assert days == sorted(days)
