"""The transactional outbox: what must reach the portal, and what became of each try.

States: ``pending`` → ``in_flight`` (claimed, committed BEFORE the HTTP call) → ``acked`` | ``rejected``
(quarantined for a human, never blocking the rest) | ``unknown`` (retry later with the SAME idempotency key).
A process that dies mid-send leaves ``in_flight``; :func:`recover_in_flight` turns those into ``unknown``
at start-up, because the portal may or may not have the request — only the idempotency key can tell.

``next_attempt_at`` is wall-clock seconds (it must survive a restart). A PC clock set back by a day would
otherwise hold retries hostage, so anything scheduled further ahead than the longest backoff is due now.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kiosk.domain.clock import utc_now
from kiosk.domain.status import Status, can_transition
from kiosk.store.db import Store

MAX_SCHEDULE_AHEAD = 3600.0
STATES = ("pending", "in_flight", "acked", "rejected", "unknown")


@dataclass(frozen=True)
class OutboxItem:
    id: int
    application_uuid: str | None
    kind: str
    idempotency_key: str
    payload: dict[str, Any]
    state: str
    attempts: int  # tries ever made (never reset: a tried item can no longer be voided)
    last_error: str
    failures: int = 0  # failed tries since the link was last seen good: the backoff's exponent
    same_failures: int = 0  # the same unexplained answer, this many times in a row


def _item(r: sqlite3.Row) -> OutboxItem:
    return OutboxItem(r["id"], r["application_uuid"], r["kind"], r["idempotency_key"], json.loads(r["payload"]),
                      r["state"], r["attempts"], r["last_error"], r["failures"], r["same_failures"])


def enqueue(conn: sqlite3.Connection, kind: str, key: str, payload: dict[str, Any],
            application_uuid: str | None = None) -> bool:
    """Add an item inside the caller's transaction (so it commits with what it reports); False when an item
    with this key is already queued (or was sent): nothing is added twice."""
    now = utc_now().isoformat()
    return conn.execute("INSERT INTO outbox(application_uuid, kind, idempotency_key, payload, state, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT(idempotency_key) DO NOTHING",
                 (application_uuid, kind, key, json.dumps(payload, ensure_ascii=False), now, now)).rowcount > 0


def recover_in_flight(store: Store) -> int:
    # The interrupted try is not counted: ``attempts`` drives the backoff exponent, and a kiosk whose power
    # flickers (or a killed process) says nothing about the portal — counting those tries let a few restarts
    # push an item's next retry out by many minutes.
    with store.write() as conn:
        return conn.execute("UPDATE outbox SET state = 'unknown', attempts = max(attempts - 1, 0), updated_at = ?, "
                            "last_error = 'interrupted while sending' WHERE state = 'in_flight'",
                            (utc_now().isoformat(),)).rowcount


def make_due(store: Store) -> int:
    """Everything waiting on a backoff is due now: an operator pressed "sync now" because the link is back."""
    with store.write(durable=False) as conn:
        return conn.execute("UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('pending', 'unknown') "
                            "AND next_attempt_at > 0").rowcount


_DUE = ("SELECT * FROM outbox WHERE state IN ('pending', 'unknown') "
        "AND (next_attempt_at <= ? OR next_attempt_at > ?) ")
# An item with a scan still to upload: on 2G its bytes take a minute; JSON-only items must not wait behind it.
# An item relayed for another hub names its scans in the body it carries (no documents row here).
_HEAVY = ("(EXISTS (SELECT 1 FROM documents d WHERE d.uploaded = 0 AND d.application_uuid = outbox.application_uuid) "
          "OR (outbox.kind = 'carried' AND json_array_length(outbox.payload, '$.application.documents') > 0))")


def claim_next(store: Store, now: float, *, kinds: tuple[str, ...] | None = None) -> OutboxItem | None:
    """Take the oldest due item with nothing to upload, else the oldest due item, and mark it in flight
    (committed before any network I/O): on a slow link every application's JSON goes before any scan.

    Not fsync'd: if a power cut undoes the claim, the item is simply due again and goes out under the
    same key, which the portal answers with its first result."""
    with store.write(durable=False) as conn:
        due = (now, now + MAX_SCHEDULE_AHEAD)
        row = (conn.execute(_DUE + f"AND NOT {_HEAVY} ORDER BY id LIMIT 1", due).fetchone()  # noqa: S608
               or conn.execute(_DUE + "ORDER BY id LIMIT 1", due).fetchone())
        if row is None or (kinds is not None and row["kind"] not in kinds):
            return None
        conn.execute("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1, updated_at = ? WHERE id = ?",
                     (utc_now().isoformat(), row["id"]))
    return _item(row)


def next_due_at(store: Store) -> float | None:
    rows = store.query("SELECT min(next_attempt_at) FROM outbox WHERE state IN ('pending', 'unknown')")
    return rows[0][0] if rows and rows[0][0] is not None else None


def mark_acked(store: Store, item: OutboxItem, *, portal_id: str = "") -> None:
    """Record success; an application becomes ``submitted`` with its portal number in the same commit."""
    now = utc_now().isoformat()
    with store.write(durable=False) as conn:  # redoable: a lost ack is a replay, answered from the portal's record
        # Once acked the frozen body is never sent again: drop it (the application row keeps the data), so
        # a year of settled items costs a few bytes each instead of ~2 KB.
        conn.execute("UPDATE outbox SET state = 'acked', last_error = '', payload = '{}', updated_at = ? "
                     "WHERE id = ?", (now, item.id))
        if item.kind == "application" and item.application_uuid:
            mark_submitted(conn, item.application_uuid, portal_id, now)


def mark_submitted(conn: sqlite3.Connection, uuid: str, portal_id: str, now: str) -> None:
    row = conn.execute("SELECT status FROM applications WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        return
    if portal_id:
        conn.execute("UPDATE applications SET portal_number = ? WHERE uuid = ? AND portal_number = ''",
                     (portal_id, uuid))
    if can_transition(Status(row["status"]), Status.SUBMITTED):
        conn.execute("UPDATE applications SET status = ?, updated_at = ? WHERE uuid = ?",
                     (str(Status.SUBMITTED), now, uuid))
        conn.execute("INSERT INTO status_history(application_uuid, status, at, source) VALUES (?, ?, ?, 'portal')",
                     (uuid, str(Status.SUBMITTED), now))


def mark_rejected(store: Store, item: OutboxItem, reason: str) -> None:
    with store.write() as conn:
        # Only from in_flight: the status feed may have acked the item meanwhile (the portal has it).
        conn.execute("UPDATE outbox SET state = 'rejected', last_error = ?, updated_at = ? "
                     "WHERE id = ? AND state = 'in_flight'", (reason[:500], utc_now().isoformat(), item.id))


def mark_unknown(store: Store, item: OutboxItem, reason: str, retry_at: float, *, same_failures: int = 0) -> None:
    """A try with no definite answer: retry at ``retry_at``; ``same_failures`` is the caller's count of this
    same unexplained answer in a row (0 when the answer explains itself: offline, timeout, Retry-After)."""
    with store.write(durable=False) as conn:
        conn.execute("UPDATE outbox SET state = 'unknown', last_error = ?, next_attempt_at = ?, updated_at = ?, "
                     "failures = failures + 1, same_failures = ? WHERE id = ? AND state = 'in_flight'",
                     (reason[:500], retry_at, utc_now().isoformat(), same_failures, item.id))


def reset_backoff(store: Store) -> int:
    """A request just succeeded, so the link is good: every waiting item is due now and backs off from the
    start again (an item with scans once sat 20 minutes behind a 600 s backoff on a link that was fine)."""
    with store.write(durable=False) as conn:
        return conn.execute("UPDATE outbox SET next_attempt_at = 0, failures = 0 WHERE state IN ('pending', "
                            "'unknown') AND (next_attempt_at > 0 OR failures > 0)").rowcount


def release(store: Store, item: OutboxItem) -> None:
    """Put a claimed item back untouched (sending stopped before it went out: offline, asked to stop)."""
    with store.write() as conn:
        conn.execute("UPDATE outbox SET state = ?, attempts = max(attempts - 1, 0), updated_at = ? "
                     "WHERE id = ? AND state = 'in_flight'",
                     (item.state if item.state in ("pending", "unknown") else "unknown",
                      utc_now().isoformat(), item.id))


def retry_quarantined(store: Store, item_id: int, payload: dict[str, Any] | None = None) -> None:
    """A human corrected a rejected item: send it again (a corrected body needs a new key — the old
    key's body is fixed at the portal — so the caller passes one in the payload's place if it changed)."""
    with store.write() as conn:
        if payload is None:
            conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = 0, last_error = '' "
                         "WHERE id = ? AND state = 'rejected'", (item_id,))
        else:
            conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = 0, last_error = '', payload = ? "
                         "WHERE id = ? AND state = 'rejected'", (json.dumps(payload, ensure_ascii=False), item_id))


def counts(store: Store) -> dict[str, int]:
    found = {r["state"]: r["n"] for r in store.query("SELECT state, count(*) AS n FROM outbox GROUP BY state")}
    return {s: int(found.get(s, 0)) for s in STATES}


def quarantined(store: Store) -> list[OutboxItem]:
    return [_item(r) for r in store.query("SELECT * FROM outbox WHERE state = 'rejected' ORDER BY id")]


def items(store: Store, states: tuple[str, ...] = ("pending", "unknown")) -> list[OutboxItem]:
    marks = ",".join("?" * len(states))
    return [_item(r) for r in store.query(f"SELECT * FROM outbox WHERE state IN ({marks}) ORDER BY id",  # noqa: S608
                                          states)]


def documents_of(store: Store, uuid: str, *, only_pending: bool = True) -> list[sqlite3.Row]:
    sql = "SELECT DISTINCT sha256, mime, size_bytes FROM documents WHERE application_uuid = ?"
    if only_pending:
        sql += " AND uploaded = 0"
    return store.query(sql, (uuid,))


def pending_document_hashes(store: Store) -> list[str]:
    """The scans still to upload of every application waiting to be sent: the sync asks the portal about all
    of them in one request per pass instead of one per application (on 2G each costs 0.3–1 s of round trip)."""
    return [r[0] for r in store.query(
        "SELECT DISTINCT d.sha256 FROM documents d JOIN outbox o ON o.idempotency_key = d.application_uuid "
        "WHERE d.uploaded = 0 AND o.kind = 'application' AND o.state IN ('pending', 'unknown', 'in_flight')")]


def mark_document_uploaded(store: Store, sha256: str) -> None:
    with store.write() as conn:
        conn.execute("UPDATE documents SET uploaded = 1 WHERE sha256 = ?", (sha256,))


def mark_documents_not_uploaded(store: Store, uuid: str) -> None:
    """The portal lost or never finished one of this application's documents: upload all again next try."""
    with store.write() as conn:
        conn.execute("UPDATE documents SET uploaded = 0 WHERE application_uuid = ?", (uuid,))


def mark_settled(store: Store, key: str) -> None:
    """Record the item under ``key`` as acknowledged without sending it: history made up by the demo, which
    'reached the portal long ago'. Its body stays (unlike :func:`mark_acked`): nothing real was sent."""
    with store.write() as conn:
        conn.execute("UPDATE outbox SET state = 'acked' WHERE idempotency_key = ?", (key,))


def voidable(store: Store, uuid: str) -> bool:
    """Whether ``Applications.void`` would accept ``uuid`` now: queued, its outbox item pending and never
    tried (the screen offers Void only then; ``void`` checks again inside its own transaction)."""
    rows = store.query("SELECT a.status, o.state, o.attempts FROM applications a LEFT JOIN outbox o "
                       "ON o.idempotency_key = a.uuid WHERE a.uuid = ?", (uuid,))
    return bool(rows) and rows[0]["status"] == str(Status.QUEUED) \
        and rows[0]["state"] == "pending" and rows[0]["attempts"] == 0


def take_for_bundle(store: Store, kinds: tuple[str, ...], note: str) -> list[OutboxItem]:
    """The waiting items of ``kinds`` that go into a carried bundle, marked ``unknown`` in the same commit.

    Exporting counts as offering to the portal: once a copy has left on a stick, the kiosk cannot recall it
    and cannot know when (or whether) a carrier sends it — the very meaning of ``unknown``. So a void is
    refused from now on, as for an item whose answer was lost, and the home kiosk still sends it itself under
    the same key (the portal answers whichever copy comes second with the first result)."""
    marks = ",".join("?" * len(kinds))
    with store.write() as conn:
        rows = conn.execute(f"SELECT * FROM outbox WHERE state IN ('pending', 'unknown') AND kind IN ({marks}) "  # noqa: S608
                            "ORDER BY id", kinds).fetchall()
        conn.execute(f"UPDATE outbox SET state = 'unknown', last_error = ?, updated_at = ? "  # noqa: S608
                     f"WHERE state IN ('pending', 'unknown') AND kind IN ({marks})",
                     (note[:500], utc_now().isoformat(), *kinds))
    return [_item(r) for r in rows]


def carried_document_hashes(store: Store) -> set[str]:
    """The scans named by items this kiosk still has to relay for another hub (kind ``carried``, not acked):
    no application row here names them, so the start-up orphan sweep must be told to keep them. Once
    relayed, the payload is dropped (:func:`mark_acked`) and the sweep removes the scans — another hub's
    citizens' papers do not stay on the carrier."""
    found: set[str] = set()
    # Not yet acknowledged, written as the states outbox_due can find (a scan of every settled item took 1 s at 1M).
    for r in store.query("SELECT payload FROM outbox WHERE state IN ('pending', 'in_flight', 'unknown', 'rejected') "
                         "AND kind = 'carried'"):
        try:
            docs = json.loads(r["payload"]).get("application", {}).get("documents") or []
        except (ValueError, AttributeError):
            continue  # a damaged row names nothing it could keep
        found.update(d["sha256"] for d in docs if isinstance(d, dict) and isinstance(d.get("sha256"), str))
    return found
