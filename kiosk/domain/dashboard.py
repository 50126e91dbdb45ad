"""The uniform dashboard (issue 18): the layout the state uses for every office — received, disposed
within the time limit, disposed late, pending within and past the limit, appeals — per service and per
village, for a chosen period; per village also the certificates waiting to be handed over.

The figures of a period are those of the applications *received* in it, as they stand today (so received =
disposed in time + disposed late + pending in time + pending past, row by row), and the appeals *filed* in
it. The same figures, the same way, go into the heartbeat (``kiosk.sync.heartbeat``), so the ring's
dashboard on the portal is the sum of its counters' and hubs' own. Pure data: the counting is the store's
(``kiosk.store.dashboard_period``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

# The figures, in the order of the state's layout (and of the window's columns and the JSON's keys).
FIGURES = ("received", "disposed_in_time", "disposed_late", "pending_in_time", "pending_past", "appeals",
           "certificates_waiting")
PERIODS = ("today", "week", "month", "last_month", "year", "all")
EARLIEST = date(2000, 1, 1)  # "since the start": before any kiosk took an application


@dataclass(frozen=True)
class GroupCounts:
    """One (service, village) group of a period, as the store counts it (kiosk.store.dashboard_period): the
    dashboard adds these up by service and by village."""

    service_code: str
    village_key: str  # the LGD code when known, else the name folded for comparing
    village_name: str
    received: int = 0
    disposed_in_time: int = 0
    disposed_late: int = 0
    pending_in_time: int = 0
    pending_past: int = 0
    certificates_waiting: int = 0
    appeals: int = 0


@dataclass
class Figures:
    received: int = 0
    disposed_in_time: int = 0
    disposed_late: int = 0
    pending_in_time: int = 0
    pending_past: int = 0
    appeals: int = 0
    certificates_waiting: int = 0

    def add(self, g: GroupCounts) -> None:
        self.received += g.received
        self.disposed_in_time += g.disposed_in_time
        self.disposed_late += g.disposed_late
        self.pending_in_time += g.pending_in_time
        self.pending_past += g.pending_past
        self.appeals += g.appeals
        self.certificates_waiting += g.certificates_waiting

    def values(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in FIGURES)


@dataclass
class VillageFigures(Figures):
    name: str = ""  # as typed on the (first) application counted; the key is the LGD code when known


@dataclass
class PeriodFigures:
    first: date
    last: date
    as_of: date
    total: Figures = field(default_factory=Figures)
    services: dict[str, Figures] = field(default_factory=dict)
    villages: dict[str, VillageFigures] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """What ``seva-kiosk dashboard --json`` prints and the heartbeat carries (no personal data)."""
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "as_of": self.as_of.isoformat(),
                "total": asdict(self.total),
                "services": {code: asdict(f) for code, f in sorted(self.services.items())},
                "villages": {key: asdict(f) for key, f in sorted(self.villages.items())}}


def figures_from(groups: list[GroupCounts], first: date, last: date, as_of: date) -> PeriodFigures:
    out = PeriodFigures(first, last, as_of)
    for g in groups:
        out.total.add(g)
        out.services.setdefault(g.service_code, Figures()).add(g)
        village = out.villages.setdefault(g.village_key, VillageFigures(name=g.village_name))
        village.add(g)
    return out


def period_days(period: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period ending today: ``today``, ``week`` (from Monday), ``month``,
    ``last_month`` (the whole calendar month before), ``year`` (the financial year, from 1 April), ``all``."""
    if period == "today":
        return today, today
    if period == "week":
        return today - timedelta(days=today.weekday()), today
    if period == "month":
        return today.replace(day=1), today
    if period == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == "year":
        return date(today.year if today.month >= 4 else today.year - 1, 4, 1), today
    if period == "all":
        return EARLIEST, today
    raise ValueError(f"unknown period {period!r}")
