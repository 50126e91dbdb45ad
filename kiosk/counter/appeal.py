"""The citizen's appeals under the RTS Act, at all three levels.

Checked against the domain's rules (``kiosk.domain.appeals``: which level, on what ground, how late, the
authority's deadline in working days), then the status change, the appeal's row and the message for the
portal are one transaction, queued under a key derived from the application and the level (pressing
twice files once). Level 1 keeps the key earlier releases used (``<uuid>:appeal:1``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kiosk.counter.ports import OpenApplications, Today
from kiosk.domain.aadhaar_text import mask_aadhaar_numbers
from kiosk.domain.appeals import AppealPlan, FiledAppeal, check_appeal, next_level
from kiosk.domain.application import Application
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.errors import AppealNotAllowed, KioskError
from kiosk.domain.messages import say
from kiosk.domain.status import Status
from kiosk.store.appeals import AppealRow, appeals_of, insert_appeal
from kiosk.store.applications import Applications
from kiosk.store.outbox import enqueue

if TYPE_CHECKING:
    from kiosk.counter.appeal_ack import AppealAckFile
    from kiosk.counter.receipt import Receipts

STATUS_OF_LEVEL = {1: Status.FIRST_APPEAL, 2: Status.SECOND_APPEAL, 3: Status.THIRD_APPEAL}


@dataclass(frozen=True)
class AppealRequest:
    level: int
    reason: str  # a code of kiosk.domain.appeals.REASON_CODES
    grounds: str = ""  # the citizen's own words; "other" needs them, any reason may add them
    late_reason: str = ""  # why a first appeal comes after the 30 days (up to 90)


def appeal_key(uuid: str, level: int) -> str:
    return f"{uuid}:appeal:{level}"


def file_appeal(apps: Applications, uuid: str, request: AppealRequest, today: date, calendar: WorkingCalendar,
                actor: str = "") -> tuple[Application, AppealPlan]:
    app = apps.get(uuid)
    filed = [r.filed for r in appeals_of(apps.store, app.uuid)]
    plan = check_appeal(app, filed, request.level, today, calendar, request.late_reason, request.reason)
    if not app.portal_number:
        raise AppealNotAllowed("the application has not reached the portal yet", why="not_sent")
    if request.reason == "other" and not request.grounds.strip():
        raise AppealNotAllowed("the grounds of the appeal are missing", why="no_grounds_text")
    # The citizen's own words go to the portal and the history: an Aadhaar number in them is masked.
    grounds = mask_aadhaar_numbers(request.grounds.strip())
    late = mask_aadhaar_numbers(request.late_reason.strip()) if plan.late else ""
    sentence = say(f"appeal_reason.{request.reason}", "en")
    text = grounds or sentence
    note = text + (f"\n\nDelay: {late}" if late else "")
    record = FiledAppeal(plan.level, today, request.reason, plan.decide_by)

    def queue_appeal(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        insert_appeal(conn, row["uuid"], record, ground=plan.ground, grounds=grounds, late_reason=late,
                      operator=actor)
        body = {"application_id": row["portal_number"], "level": plan.level, "grounds": note,
                "reason_code": request.reason, "ground": plan.ground}
        if late:
            body["late_reason"] = late
        enqueue(conn, "appeal", appeal_key(row["uuid"], plan.level), body, application_uuid=row["uuid"])

    updated = apps.set_status(app.uuid, STATUS_OF_LEVEL[plan.level], note=note[:500], also=queue_appeal,
                              actor=actor)
    return updated, plan


def file_first_appeal(apps: Applications, uuid: str, today: date, grounds: str, delay_reason: str = "",
                      calendar: WorkingCalendar | None = None) -> Application:
    """The first appeal in the citizen's own words (the window's button before issue 17)."""
    if not grounds.strip():
        raise AppealNotAllowed("the grounds of the appeal are missing", why="no_grounds_text")
    request = AppealRequest(1, "other", grounds, delay_reason)
    return file_appeal(apps, uuid, request, today, calendar or WorkingCalendar())[0]


class Appeals:
    """Files appeals on today's local date; the authority's deadline counts the hub's working days."""

    def __init__(self, applications: OpenApplications, today: Today,
                 calendar: Callable[[], WorkingCalendar] = WorkingCalendar,
                 receipts: Callable[[], Receipts] | None = None) -> None:
        self.applications = applications
        self.today = today
        self.calendar = calendar
        self.receipts = receipts  # the shared receipts use case, for the acknowledgement's paper

    def acknowledgement(self, key: str, level: int | None = None, layout: str = "a4") -> AppealAckFile:
        """The appeal's acknowledgement PDF (kept in the sealed receipts folder), for the printer."""
        from kiosk.counter.appeal_ack import make_acknowledgement

        if self.receipts is None:
            raise KioskError("no receipts folder is configured")
        return make_acknowledgement(self.receipts(), key, level, layout)

    def file(self, key: str, request: AppealRequest, actor: str = "") -> tuple[Application, AppealPlan]:
        """``key``: a receipt number or UUID."""
        return file_appeal(self.applications(), key, request, self.today(), self.calendar(), actor)

    def file_first(self, uuid: str, grounds: str, delay_reason: str = "") -> Application:
        return file_first_appeal(self.applications(), uuid, self.today(), grounds, delay_reason, self.calendar())

    def filed(self, key: str) -> list[AppealRow]:
        apps = self.applications()
        return appeals_of(apps.store, apps.get(key).uuid)

    def next_level(self, key: str) -> int:
        return next_level([r.filed for r in self.filed(key)])

    def check(self, key: str, level: int, reason: str = "rejected_wrongly", late_reason: str = "") -> AppealPlan:
        """What filing would do today, or AppealNotAllowed saying why not (the dialog's plain words)."""
        apps = self.applications()
        app = apps.get(key)
        filed = [r.filed for r in appeals_of(apps.store, app.uuid)]
        return check_appeal(app, filed, level, self.today(), self.calendar(), late_reason, reason)
