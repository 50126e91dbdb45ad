"""Carried sync: queued applications on a USB stick, relayed by any kiosk of the ring that has a connection.

A village offline for days hands its queue to a kiosk of another hub that is online. The applications stay
the home hub's all the way: the home hub **signs** each one (:mod:`kiosk.portal.relay`, a key derived from
its own portal secret) and the carrier only **relays** it (``POST /relay/applications`` with its own login);
the portal checks the home hub's signature and files it under the home hub. So the home kiosk's own sync
later brings the status and the certificate home, and its own send of the same item (same idempotency key)
is answered with the first result — exactly once, whichever copy arrives first.

The file is a ring container (:mod:`kiosk.sync.ring`, magic ``SKB2``) of manifest.json and
documents/<sha256>; documents are re-hashed on import. The ring key lets a carrier read and relay; only the
home hub's signature lets the portal file. The manifest also carries a signed read grant and the home's
feed cursor, so the carrier can bring the answers back on a return stick (:mod:`kiosk.sync.return_trip`).

Exporting counts as offering to the portal (see :func:`kiosk.store.outbox.take_for_bundle`): a supervisor
can no longer void an application once a copy has left on a stick.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from kiosk.documents.storage import read_document, store_document
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import KioskError
from kiosk.portal import relay
from kiosk.sealed import SealedFolder
from kiosk.store.db import Store
from kiosk.store.hub import get_setting
from kiosk.store.outbox import OutboxItem, enqueue, take_for_bundle
from kiosk.store.portal_answers import FEED_CURSOR_KEY
from kiosk.sync.carried import CARRIED, remember_grant
from kiosk.sync.ring import BundleError, open_sealed, read_member, ring_key, set_ring_key, write_sealed

__all__ = ["BundleError", "BundleSummary", "HubSigner", "export_bundle", "import_bundle", "ring_key", "set_ring_key"]

MAGIC = b"SKB2"
FORMAT = 2
EXPORTED_KINDS = ("application", CARRIED)  # feedback and appeals wait for the home hub's own link
GRANT_DAYS = 30  # how long a carrier may read this hub's answers with the grant of one bundle


class BundleCannotBeSigned(KioskError):
    """The home hub has no portal login here, so it cannot sign what it exports."""

    code = "bundle_cannot_sign"


@dataclass(frozen=True)
class HubSigner:
    """The home hub's portal identity: its client id and a way to read its secret (from the keyring)."""

    hub_id: str
    secret: Callable[[], str]

    def sign(self, kind: str, key: str, body: dict[str, Any]) -> str:
        return relay.sign(self._secret(), self.hub_id, kind, key, body)

    def grant(self, days: int = GRANT_DAYS) -> dict[str, str]:
        """A read grant for this hub's feed and certificates, valid ``days`` by the portal's clock."""
        not_after = (utc_now() + timedelta(days=days)).isoformat(timespec="seconds").replace("+00:00", "Z")
        return relay.sign_grant(self._secret(), self.hub_id, secrets.token_hex(16), not_after)

    def _secret(self) -> str:
        try:
            return self.secret()
        except KioskError as exc:
            raise BundleCannotBeSigned(exc.detail) from exc

    def check(self) -> None:
        """Refuse before anything is marked or written when the secret cannot be read."""
        self._secret()


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    items: int
    documents: int
    hub_code: str
    new: int = 0  # import: items queued now (the rest were already carried, or sent)


def _entry(item: OutboxItem, signer: HubSigner) -> dict[str, Any]:
    if item.kind == CARRIED:  # relayed onwards as it came: still the first home hub's, still its signature
        return {"key": item.idempotency_key, **item.payload}
    return {"key": item.idempotency_key, "hub_id": signer.hub_id, "application": item.payload,
            "signature": signer.sign("application", item.idempotency_key, item.payload)}


def export_bundle(store: Store, documents: SealedFolder, folder: Path, hub_code: str,
                  signer: HubSigner) -> BundleSummary:
    """Write every waiting application (with its documents) into one bundle in ``folder``.

    The items are marked as offered (``unknown``) in the same commit that picks them, before the file is
    written: a crash in between costs at most a void that is refused, never a copy that left unmarked.
    A bundle is written even with no application waiting: its read grant still asks for the answers."""
    key = ring_key()  # no ring key or no signing secret, no marking: refuse before anything changes
    signer.check()
    name = f"seva-bundle-{hub_code}-{utc_now():%Y%m%d-%H%M%S}.skb"
    picked = take_for_bundle(store, EXPORTED_KINDS, f"carried in bundle {name}")
    entries = [_entry(item, signer) for item in picked]
    members: dict[str, bytes] = {}
    for entry in entries:
        for doc in entry["application"].get("documents") or []:
            sha = str(doc.get("sha256", "")) if isinstance(doc, dict) else ""
            if sha and f"documents/{sha}" not in members:
                members[f"documents/{sha}"] = read_document(documents, sha)
    manifest = {"format": FORMAT, "hub_code": hub_code, "hub_id": signer.hub_id, "created_at": utc_now().isoformat(),
                "items": entries, "grant": signer.grant(), "since": get_setting(store, FEED_CURSOR_KEY) or None}
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    target = write_sealed(folder / name, MAGIC, hub_code, members, key)
    return BundleSummary(target, len(entries), len(members) - 1, hub_code)


def _relay_body(name: str, e: Any) -> tuple[str, dict[str, Any]]:
    """An item of the manifest as the relay request it becomes; malformed → BundleError."""
    if not isinstance(e, dict) or not isinstance(e.get("key"), str) or not isinstance(e.get("hub_id"), str) \
            or not isinstance(e.get("application"), dict) or not isinstance(e.get("signature"), str):
        raise BundleError(f"{name}: malformed item")
    return e["key"], {"hub_id": e["hub_id"], "application": e["application"], "signature": e["signature"]}


def import_bundle(store: Store, path: Path, documents: SealedFolder) -> BundleSummary:
    """Verify a bundle, store its documents (re-hashed, sealed) and queue its items for relay under their
    original keys. Items already in this kiosk's outbox (same key) are left alone (``new`` counts the rest);
    the queueing and the home hub's read grant are one transaction."""
    hub, zf = open_sealed(path, MAGIC)
    with zf:
        names = zf.namelist()
        if "manifest.json" not in names:
            raise BundleError(f"{path.name} has no manifest")
        manifest = json.loads(zf.read("manifest.json"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(f"{path.name}: unknown bundle format")
        entries = manifest.get("items")
        if not isinstance(entries, list):
            raise BundleError(f"{path.name}: manifest has no items")
        bodies = [_relay_body(path.name, e) for e in entries]  # all checked before anything is stored
        docs = 0
        for member in names:
            if member.startswith("documents/"):
                sha = member.split("/", 1)[1]
                if store_document(documents, read_member(zf, member, path)) != sha:
                    raise BundleError(f"{path.name}: document {sha[:12]}… does not match its hash")
                docs += 1
    new = 0
    with store.write() as conn:
        for key, body in bodies:
            new += enqueue(conn, CARRIED, key, body, application_uuid=None)
        remember_grant(conn, manifest, hub)
    return BundleSummary(path, len(bodies), docs, hub, new)
