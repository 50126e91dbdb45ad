"""The hub's day close (issue 18): a hub with several counter PCs adds up their day closes. Each PC closes its
own day (its own drawer, its own receipt series); the others' totals come from the portal, which heard them in
each counter's heartbeats (``GET /hubs/day-close``), and this PC's own are read fresh from its database —
never the portal's older copy of them. Counts and paise only: nothing personal crosses between counters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.domain.application import FIRST_COUNTER
from kiosk.domain.errors import KioskError
from kiosk.receipts import DayCloseData


@dataclass(frozen=True)
class CounterClose:
    counter: str
    applications: int
    fees_paise: int
    cash_paise: int
    upi_paise: int
    pending_paise: int
    reported_at: str = ""  # when the portal heard it; "" for this PC's own, read just now

    @property
    def own(self) -> bool:
        return not self.reported_at


@dataclass
class HubClose:
    day: date
    counters: list[CounterClose] = field(default_factory=list)
    others_unknown: KioskError | None = None  # why the other counters' totals could not be fetched

    def total(self, name: str) -> int:
        return sum(int(getattr(c, name)) for c in self.counters)


def own_close(counter: str, data: DayCloseData) -> CounterClose:
    return CounterClose(counter or FIRST_COUNTER, len(data.applications), data.total_paise, data.cash_paise,
                        data.upi_paise, data.pending_paise)


def reported_close(row: Mapping[str, Any]) -> CounterClose:
    def n(key: str) -> int:
        value = row.get(key, 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0
    return CounterClose(str(row.get("counter", FIRST_COUNTER)), n("applications"), n("fees_paise"), n("cash_paise"),
                        n("upi_paise"), n("pending_paise"), reported_at=str(row.get("reported_at") or "portal"))


def combine(day: date, own: CounterClose, fetch_others: Callable[[], Sequence[Mapping[str, Any]]]) -> HubClose:
    """This PC's close plus every other counter's as the portal reported it; offline, this PC's alone with
    the reason, so the operator knows the hub total is not whole."""
    close = HubClose(day, [own])
    try:
        others = [reported_close(r) for r in fetch_others()]
    except KioskError as exc:
        close.others_unknown = exc
        return close
    close.counters += [c for c in others if c.counter != own.counter]
    close.counters.sort(key=lambda c: int(c.counter) if c.counter.isdigit() else 0)
    return close
