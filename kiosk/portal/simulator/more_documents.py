"""The simulated portal's "more documents" loop (issue 17).

An application sent back (``documents_pending``) carries, on its feed event, the list the scrutiny asks for
and a reply-by date (15 days here: a simulation value; the real portal states its own). The counter answers
with ``POST /applications/{id}/documents`` (uploads first, like an application); the portal takes it only
while the application waits for documents, and puts it back under scrutiny with a decision to come.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.portal.codes import error_body
from kiosk.portal.simulator.replies import Reply, _event, err, iso
from kiosk.portal.simulator.shapes import MORE_DOCUMENTS

if TYPE_CHECKING:
    from kiosk.portal.simulator.portal import SimPortal

REPLY_DAYS = 15
ASKED = ({"code": "self_declaration", "label": {"en": "Self-declaration (clearer copy)", "mr": "स्वयंघोषणापत्र (स्पष्ट प्रत)"}},)


def annotate(events: list[dict[str, Any]]) -> None:
    for e in events:
        if e["status"] == "documents_pending":
            day = datetime.fromisoformat(e["at"].replace("Z", "+00:00")).astimezone(UTC).date()
            e["documents_requested"] = {"documents": [dict(d) for d in ASKED],
                                        "reply_by": (day + timedelta(days=REPLY_DAYS)).isoformat()}


def reply(portal: SimPortal, hub: str, key: str, app_id: str, body: Any) -> Reply:
    problem = MORE_DOCUMENTS(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    app = portal.application(hub, app_id)
    if app is None:
        return err(404, "NOT_FOUND", app_id)

    def execute(conn: sqlite3.Connection) -> Reply:
        if app["status"] != "documents_pending":
            return err(422, "NOT_PENDING", f"status {app['status']}: no documents were asked for")
        missing = [d["sha256"] for d in body["documents"] if not conn.execute(
            "SELECT 1 FROM uploads WHERE hub_id = ? AND sha256 = ? AND complete = 1", (hub, d["sha256"])).fetchone()]
        if missing:
            return Reply(422, error_body("DOCUMENTS_MISSING", ", ".join(missing[:5]), missing=missing))
        now = portal.now()
        conn.execute("UPDATE applications SET status = 'under_scrutiny', reason_en = NULL, reason_mr = NULL, "
                     "next_at = ?, planned = 'approved' WHERE id = ?", (now + portal.plan.decision_seconds, app["id"]))
        _event(conn, hub, app["id"], app["idempotency_key"], app["receipt_number"], "under_scrutiny", None, now)
        return Reply(202, {"application_id": app["id"], "status": "under_scrutiny",
                           "received": len(body["documents"]), "received_at": iso(now)})

    return portal.idempotent(hub, "documents", key, body, execute)
