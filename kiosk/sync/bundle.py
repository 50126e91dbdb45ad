"""Carried sync: queued items on a USB stick, sent by any kiosk of the ring that has a connection.

A village offline for days hands its queue to a kiosk that is online. The bundle holds the pending outbox
items with their ORIGINAL idempotency keys and their documents, so exactly-once still holds when both the
carrier and the home kiosk later send the same item: the portal answers the second with the first result.

Format: ``SKB1`` + 12-byte nonce + AES-256-GCM(zip of manifest.json and documents/<sha256>). GCM is
authenticated encryption: a bundle that was altered, truncated or made with another key does not open.
The key is the ring's shared carry key, kept in each kiosk's OS keyring (never in a file); the bundle's
header (hub code) is bound as associated data. Documents are re-hashed on import.
"""

from __future__ import annotations

import io
import json
import secrets
import zipfile
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
from kiosk.sealed import SealedFolder
from kiosk.store.db import Store
from kiosk.store.outbox import enqueue, items

MAGIC = b"SKB1"
KEYRING_SERVICE = "seva-kiosk/ring-carry-key"
KEYRING_USER = "ring"
MAX_BUNDLE_BYTES = 512 * 2**20
MAX_MEMBER_BYTES = 64 * 2**20


class BundleError(KioskError):
    """A bundle that cannot be used: wrong key, altered, truncated, or not a bundle."""

    code = "bundle_invalid"


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    items: int
    documents: int
    hub_code: str


def _keyring_backend() -> Any:
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt"):
        raise SecretStoreUnavailable("no OS keyring: the ring carry key cannot be kept safely")
    return backend


def set_ring_key(key_hex: str | None = None) -> str:
    """Install the ring's carry key (hex), or make a new one; returns it for the supervisor to share."""
    key = bytes.fromhex(key_hex) if key_hex else AESGCM.generate_key(bit_length=256)
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


def export_bundle(store: Store, documents: SealedFolder, folder: Path, hub_code: str) -> BundleSummary:
    """Write every pending/unknown item (with its documents) into one bundle in ``folder``.

    The documents are decrypted from the kiosk's sealed folder into memory and the whole bundle is sealed
    under the ring key before anything is written: no document lies on the stick in clear."""
    pending = items(store, ("pending", "unknown"))
    buf = io.BytesIO()
    shas: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        manifest = {"format": 1, "hub_code": hub_code, "created_at": utc_now().isoformat(),
                    "items": [{"kind": i.kind, "key": i.idempotency_key, "payload": i.payload} for i in pending]}
        for item in pending:
            for doc in item.payload.get("documents") or []:
                sha = str(doc.get("sha256", ""))
                if sha and sha not in shas:
                    zf.writestr(f"documents/{sha}", read_document(documents, sha))
                    shas.add(sha)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    header = MAGIC + hub_code.encode("utf-8")[:64].ljust(64, b"\0")
    nonce = secrets.token_bytes(12)
    sealed = header + nonce + AESGCM(ring_key()).encrypt(nonce, buf.getvalue(), header)
    target = write_durably(folder / f"seva-bundle-{hub_code}-{utc_now():%Y%m%d-%H%M%S}.skb", sealed)
    return BundleSummary(target, len(pending), len(shas), hub_code)


def _open(path: Path) -> tuple[str, zipfile.ZipFile]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(f"cannot read {path.name}: {exc}") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{path.name} is larger than any bundle a kiosk writes")
    data = path.read_bytes()
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


def import_bundle(store: Store, path: Path, documents: SealedFolder) -> BundleSummary:
    """Verify a bundle, store its documents (re-hashed, sealed) and queue its items under their original keys.

    Items already in this kiosk's outbox (same key) are left alone; the whole import is one transaction.
    """
    hub, zf = _open(path)
    with zf:
        names = zf.namelist()
        if "manifest.json" not in names:
            raise BundleError(f"{path.name} has no manifest")
        manifest = json.loads(zf.read("manifest.json"))
        docs = 0
        for name in names:
            if not name.startswith("documents/"):
                continue
            info = zf.getinfo(name)
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleError(f"{path.name}: document too large")
            sha = name.split("/", 1)[1]
            if store_document(documents, zf.read(name)) != sha:
                raise BundleError(f"{path.name}: document {sha[:12]}… does not match its hash")
            docs += 1
    entries = manifest.get("items") if isinstance(manifest, dict) else None
    if not isinstance(entries, list):
        raise BundleError(f"{path.name}: manifest has no items")
    with store.write() as conn:
        for e in entries:
            if not isinstance(e, dict) or not isinstance(e.get("key"), str) or not isinstance(e.get("payload"), dict):
                raise BundleError(f"{path.name}: malformed item")
            enqueue(conn, str(e.get("kind", "application")), e["key"], e["payload"], application_uuid=None)
    return BundleSummary(path, len(entries), docs, hub)
