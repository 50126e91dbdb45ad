"""The hub heartbeat: what the ring's dashboards are built from (no personal data, ids and totals only).

Each counter PC of a hub sends its own (``counter``): the portal keeps the newest heartbeat of each counter,
and a hub's figures — and a ring's — are the sum of its counters' (each PC holds only the applications it
took). ``dashboard`` is the uniform dashboard of the month so far (kiosk.domain.dashboard), the same figures
``seva-kiosk dashboard --json --period month`` prints; ``day_totals`` the counter's day close so far (its
cash, UPI and pending apart), which the portal gives back to the hub's other counters for the hub's close.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk import __version__
from kiosk.domain.application import FIRST_COUNTER
from kiosk.domain.clock import utc_now
from kiosk.domain.dashboard import period_days
from kiosk.store.dashboard import day_split, takings_of_day
from kiosk.store.dashboard_period import load_figures
from kiosk.store.db import Store
from kiosk.store.hub import COUNTER_SETTING, get_setting
from kiosk.store.outbox import counts


def build_heartbeat(store: Store, today: date, audit_head: str = "") -> dict[str, Any]:
    """``audit_head``: the audit chain's newest ``seq:mac`` (kiosk.security.verify.chain_head, read by the
    composition root: the chain is security's table)."""
    c = counts(store)
    applications, paise = takings_of_day(store, today)  # a voided application's fee was refunded
    return {
        "at": utc_now().isoformat(),
        "counter": get_setting(store, COUNTER_SETTING) or FIRST_COUNTER,
        "queue_depth": c["pending"] + c["unknown"] + c["in_flight"],
        "quarantined": c["rejected"],
        "day_totals": {"date": today.isoformat(), "applications": applications, "fees_paise": paise,
                       **day_split(store, today)},
        "dashboard": load_figures(store, *period_days("month", today), today).to_json(),
        "audit_head": audit_head or None,
        "app_version": __version__,
    }
