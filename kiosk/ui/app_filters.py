"""The Applications screen's filters: status, service and a receipt-day range, with or without a search.

Both paths put the filters into the one SQL query (newest first, capped), so the newest matching
applications are found even among 100,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.status import Status
from kiosk.store.applications import Applications, ApplicationSummary, ListFilter
from kiosk.store.db import Store
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


def find(store: Store, f: Filters, limit: int = SHOWN) -> list[ApplicationSummary]:
    if f.query.strip():
        return search_applications(store, f.query, limit=limit, narrow=f.narrow())
    return Applications(store).list(status=Status(f.status) if f.status else None, service_code=f.service or None,
                                    day_from=f.day_from, day_to=f.day_to, limit=limit)
