"""Relayed submissions: an application carried by another hub, filed under the hub that took it.

``POST /relay/applications`` is called with the *carrier's* login and ``{hub_id, application, signature}``.
The portal checks the home hub's signature (:mod:`kiosk.portal.relay`, keyed from the secret the portal
holds for that hub's login) and then files the application exactly as if the home hub had sent it: under
the home hub, with the same idempotency record, so the home hub's own later send of the same key is
answered with this first result, its status feed carries the decisions and its token fetches the
certificate. The carrier learns the acknowledgement it relayed and nothing more.

An unknown hub and a signature that does not verify get the same answer (422 ``RELAY_NOT_ACCEPTED``), so a
carrier cannot probe which hubs exist; a definite 4xx makes the carrier quarantine that one item, not stop.
The documents are the carrier's uploads (it has them from the bundle); uploads are each hub's own, so the
portal lets a relayed application name the carrier's uploads as well as the home hub's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from kiosk.portal.relay import verify, verify_grant
from kiosk.portal.simulator.portal import Reply, SimPortal, err

APPLICATION_ID = re.compile(r"^[A-Za-z0-9-]{1,40}$")

RELAYED_HEADER = "Relayed-For"


def relay_application(portal: SimPortal, carrier: str, key: str, body: Any) -> Reply:
    if not isinstance(body, dict):
        return err(400, "INVALID_REQUEST", "expected {hub_id, application, signature}")
    hub, application, signature = body.get("hub_id"), body.get("application"), body.get("signature")
    if not isinstance(hub, str) or not hub or len(hub) > 100:
        return err(400, "INVALID_REQUEST", "hub_id must be the home hub's client id")
    if not isinstance(application, dict):
        return err(400, "INVALID_REQUEST", "application must be an object")
    if not isinstance(signature, str):
        return err(400, "INVALID_REQUEST", "signature must be a string")
    secret = portal.clients.get(hub)
    if secret is None or not verify(secret, hub, "application", key, application, signature):
        with portal.store.tx() as conn:
            portal.store.bump(conn, "relay.refused")
        return err(422, "RELAY_NOT_ACCEPTED", "the home hub's signature does not match this item")
    reply = portal.submit_application(hub, key, application, document_hubs=(carrier,))  # uploads are per hub
    if 200 <= reply.status < 300:
        with portal.store.tx() as conn:
            portal.store.bump(conn, "relay.filed")
            if carrier != hub:
                portal.store.bump(conn, "relay.filed_for_another_hub")
        reply.headers[RELAYED_HEADER] = hub
    return reply


def grant_hub(portal: SimPortal, body: Any) -> str | Reply:
    """The hub whose read grant ``body["grant"]`` is, if it verifies and has not expired; else the refusal."""
    grant = body.get("grant") if isinstance(body, dict) else None
    fields = ("hub_id", "grant_id", "not_after", "signature")
    if not isinstance(grant, dict) or not all(isinstance(grant.get(f), str) and grant[f] for f in fields):
        return err(400, "INVALID_REQUEST", "grant must be {hub_id, grant_id, not_after, signature}")
    try:
        not_after = datetime.fromisoformat(grant["not_after"].replace("Z", "+00:00")).timestamp()
    except (ValueError, OverflowError):
        return err(400, "INVALID_REQUEST", "grant.not_after must be an ISO 8601 instant")
    secret = portal.clients.get(grant["hub_id"])
    if secret is None or not verify_grant(secret, grant) or not_after < portal.now():
        with portal.store.tx() as conn:
            portal.store.bump(conn, "relay.refused")
        return err(422, "RELAY_NOT_ACCEPTED", "the read grant is not the home hub's, or it has expired")
    return str(grant["hub_id"])


def relay_feed(portal: SimPortal, body: Any) -> Reply:
    """The home hub's status feed, read by a carrier holding its grant (the same page as ``GET /status-feed``)."""
    hub = grant_hub(portal, body)
    if isinstance(hub, Reply):
        return hub
    since, limit = body.get("since"), body.get("limit", 100)
    if since is not None and (not isinstance(since, str) or not since.isdigit() or len(since) > 18):
        return err(400, "INVALID_REQUEST", "since must be a cursor from an earlier page")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 500:
        return err(400, "INVALID_REQUEST", "limit must be 1..500")
    return portal.feed(hub, since, limit)


def relay_stats(portal: SimPortal) -> dict[str, int]:
    return {name: portal.store.counter(f"relay.{name}") for name in ("filed", "filed_for_another_hub", "refused")}
