"""The simulated portal's appeals (issue 17): the three RTS levels filed, decided and reported back.

The portal checks what it can know: the level below was filed and not allowed, and a first appeal has a
ground (a rejection; a lapsed time limit, which the kiosk computes from the hub's calendar and states as
``ground``). The kiosk enforces the windows in days. Each appeal gets an order ``2 × decision_seconds``
after filing (allowed or dismissed by a hash of its id), or sooner through ``POST /_sim/appeal-order``;
the order moves the application (allowed → approved, dismissed → rejected) and its feed event carries
``appeal: {appeal_id, level, outcome, order_on}``. An allowed appeal issues the certificate, so it is
delivered on the citizen's channels exactly as a normal issue is (``delivery.attempt``, on the same event).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kiosk.portal.simulator import delivery
from kiosk.portal.simulator.replies import Reply, _event, err, iso
from kiosk.portal.simulator.shapes import APPEAL, APPEAL_ORDER

if TYPE_CHECKING:
    from kiosk.portal.simulator.portal import SimPortal

AWAITING = ("submitted", "under_scrutiny", "documents_pending")
BY = {1: ("the first appellate authority", "प्रथम अपील प्राधिकारी"),
      2: ("the second appellate authority", "द्वितीय अपील प्राधिकारी"),
      3: ("the State Commission", "राज्य सेवा हक्क आयोग")}
ALLOWED_SHARE = 0.4


def file_appeal(portal: SimPortal, hub: str, key: str, body: Any) -> Reply:
    problem = APPEAL(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", f"{problem} (level: 1 first appeal, 2 second, 3 State Commission)")
    level = int(body["level"])
    app = portal.application(hub, body["application_id"])
    if app is None:
        return err(404, "NOT_FOUND", body["application_id"])

    def execute(conn: sqlite3.Connection) -> Reply:
        filed = {int(r[0]): r[1] for r in conn.execute(
            "SELECT p.level, o.outcome FROM appeals p LEFT JOIN appeal_orders o ON o.appeal_id = p.id "
            "WHERE p.application_id = ?", (app["id"],))}
        refusal = _refusal(app["status"], level, filed, body.get("ground"))
        if refusal:
            return err(422, "APPEAL_NOT_ALLOWED", f"{refusal}; status {app['status']}, appeals filed {sorted(filed)}")
        now = portal.now()
        appeal_id = f"APL{secrets.token_hex(5).upper()}"
        conn.execute("INSERT INTO appeals(id, application_id, level, body, at) VALUES (?, ?, ?, ?, ?)",
                     (appeal_id, app["id"], level, json.dumps(body, ensure_ascii=False), now))
        conn.execute("INSERT INTO appeal_orders(appeal_id, hub_id, application_id, level, decide_at) "
                     "VALUES (?, ?, ?, ?, ?)", (appeal_id, hub, app["id"], level, now + 2 * portal.plan.decision_seconds))
        return Reply(201, {"appeal_id": appeal_id, "application_id": app["id"], "level": level, "status": "filed",
                           "filed_at": iso(now)})

    return portal.idempotent(hub, "appeals", key, body, execute)


def _refusal(status: str, level: int, filed: dict[int, str | None], ground: Any) -> str:
    if level in filed:
        return f"appeal {level} already filed"
    if any(outcome == "allowed" for outcome in filed.values()) or status == "approved":
        return "the application was granted"
    if level == 1:
        return "" if status == "rejected" or (status in AWAITING and ground == "time_limit_passed") or \
            status == "documents_pending" else "no rejection and no lapsed time limit"
    return "" if level - 1 in filed else f"appeal {level - 1} not filed"


def order(portal: SimPortal, body: Any) -> Reply:
    """``/_sim/appeal-order``: decide an appeal now (by ``appeal_id``, or ``application_id`` + ``level``)."""
    problem = APPEAL_ORDER(body, "")
    if problem:
        return err(400, "INVALID_REQUEST", problem)
    with portal.store.tx() as conn:
        row = conn.execute(
            "SELECT * FROM appeal_orders WHERE outcome IS NULL AND (appeal_id = ? OR (application_id = ? AND level = ?))",
            (body.get("appeal_id", ""), body.get("application_id", ""), body.get("level", 0))).fetchone()
        if row is None:
            return err(404, "NOT_FOUND", "no undecided appeal like that")
        _decide(portal, conn, row, str(body["outcome"]), portal.now())
    return Reply(200, {"appeal_id": row["appeal_id"], "outcome": body["outcome"]})


def decide_due(portal: SimPortal, now: float) -> int:
    """Give every appeal whose time has come its order; returns how many."""
    with portal.store.tx() as conn:
        rows = conn.execute("SELECT * FROM appeal_orders WHERE outcome IS NULL AND decide_at <= ? "
                            "ORDER BY decide_at LIMIT 5000", (now,)).fetchall()
        for r in rows:
            u = int(hashlib.sha256(r["appeal_id"].encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
            _decide(portal, conn, r, "allowed" if u < ALLOWED_SHARE else "dismissed", now)
    return len(rows)


def _decide(portal: SimPortal, conn: sqlite3.Connection, row: sqlite3.Row, outcome: str, now: float) -> None:
    app = conn.execute("SELECT * FROM applications WHERE id = ?", (row["application_id"],)).fetchone()
    status = "approved" if outcome == "allowed" else "rejected"
    en, mr = BY[int(row["level"])]
    reason = ((f"Appeal allowed by {en}.", f"{mr} यांनी अपील मान्य केले.") if outcome == "allowed" else
              (f"Appeal dismissed by {en}.", f"{mr} यांनी अपील फेटाळले."))
    conn.execute("UPDATE applications SET status = ?, next_at = NULL, reason_en = ?, reason_mr = ? WHERE id = ?",
                 (status, reason[0], reason[1], app["id"]))
    _event(conn, app["hub_id"], app["id"], app["idempotency_key"], app["receipt_number"], status, reason, now)
    seq = int(conn.execute("SELECT last_insert_rowid()").fetchone()[0])
    if outcome == "allowed":  # the certificate is issued: sent on the citizen's channels as any issue is
        delivery.attempt(portal, conn, app["hub_id"], app["id"], seq, now)
    conn.execute("UPDATE appeal_orders SET outcome = ?, order_at = ?, event_seq = ? WHERE appeal_id = ?",
                 (outcome, now, seq, row["appeal_id"]))


def annotate(conn_rows: list[sqlite3.Row], events: list[dict[str, Any]]) -> None:
    """Add ``appeal`` to the feed events that carried an order (rows: appeal_orders by event_seq)."""
    by_seq = {int(r["event_seq"]): r for r in conn_rows}
    for e in events:
        r = by_seq.get(int(e["seq"]))
        if r is not None:
            e["appeal"] = {"appeal_id": r["appeal_id"], "level": int(r["level"]), "outcome": r["outcome"],
                           "order_on": datetime.fromtimestamp(r["order_at"], UTC).date().isoformat()}


def orders_for(portal: SimPortal, first_seq: int, last_seq: int) -> list[sqlite3.Row]:
    return portal.store.all("SELECT * FROM appeal_orders WHERE event_seq BETWEEN ? AND ?", (first_seq, last_seq))
