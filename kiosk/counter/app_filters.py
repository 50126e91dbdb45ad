"""The Applications screen's filters: status, service and a receipt-day range, with or without a search.

Both paths put the filters into the one SQL query (newest first, capped), so the newest matching
applications are found even among 100,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.counter.ports import OpenApplications, OpenCatalogues
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.status import Status
from kiosk.store.applications import Applications, ApplicationSummary, ListFilter
from kiosk.store.search import search_applications

SHOWN = 200


@dataclass(frozen=True)
class Filters:
    query: str = ""
    status: str = ""
    service: str = ""
    day_from: date | None = None
    day_to: date | None = None

    def narrow(self) -> ListFilter:
        return ListFilter(self.status, self.service, self.day_from, self.day_to)


def find(apps: Applications, f: Filters, limit: int = SHOWN) -> list[ApplicationSummary]:
    if f.query.strip():
        return search_applications(apps.store, f.query, limit=limit, narrow=f.narrow())
    return apps.list(status=Status(f.status) if f.status else None, service_code=f.service or None,
                     day_from=f.day_from, day_to=f.day_to, limit=limit)


class Finder:
    """Finds applications for the screen's list and the CLI's ``list`` / ``search`` (one query each), and
    opens one with its timeline."""

    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues) -> None:
        self.applications = applications
        self.catalogues = catalogues

    def catalogue(self) -> Catalogue:
        """The active catalogue (service names for the list; it changes when sync brings a new one)."""
        return self.catalogues().active()

    def open(self, key: str) -> tuple[Application, list[dict[str, str]]]:
        """One application (receipt number or UUID) and its status timeline, oldest first."""
        app = self.applications().get(key)
        return app, self.applications().history(app.uuid)

    def find(self, filters: Filters, limit: int = SHOWN) -> list[ApplicationSummary]:
        return find(self.applications(), filters, limit)

    def search(self, query: str, limit: int = SHOWN) -> list[ApplicationSummary]:
        """Names in either script, receipt, mobile or portal numbers, with no other filter."""
        return search_applications(self.applications().store, query, limit=limit)
