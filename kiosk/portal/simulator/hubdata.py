"""The simulated portal's smaller resources: catalogue, working-day calendar, feedback, heartbeat (appeals: .appeals).

The catalogue is the kiosk's own format (``kiosk.domain.catalogue``); publishing validates it with the
same parser the kiosk uses, so the simulator can never serve a catalogue the kiosk would refuse.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from datetime import date
from typing import Any

from kiosk.domain.catalogue import parse_catalogue
from kiosk.domain.errors import CatalogueError
from kiosk.portal.simulator.portal import Reply, SimPortal, err, iso
from kiosk.portal.simulator.shapes import FEEDBACK, HEARTBEAT, query_int

# Maharashtra state offices: five-day week since Feb 2020. Fixed-date public holidays every year; the
# movable ones (festival dates) below are approximate and for simulation only — the real list is the
# General Administration Department's annual notification.
WEEKLY_OFF = ["saturday", "sunday"]
FIXED = (
    ("01-26", "Republic Day", "प्रजासत्ताक दिन"),
    ("02-19", "Chhatrapati Shivaji Maharaj Jayanti", "छत्रपती शिवाजी महाराज जयंती"),
    ("04-14", "Dr. Babasaheb Ambedkar Jayanti", "डॉ. बाबासाहेब आंबेडकर जयंती"),
    ("05-01", "Maharashtra Day", "महाराष्ट्र दिन"),
    ("08-15", "Independence Day", "स्वातंत्र्य दिन"),
    ("10-02", "Mahatma Gandhi Jayanti", "महात्मा गांधी जयंती"),
    ("12-25", "Christmas", "ख्रिसमस"),
)
MOVABLE = {
    2025: (("03-14", "Holi", "होळी"), ("03-30", "Gudhi Padwa", "गुढीपाडवा"), ("04-18", "Good Friday", "गुड फ्रायडे"),
           ("08-27", "Ganesh Chaturthi", "गणेश चतुर्थी"), ("10-21", "Diwali (Lakshmi Puja)", "दिवाळी (लक्ष्मीपूजन)"),
           ("10-22", "Diwali (Balipratipada)", "दिवाळी (बलिप्रतिपदा)")),
    2026: (("03-03", "Holi", "होळी"), ("03-19", "Gudhi Padwa", "गुढीपाडवा"), ("04-03", "Good Friday", "गुड फ्रायडे"),
           ("09-14", "Ganesh Chaturthi", "गणेश चतुर्थी"), ("11-08", "Diwali (Lakshmi Puja)", "दिवाळी (लक्ष्मीपूजन)"),
           ("11-10", "Diwali (Balipratipada)", "दिवाळी (बलिप्रतिपदा)")),
}
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


# ---------------------------------------------------------------------------------------- catalogue
def publish_catalogue(portal: SimPortal, document: Any) -> Reply:
    try:
        parsed = parse_catalogue(document)
    except CatalogueError as exc:
        return err(422, "VALIDATION_FAILED", exc.detail)
    seq = portal.store.publish_catalogue(parsed.version, document, portal.now())
    portal.service_codes.update(s.code for s in parsed.services)
    return Reply(201, {"version": parsed.version, "etag": etag(seq, parsed.version), "services": len(parsed.services)})


def etag(seq: int, version: str) -> str:
    return f'"{seq}-{re.sub(r"[^A-Za-z0-9._-]", "_", version)}"'


def get_catalogue(portal: SimPortal, if_none_match: str | None) -> Reply:
    current = portal.store.current_catalogue()
    if current is None:
        return err(404, "NOT_FOUND", "no catalogue published")
    seq, version, body = current
    tag = etag(seq, version)
    headers = {"ETag": tag, "Catalogue-Version": version, "Cache-Control": "no-cache"}
    if if_none_match and tag in [t.strip() for t in if_none_match.split(",")]:
        return Reply(304, None, headers)
    return Reply(200, json.loads(body), headers)


# ---------------------------------------------------------------------------------------- calendar
def calendar(portal: SimPortal, year_text: str | None) -> Reply:
    year = query_int(year_text, date.fromtimestamp(portal.now()).year, 2000, 2100, "year")
    if isinstance(year, str):
        return err(400, "INVALID_REQUEST", year)
    days = sorted(FIXED + MOVABLE.get(year, ()))
    return Reply(200, {
        "year": year, "state": "MH", "weekly_off": WEEKLY_OFF, "complete": year in MOVABLE,
        "holidays": [{"date": f"{year}-{md}", "name": {"en": en, "mr": mr}} for md, en, mr in days],
    }, {"Cache-Control": "max-age=86400"})


# ---------------------------------------------------------------------------------------- feedback
def give_feedback(portal: SimPortal, hub: str, key: str, body: Any) -> Reply:
    """Feedback on an application names one of the calling hub's own (another hub's is a 404, as unknown)."""
    problem = FEEDBACK(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    rating = int(body["rating"])
    app_id = body.get("application_id")
    if app_id is not None and portal.application(hub, app_id) is None:
        return err(404, "NOT_FOUND", app_id)

    def execute(conn: sqlite3.Connection) -> Reply:
        fid = f"FB{secrets.token_hex(5).upper()}"
        conn.execute("INSERT INTO feedback(id, application_id, rating, body, at, hub_id) VALUES (?, ?, ?, ?, ?, ?)",
                     (fid, app_id, rating, json.dumps(body, ensure_ascii=False), portal.now(), hub))
        return Reply(202, {"feedback_id": fid, "status": "recorded"})

    return portal.idempotent(hub, "feedback", key, body, execute)


# ---------------------------------------------------------------------------------------- heartbeat
def heartbeat(portal: SimPortal, hub: str, body: Any) -> Reply:
    problem = HEARTBEAT(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    now = portal.now()
    with portal.store.tx() as conn:
        conn.execute("INSERT INTO heartbeats(hub_id, body, at) VALUES (?, ?, ?)",
                     (hub, json.dumps(body, ensure_ascii=False), now))
    return Reply(202, {"received_at": iso(now), "server_time": iso(now), "hub_id": hub})


def last_heartbeat(portal: SimPortal, hub: str) -> dict[str, Any] | None:
    row = portal.store.one("SELECT body FROM heartbeats WHERE hub_id = ? ORDER BY seq DESC LIMIT 1", (hub,))
    return json.loads(row["body"]) if row else None
