"""The Applications screen's filters: status, service and a receipt-day range, with or without a search.

Without a search text the filters go into one SQL query (newest first, capped), so the newest matching
applications are found even among 100,000; with a search text the full-text search finds candidates and
the filters narrow them. (``ApplicationRepository.list`` takes one day, not a range, hence the query here.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.clock import local_day
from kiosk.store.applications import SUMMARY_COLUMNS, ApplicationSummary, summary_from_row
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

    def keeps(self, s: ApplicationSummary) -> bool:
        day = local_day(s.created_at) if self.day_from or self.day_to else None
        return ((not self.status or str(s.status) == self.status)
                and (not self.service or s.service_code == self.service)
                and (self.day_from is None or (day is not None and day >= self.day_from))
                and (self.day_to is None or (day is not None and day <= self.day_to)))


def find(store: Store, f: Filters, limit: int = SHOWN) -> list[ApplicationSummary]:
    if f.query.strip():
        return [s for s in search_applications(store, f.query, limit=limit * 3) if f.keeps(s)][:limit]
    where: list[str] = []
    params: list[object] = []
    for column, value in (("a.status = ?", f.status), ("a.service_code = ?", f.service)):
        if value:
            where.append(column)
            params.append(value)
    if f.day_from is not None:
        where.append("a.receipt_day >= ?")
        params.append(f.day_from.isoformat())
    if f.day_to is not None:
        where.append("a.receipt_day <= ?")
        params.append(f.day_to.isoformat())
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = store.query(  # only fixed fragments are joined; every value is a parameter
        f"SELECT {SUMMARY_COLUMNS} FROM applications a JOIN applicants p ON p.application_uuid = a.uuid "  # noqa: S608
        f"{clause} ORDER BY a.rowid DESC LIMIT ?", (*params, limit))
    return [summary_from_row(r) for r in rows]
