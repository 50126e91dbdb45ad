"""Counter actions on a saved application (Qt-free, run on the thread pool): hand over, first appeal.

Each changes the status through ``Applications.set_status`` (the state machine) and, in the same
transaction, queues what the portal must hear in the outbox under a key derived from the application, so
pressing twice sends once and a power cut keeps both or neither.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.domain.appeals import check_first_appeal
from kiosk.domain.application import Application
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.outbox import enqueue


@dataclass(frozen=True)
class Feedback:
    rating: int | None  # 1..5, or None when the citizen gave none
    comment: str = ""
    language: str = "mr"
    consent_to_call: bool = False  # the citizen agreed to be called by the portal's third-party verifier


def feedback_payload(feedback: Feedback, receipt_number: str, portal_number: str) -> dict[str, Any] | None:
    """The portal's feedback body, or None when there is nothing to send (the contract requires a rating)."""
    if feedback.rating is None:
        return None
    if not 1 <= feedback.rating <= 5:
        raise ValueError("rating must be 1..5")
    payload: dict[str, Any] = {"receipt_number": receipt_number, "rating": feedback.rating,
                               "language": feedback.language if feedback.language in ("mr", "en", "hi") else "mr",
                               "consent_to_call": bool(feedback.consent_to_call)}
    if portal_number:
        payload["application_id"] = portal_number
    if feedback.comment.strip():
        payload["comment"] = feedback.comment.strip()[:2000]
    return payload


def mark_delivered(apps: Applications, uuid: str, feedback: Feedback | None = None) -> Application:
    """Handed over; the citizen's feedback is queued in the same transaction as the status change."""
    if feedback is not None and feedback.rating is not None and not 1 <= feedback.rating <= 5:
        raise ValueError("rating must be 1..5")

    def queue_feedback(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        payload = feedback_payload(feedback, row["receipt_number"], row["portal_number"]) if feedback else None
        if payload is not None:
            enqueue(conn, "feedback", f"{uuid}:feedback", payload, application_uuid=uuid)

    return apps.set_status(uuid, Status.DELIVERED, note="handed over at the counter", also=queue_feedback)


def file_first_appeal(apps: Applications, uuid: str, today: date, grounds: str, delay_reason: str = "") -> Application:
    app = apps.get(uuid)
    check_first_appeal(app, today, delay_reason)
    if not app.portal_number:
        raise AppealNotAllowed("the application has not reached the portal yet", why="not_sent")
    if not grounds.strip():
        raise AppealNotAllowed("the grounds of the appeal are missing", why="no_grounds_text")
    text = grounds.strip() + (f"\n\nDelay: {delay_reason.strip()}" if delay_reason.strip() else "")

    def queue_appeal(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        enqueue(conn, "appeal", f"{uuid}:appeal:1", {"application_id": row["portal_number"], "level": 1,
                                                       "grounds": text}, application_uuid=uuid)

    return apps.set_status(uuid, Status.FIRST_APPEAL, note=text[:500], also=queue_appeal)
