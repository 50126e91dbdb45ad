"""The dashboard's figures in one read: today's takings, the queue, RTS deadlines, certificates to hand
over, the last 14 days. The queries are the store's (``kiosk.store.dashboard``); this says what is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.counter.ports import OpenStore, Today
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.dashboard import PeriodFigures, period_days
from kiosk.store import dashboard as queries
from kiosk.store.applications import ApplicationSummary
from kiosk.store.dashboard_period import load_figures
from kiosk.store.db import Store
from kiosk.store.hub import get_setting
from kiosk.store.outbox import counts
from kiosk.sync.engine import LAST_SYNC_KEY

NEAR_DUE_DAYS = 3
CHART_DAYS = 14
WAITING = queries.WAITING


@dataclass
class DashboardData:
    today: date
    today_count: int = 0
    today_paise: int = 0
    queue: dict[str, int] = field(default_factory=dict)
    last_sync: float | None = None
    past_due: int = 0
    near_due: int = 0
    due_list: list[ApplicationSummary] = field(default_factory=list)
    certificates_ready: int = 0
    ready_list: list[ApplicationSummary] = field(default_factory=list)
    per_day: list[tuple[date, int]] = field(default_factory=list)
    catalogue: Catalogue | None = None  # the service list in use, to name the services listed

    @property
    def queue_depth(self) -> int:
        return sum(v for k, v in self.queue.items() if k in ("pending", "unknown", "in_flight"))


def last_sync_time(store_value: str) -> float | None:
    try:
        return float(store_value) if store_value else None
    except ValueError:
        return None


def load_dashboard(store: Store, today: date, *, list_limit: int = 8) -> DashboardData:
    data = DashboardData(today)
    data.today_count, data.today_paise = queries.takings_of_day(store, today)
    data.queue = counts(store)
    data.last_sync = last_sync_time(get_setting(store, LAST_SYNC_KEY))
    near_limit = today + timedelta(days=NEAR_DUE_DAYS)
    data.past_due, data.near_due = queries.due_counts(store, today, near_limit)
    data.due_list = queries.due_soon(store, near_limit, list_limit)
    data.certificates_ready = queries.certificates_ready(store)
    data.ready_list = queries.ready_to_hand_over(store, list_limit)
    first = today - timedelta(days=CHART_DAYS - 1)
    found = queries.received_per_day(store, first, today)
    data.per_day = [(first + timedelta(days=i), found.get((first + timedelta(days=i)).isoformat(), 0))
                    for i in range(CHART_DAYS)]
    return data


class Dashboard:
    """What the dashboard screen asks for (on its worker pool): the figures of today, read in one go."""

    def __init__(self, store: OpenStore, today: Today, catalogue: Callable[[], Catalogue]) -> None:
        self.store = store
        self.today = today
        self.catalogue = catalogue

    def load(self, *, list_limit: int = 8) -> DashboardData:
        data = load_dashboard(self.store(), self.today(), list_limit=list_limit)
        data.catalogue = self.catalogue()
        return data

    def figures(self, first: date, last: date) -> PeriodFigures:
        """The uniform dashboard of ``first``..``last`` as it stands today (kiosk.domain.dashboard)."""
        return load_figures(self.store(), first, last, self.today())

    def period(self, name: str) -> PeriodFigures:
        return self.figures(*period_days(name, self.today()))
