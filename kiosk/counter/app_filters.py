"""The Applications screen's filters: status, service and a receipt-day range, with or without a search.

Both paths put the filters into the one SQL query (newest first, capped), so the newest matching
applications are found even among 100,000.

A search may also be the text of a receipt's QR code (``SK1|<receipt no>|<uuid>``): a USB QR scanner types
it into whichever box has the focus, and the citizen's slip promises that scanning it finds the application
again. It is looked up by its uuid (the application's id for life), then by its receipt number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.counter.ports import OpenApplications, OpenCatalogues
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.errors import NotFound
from kiosk.domain.status import Status
from kiosk.receipts.model import ReceiptDataError, parse_qr_payload
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


def receipt_code(text: str) -> tuple[str, str] | None:
    """(receipt number, uuid) when ``text`` is a scanned receipt QR, else None (an ordinary search)."""
    text = text.strip()
    if text[:4].upper() != "SK1|":
        return None
    try:
        return parse_qr_payload("SK1|" + text[4:])
    except ReceiptDataError:
        return None


def open_key(apps: Applications, key: str) -> Application:
    """An application by receipt number, uuid or the text of its receipt's QR code."""
    code = receipt_code(key)
    if code is None:
        return apps.get(key)
    receipt, uuid = code
    try:
        return apps.get(uuid)
    except NotFound:
        return apps.get(receipt)


def _scanned(apps: Applications, code: tuple[str, str], narrow: ListFilter | None,
             limit: int) -> list[ApplicationSummary]:
    """The one application a scanned receipt names (or nothing), through the same search as typed text so
    the screen's filters still apply."""
    try:
        app = open_key(apps, "|".join(("SK1", *code)))
    except NotFound:
        return []
    rows = search_applications(apps.store, app.receipt_number, limit=max(limit, 1), narrow=narrow)
    return [r for r in rows if r.uuid == app.uuid][:limit]


def find(apps: Applications, f: Filters, limit: int = SHOWN, offset: int = 0) -> list[ApplicationSummary]:
    """``limit`` rows after the first ``offset`` (the window asks a screen at a time as the operator scrolls)."""
    code = receipt_code(f.query)
    if code is not None:
        return _scanned(apps, code, f.narrow(), limit) if offset == 0 else []  # one application, one screen
    if f.query.strip():
        return search_applications(apps.store, f.query, limit=limit, offset=offset, narrow=f.narrow())
    return apps.list(status=Status(f.status) if f.status else None, service_code=f.service or None,
                     day_from=f.day_from, day_to=f.day_to, limit=limit, offset=offset)


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
        """One application (receipt number, UUID or its receipt's QR text) and its timeline, oldest first."""
        app = open_key(self.applications(), key)
        return app, self.applications().history(app.uuid)

    def find(self, filters: Filters, limit: int = SHOWN, offset: int = 0) -> list[ApplicationSummary]:
        return find(self.applications(), filters, limit, offset)

    def search(self, query: str, limit: int = SHOWN) -> list[ApplicationSummary]:
        """Names in either script, receipt, mobile or portal numbers, a receipt's QR text; no other filter."""
        code = receipt_code(query)
        if code is not None:
            return _scanned(self.applications(), code, None, limit)
        return search_applications(self.applications().store, query, limit=limit)
