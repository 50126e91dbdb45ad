"""The ring's dashboard as the portal builds it (issue 18): the uniform dashboard of every counter PC that
sent a heartbeat, added up per hub and for the ring. Each PC counts only the applications it took, so a
hub's figures are the sum of its counters' newest heartbeats, and the ring's the sum of its hubs'. Only
heartbeats of the newest month reported count, so a PC that last reported last month adds nothing stale.
A hub's day close is read the same way: each counter's newest heartbeat of that day (``GET /hubs/day-close``).
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.portal.simulator.handler import SimHandler
from kiosk.portal.simulator.portal import Reply, SimPortal, err
from kiosk.portal.simulator.shapes import DAY

_NEWEST = ("SELECT hub_id, body FROM heartbeats WHERE seq IN (SELECT max(seq) FROM heartbeats "
           "GROUP BY hub_id, coalesce(json_extract(body, '$.counter'), '1'))")


def _add(into: dict[str, int], figures: Any) -> None:
    for name, value in (figures or {}).items():
        if isinstance(value, int):
            into[name] = into.get(name, 0) + value


def ring_dashboard(portal: SimPortal, hub: str = "") -> dict[str, Any]:
    """``{from, to, counters: [{hub, counter}], total, services, villages}`` over every hub (or ``hub``)."""
    beats = [(r["hub_id"], json.loads(r["body"])) for r in portal.store.all(_NEWEST, ())]
    beats = [(h, b) for h, b in beats if isinstance(b.get("dashboard"), dict) and (not hub or h == hub)]
    month = max((b["dashboard"].get("from", "") for _, b in beats), default="")
    out: dict[str, Any] = {"from": month, "to": "", "counters": [], "total": {}, "services": {}, "villages": {}}
    for h, b in sorted(beats, key=lambda hb: (hb[0], str(hb[1].get("counter", "1")))):
        d = b["dashboard"]
        if d.get("from") != month:
            continue
        out["to"] = max(out["to"], str(d.get("to", "")))
        out["counters"].append({"hub": h, "counter": str(b.get("counter", "1"))})
        _add(out["total"], d.get("total"))
        for code, figures in (d.get("services") or {}).items():
            _add(out["services"].setdefault(code, {}), figures)
        for key, figures in (d.get("villages") or {}).items():
            village = out["villages"].setdefault(key, {"name": (figures or {}).get("name", "")})
            _add(village, figures)
    return out


_DAY_CLOSES = ("SELECT body FROM heartbeats WHERE seq IN (SELECT max(seq) FROM heartbeats WHERE hub_id = ? "
               "AND json_extract(body, '$.day_totals.date') = ? "
               "GROUP BY coalesce(json_extract(body, '$.counter'), '1'))")


def day_close(portal: SimPortal, hub: str, day: str) -> Reply:
    """``GET /hubs/day-close?date=D``: each counter's day totals of ``day`` as its newest heartbeat of that day
    carried them, for the hub's own day close (no personal data: counts and paise)."""
    if DAY(day, "date"):
        return err(400, "INVALID_REQUEST", "date must be a date YYYY-MM-DD")
    counters = []
    for row in portal.store.all(_DAY_CLOSES, (hub, day)):
        body = json.loads(row["body"])
        totals = {k: v for k, v in (body.get("day_totals") or {}).items() if isinstance(v, int)}
        counters.append({"counter": str(body.get("counter", "1")), "reported_at": body.get("at"), **totals})
    return Reply(200, {"date": day, "counters": sorted(counters, key=lambda c: int(c["counter"]))})


def day_close_endpoint(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return day_close(h.server.sim.portal, hub, q.get("date", ""))
