"""Handing over a decided application: the certificate that came back (to print it) and "delivered" with
the citizen's feedback.

The status changes through ``Applications.set_status`` (the state machine) and, in the same transaction,
what the portal must hear is queued in the outbox under a key derived from the application, so pressing
twice sends once and a power cut keeps both or neither.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.counter.ports import OpenApplications
from kiosk.domain.aadhaar_text import mask_aadhaar_numbers
from kiosk.domain.application import Application
from kiosk.domain.status import Status
from kiosk.sealed import SealedFolder
from kiosk.store.applications import Applications
from kiosk.store.outbox import enqueue
from kiosk.store.portal_answers import certificate_of


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
        payload["comment"] = mask_aadhaar_numbers(feedback.comment.strip())[:2000]  # the citizen's words, masked
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


class Handover:
    """The counter's hand-over desk: finds the downloaded certificate and marks the application delivered."""

    def __init__(self, applications: OpenApplications, certificates: SealedFolder) -> None:
        self.applications = applications
        self.certificates = certificates

    def certificate(self, uuid: str) -> Path | None:
        """The downloaded certificate of ``uuid``, or None while none has arrived (or its file is missing)."""
        sha = certificate_of(self.applications().store, uuid)
        if not sha:
            return None
        path = self.certificates.file(f"{sha}.pdf")
        return path if path.is_file() else None

    def deliver(self, uuid: str, feedback: Feedback | None = None) -> Application:
        return mark_delivered(self.applications(), uuid, feedback)
