"""The hub heartbeat: what the ring's dashboards are built from (no personal data, ids and totals only)."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk import __version__
from kiosk.domain.clock import utc_now
from kiosk.store.dashboard import takings_of_day
from kiosk.store.db import Store
from kiosk.store.outbox import counts


def build_heartbeat(store: Store, today: date, audit_head: str = "") -> dict[str, Any]:
    """``audit_head``: the audit chain's newest ``seq:mac`` (kiosk.security.verify.chain_head, read by the
    composition root: the chain is security's table)."""
    c = counts(store)
    applications, paise = takings_of_day(store, today)  # a voided application's fee was refunded
    return {
        "at": utc_now().isoformat(),
        "queue_depth": c["pending"] + c["unknown"] + c["in_flight"],
        "quarantined": c["rejected"],
        "day_totals": {"date": today.isoformat(), "applications": applications, "fees_paise": paise},
        "audit_head": audit_head or None,
        "app_version": __version__,
    }
