"""The dashboard's figures in one read (Qt-free, runs on the thread pool).

Every query is an index range (receipt_day, status+due_date) or a small join, so 100,000 applications
cost the same few milliseconds as 100 — the dashboard must not slow down as a hub ages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.store.applications import SUMMARY_COLUMNS, ApplicationSummary, summary_from_row
from kiosk.store.db import Store
from kiosk.store.hub import get_setting
from kiosk.store.outbox import counts
from kiosk.sync.engine import LAST_SYNC_KEY

NEAR_DUE_DAYS = 3
CHART_DAYS = 14
WAITING = ("queued", "submitted", "under_scrutiny", "documents_pending")


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

    @property
    def queue_depth(self) -> int:
        return sum(v for k, v in self.queue.items() if k in ("pending", "unknown", "in_flight"))


def load_dashboard(store: Store, today: date, *, list_limit: int = 8) -> DashboardData:
    data = DashboardData(today)
    # A voided application's fee went back to the citizen: it is not part of the day's takings.
    row = store.query("SELECT count(*), COALESCE(sum(total_paise), 0) FROM applications WHERE receipt_day = ? "
                      "AND status != 'voided'", (today.isoformat(),))[0]
    data.today_count, data.today_paise = int(row[0]), int(row[1])
    data.queue = counts(store)
    last = get_setting(store, LAST_SYNC_KEY)
    try:
        data.last_sync = float(last) if last else None
    except ValueError:
        data.last_sync = None
    marks = ",".join("?" * len(WAITING))
    near_limit = (today + timedelta(days=NEAR_DUE_DAYS)).isoformat()
    for status_row in store.query(
            f"SELECT sum(due_date < ?), sum(due_date >= ?) FROM applications "  # noqa: S608 - fixed marks
            f"WHERE status IN ({marks}) AND due_date IS NOT NULL AND due_date <= ?",
            (today.isoformat(), today.isoformat(), *WAITING, near_limit)):
        data.past_due, data.near_due = int(status_row[0] or 0), int(status_row[1] or 0)
    data.due_list = [summary_from_row(r) for r in store.query(
        f"SELECT {SUMMARY_COLUMNS} FROM applications a JOIN applicants p ON p.application_uuid = a.uuid "  # noqa: S608
        f"WHERE a.status IN ({marks}) AND a.due_date IS NOT NULL AND a.due_date <= ? "
        "ORDER BY a.due_date LIMIT ?", (*WAITING, near_limit, list_limit))]
    ready_from = "FROM applications a JOIN certificates c ON c.application_uuid = a.uuid "
    data.certificates_ready = int(store.query(f"SELECT count(*) {ready_from} WHERE a.status = 'approved'")[0][0])  # noqa: S608
    data.ready_list = [summary_from_row(r) for r in store.query(
        f"SELECT {SUMMARY_COLUMNS} {ready_from} JOIN applicants p ON p.application_uuid = a.uuid "  # noqa: S608
        "WHERE a.status = 'approved' ORDER BY a.decided_on LIMIT ?", (list_limit,))]
    first = today - timedelta(days=CHART_DAYS - 1)
    found = {r[0]: int(r[1]) for r in store.query(
        "SELECT receipt_day, count(*) FROM applications WHERE receipt_day BETWEEN ? AND ? AND status != 'voided' "
        "GROUP BY receipt_day",
        (first.isoformat(), today.isoformat()))}
    data.per_day = [(first + timedelta(days=i), found.get((first + timedelta(days=i)).isoformat(), 0))
                    for i in range(CHART_DAYS)]
    return data
