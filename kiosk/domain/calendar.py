"""The working-day calendar behind RTS due dates: weekly offs plus the state's public holidays, as data.

The Right to Public Services Act counts its time limits on working days (the portal links the state's
holiday list), and Maharashtra's government offices close on Sundays, on the second and fourth Saturday
of each month and on the holidays the General Administration Department notifies once a year. The list
changes every year and is sometimes amended mid-year, so it is a versioned JSON document per year
(``assets/calendar/holidays-<year>.json``) that :func:`parse_holidays` validates; nothing about a
particular year lives in code. Pure: the caller reads the files and hands over the decoded JSON.

Counting convention (the one the Act's Rule 6 implies: the clock starts once the application is
complete): ``add_working_days(completed_on, n)`` never counts the completion day itself, even when it is a
working day. Day 1 is the first working day *after* it, and the due date is the n-th such day. So an
application completed on a Friday with a 1-day limit is due the next working day, Monday (or later).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kiosk.domain.errors import KioskError

DEFAULT_SATURDAYS_OFF = (2, 4)
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MAX_SEARCH_DAYS = 3660  # a calendar with no working day in ten years is broken data, not a long wait


class CalendarError(KioskError):
    """A holiday list is malformed, or a date computation was asked something impossible."""

    code = "calendar_invalid"


@dataclass(frozen=True)
class Holiday:
    day: date
    name_en: str
    name_mr: str

    def name(self, language: str) -> str:
        return self.name_mr if language in ("mr", "hi") else self.name_en


@dataclass(frozen=True)
class HolidayList:
    """One year's notified list, as published (and possibly amended: ``version`` tells them apart)."""

    year: int
    version: str
    holidays: tuple[Holiday, ...]
    saturdays_off: tuple[int, ...] = DEFAULT_SATURDAYS_OFF
    source: str = ""
    confidence: str = "L"
    complete: bool = True  # False: only the holidays known so far (e.g. fixed dates before the GR is out)


def _nonempty_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def parse_holidays(data: Any) -> HolidayList:
    """Validate one year's holiday document, or raise :class:`CalendarError` listing every problem.

    Two different holidays on one date are legitimate (1 May 2026 is both Maharashtra Din and Buddha
    Pournima); the same holiday listed twice is an editing mistake and is refused.
    """
    if not isinstance(data, Mapping):
        raise CalendarError("holiday list: not a JSON object")
    problems: list[str] = []
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1950 <= year <= 2200:
        problems.append("holiday list: 'year' must be a year such as 2026")
        year = None
    version = data.get("version")
    if not _nonempty_str(version):
        problems.append("holiday list: missing 'version'")
    saturdays = data.get("saturdays_off", list(DEFAULT_SATURDAYS_OFF))
    if not isinstance(saturdays, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 5 for n in saturdays
    ):
        problems.append("holiday list: 'saturdays_off' must list week numbers 1-5")
        saturdays = list(DEFAULT_SATURDAYS_OFF)
    complete = data.get("complete", True)
    if not isinstance(complete, bool):
        problems.append("holiday list: 'complete' must be true or false")
        complete = False
    raw = data.get("holidays")
    if not isinstance(raw, list):
        problems.append("holiday list: missing 'holidays'")
        raw = []
    holidays: list[Holiday] = []
    seen: set[tuple[date, str]] = set()
    for i, item in enumerate(raw):
        where = f"holidays[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{where}: not an object")
            continue
        text = item.get("date")
        day: date | None = None
        if not isinstance(text, str) or not _ISO_DATE.match(text):
            problems.append(f"{where}: date {text!r} is not YYYY-MM-DD")
        else:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                problems.append(f"{where}: {text} is not a real date")
        if day is not None and year is not None and day.year != year:
            problems.append(f"{where}: {text} is outside the list's year {year}")
        name_en, name_mr = item.get("name_en"), item.get("name_mr")
        if not isinstance(name_en, str) or not isinstance(name_mr, str) or not name_en.strip() or not name_mr.strip():
            problems.append(f"{where}: needs non-empty 'name_en' and 'name_mr'")
            continue
        if day is None:
            continue
        key = (day, name_en.strip().casefold())
        if key in seen:
            problems.append(f"{where}: {text} {name_en} is listed twice")
        seen.add(key)
        holidays.append(Holiday(day, name_en.strip(), name_mr.strip()))
    if problems:
        shown = "; ".join(problems[:10])
        more = f" (+{len(problems) - 10} more)" if len(problems) > 10 else ""
        raise CalendarError(f"holiday list rejected: {shown}{more}", count=len(problems))
    assert isinstance(year, int) and isinstance(version, str)
    return HolidayList(
        year=year,
        version=version.strip(),
        holidays=tuple(sorted(holidays, key=lambda h: h.day)),
        saturdays_off=tuple(sorted(set(saturdays))),
        source=str(data.get("source") or ""),
        confidence=str(data.get("confidence") or "L"),
        complete=complete,
    )


class WorkingCalendar:
    """Answers "is this a working day" and counts working days, for the years it has lists for.

    Outside those years it still counts Sundays and the off Saturdays but knows no holidays; callers
    that show a due date should check :meth:`covers` and say the date is provisional when it is not.
    """

    def __init__(
        self, holidays: Iterable[Holiday] = (), *, saturdays_off: Iterable[int] = DEFAULT_SATURDAYS_OFF,
        years: Iterable[int] = (),
    ) -> None:
        """``years``: the years whose holiday lists are complete; only they count as covered."""
        self._saturdays_off = frozenset(saturdays_off)
        self._holidays: dict[date, tuple[Holiday, ...]] = {}
        for h in holidays:
            self._holidays[h.day] = (*self._holidays.get(h.day, ()), h)
        self._years = frozenset(years)

    @classmethod
    def from_lists(cls, lists: Iterable[HolidayList]) -> WorkingCalendar:
        """Merge several years' lists; two lists for one year (or differing weekly rules) are refused."""
        lists = list(lists)
        years = [hl.year for hl in lists]
        if len(years) != len(set(years)):
            raise CalendarError("two holiday lists for the same year", years=sorted(years))
        rules = {hl.saturdays_off for hl in lists}
        if len(rules) > 1:
            raise CalendarError("holiday lists disagree about which Saturdays are off")
        return cls(
            (h for hl in lists for h in hl.holidays),
            saturdays_off=rules.pop() if rules else DEFAULT_SATURDAYS_OFF,
            years=[hl.year for hl in lists if hl.complete],
        )

    def covers(self, day: date) -> bool:
        """Whether a complete holiday list was loaded for ``day``'s year (else a due date is provisional)."""
        return day.year in self._years

    def holidays_on(self, day: date) -> tuple[Holiday, ...]:
        return self._holidays.get(day, ())

    def is_off_saturday(self, day: date) -> bool:
        return day.weekday() == 5 and (day.day - 1) // 7 + 1 in self._saturdays_off

    def is_working_day(self, day: date) -> bool:
        return day.weekday() != 6 and not self.is_off_saturday(day) and day not in self._holidays

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        for _ in range(_MAX_SEARCH_DAYS):
            day += timedelta(days=1)
            if self.is_working_day(day):
                return day
        raise CalendarError("no working day within ten years: the holiday data is wrong")

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself never counts; 0 gives ``start``)."""
        if days < 0:
            raise CalendarError("cannot count a negative number of working days", days=days)
        day = start
        for _ in range(days):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end; negative when ``end`` is before ``start``.

        The inverse of :meth:`add_working_days`: for a due date ``due = add_working_days(s, n)``,
        ``working_days_between(s, due) == n``; "working days left" is ``working_days_between(today, due)``.
        """
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for i in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(i)))
