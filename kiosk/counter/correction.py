"""Correct and send again: the outbox items the portal refused (quarantined), a plain retry, and the
correction of an application's details (checked by :mod:`kiosk.domain.correction` in the dialog) queued
again under its key.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.counter.ports import OpenApplications, OpenCatalogues, Today
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Service
from kiosk.store.outbox import OutboxItem, quarantined, retry_quarantined


@dataclass(frozen=True)
class Refused:
    """A refused application opened for correction: what was stored, its service, the portal's reason."""

    application: Application
    service: Service
    reason: str


class Corrections:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, today: Today) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.today = today  # corrections are checked against today (an age, a date of birth)

    def quarantined(self) -> list[OutboxItem]:
        """Every item the portal refused, oldest first."""
        return quarantined(self.applications().store)

    def retry(self, item_id: int) -> None:
        """Send a refused item again as it is (the operator fixed the cause elsewhere)."""
        retry_quarantined(self.applications().store, item_id)

    def open(self, item: OutboxItem) -> Refused:
        """The refused application of ``item`` with the service of the catalogue it was taken under."""
        if item.application_uuid is None:
            raise ValueError("the item is not an application")
        app = self.applications().get(item.application_uuid)
        service = self.catalogues().version(app.catalogue_version).service(app.service_code)
        return Refused(app, service, item.last_error)

    def resend(self, corrected: Application, *, actor: str) -> Application:
        """Store the corrected details and queue the application again, in one transaction."""
        return self.applications().correct_quarantined(corrected, actor=actor)
