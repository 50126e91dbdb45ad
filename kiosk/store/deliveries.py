"""The citizen's delivery channels and the portal's delivery attempts, as the hub database keeps them.

Channels arrive with the application, on its row (``applications.channels`` and ``.acknowledgement``,
step 0025); an application saved before that step has them in ``delivery_channels`` and
``delivery_acknowledgements`` (filled by a trigger from its outbox body) until its channels change.
Attempts arrive with the status feed and are applied in the feed page's transaction, so re-reading a page
adds nothing twice. A change of channel is one transaction: the new channels, an outbox item carrying
them to the portal (or, when the application itself has not left yet, its unsent body rewritten) and an
audit entry naming the operator.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kiosk.domain.application import Application, new_uuid
from kiosk.domain.clock import utc_now
from kiosk.domain.delivery import FAILED, Acknowledgement, ChannelChoice, DeliveryAttempt
from kiosk.store.db import Store
from kiosk.store.outbox import enqueue

DELIVERY_KIND = "delivery"  # the outbox kind of a channel change
_FAILED = tuple(sorted(FAILED))


@dataclass(frozen=True)
class FailedDelivery:
    """An issued certificate that reached the citizen on none of their channels."""

    uuid: str
    receipt_number: str
    service_code: str
    status: str
    failed: tuple[DeliveryAttempt, ...]


def record_attempts(conn: sqlite3.Connection, uuid: str, attempts: Iterable[DeliveryAttempt]) -> int:
    """Inside the caller's transaction (a feed page's); an attempt already kept is not added again."""
    return sum(conn.execute(
        "INSERT OR IGNORE INTO delivery_attempts(application_uuid, kind, channel, outcome, at) VALUES (?, ?, ?, ?, ?)",
        (uuid, a.kind, a.channel, a.outcome, a.at)).rowcount for a in attempts)


def _rows(source: Store | sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
    return source.query(sql, params) if isinstance(source, Store) else source.execute(sql, params).fetchall()


def _on_the_row(source: Store | sqlite3.Connection, uuid: str) -> sqlite3.Row | None:
    """The application's own columns, or None when it was saved before step 0025 (NULL ``channels``: the old
    tables hold them) or has no row here."""
    rows = _rows(source, "SELECT channels, acknowledgement FROM applications WHERE uuid = ?", (uuid,))
    return rows[0] if rows and rows[0]["channels"] is not None else None


def with_delivery(source: Store | sqlite3.Connection, app: Application) -> Application:
    """``app`` as read from its row, with its channels and acknowledgement, so a body rebuilt from it
    (documents added before the send, a correction) still carries them. ``source`` is the store, or the
    connection of the caller's transaction."""
    row = _on_the_row(source, app.uuid)
    if row is not None:
        ack = Acknowledgement.from_dict(json.loads(row["acknowledgement"])) if row["acknowledgement"] else None
        return replace(app, channels=tuple(_channels(row["channels"])), acknowledgement=ack)
    acks = _rows(source, "SELECT channel, recipient, language FROM delivery_acknowledgements "
                         "WHERE application_uuid = ?", (app.uuid,))
    old = Acknowledgement(acks[0]["channel"], acks[0]["recipient"], acks[0]["language"]) if acks else None
    return replace(app, channels=tuple(_channels_before_0025(source, app.uuid)), acknowledgement=old)


def channels_of(source: Store | sqlite3.Connection, uuid: str) -> list[ChannelChoice]:
    """In the order the citizen chose them."""
    row = _on_the_row(source, uuid)
    return _channels(row["channels"]) if row is not None else _channels_before_0025(source, uuid)


def _channels(listed: str) -> list[ChannelChoice]:
    return [ChannelChoice.from_dict(c) for c in json.loads(listed) if isinstance(c, dict)]


def _channels_before_0025(source: Store | sqlite3.Connection, uuid: str) -> list[ChannelChoice]:
    return [ChannelChoice.from_dict(dict(r)) for r in _rows(
        source, "SELECT channel, contact, consent_at FROM delivery_channels WHERE application_uuid = ? ORDER BY position",
        (uuid,))]


def attempts_of(store: Store, uuid: str) -> list[DeliveryAttempt]:
    """Oldest first, as they happened."""
    return [DeliveryAttempt(r["channel"], r["outcome"], r["at"], r["kind"]) for r in store.query(
        "SELECT channel, outcome, at, kind FROM delivery_attempts WHERE application_uuid = ? ORDER BY at, id",
        (uuid,))]


def failed_deliveries(store: Store, limit: int = 200) -> list[FailedDelivery]:
    """Certificates issued but not handed over whose delivery failed and succeeded on no channel, newest
    first: the operator prints them at the counter or changes the channel."""
    marks = ",".join("?" * len(_FAILED))
    rows = store.query(
        f"""SELECT a.uuid, a.receipt_number, a.service_code, a.status FROM applications a
            WHERE a.status = 'approved'
              AND EXISTS (SELECT 1 FROM delivery_attempts f WHERE f.application_uuid = a.uuid
                          AND f.kind = 'certificate' AND f.outcome IN ({marks}))
              AND NOT EXISTS (SELECT 1 FROM delivery_attempts d WHERE d.application_uuid = a.uuid
                              AND d.kind = 'certificate' AND d.outcome = 'delivered')
            ORDER BY a.rowid DESC LIMIT ?""",  # noqa: S608 - placeholders only
        (*_FAILED, limit))
    out = []
    for r in rows:
        failed = tuple(a for a in attempts_of(store, r["uuid"]) if a.kind == "certificate" and a.failed)
        out.append(FailedDelivery(r["uuid"], r["receipt_number"], r["service_code"], r["status"], failed))
    return out


def change_channels(store: Store, uuid: str, channels: Sequence[ChannelChoice], operator: str,
                    audit: Any, reason: str = "") -> bool:
    """Replace the application's channels. Returns True when a change item was queued for the portal,
    False when the application's own body had not been sent yet and now carries the new channels."""
    now = utc_now().isoformat()
    listed = [c.to_dict() for c in channels]
    text = json.dumps(listed, ensure_ascii=False, separators=(",", ":"))
    with store.write() as conn:
        row = conn.execute("SELECT receipt_number FROM applications WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise LookupError(uuid)
        # Onto the row (step 0025). An application saved before it brings its acknowledgement along, and its
        # old rows go, so no stale copy remains; who changed them is in the audit entry below.
        conn.execute(
            "UPDATE applications SET channels = ?, delivery = ?, updated_at = ?, acknowledgement = CASE "
            "WHEN channels IS NOT NULL THEN acknowledgement ELSE (SELECT json_object('channel', k.channel, "
            "'to', k.recipient, 'language', k.language) FROM delivery_acknowledgements k "
            "WHERE k.application_uuid = applications.uuid) END WHERE uuid = ?",
            (text, channels[0].channel, now, uuid))
        conn.execute("DELETE FROM delivery_channels WHERE application_uuid = ?", (uuid,))
        conn.execute("DELETE FROM delivery_acknowledgements WHERE application_uuid = ?", (uuid,))
        unsent = conn.execute(
            "UPDATE outbox SET payload = json_set(payload, '$.delivery_channels', json(?), '$.delivery', ?), "
            "updated_at = ? WHERE idempotency_key = ? AND kind = 'application' AND state = 'pending' "
            "AND attempts = 0", (text, channels[0].channel, now, uuid)).rowcount
        if not unsent:
            body = {"application_key": uuid, "channels": listed, "changed_at": utc_now().isoformat(timespec="seconds")}
            if reason:
                body["reason"] = reason[:500]
            enqueue(conn, DELIVERY_KIND, new_uuid(), body, application_uuid=uuid)
        audit(conn, operator, "delivery.changed", receipt=row["receipt_number"],
              channels="/".join(c.channel for c in channels))
    return not unsent


def pending_change(store: Store, uuid: str) -> bool:
    """A channel change is still on its way to the portal."""
    return bool(store.query("SELECT 1 FROM outbox WHERE application_uuid = ? AND kind = ? AND state != 'acked' "
                            "AND state != 'rejected' LIMIT 1", (uuid, DELIVERY_KIND)))
