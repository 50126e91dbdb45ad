"""``/_sim/*``: the simulator's own controls, for tests, the demo and operators in training mode.

Never faulted or throttled. Open on loopback; the simulator refuses to listen on any other address
unless it has an admin token (``SimulatorConfig.admin_token``), which every ``/_sim/*`` call must then
carry in the ``Sim-Admin-Token`` header (routes.py checks it before anything here runs).
"""

from __future__ import annotations

from typing import Any

from kiosk.portal.simulator import appeals, delivery, hubdata, ring_dashboard
from kiosk.portal.simulator.faults import parse_fault_rates
from kiosk.portal.simulator.handler import BadRequest, SimHandler
from kiosk.portal.simulator.portal import Reply, err, iso


def admin(h: SimHandler, path: str, query: dict[str, str]) -> Reply:
    sim = h.server.sim
    portal = sim.portal
    if h.command == "GET" and path == "/_sim/stats":
        return Reply(200, sim.stats())
    if h.command == "GET" and path == "/_sim/applications":
        portal.run_decisions()
        rows = portal.store.all("SELECT id, idempotency_key, hub_id, receipt_number, service_code, status, applicant_name_mr "
                                "FROM applications ORDER BY rowid LIMIT ?", (int(query.get("limit", "1000")),))
        return Reply(200, {"applications": [dict(r) for r in rows]})
    if h.command == "GET" and path == "/_sim/heartbeat":
        return Reply(200, {"heartbeat": hubdata.last_heartbeat(portal, query.get("hub", ""))})
    if h.command == "GET" and path == "/_sim/dashboard":  # the ring's (or one hub's) counters added up
        return Reply(200, ring_dashboard.ring_dashboard(portal, query.get("hub", "")))
    if h.command != "POST":
        h.drain()
        return err(404, "NOT_FOUND", path)
    body: Any = h.read_json() if h.body_length() else {}
    if not isinstance(body, dict):
        raise BadRequest(400, "INVALID_REQUEST", "expected a JSON object")
    if path == "/_sim/advance":
        portal.advance(float(body.get("seconds", 0)))
        return Reply(200, {"moved": portal.run_decisions(), "clock": iso(portal.now())})
    if path == "/_sim/decide":
        return portal.decide(str(body.get("application_id", "")), str(body.get("status", "")))
    if path == "/_sim/appeal-order":
        return appeals.order(portal, body)
    if path == "/_sim/catalogue":
        return hubdata.publish_catalogue(portal, body)
    if path == "/_sim/faults":
        try:
            if body.get("clear"):
                sim.faults.clear()
            if "rates" in body:
                rates = body["rates"]
                sim.faults.set_rates(parse_fault_rates(rates) if isinstance(rates, str) else
                                     parse_fault_rates(",".join(f"{k}={v}" for k, v in (rates or {}).items())))
            if body.get("script"):
                sim.faults.script(list(body["script"]), str(body.get("path", "/")), body.get("method"))
        except ValueError as exc:
            return err(400, "INVALID_REQUEST", str(exc))
        return Reply(200, {"rates": sim.faults.rates})
    if path == "/_sim/deliveries":
        return delivery.control(portal, body)
    if path == "/_sim/release":
        return sim.releases.publish(body)
    if path == "/_sim/revoke-tokens":
        return Reply(200, {"revoked": portal.revoke_tokens()})
    if path == "/_sim/cut-upload":
        sim.add_cut(str(body.get("sha256", "")), int(body.get("at", 0)))
        return Reply(200, {"armed": True})
    return err(404, "NOT_FOUND", path)
