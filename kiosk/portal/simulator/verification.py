"""``GET /verification/sample?month=YYYY-MM`` (issue 18): which of the hub's applications of a month the
state's third-party quality agency wants called.

The portal's choice, as the simulator makes it: about one in ten of the hub's applications taken that month
(at least one when there are any), picked by a hash seeded with the hub and the month — the same hub and
month always get the same sample, and the hub cannot predict which receipts will be picked before sending
them. The month is the receipt's (the body's ``created_at`` in India's time), else the day the portal received it.
"""

from __future__ import annotations

import hashlib
import math
import re
from typing import TYPE_CHECKING

from kiosk.portal.simulator.replies import Reply, err

if TYPE_CHECKING:
    from kiosk.portal.simulator.handler import SimHandler

RATE = 0.1
MONTH = re.compile(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")
# India Standard Time (+05:30): a receipt taken at 00:30 on the 1st is that month's, as its receipt day says.
_OF_MONTH = ("SELECT id, receipt_number FROM applications WHERE hub_id = ? AND receipt_number IS NOT NULL AND "
             "coalesce(strftime('%Y-%m', json_extract(body, '$.created_at'), '+330 minutes'), "
             "strftime('%Y-%m', submitted_at, 'unixepoch', '+330 minutes')) = ?")


def sample(rows: list[tuple[str, str]], hub: str, month: str) -> list[tuple[str, str]]:
    """``ceil(RATE × n)`` of ``rows`` (application id, receipt), ordered by a hash of hub, month and id."""
    if not rows:
        return []
    def rank(row: tuple[str, str]) -> str:
        return hashlib.sha256(f"{hub}|{month}|{row[0]}".encode()).hexdigest()
    return sorted(sorted(rows, key=rank)[:max(1, math.ceil(len(rows) * RATE))], key=lambda r: r[1])


def endpoint(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    month = q.get("month", "")
    if not MONTH.match(month):
        return err(400, "INVALID_REQUEST", "month must be YYYY-MM")
    store = h.server.sim.portal.store
    rows = [(str(r["id"]), str(r["receipt_number"])) for r in store.all(_OF_MONTH, (hub, month))]
    picked = sample(rows, hub, month)
    return Reply(200, {"month": month, "applications_in_month": len(rows), "rate": RATE,
                       "applications": [{"application_id": a, "receipt_number": r} for a, r in picked]})
