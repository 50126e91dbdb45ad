"""The doorstep visit at the counter (issue 18): open one for a village of the ring, take applications there
as usual (the intake adds the visit's id and the GR's doorstep fee line to each), close it with its own cash
count. ``seva-kiosk visit open|close|show`` and the window's banner call this same object, which the intake
owns (``intake.visits``): opening or closing a visit changes what the next checked form carries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.counter.ports import Clock, OpenApplications
from kiosk.domain.application import new_uuid
from kiosk.domain.clock import local_day
from kiosk.domain.visit import (
    MAX_DOORSTEP_PAISE,
    DoorstepFee,
    Visit,
    VisitFigures,
    VisitRefused,
    check_village,
    doorstep_fee,
)
from kiosk.store.visits import close_visit, current_visit, open_visit, visit_figures, visits_between

FACTS = Path("fees") / "doorstep-service.json"  # under the assets folder


class Visits:
    def __init__(self, applications: OpenApplications, clock: Clock, assets: Path,
                 on_change: Callable[[Visit | None], None] = lambda _v: None) -> None:
        self.applications = applications
        self.clock = clock
        self.assets = assets
        self.on_change = on_change
        self._fee: DoorstepFee | None = None

    def doorstep_fee(self) -> DoorstepFee:
        """The GR's doorstep charge, from the facts file (read once)."""
        if self._fee is None:
            self._fee = doorstep_fee(json.loads((self.assets / FACTS).read_text("utf-8")))
        return self._fee

    def current(self) -> Visit | None:
        """The visit open on this PC, or None (reads the store: the pool, from a screen)."""
        return current_visit(self.applications().store)

    def open(self, village: str, operator: str, *, day: date | None = None, fee_paise: int | None = None,
             village_code: str = "") -> Visit:
        """Open a visit to ``village`` (on ``day``, today by default). The doorstep fee is the GR's unless the
        facts file does not know it, when ``fee_paise`` (typed by the operator) is required."""
        store = self.applications().store
        store.require_writable()
        fee = self.doorstep_fee()
        paise = fee.paise if fee_paise is None else fee_paise
        if paise is None:
            raise VisitRefused("the doorstep fee is not known: give it", why="fee_unknown")
        if paise < 0 or paise > MAX_DOORSTEP_PAISE:
            raise VisitRefused(f"not a doorstep fee: {paise}", why="bad_fee")
        now = self.clock()
        visit = open_visit(self.applications(), Visit(new_uuid(), check_village(village), day or local_day(now),
                                                      paise, now, operator, village_code.strip()))
        self.on_change(visit)
        return visit

    def close(self, counted_paise: int, operator: str) -> VisitFigures:
        """Close the open visit with the cash counted from its bag; the figures say what was expected."""
        if counted_paise < 0:
            raise VisitRefused("cash cannot be negative", why="bad_cash")
        self.applications().store.require_writable()
        now = self.clock()
        figures = close_visit(self.applications(), counted_paise, operator, now, local_day(now))
        self.on_change(None)
        return figures

    def figures(self, visit: Visit) -> VisitFigures:
        return visit_figures(self.applications().store, visit)

    def between(self, start: date, end: date) -> list[VisitFigures]:
        return visits_between(self.applications().store, start, end)
