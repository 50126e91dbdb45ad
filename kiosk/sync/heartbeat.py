"""The hub heartbeat: what the ring's dashboards are built from (no personal data, ids and totals only)."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk import __version__
from kiosk.domain.clock import utc_now
from kiosk.store.db import Store
from kiosk.store.hub import get_setting
from kiosk.store.outbox import counts


def build_heartbeat(store: Store, today: date) -> dict[str, Any]:
    c = counts(store)
    day = store.query("SELECT count(*) AS n, coalesce(sum(total_paise), 0) AS paise FROM applications "
                      "WHERE receipt_day = ? AND status != 'voided'", (today.isoformat(),))[0]  # refunded
    return {
        "at": utc_now().isoformat(),
        "queue_depth": c["pending"] + c["unknown"] + c["in_flight"],
        "quarantined": c["rejected"],
        "day_totals": {"date": today.isoformat(), "applications": int(day["n"]), "fees_paise": int(day["paise"])},
        "audit_head": get_setting(store, "audit.head") or None,
        "app_version": __version__,
    }
