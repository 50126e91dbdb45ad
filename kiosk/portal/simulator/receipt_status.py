"""``GET /receipts/{receipt_number}`` (issue 17): the public status of any hub's application, for a citizen
who walks into another hub with only a receipt. Public facts only — the service, status, due date (the one
the taking kiosk printed), the documents asked for and the hub that took it; never a name, mobile or address.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from kiosk.portal.simulator import more_documents
from kiosk.portal.simulator.replies import Reply, err

if TYPE_CHECKING:
    from kiosk.portal.simulator.handler import SimHandler

RECEIPT = re.compile(r"^[A-Z0-9][A-Z0-9-]{4,63}$")


def endpoint(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    portal = h.server.sim.portal
    receipt = p["receipt"]
    if not RECEIPT.match(receipt):
        return err(400, "INVALID_REQUEST", "receipt_number must be a receipt number")
    portal.run_decisions()
    row = portal.store.one("SELECT receipt_number, body, status FROM applications WHERE receipt_number = ? "
                           "ORDER BY submitted_at LIMIT 1", (receipt,))
    if row is None:
        return err(404, "NOT_FOUND", receipt)
    try:
        body: dict[str, Any] = json.loads(row["body"])
    except ValueError:
        body = {}
    due = body.get("due_date")
    return Reply(200, {
        "receipt_number": row["receipt_number"], "hub_code": str(body.get("hub_code") or ""),
        "service_code": str(body.get("service_code") or ""), "status": row["status"],
        "due_date": due if isinstance(due, str) and due else None,
        "documents_requested": [dict(d) for d in more_documents.ASKED] if row["status"] == "documents_pending" else [],
    })
