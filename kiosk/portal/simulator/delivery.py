"""What the simulated portal does with the citizen's delivery channels and acknowledgement.

At submission it sends the acknowledgement (SMS or WhatsApp); when it issues a certificate it attempts
each channel the application names (or the latest change the hub sent) and reports every attempt in the
status feed, on the event it belongs to (``deliveries``). A channel change for an application already
issued is attempted at once and reported on a new event with the application's current status.

Outcomes are realistic and predictable, so training and tests can show each: a WhatsApp number ending in
0000 is not on WhatsApp; a mailbox whose name starts with "full" is full; one starting with "nobody"
bounces; a contact the citizen withdrew consent for (``POST /_sim/deliveries {"withdraw": contact}``)
is refused; ``{"outcomes": {channel: outcome}}`` forces a channel's outcome until ``{"clear": true}``.
Its two tables (``deliveries``, ``delivery_changes``) are created with the others in :mod:`.schema`.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kiosk.portal.simulator.replies import Reply, _event, err, iso
from kiosk.portal.simulator.shapes import DELIVERY_CHANGE

if TYPE_CHECKING:
    from kiosk.portal.simulator.portal import SimPortal

if TYPE_CHECKING:  # the handler imports the portal, which imports this module
    from kiosk.portal.simulator.handler import SimHandler

OUTCOMES = ("delivered", "sent", "ready_at_hub", "not_on_whatsapp", "mailbox_full", "consent_withdrawn",
            "bounced", "failed")


class Script:
    """The trainer's controls: forced outcomes per channel and contacts whose consent was withdrawn."""

    def __init__(self) -> None:
        self.forced: dict[str, str] = {}
        self.withdrawn: set[str] = set()

    def control(self, body: dict[str, Any]) -> Reply:
        if body.get("clear"):
            self.forced.clear()
            self.withdrawn.clear()
        forced = body.get("outcomes") or {}
        if not isinstance(forced, dict) or any(v not in OUTCOMES for v in forced.values()):
            return err(400, "INVALID_REQUEST", f"outcomes: channel → one of {', '.join(OUTCOMES)}")
        self.forced.update({str(k): str(v) for k, v in forced.items()})
        if body.get("withdraw"):
            self.withdrawn.add(str(body["withdraw"]))
        return Reply(200, {"outcomes": dict(self.forced), "withdrawn": len(self.withdrawn)})

    def outcome(self, channel: str, contact: str) -> str:
        if channel in self.forced:
            return self.forced[channel]
        if contact and contact in self.withdrawn:
            return "consent_withdrawn"
        if channel == "print_at_hub":
            return "ready_at_hub"
        if channel in ("whatsapp", "sms_whatsapp") and contact.endswith("0000"):
            return "not_on_whatsapp"
        if channel == "email" and contact.lower().startswith("full"):
            return "mailbox_full"
        if channel == "email" and contact.lower().startswith("nobody"):
            return "bounced"
        return "delivered"


_SCRIPTS: weakref.WeakKeyDictionary[SimPortal, Script] = weakref.WeakKeyDictionary()


def _script(portal: SimPortal) -> Script:
    """One script per running portal (two simulators in one test process do not share outcomes)."""
    return _SCRIPTS.setdefault(portal, Script())


def control(portal: SimPortal, body: dict[str, Any]) -> Reply:
    return _script(portal).control(body)


def _record(conn: sqlite3.Connection, hub: str, app_id: str, event_seq: int, kind: str, channel: str,
            outcome: str, now: float) -> None:
    conn.execute("INSERT INTO deliveries(hub_id, application_id, event_seq, kind, channel, outcome, at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (hub, app_id, event_seq, kind, channel, outcome, now))


def on_submit(portal: SimPortal, conn: sqlite3.Connection, hub: str, app_id: str, body: dict[str, Any],
              event_seq: int, now: float) -> None:
    """Send the acknowledgement the application asks for (receipt number and due date)."""
    ack = body.get("acknowledgement")
    if not isinstance(ack, dict) or ack.get("channel") not in ("sms", "whatsapp"):
        return
    channel = str(ack["channel"])
    outcome = _script(portal).outcome("sms_whatsapp" if channel == "whatsapp" else "sms", str(ack.get("to", "")))
    _record(conn, hub, app_id, event_seq, "acknowledgement", channel, outcome, now)


def _channels(conn: sqlite3.Connection, hub: str, app_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    changed = conn.execute("SELECT channels FROM delivery_changes WHERE hub_id = ? AND application_id = ?",
                           (hub, app_id)).fetchone()
    listed = json.loads(changed[0]) if changed else body.get("delivery_channels")
    if not isinstance(listed, list) or not listed:  # an older kiosk: its one ``delivery`` choice
        listed = [{"channel": body.get("delivery") or "print_at_hub", "contact": ""}]
    return [c for c in listed if isinstance(c, dict)]


def attempt(portal: SimPortal, conn: sqlite3.Connection, hub: str, app_id: str, event_seq: int, now: float) -> None:
    """Deliver the issued certificate on each of the application's channels."""
    body = json.loads(conn.execute("SELECT body FROM applications WHERE id = ?", (app_id,)).fetchone()[0])
    for c in _channels(conn, hub, app_id, body):
        channel = str(c.get("channel", ""))
        _record(conn, hub, app_id, event_seq, "certificate", channel,
                _script(portal).outcome(channel, str(c.get("contact") or "")), now)


def attach(portal: SimPortal, events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The feed's events with the delivery attempts each carries."""
    seqs = [int(e["seq"]) for e in events]
    if not seqs:
        return list(events)
    marks = ",".join("?" * len(seqs))
    rows = portal.store.all(f"SELECT event_seq, kind, channel, outcome, at FROM deliveries "  # noqa: S608 - marks only
                            f"WHERE event_seq IN ({marks}) ORDER BY seq", tuple(seqs))
    by_event: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        by_event.setdefault(int(r["event_seq"]), []).append(
            {"kind": r["kind"], "channel": r["channel"], "outcome": r["outcome"], "at": iso(r["at"])})
    return [{**e, "deliveries": by_event[int(e["seq"])]} if int(e["seq"]) in by_event else dict(e) for e in events]


def change(portal: SimPortal, hub: str, key: str, body: Any) -> Reply:
    """The citizen asked the hub for other channels: kept for the coming issue, or attempted now if the
    certificate is already issued (reported on a new feed event with the current status)."""
    problem = DELIVERY_CHANGE(body, "") or ("" if body["channels"] else "channels must name at least one channel")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    app_key = str(body["application_key"])
    row = portal.store.one("SELECT * FROM applications WHERE hub_id = ? AND idempotency_key = ?", (hub, app_key))
    if row is None:  # the application itself is still on its way: try again after it
        return err(409, "APPLICATION_NOT_RECEIVED", app_key, **{"Retry-After": "30"})

    def execute(conn: sqlite3.Connection) -> Reply:
        now = portal.now()
        conn.execute("INSERT INTO delivery_changes(hub_id, application_id, channels, at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(hub_id, application_id) DO UPDATE SET channels = excluded.channels, at = excluded.at",
                     (hub, row["id"], json.dumps(body["channels"], ensure_ascii=False), now))
        attempted = row["status"] == "approved"
        if attempted:
            seq = _event(conn, hub, row["id"], row["idempotency_key"], row["receipt_number"], row["status"], None, now)
            attempt(portal, conn, hub, row["id"], seq, now)
        return Reply(200, {"application_id": row["id"], "status": row["status"], "attempted": attempted,
                           "changed_at": iso(now)})

    return portal.idempotent(hub, "delivery", key, body, execute)


def endpoint(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    """``POST /delivery-changes`` (routes.py)."""
    return change(h.server.sim.portal, hub, h.headers["Idempotency-Key"], h.read_json())
