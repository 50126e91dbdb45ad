"""The contract's endpoints mapped onto :class:`SimPortal`, with faults applied around them.

Order per request: link delay → authentication (401 without a valid token, 403 when the token lacks the
operation's scope) → idempotency claim (a second request with the same key from the same hub while the
first is still running gets 409) → pick a fault → faults that strike before the portal (gateway errors,
captive pages, a stall) → the endpoint, which commits → faults after the commit. Every endpoint gets the
calling hub and answers only about that hub's own things.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Callable
from datetime import date
from typing import Any

from kiosk.portal.codes import error_body
from kiosk.portal.simulator import (
    appeals,
    catalogue_changes,
    delivery,
    hubdata,
    more_documents,
    payments,
    receipt_status,
    relay,
    ring,
    ring_dashboard,
    uploads,
    verification,
)
from kiosk.portal.simulator.admin import admin
from kiosk.portal.simulator.certificate import render_certificate
from kiosk.portal.simulator.faults import PRE_COMMIT
from kiosk.portal.simulator.handler import CAPTIVE_PAGE, BadRequest, SimHandler
from kiosk.portal.simulator.portal import Reply, err, iso
from kiosk.portal.simulator.shapes import query_int

KEY_RE = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")
Endpoint = Callable[[SimHandler, str, dict[str, str], dict[str, str]], Reply]
HUGE_BYTES = 64 * 1024 * 1024


def _token(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    form = h.read_json()
    if not isinstance(form, dict) or form.get("grant_type") != "client_credentials":
        return err(400, "INVALID_REQUEST", "grant_type must be client_credentials")
    client_id, secret = str(form.get("client_id", "")), str(form.get("client_secret", ""))
    basic = h.headers.get("Authorization", "")
    if basic.startswith("Basic "):
        try:
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return err(401, "INVALID_CLIENT")
    scope = form.get("scope")
    return h.server.sim.portal.issue_token(client_id, secret, scope if isinstance(scope, str) else None)


def _health(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return Reply(200, {"status": "ok", "api_version": "1.0", "server_time": iso(h.server.sim.portal.now())},
                 {"Cache-Control": "no-store"})


def _submit(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return h.server.sim.portal.submit_application(hub, h.headers["Idempotency-Key"], h.read_json())


def _relay(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return relay.relay_application(h.server.sim.portal, hub, h.headers["Idempotency-Key"], h.read_json())


def _relay_feed(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return relay.relay_feed(h.server.sim.portal, h.read_json())


def _relay_certificate(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    body = h.read_json()
    home = relay.grant_hub(h.server.sim.portal, body)
    if isinstance(home, Reply):
        return home
    app_id = body.get("application_id")
    if not isinstance(app_id, str) or not relay.APPLICATION_ID.match(app_id):
        return err(400, "INVALID_REQUEST", "application_id must be a portal application number")
    return _certificate(h, home, {"id": app_id}, q)


def _application(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    row = h.server.sim.portal.application(hub, p["id"])
    if row is None:
        return err(404, "NOT_FOUND", p["id"])
    return Reply(200, {"application_id": row["id"], "idempotency_key": row["idempotency_key"],
                       "receipt_number": row["receipt_number"], "status": row["status"],
                       "reason": {"en": row["reason_en"], "mr": row["reason_mr"]} if row["reason_en"] else None})


def _certificate(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    portal = h.server.sim.portal
    row = portal.application(hub, p["id"])
    if row is None:
        return err(404, "NOT_FOUND", p["id"])
    if row["status"] != "approved":
        return err(404, "CERTIFICATE_NOT_READY", f"status is {row['status']}")
    pdf = row["certificate"]
    if pdf is None:
        pdf = render_certificate(application_id=row["id"], service_code=row["service_code"],
                                 name_en=row["applicant_name"], name_mr=row["applicant_name_mr"],
                                 receipt_number=row["receipt_number"],
                                 issued_on=date.fromtimestamp(portal.now()).isoformat(),
                                 fonts_dir=h.server.sim.config.fonts_dir)
        with portal.store.tx() as conn:
            conn.execute("UPDATE applications SET certificate = ? WHERE id = ?", (pdf, row["id"]))
    pdf = bytes(pdf)
    digest = hashlib.sha256(pdf).digest()
    return Reply(200, pdf, {"ETag": f'"{digest.hex()[:32]}"', "Repr-Digest": f"sha-256=:{base64.b64encode(digest).decode()}:",
                            "Content-Disposition": f'attachment; filename="{row["id"]}.pdf"'},
                 content_type="application/pdf")


def _lookup(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return uploads.lookup(h.server.sim.portal, hub, h.read_json())


def _create_upload(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return uploads.create(h.server.sim.portal, hub, h.read_json())


def _head_upload(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return uploads.head(h.server.sim.portal, hub, p["sha"])


def _patch_upload(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    sim = h.server.sim
    if h.headers.get("Content-Type", "").split(";")[0].strip() != "application/offset+octet-stream":
        raise BadRequest(415, "UNSUPPORTED_MEDIA_TYPE", "PATCH bodies are application/offset+octet-stream")
    if h.headers.get("Tus-Resumable", "1.0.0") != "1.0.0":
        raise BadRequest(400, "INVALID_REQUEST", "Tus-Resumable must be 1.0.0")
    offset = h.headers.get("Upload-Offset")
    if offset is None or not re.fullmatch(r"[0-9]{1,9}", offset) or int(offset) > uploads.MAX_DOCUMENT_BYTES:
        raise BadRequest(400, "INVALID_REQUEST", f"Upload-Offset must be an integer in 0..{uploads.MAX_DOCUMENT_BYTES}")
    cut_at = sim.take_cut(p["sha"], int(offset), h.body_length())
    return uploads.append(sim.portal, hub, p["sha"], offset, h.read_pieces(cut_at=cut_at))


def _feed(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    limit = query_int(q.get("limit"), 100, 1, 500, "limit")
    if isinstance(limit, str):
        return err(400, "INVALID_REQUEST", limit)
    return h.server.sim.portal.feed(hub, q.get("since"), limit)


def _catalogue(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return catalogue_changes.get_catalogue(h.server.sim.portal, h.headers.get("If-None-Match"), q.get("since"))


def _calendar(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return hubdata.calendar(h.server.sim.portal, q.get("year"))


def _appeal(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return appeals.file_appeal(h.server.sim.portal, hub, h.headers["Idempotency-Key"], h.read_json())


def _more_documents(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return more_documents.reply(h.server.sim.portal, hub, h.headers["Idempotency-Key"], p["id"], h.read_json())


def _payment(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return payments.record_payment(h.server.sim.portal, hub, h.headers["Idempotency-Key"], h.read_json())


def _feedback(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return hubdata.give_feedback(h.server.sim.portal, hub, h.headers["Idempotency-Key"], h.read_json())


def _heartbeat(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return hubdata.heartbeat(h.server.sim.portal, hub, h.read_json())


def _release_latest(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return h.server.sim.releases.latest()


def _release_file(h: SimHandler, hub: str, p: dict[str, str], q: dict[str, str]) -> Reply:
    return h.server.sim.releases.file(p["name"])


# (method, pattern, endpoint, needs auth, idempotency scope)
ROUTES: list[tuple[str, re.Pattern[str], Endpoint, bool, str | None]] = [
    ("GET", re.compile(r"^/health$"), _health, False, None),
    ("POST", re.compile(r"^/oauth/token$"), _token, False, None),
    ("POST", re.compile(r"^/applications$"), _submit, True, "applications"),
    ("POST", re.compile(r"^/relay/applications$"), _relay, True, "applications"),
    ("POST", re.compile(r"^/relay/status-feed$"), _relay_feed, True, None),
    ("POST", re.compile(r"^/relay/certificate$"), _relay_certificate, True, None),
    ("GET", re.compile(r"^/applications/(?P<id>[A-Za-z0-9-]{1,40})$"), _application, True, None),
    ("GET", re.compile(r"^/applications/(?P<id>[A-Za-z0-9-]{1,40})/certificate$"), _certificate, True, None),
    ("GET", re.compile(r"^/receipts/(?P<receipt>[^/]{1,80})$"), receipt_status.endpoint, True, None),
    ("POST", re.compile(r"^/documents/lookup$"), _lookup, True, None),
    ("POST", re.compile(r"^/uploads$"), _create_upload, True, None),
    ("HEAD", re.compile(r"^/uploads/(?P<sha>[0-9a-f]{64})$"), _head_upload, True, None),
    ("PATCH", re.compile(r"^/uploads/(?P<sha>[0-9a-f]{64})$"), _patch_upload, True, None),
    ("GET", re.compile(r"^/status-feed$"), _feed, True, None),
    ("GET", re.compile(r"^/catalogue$"), _catalogue, True, None),
    ("GET", re.compile(r"^/calendar$"), _calendar, True, None),
    ("POST", re.compile(r"^/appeals$"), _appeal, True, "appeals"),
    ("POST", re.compile(r"^/applications/(?P<id>[A-Za-z0-9-]{1,40})/documents$"), _more_documents, True, "documents"),
    ("POST", re.compile(r"^/feedback$"), _feedback, True, "feedback"),
    ("POST", re.compile(r"^/delivery-changes$"), delivery.endpoint, True, "delivery"),
    ("POST", re.compile(r"^/payments$"), _payment, True, "payments"),
    ("POST", re.compile(r"^/hubs/heartbeat$"), _heartbeat, True, None),
    ("POST", re.compile(r"^/hubs/ring$"), ring.send, True, "ring"),  # issue 18: the hub's villages
    ("GET", re.compile(r"^/hubs/ring$"), ring.read, True, None),
    ("GET", re.compile(r"^/hubs/day-close$"), ring_dashboard.day_close_endpoint, True, None),
    ("GET", re.compile(r"^/verification/sample$"), verification.endpoint, True, None),  # issue 18: calls
    ("GET", re.compile(r"^/releases/latest$"), _release_latest, False, None),
    ("GET", re.compile(r"^/releases/files/(?P<name>[A-Za-z0-9][A-Za-z0-9._+-]{0,127})$"), _release_file, False, None),
]


# The OAuth scope each authenticated path needs (longest prefix wins; a path not listed needs "applications").
SCOPE_OF = {"/applications": "applications", "/appeals": "applications", "/payments": "applications", "/applications/": "status",
            "/status-feed": "status", "/receipts/": "status", "/documents/": "documents", "/uploads": "documents", "/uploads/": "documents",
            "/catalogue": "catalogue", "/calendar": "catalogue", "/feedback": "hub", "/hubs/": "hub",
            "/verification/": "hub"}


def required_scope(method: str, path: str) -> str:
    prefixes = [p for p in SCOPE_OF if path == p or (p.endswith("/") and path.startswith(p))]
    return SCOPE_OF[max(prefixes, key=len)] if prefixes else "applications"


def _match(method: str, path: str) -> tuple[Any, dict[str, str]] | None | str:
    allowed: list[str] = []
    for m, pattern, fn, auth, scope in ROUTES:
        found = pattern.match(path)
        if found:
            if m == method:
                return (fn, auth, scope), found.groupdict()
            allowed.append(m)
    return ", ".join(dict.fromkeys(allowed)) if allowed else None


def route(h: SimHandler) -> None:
    sim = h.server.sim
    path, query = h.split
    if path.startswith("/_sim/"):
        token = sim.config.admin_token
        if token and not secrets.compare_digest(h.headers.get("Sim-Admin-Token", "").encode(), token.encode()):
            h.drain()
            h.send(err(401, "INVALID_TOKEN", "the /_sim/* controls need the Sim-Admin-Token header"))
            return
        h.send(admin(h, path, query))
        return
    sim.count("requests")  # contract requests only; the admin calls above are not the portal's traffic
    sim.link_delay()
    found = _match(h.command, path)
    if not isinstance(found, tuple):
        h.drain()
        h.send(err(405, "INVALID_REQUEST", "method not allowed", Allow=found) if found else err(404, "NOT_FOUND", path))
        return
    (fn, auth, scope), params = found
    hub = ""
    if auth:
        bearer = h.headers.get("Authorization", "")
        needs = required_scope(h.command, path)
        found_hub = sim.portal.hub_for(bearer[7:] if bearer.startswith("Bearer ") else None, needs)
        if not found_hub:
            h.drain()
            if found_hub is None:
                h.send(Reply(401, error_body("INVALID_TOKEN"), {"WWW-Authenticate": 'Bearer error="invalid_token"'}))
            else:
                h.send(Reply(403, error_body("FORBIDDEN", f"this token lacks the {needs} scope"),
                             {"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{needs}"'}))
            return
        hub = found_hub
    key = h.headers.get("Idempotency-Key", "")
    if scope:
        if not KEY_RE.match(key):
            h.drain()
            h.send(err(400, "IDEMPOTENCY_KEY_MISSING", "8-100 characters of A-Z a-z 0-9 . _ : -"))
            return
        if not sim.portal.claim(hub, scope, key):
            h.drain()
            sim.portal.count_duplicate(scope, "in_flight")
            h.send(err(409, "REQUEST_IN_FLIGHT", key, **{"Retry-After": "1"}))
            return
    # Picked only now, so a scripted fault is never used up by a request that was refused above.
    fault = sim.faults.pick(h.command, path)
    try:
        if fault in PRE_COMMIT and fault not in ("timeout", "connect_timeout"):
            sim.faults.record(fault)
            h.drain()
            _pre_commit(h, fault, path)
            return
        if fault == "timeout":
            sim.faults.record(fault)
            h.drain()
            sim.sleep(sim.config.stall_seconds)
            h.hang_up()
            return
        reply = fn(h, hub, params, query)
    finally:
        if scope:
            sim.portal.release(hub, scope, key)
    if fault == "connect_timeout":
        sim.faults.record(fault)
        sim.pause_accepting(sim.config.connect_pause_seconds)
        h.send(reply, close=True)
        return
    _post_commit(h, fault, reply)


def _pre_commit(h: SimHandler, fault: str, path: str) -> None:
    retry = str(h.server.sim.config.retry_after_seconds)
    if fault == "5xx":
        h.send(err(500, "INTERNAL_ERROR"))
    elif fault == "429":
        h.send(err(429, "RATE_LIMITED", **{"Retry-After": retry}))
    elif fault == "503":
        h.send(err(503, "SERVICE_UNAVAILABLE", **{"Retry-After": retry}))
    elif fault == "captive":
        h.send(Reply(200, CAPTIVE_PAGE, content_type="text/html"))
    elif fault == "redirect_offsite":
        h.send(Reply(302, b"", {"Location": f"http://login.villagenet.invalid/portal?next={path}"},
                     content_type="text/html"))
    elif fault == "wrong_content_type":
        h.send(Reply(200, b"OK", content_type="text/plain"))
    elif fault == "huge_body":
        h.send(Reply(200, b""), body=b"", length=HUGE_BYTES)
        block = b'{"padding": "' + b"A" * 65500
        for _ in range(HUGE_BYTES // len(block)):
            h.wfile.write(block)
        h.hang_up()


def _post_commit(h: SimHandler, fault: str | None, reply: Reply) -> None:
    sim = h.server.sim
    has_body = reply.body is not None and reply.status not in (204, 304) and h.command != "HEAD"
    if fault == "drop_after_commit":
        sim.faults.record(fault)
        h.hang_up()
    elif fault == "late_answer":
        sim.faults.record(fault)
        sim.sleep(sim.config.stall_seconds)
        h.send(reply)
    elif fault == "truncated" and has_body:
        sim.faults.record(fault)
        data, _ = h.encode(reply)
        h.send(reply, body=data[: len(data) // 2], length=len(data))
        h.hang_up()
    elif fault == "invalid_json" and has_body and isinstance(reply.body, dict):
        sim.faults.record(fault)
        h.send(reply, body=b'{"application_id": "MH-' + b"\xff\xfe" + b',,}', plain=True)
    elif fault == "slow" and has_body:
        sim.faults.record(fault)
        h.send(reply, trickle=sim.config.trickle_seconds)
    else:
        h.send(reply)
