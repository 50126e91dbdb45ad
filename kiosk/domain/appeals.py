"""When the Right to Services Act lets a citizen appeal.

First appeal: within 30 days of a rejection, or of the time limit running out without a decision; late
filing can be condoned up to 90 days with a reason for the delay. Second appeal: within 30 days of the
first-appeal order, or once 45 days have passed since filing without an order. Third appeal: to the State
Commission for Right to Public Services once the second appeal has an order, or its time to decide has passed
without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from kiosk.domain.application import Application
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.status import AWAITING_DECISION, Status

FIRST_APPEAL_DAYS = 30
LATE_APPEAL_DAYS = 90
SECOND_APPEAL_DAYS = 30
FIRST_APPEAL_DECISION_DAYS = 45


@dataclass(frozen=True)
class AppealWindow:
    opens: date
    closes: date
    late_until: date
    reason: str  # "rejected" or "time_limit_passed"

    def state_on(self, today: date) -> str:
        if today < self.opens:
            return "not_yet"
        if today <= self.closes:
            return "open"
        if today <= self.late_until:
            return "late"
        return "closed"


def first_appeal_window(app: Application) -> AppealWindow | None:
    """The window for a first appeal, or None while neither a rejection nor a lapsed due date exists."""
    if app.status == Status.REJECTED and app.decided_on:
        start, reason = app.decided_on, "rejected"
    elif app.status in AWAITING_DECISION and app.due_date:
        start, reason = app.due_date + timedelta(days=1), "time_limit_passed"
    else:
        return None
    return AppealWindow(start, start + timedelta(days=FIRST_APPEAL_DAYS - 1),
                        start + timedelta(days=LATE_APPEAL_DAYS - 1), reason)


def check_first_appeal(app: Application, today: date, delay_reason: str = "") -> AppealWindow:
    """Return the window if a first appeal may be filed today, else raise AppealNotAllowed saying why."""
    if app.status in (Status.FIRST_APPEAL, Status.SECOND_APPEAL):
        raise AppealNotAllowed("a first appeal is already filed", why="already_filed")
    window = first_appeal_window(app)
    if window is None:
        raise AppealNotAllowed("no rejection and the time limit has not passed", why="no_grounds")
    state = window.state_on(today)
    if state == "not_yet":
        raise AppealNotAllowed(f"the time limit runs until {app.due_date}", why="not_yet",
                               due=app.due_date.strftime("%d-%m-%Y") if app.due_date else "")
    if state == "late" and not delay_reason.strip():
        raise AppealNotAllowed("more than 30 days have passed: give a reason for the delay",
                               why="needs_delay_reason")
    if state == "closed":
        raise AppealNotAllowed("more than 90 days have passed", why="closed")
    return window


def check_second_appeal(filed_on: date, order_on: date | None, today: date) -> None:
    if order_on is not None:
        if today > order_on + timedelta(days=SECOND_APPEAL_DAYS):
            raise AppealNotAllowed("more than 30 days since the first-appeal order", why="closed", stage="second")
        return
    if today < filed_on + timedelta(days=FIRST_APPEAL_DECISION_DAYS):
        raise AppealNotAllowed("the first appellate authority still has time to decide", why="not_yet",
                               stage="second")


# ---------------------------------------------------------------------------------------- three levels
# Issue 17: the Act's three levels. The filing windows above stay in calendar days (the Act's "within 30
# days" of an order or lapse, as the first appeal has always been counted here); the appellate
# authority's own time to decide is tracked in working days on the hub's calendar, like a service's time
# limit. The State Commission's time limits are not confirmed (shared/domain): no date is computed or
# printed for the third level, and lateness never refuses it.
LEVELS = (1, 2, 3)
DECIDE_WORKING_DAYS: dict[int, int | None] = {1: 30, 2: 45, 3: None}
AUTHORITY = {1: "first_appellate", 2: "second_appellate", 3: "commission"}
REASON_CODES = ("rejected_wrongly", "no_decision", "documents_were_complete", "fee_paid_not_counted",
                "order_not_followed", "other")
ORDER_OUTCOMES = ("allowed", "dismissed")


@dataclass(frozen=True)
class FiledAppeal:
    """An appeal the kiosk filed, and the order the portal reported back (if any)."""

    level: int
    filed_on: date
    reason: str
    decide_by: date | None = None
    order_on: date | None = None
    outcome: str = ""  # "", "allowed" or "dismissed"


@dataclass(frozen=True)
class AppealPlan:
    """An appeal the rules allow today: to whom, on what ground, whether late, and by when it is decided."""

    level: int
    authority: str
    ground: str  # rejected | time_limit_passed | order | no_order
    late: bool
    decide_by: date | None  # None for the State Commission: its time limit is not confirmed


class WorkingDays(Protocol):
    def add_working_days(self, start: date, days: int) -> date: ...


def next_level(filed: Sequence[FiledAppeal]) -> int:
    """The level a new appeal would be: one above the highest filed (3 stays 3, then refused)."""
    return min(3, max((a.level for a in filed), default=0) + 1)


def decide_by(level: int, filed_on: date, calendar: WorkingDays) -> date | None:
    days = DECIDE_WORKING_DAYS[level]
    return None if days is None else calendar.add_working_days(filed_on, days)


def check_appeal(app: Application, filed: Sequence[FiledAppeal], level: int, today: date,
                 calendar: WorkingDays, late_reason: str = "", reason: str = "rejected_wrongly") -> AppealPlan:
    """Return the plan if an appeal at ``level`` may be filed today, else raise AppealNotAllowed saying why
    in the words of ``appeal_refusal.<why>`` (with ``level``/``date`` params for the sentence)."""
    if level not in LEVELS:
        raise AppealNotAllowed(f"level {level} does not exist", why="no_such_level", level=level)
    if reason not in REASON_CODES:
        raise AppealNotAllowed(f"unknown reason {reason}", why="unknown_reason", reason=reason)
    by_level = {a.level: a for a in filed}
    if level in by_level:
        raise AppealNotAllowed(f"appeal {level} is already filed", why="level_filed", level=level,
                               date=_dmy(by_level[level].filed_on))
    if any(a.outcome == "allowed" for a in filed) or app.status in (Status.APPROVED, Status.DELIVERED):
        raise AppealNotAllowed("the application was granted: there is nothing to appeal", why="granted")
    if level == 1:
        if filed:
            raise AppealNotAllowed("a first appeal is already filed", why="already_filed")
        window = check_first_appeal(app, today, late_reason)
        late = window.state_on(today) == "late"
        return AppealPlan(1, AUTHORITY[1], window.reason, late, decide_by(1, today, calendar))
    below = by_level.get(level - 1)
    if below is None:
        raise AppealNotAllowed(f"appeal {level - 1} must be filed first", why="needs_lower", level=level - 1)
    if level == 2:
        check_second_appeal(below.filed_on, below.order_on, today)
    elif below.order_on is None and below.decide_by is not None and today <= below.decide_by:
        raise AppealNotAllowed("the second appellate authority still has time to decide", why="not_yet",
                               stage="third", date=_dmy(below.decide_by))
    return AppealPlan(level, AUTHORITY[level], "order" if below.order_on else "no_order", False,
                      decide_by(level, today, calendar))


def _dmy(day: date) -> str:
    return day.strftime("%d-%m-%Y")
