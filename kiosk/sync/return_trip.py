"""The way back of carried sync: the carrier brings a home hub's answers home on a return stick.

A hub offline for days gets its decisions and certificates without waiting for its own link. Each bundle it
exports carries a read grant signed by it (:mod:`kiosk.portal.relay`) and its feed cursor; the carrier keeps
the newest grant per home hub (:mod:`kiosk.sync.carried`) and, while online, reads that hub's status feed
and certificates with it (``POST /relay/status-feed``, ``/relay/certificate``) into a return file sealed
under the ring key (magic ``SKR2``). The home kiosk imports it: the status changes go through the same
store path as its own sync's feed pages, the certificates into its sealed certificates folder — ready to
hand over and print. The home's own sync later reads the same feed; re-applying a change changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk.domain.clock import utc_now
from kiosk.domain.errors import PortalError
from kiosk.portal.errors import PortalBadResponse, outcome_of
from kiosk.portal.models import StatusEvent
from kiosk.sealed import SealedFolder
from kiosk.store.db import Store
from kiosk.store.hub import get_setting
from kiosk.store.portal_answers import (
    FEED_CURSOR_KEY,
    apply_status_page,
    certificates_needed,
    record_certificate,
)
from kiosk.sync.carried import HeldGrant, held_grants
from kiosk.sync.portal_feeds import status_change
from kiosk.sync.ring import BundleError, open_sealed, read_member, write_sealed

RETURN_MAGIC = b"SKR2"
FORMAT = 2


class RelayReader(Protocol):
    """The part of the portal client a carrier uses to read another hub's answers with its grant."""

    def relay_status_pages(self, grant: Mapping[str, str], cursor: str | None,
                           limit: int = 200) -> Iterator[Any]: ...
    def relay_certificate(self, grant: Mapping[str, str], application_id: str) -> Any: ...


@dataclass(frozen=True)
class ReturnSummary:
    hub_id: str
    hub_code: str
    events: int
    certificates: int
    path: Path | None = None  # the return file written (carrier) or read (home); None: nothing new
    error: str = ""  # carrier: why this hub's answers could not be read (an expired grant …)


def _event_json(e: StatusEvent) -> dict[str, Any]:
    """A feed event back in the contract's JSON, so the home parses it with the client's own parser."""
    out: dict[str, Any] = {"seq": e.seq, "application_id": e.application_id, "idempotency_key": e.idempotency_key,
                           "receipt_number": e.receipt_number, "status": e.status, "at": e.at,
                           "reason": {"en": e.reason.en, "mr": e.reason.mr} if e.reason else None}
    if e.certificate_href:
        out["certificate"] = {"href": e.certificate_href}
    if e.deliveries:
        out["deliveries"] = [{"kind": d.kind, "channel": d.channel, "outcome": d.outcome, "at": d.at}
                             for d in e.deliveries]
    return out


def fetch_returns(store: Store, client: RelayReader, folder: Path) -> list[ReturnSummary]:
    """For every home hub whose grant this kiosk holds: its answers since its cursor, into a return file."""
    return [_fetch_one(held, client, folder) for held in held_grants(store)]


def _fetch_one(held: HeldGrant, client: RelayReader, folder: Path) -> ReturnSummary:
    events: list[dict[str, Any]] = []
    cursor = held.since
    members: dict[str, bytes] = {}
    certificates: dict[str, str] = {}
    try:
        for page in client.relay_status_pages(held.grant, held.since):
            events += [_event_json(e) for e in page.events]
            cursor = page.next_cursor
    except PortalError as exc:
        if not _refused(exc):
            raise  # offline, captive page, 5xx: the command says so; nothing is written
        return ReturnSummary(held.hub_id, held.hub_code, 0, 0, error=exc.detail)
    for app_id in dict.fromkeys(e["application_id"] for e in events if e["status"] == "approved"):
        try:
            cert = client.relay_certificate(held.grant, app_id)
        except PortalError as exc:
            if not _refused(exc):
                raise
            continue  # this one is not issued after all: the status still travels, the home's sync fetches it
        if cert.pdf.startswith(b"%PDF-"):
            members[f"certificates/{cert.sha256}"] = cert.pdf
            certificates[app_id] = cert.sha256
    if not events:
        return ReturnSummary(held.hub_id, held.hub_code, 0, 0)
    manifest = {"format": FORMAT, "hub_id": held.hub_id, "created_at": utc_now().isoformat(), "since": held.since,
                "next_cursor": cursor, "events": events, "certificates": certificates}
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    path = write_sealed(folder / f"seva-return-{held.hub_code}-{utc_now():%Y%m%d-%H%M%S}.skb", RETURN_MAGIC,
                        held.hub_code, members)
    return ReturnSummary(held.hub_id, held.hub_code, len(events), len(certificates), path)


def _refused(exc: PortalError) -> bool:
    """A definite answer of the portal (grant refused, not found), as opposed to no answer at all."""
    return bool(getattr(outcome_of(exc), "rejected", False))


def import_return(store: Store, path: Path, certificates: SealedFolder, hub_id: str,
                  audit: Callable[..., object] | None = None) -> ReturnSummary:
    """Apply a return file at home: its status changes (one transaction, as a feed page, audited as one:
    ``audit``) and certificates."""
    hub_code, zf = open_sealed(path, RETURN_MAGIC)
    with zf:
        try:
            manifest = json.loads(zf.read("manifest.json"))
        except (KeyError, ValueError) as exc:
            raise BundleError(f"{path.name} has no readable manifest") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(f"{path.name}: unknown return format")
        if manifest.get("hub_id") != hub_id:
            raise BundleError(f"{path.name} holds the answers of hub {manifest.get('hub_id')}, not of this hub")
        try:
            changes = [status_change(StatusEvent.from_json(e)) for e in manifest.get("events") or []]
        except PortalBadResponse as exc:
            raise BundleError(f"{path.name}: {exc.detail}") from exc
        current = get_setting(store, FEED_CURSOR_KEY) or None
        # The pages go on from where this kiosk's feed stands only if they start at its cursor; else the
        # changes are applied and the cursor stays (the kiosk's own sync reads the feed from there).
        following = manifest.get("since") == current and isinstance(manifest.get("next_cursor"), str)
        applied = apply_status_page(store, changes, manifest["next_cursor"] if following else current or "",
                                    audit).applied
        brought = 0
        listed = manifest.get("certificates")
        held: dict[str, Any] = listed if isinstance(listed, dict) else {}
        for uuid, portal_id in certificates_needed(store):
            sha = held.get(portal_id)
            if not isinstance(sha, str) or f"certificates/{sha}" not in zf.namelist():
                continue
            pdf = read_member(zf, f"certificates/{sha}", path)
            if hashlib.sha256(pdf).hexdigest() != sha or not pdf.startswith(b"%PDF-"):
                raise BundleError(f"{path.name}: certificate {portal_id} does not match its hash")
            certificates.write(f"{sha}.pdf", pdf)
            record_certificate(store, uuid, portal_id, sha, len(pdf))
            brought += 1
    return ReturnSummary(hub_id, hub_code, applied, brought, path)
