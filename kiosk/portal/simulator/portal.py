"""What the simulated portal *does*, apart from HTTP: tokens, idempotent submission, uploads, decisions.

Handlers in :mod:`.handler` parse requests and call these methods; every method returns a
:class:`Reply` and commits in one transaction, so a fault injected "after commit" really finds the data
committed. The decision clock is wall time plus an offset that ``POST /_sim/advance`` moves forward, so
tests can jump a week without waiting.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.portal.codes import error_body
from kiosk.portal.simulator import appeals, delivery, more_documents
from kiosk.portal.simulator.fees import after_submitted
from kiosk.portal.simulator.replies import Reply, _event, err, iso  # noqa: F401 - others import them from here
from kiosk.portal.simulator.shapes import APPLICATION
from kiosk.portal.simulator.store import SimStore

STATUSES = ("submitted", "under_scrutiny", "documents_pending", "payment_pending", "approved", "rejected")
REJECTION_REASONS = (
    ("Income proof is not legible.", "उत्पन्नाचा पुरावा वाचता येत नाही."),
    ("Residence proof is older than the cut-off date.", "रहिवासाचा पुरावा अंतिम तारखेपूर्वीचा नाही."),
    ("Name differs between the documents.", "कागदपत्रांमध्ये नाव वेगवेगळे आहे."),
)
PENDING_REASON = ("Upload a clearer self-declaration.", "अधिक स्पष्ट स्वयंघोषणापत्र अपलोड करा.")
FEE_REASON = ("The fee has not been received.", "शुल्क मिळालेले नाही.")
SCOPES = ("applications", "documents", "status", "catalogue", "hub")
CURSOR_RE = re.compile(r"^[0-9]{1,18}$")  # an event seq; 19+ digits would overflow SQLite's integers


def canonical_sha256(obj: Any) -> str:
    """The body's identity for idempotency: key order, spacing and gzip do not matter, content does."""
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class DecisionPlan:
    """Seconds from submission to scrutiny and to the decision, and how decisions fall."""

    decision_seconds: float = 60.0
    approved: float = 0.7
    rejected: float = 0.15  # the rest: documents_pending

    def planned(self, key: str) -> str:
        u = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        if u < self.approved:
            return "approved"
        return "rejected" if u < self.approved + self.rejected else "documents_pending"


class SimPortal:
    def __init__(self, store: SimStore, clients: dict[str, str], plan: DecisionPlan, token_ttl: float) -> None:
        self.store = store
        self.clients = dict(clients)
        self.plan = plan
        self.token_ttl = token_ttl
        self.clock_offset = 0.0
        self._tokens: dict[str, tuple[str, float, frozenset[str]]] = {}
        self._claims: set[tuple[str, str, str]] = set()
        self._lock = threading.Lock()
        self.service_codes: set[str] = set()

    # ------------------------------------------------------------------------------------ clock
    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        self.clock_offset += max(0.0, seconds)
        self.run_decisions()

    # ------------------------------------------------------------------------------------ tokens
    def issue_token(self, client_id: str, secret: str, scope: str | None = None) -> Reply:
        """A bearer token for one hub; ``scope`` (space-separated) narrows it, absent means every scope."""
        expected = self.clients.get(client_id)
        if expected is None or not secrets.compare_digest(expected.encode(), secret.encode()):
            return err(401, "INVALID_CLIENT")
        granted = frozenset(scope.split(" ")) if scope is not None else frozenset(SCOPES)
        if not granted or not granted <= set(SCOPES):
            return err(400, "INVALID_REQUEST", f"scope must be some of: {' '.join(SCOPES)}")
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = (client_id, time.monotonic() + self.token_ttl, granted)
        return Reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": int(self.token_ttl),
                           "scope": " ".join(s for s in SCOPES if s in granted)})

    def hub_for(self, token: str | None, scope: str | None = None) -> str | None:
        """The token's hub; '' when the token is good but lacks ``scope`` (a 403, not a 401)."""
        with self._lock:
            entry = self._tokens.get(token or "")
            if entry is None or entry[1] <= time.monotonic():
                self._tokens.pop(token or "", None)
                return None
            return entry[0] if scope is None or scope in entry[2] else ""

    def revoke_tokens(self) -> int:
        with self._lock:
            n = len(self._tokens)
            self._tokens.clear()
            return n

    # ------------------------------------------------------------------------------------ in-flight claims
    def claim(self, hub: str, scope: str, key: str) -> bool:
        with self._lock:
            if (hub, scope, key) in self._claims:
                return False
            self._claims.add((hub, scope, key))
            return True

    def release(self, hub: str, scope: str, key: str) -> None:
        with self._lock:
            self._claims.discard((hub, scope, key))

    def count_duplicate(self, scope: str, kind: str) -> None:
        with self.store.tx() as conn:
            self.store.bump(conn, f"{scope}.duplicate.{kind}")

    def idempotent(self, hub: str, scope: str, key: str, body: Any,
                   execute: Callable[[sqlite3.Connection], Reply]) -> Reply:
        """Replay the stored answer for a known key, refuse a reused key, else execute and store.

        Keys are the calling hub's own: another hub's key is simply unknown here, so a hub can neither
        replay another's acknowledgement nor learn that a key exists. Only successful results are stored:
        a 4xx validation answer releases the key, so the same item can succeed once what it lacked (say,
        a document) is there — the key still names one application.
        """
        body_sha = canonical_sha256(body)
        with self.store.tx() as conn:
            row = conn.execute(
                "SELECT body_sha256, status, response FROM idempotency WHERE hub_id = ? AND scope = ? AND key = ?",
                (hub, scope, key),
            ).fetchone()
            if row is not None:
                if row["body_sha256"] != body_sha:
                    self.store.bump(conn, f"{scope}.duplicate.key_reused")
                    return err(422, "IDEMPOTENCY_KEY_REUSED", f"key {key} was used with another body")
                self.store.bump(conn, f"{scope}.duplicate.replayed")
                return Reply(int(row["status"]), json.loads(row["response"]), {"Idempotent-Replayed": "true"})
            reply = execute(conn)
            if 200 <= reply.status < 300 and isinstance(reply.body, dict):
                conn.execute(
                    "INSERT INTO idempotency(hub_id, scope, key, body_sha256, status, response, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (hub, scope, key, body_sha, reply.status, json.dumps(reply.body, ensure_ascii=False), self.now()),
                )
            return reply

    # ------------------------------------------------------------------------------------ applications
    def submit_application(self, hub: str, key: str, body: Any, document_hubs: tuple[str, ...] = ()) -> Reply:
        """File one application under ``hub``. Its documents must be uploads of ``hub`` (or, for an item
        another hub relays, of one of ``document_hubs``): a hub never builds on another hub's upload."""
        problem = APPLICATION(body, "")
        if problem:  # the contract's schema forbids it: malformed, as on every endpoint
            return err(400, "INVALID_REQUEST", problem)
        if self.service_codes and body["service_code"] not in self.service_codes:
            return err(422, "UNKNOWN_SERVICE", str(body["service_code"]))

        def execute(conn: sqlite3.Connection) -> Reply:
            def held(sha: str) -> bool:
                return any(conn.execute("SELECT 1 FROM uploads WHERE hub_id = ? AND sha256 = ? AND complete = 1",
                                        (h, sha)).fetchone() for h in (hub, *document_hubs))

            missing = [d["sha256"] for d in body.get("documents") or [] if not held(d["sha256"])]
            if missing:
                return Reply(422, error_body("DOCUMENTS_MISSING", ", ".join(missing[:5]), missing=missing))
            now = self.now()
            seq = int(conn.execute("SELECT count(*) FROM applications").fetchone()[0]) + 1
            # Hyphens on purpose: twelve bare digits would look like an Aadhaar number to privacy sweeps
            # (one id in ten passes the Verhoeff check), and a portal number is not personal data.
            app_id = f"MHSIM-{int(now) % 100000:05d}-{seq:07d}"
            name = body["applicant"]["name"]
            conn.execute(
                "INSERT INTO applications(id, idempotency_key, hub_id, receipt_number, service_code, "
                "applicant_name, applicant_name_mr, body, status, submitted_at, next_at, planned) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?)",
                (app_id, key, hub, body.get("receipt_number"), body["service_code"], name.get("en", ""),
                 name.get("mr"), json.dumps(body, ensure_ascii=False), now,
                 now + self.plan.decision_seconds * 0.3, self.plan.planned(key)),
            )
            seq = _event(conn, hub, app_id, key, body.get("receipt_number"), "submitted", None, now)
            delivery.on_submit(self, conn, hub, app_id, body, seq, now)
            return Reply(201, {"application_id": app_id, "idempotency_key": key,
                               "receipt_number": body.get("receipt_number"), "status": "submitted",
                               "received_at": iso(now)})

        return self.idempotent(hub, "applications", key, body, execute)

    def run_decisions(self) -> int:
        """Move every application whose time has come one step along; returns how many moved."""
        now = self.now()
        moved = 0
        for _ in range(3):  # at most submitted → under_scrutiny → decision in one call
            step = self._decide_due(now)
            moved += step
            if not step:
                break
        return moved + appeals.decide_due(self, now)

    def _decide_due(self, now: float) -> int:
        moved = 0
        with self.store.tx() as conn:
            rows = conn.execute(
                "SELECT id, idempotency_key, hub_id, receipt_number, status, submitted_at, planned "
                "FROM applications WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at LIMIT 5000", (now,)
            ).fetchall()
            for r in rows:
                if r["status"] == "submitted":
                    nxt: str = "under_scrutiny"
                    next_at: float | None = r["submitted_at"] + self.plan.decision_seconds
                    nxt, next_at = after_submitted(conn, r["id"], nxt, next_at)  # a pending fee waits
                else:
                    nxt, next_at = r["planned"], None
                self._set_status(conn, r, nxt, next_at, now)
                moved += 1
        return moved

    def decide(self, app_id: str, status: str) -> Reply:
        if status not in STATUSES:
            return err(400, "INVALID_REQUEST", f"status must be one of {', '.join(STATUSES)}")
        with self.store.tx() as conn:
            row = conn.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
            if row is None:
                return err(404, "NOT_FOUND", app_id)
            self._set_status(conn, row, status, None, self.now())
        return Reply(200, {"application_id": app_id, "status": status})

    def _set_status(self, conn: sqlite3.Connection, row: sqlite3.Row, status: str, next_at: float | None,
                    now: float) -> None:
        reason: tuple[str, str] | None = None
        if status == "rejected":
            reason = REJECTION_REASONS[int(hashlib.sha256(row["id"].encode()).hexdigest(), 16) % len(REJECTION_REASONS)]
        elif status == "documents_pending":
            reason = PENDING_REASON
        elif status == "payment_pending":
            reason = FEE_REASON
        conn.execute(
            "UPDATE applications SET status = ?, next_at = ?, reason_en = ?, reason_mr = ? WHERE id = ?",
            (status, next_at, reason[0] if reason else None, reason[1] if reason else None, row["id"]),
        )
        seq = _event(conn, row["hub_id"], row["id"], row["idempotency_key"], row["receipt_number"], status, reason, now)
        if status == "approved":  # issued: sent on the citizen's channels, each attempt on this event
            delivery.attempt(self, conn, row["hub_id"], row["id"], seq, now)

    def application(self, hub: str, app_id: str) -> sqlite3.Row | None:
        self.run_decisions()
        return self.store.one("SELECT * FROM applications WHERE id = ? AND hub_id = ?", (app_id, hub))

    # ------------------------------------------------------------------------------------ feed
    def feed(self, hub: str, since: str | None, limit: int) -> Reply:
        self.run_decisions()
        if since is not None and not CURSOR_RE.match(since):
            return err(400, "INVALID_REQUEST", "since must be a cursor from an earlier page")
        after = int(since or 0)
        rows = self.store.all(
            "SELECT * FROM events WHERE hub_id = ? AND seq > ? ORDER BY seq LIMIT ?", (hub, after, limit + 1)
        )
        page = rows[:limit]
        events = delivery.attach(self, [_event_json(r) for r in page])
        if page:  # an appeal's order rides on its status event (kiosk.portal.simulator.appeals)
            appeals.annotate(appeals.orders_for(self, page[0]["seq"], page[-1]["seq"]), events)
            more_documents.annotate(events)
        cursor = str(page[-1]["seq"]) if page else str(after)
        return Reply(200, {"events": events, "next_cursor": cursor, "has_more": len(rows) > limit})


def _event_json(r: sqlite3.Row) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seq": r["seq"], "application_id": r["application_id"], "idempotency_key": r["idempotency_key"],
        "receipt_number": r["receipt_number"], "status": r["status"], "at": iso(r["at"]),
        "reason": {"en": r["reason_en"], "mr": r["reason_mr"]} if r["reason_en"] else None,
    }
    if r["status"] == "approved":
        out["certificate"] = {"href": f"/applications/{r['application_id']}/certificate"}
    return out
