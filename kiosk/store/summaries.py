"""What a list or search shows of an application: one light row each, read by position.

Kept apart from :mod:`kiosk.store.applications` (the save and the full record) because screens, search and
the dashboard need only this.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from kiosk.domain.applicant import NameParts
from kiosk.domain.status import Status


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


class ApplicationSummary(NamedTuple):
    """One row of a list or search result: enough to show and to open the application.

    A NamedTuple rather than a frozen dataclass, and names kept as raw tuples until asked for: a search
    result is built for every row shown, and this keeps the mapping to a few microseconds a row."""

    uuid: str
    receipt_number: str
    status: Status
    service_code: str
    names_en: tuple[str, str, str, str]
    names_mr: tuple[str, str, str, str]
    mobile: str
    created_at: datetime
    due_date: date | None
    portal_number: str
    total_paise: int
    operator: str

    @property
    def name_en(self) -> NameParts:
        return NameParts(*self.names_en)

    @property
    def name_mr(self) -> NameParts:
        return NameParts(*self.names_mr)

    def to_dict(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "receipt_number": self.receipt_number, "status": str(self.status),
                "service_code": self.service_code, "name_en": self.name_en.to_dict(),
                "name_mr": self.name_mr.to_dict(), "mobile": self.mobile,
                "created_at": self.created_at.isoformat(), "due_date": _d(self.due_date),
                "portal_number": self.portal_number, "total_paise": self.total_paise, "operator": self.operator}


_STATUS_BY_VALUE = {s.value: s for s in Status}
_Names = tuple[str, str, str, str]


SUMMARY_COLUMNS = """a.uuid, a.receipt_number, a.status, a.service_code, a.created_at, a.due_date, a.portal_number,
    a.total_paise, a.operator, p.first_en, p.mother_en, p.father_en, p.surname_en,
    p.first_mr, p.mother_mr, p.father_mr, p.surname_mr, p.mobile"""


def summary_from_row(r: Sequence[Any]) -> ApplicationSummary:
    """A row of ``SUMMARY_COLUMNS``, read by position (a plain tuple from :meth:`Store.query_tuples`: no
    look-up by name per field, which cost more than the query itself on a screen of results)."""
    due = r[5]
    return ApplicationSummary(
        r[0], r[1], _STATUS_BY_VALUE[r[2]], r[3], cast(_Names, tuple(r[9:13])), cast(_Names, tuple(r[13:17])),
        r[17], datetime.fromisoformat(r[4]), date.fromisoformat(due) if due else None, r[6], r[7], r[8])


class ListFilter(NamedTuple):
    """What the Applications screen narrows by (empty / None = any)."""

    status: str = ""
    service_code: str = ""
    day_from: date | None = None
    day_to: date | None = None


def filter_clause(f: ListFilter) -> tuple[list[str], list[object]]:
    """SQL conditions on ``applications a`` (fixed fragments; every value a parameter)."""
    where: list[str] = []
    params: list[object] = []
    if f.status:
        where.append("a.status = ?")
        params.append(f.status)
    if f.service_code:
        where.append("a.service_code = ?")
        params.append(f.service_code)
    if f.day_from is not None:
        where.append("a.receipt_day >= ?")
        params.append(f.day_from.isoformat())
    if f.day_to is not None:
        where.append("a.receipt_day <= ?")
        params.append(f.day_to.isoformat())
    return where, params
