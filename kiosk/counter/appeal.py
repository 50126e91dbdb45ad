"""The citizen's first appeal (RTS Act): checked against the domain's rules, then the status change and the
appeal for the portal are one transaction, queued under a key derived from the application (pressing twice
files once)."""

from __future__ import annotations

import sqlite3
from datetime import date

from kiosk.counter.ports import OpenApplications, Today
from kiosk.domain.aadhaar_text import mask_aadhaar_numbers
from kiosk.domain.appeals import check_first_appeal
from kiosk.domain.application import Application
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.outbox import enqueue


def file_first_appeal(apps: Applications, uuid: str, today: date, grounds: str, delay_reason: str = "") -> Application:
    app = apps.get(uuid)
    check_first_appeal(app, today, delay_reason)
    if not app.portal_number:
        raise AppealNotAllowed("the application has not reached the portal yet", why="not_sent")
    if not grounds.strip():
        raise AppealNotAllowed("the grounds of the appeal are missing", why="no_grounds_text")
    # The citizen's own words go to the portal and the history: an Aadhaar number in them is masked.
    text = mask_aadhaar_numbers(
        grounds.strip() + (f"\n\nDelay: {delay_reason.strip()}" if delay_reason.strip() else ""))

    def queue_appeal(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        enqueue(conn, "appeal", f"{uuid}:appeal:1", {"application_id": row["portal_number"], "level": 1,
                                                       "grounds": text}, application_uuid=uuid)

    return apps.set_status(uuid, Status.FIRST_APPEAL, note=text[:500], also=queue_appeal)


class Appeals:
    """Files first appeals on today's local date (the appeal window is counted in calendar days)."""

    def __init__(self, applications: OpenApplications, today: Today) -> None:
        self.applications = applications
        self.today = today

    def file_first(self, uuid: str, grounds: str, delay_reason: str = "") -> Application:
        return file_first_appeal(self.applications(), uuid, self.today(), grounds, delay_reason)
