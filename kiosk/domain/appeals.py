"""When the Right to Services Act lets a citizen appeal.

First appeal: within 30 days of a rejection, or of the time limit running out without a decision; late
filing can be condoned up to 90 days with a reason for the delay. Second appeal: within 30 days of the
first-appeal order, or once 45 days have passed since filing without an order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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
