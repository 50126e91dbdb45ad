"""Carried sync: queued applications on a USB stick, relayed by any kiosk of the ring that has a connection.

A village offline for days hands its queue to a kiosk of another hub that is online. The applications stay
the home hub's all the way: the home hub **signs** each one (:mod:`kiosk.portal.relay`, a key derived from
its own portal secret) and the carrier only **relays** it (``POST /relay/applications`` with its own login);
the portal checks the home hub's signature and files it under the home hub. So the home kiosk's own sync
later brings the status and the certificate home, and its own send of the same item (same idempotency key)
is answered with the first result — exactly once, whichever copy arrives first.

Format: ``SKB2`` + 64-byte hub code + 12-byte nonce + AES-256-GCM(zip of manifest.json and
documents/<sha256>). GCM is authenticated encryption: a bundle that was altered, truncated or made with
another key does not open. The key is the ring's shared carry key, kept in each kiosk's OS keyring (never
in a file, never on a command line); the header is bound as associated data. Documents are re-hashed on
import. The ring key lets a carrier read and relay; only the home hub's signature lets the portal file.

Exporting counts as offering to the portal (see :func:`kiosk.store.outbox.take_for_bundle`): a supervisor
can no longer void an application once a copy has left on a stick.
"""

from __future__ import annotations

import io
import json
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.documents.storage import read_document, store_document
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import KioskError, SecretStoreUnavailable
from kiosk.durable import write_durably
from kiosk.portal import relay
from kiosk.sealed import SealedFolder
from kiosk.store.db import Store
from kiosk.store.outbox import OutboxItem, enqueue, take_for_bundle
from kiosk.sync.carried import CARRIED

MAGIC = b"SKB2"
OLD_MAGIC = b"SKB1"  # before carried items stayed the home hub's: they would be filed under the carrier
FORMAT = 2
KEYRING_SERVICE = "seva-kiosk/ring-carry-key"
KEYRING_USER = "ring"
MAX_BUNDLE_BYTES = 512 * 2**20
MAX_MEMBER_BYTES = 64 * 2**20
EXPORTED_KINDS = ("application", CARRIED)  # feedback and appeals wait for the home hub's own link


class BundleError(KioskError):
    """A bundle that cannot be used: wrong key, altered, truncated, or not a bundle."""

    code = "bundle_invalid"


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
    path: Path | None  # None: nothing was waiting, no file written
    items: int
    documents: int
    hub_code: str
    new: int = 0  # import: items queued now (the rest were already carried, or sent)


def _keyring_backend() -> Any:
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt"):
        raise SecretStoreUnavailable("no OS keyring: the ring carry key cannot be kept safely")
    return backend


def set_ring_key(key_hex: str | None = None) -> str:
    """Install the ring's carry key (hex, read by the caller from standard input or a file — never a
    command-line argument), or make a new one; returns it for the supervisor to share."""
    try:
        key = bytes.fromhex(key_hex.strip()) if key_hex else AESGCM.generate_key(bit_length=256)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise BundleError("the ring key must be 64 hex digits (256 bits)")
    try:
        _keyring_backend().set_password(KEYRING_SERVICE, KEYRING_USER, key.hex())
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(str(exc)) from exc
    return key.hex()


def ring_key() -> bytes:
    try:
        value = _keyring_backend().get_password(KEYRING_SERVICE, KEYRING_USER)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(str(exc)) from exc
    if not value:
        raise BundleError("this kiosk has no ring carry key: seva-kiosk outbox ring-key (supervisor)")
    return bytes.fromhex(value)


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
    The documents are decrypted from the kiosk's sealed folder into memory and the whole bundle is sealed
    under the ring key before anything is written: no document lies on the stick in clear."""
    key = ring_key()  # no ring key or no signing secret, no marking: refuse before anything changes
    signer.check()
    stamp = f"{utc_now():%Y%m%d-%H%M%S}"
    name = f"seva-bundle-{hub_code}-{stamp}.skb"
    picked = take_for_bundle(store, EXPORTED_KINDS, f"carried in bundle {name}")
    if not picked:
        return BundleSummary(None, 0, 0, hub_code)
    buf = io.BytesIO()
    shas: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        entries = [_entry(item, signer) for item in picked]
        for entry in entries:
            for doc in entry["application"].get("documents") or []:
                sha = str(doc.get("sha256", "")) if isinstance(doc, dict) else ""
                if sha and sha not in shas:
                    zf.writestr(f"documents/{sha}", read_document(documents, sha))
                    shas.add(sha)
        manifest = {"format": FORMAT, "hub_code": hub_code, "hub_id": signer.hub_id,
                    "created_at": utc_now().isoformat(), "items": entries}
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    header = MAGIC + hub_code.encode("utf-8")[:64].ljust(64, b"\0")
    nonce = secrets.token_bytes(12)
    sealed = header + nonce + AESGCM(key).encrypt(nonce, buf.getvalue(), header)
    target = write_durably(folder / name, sealed)
    return BundleSummary(target, len(entries), len(shas), hub_code)


def _open(path: Path) -> tuple[str, zipfile.ZipFile]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(f"cannot read {path.name}: {exc}") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{path.name} is larger than any bundle a kiosk writes")
    data = path.read_bytes()
    if data.startswith(OLD_MAGIC):
        raise BundleError(f"{path.name} was made by an older Seva Kiosk; update the home kiosk and export again")
    if len(data) < 4 + 64 + 12 + 16 or not data.startswith(MAGIC):
        raise BundleError(f"{path.name} is not a Seva Kiosk bundle")
    header, nonce, sealed = data[:68], data[68:80], data[80:]
    try:
        plain = AESGCM(ring_key()).decrypt(nonce, sealed, header)
    except InvalidTag:
        raise BundleError(f"{path.name} was altered, cut short, or made with another ring key") from None
    hub = header[4:].rstrip(b"\0").decode("utf-8", "replace")
    try:
        return hub, zipfile.ZipFile(io.BytesIO(plain))
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{path.name}: {exc}") from exc


def _relay_body(name: str, e: Any) -> tuple[str, dict[str, Any]]:
    """An item of the manifest as the relay request it becomes; malformed → BundleError."""
    if not isinstance(e, dict) or not isinstance(e.get("key"), str) or not isinstance(e.get("hub_id"), str) \
            or not isinstance(e.get("application"), dict) or not isinstance(e.get("signature"), str):
        raise BundleError(f"{name}: malformed item")
    return e["key"], {"hub_id": e["hub_id"], "application": e["application"], "signature": e["signature"]}


def import_bundle(store: Store, path: Path, documents: SealedFolder) -> BundleSummary:
    """Verify a bundle, store its documents (re-hashed, sealed) and queue its items for relay under their
    original keys. Items already in this kiosk's outbox (same key) are left alone (``new`` counts the rest);
    the whole queueing is one transaction."""
    hub, zf = _open(path)
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
            if not member.startswith("documents/"):
                continue
            if zf.getinfo(member).file_size > MAX_MEMBER_BYTES:
                raise BundleError(f"{path.name}: document too large")
            sha = member.split("/", 1)[1]
            if store_document(documents, zf.read(member)) != sha:
                raise BundleError(f"{path.name}: document {sha[:12]}… does not match its hash")
            docs += 1
    new = 0
    with store.write() as conn:
        for key, body in bodies:
            new += enqueue(conn, CARRIED, key, body, application_uuid=None)
    return BundleSummary(path, len(bodies), docs, hub, new)
