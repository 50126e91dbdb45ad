"""The simulated portal's fees: an application sent with its fee pending waits in ``payment_pending`` after
submission (instead of going on to scrutiny), and ``POST /payments`` — the counter took the fee later,
sent under a key derived from the application's — records it and lets the application go on.

The portal can also mark any application payment pending (``POST /_sim/decide``), as MahaIT's does when a
fee did not reach it; a payment then moves it back to scrutiny. Nothing here moves money: the kiosk
reports how the citizen paid (cash, or UPI with its 12-digit reference).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from kiosk.portal.simulator.portal import Reply, SimPortal, err, iso
from kiosk.portal.simulator.shapes import PAYMENT


def record_payment(portal: SimPortal, hub: str, key: str, body: Any) -> Reply:
    problem = PAYMENT(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    if body["method"] == "upi" and not str(body.get("upi_ref") or "").isdigit():
        return err(400, "INVALID_REQUEST", "upi_ref: the 12-digit UTR is required for a UPI payment")
    app = portal.store.one("SELECT * FROM applications WHERE hub_id = ? AND idempotency_key = ?",
                           (hub, body["application_key"]))
    if app is None:
        return err(404, "NOT_FOUND", str(body["application_key"]))

    def execute(conn: sqlite3.Connection) -> Reply:
        row = conn.execute("SELECT * FROM applications WHERE id = ?", (app["id"],)).fetchone()
        if row["status"] in ("approved", "rejected"):
            return err(422, "VALIDATION_FAILED", f"no fee is due: the application is {row['status']}")
        payment_id = f"PAY{secrets.token_hex(5).upper()}"
        now = portal.now()
        conn.execute("INSERT INTO payments(id, hub_id, application_id, method, paise, upi_ref, body, at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (payment_id, hub, row["id"], body["method"], body["paise"],
                                                         body.get("upi_ref"), json.dumps(body, ensure_ascii=False), now))
        if row["status"] == "payment_pending":  # the fee arrived: scrutiny goes on, its decision as planned
            conn.execute("UPDATE applications SET status = 'under_scrutiny', next_at = ?, reason_en = NULL, "
                         "reason_mr = NULL WHERE id = ?", (now + portal.plan.decision_seconds, row["id"]))
            conn.execute("INSERT INTO events(hub_id, application_id, idempotency_key, receipt_number, status, at) "
                         "VALUES (?, ?, ?, ?, 'under_scrutiny', ?)",
                         (row["hub_id"], row["id"], row["idempotency_key"], row["receipt_number"], now))
        return Reply(201, {"payment_id": payment_id, "application_id": row["id"], "status": "recorded",
                           "recorded_at": iso(now)})

    return portal.idempotent(hub, "payments", key, body, execute)
