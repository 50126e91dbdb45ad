"""The relay signature: how a carried application proves to the portal which hub took it.

A kiosk offline for days hands its queue to another hub of its ring on a USB stick (``kiosk.sync.bundle``).
The carrier sends each item with its own login, but the portal must file it under the hub that took it —
else the home hub's own sync never sees its status, and its token is refused the certificate. So the home
hub signs every item it exports, and the portal checks the signature before it files the item under that
hub: the carrier can relay, it cannot alter an item or pass off its own work as another hub's.

The signing key is derived from the hub's portal client secret, which the portal already holds for the
login (HMAC, so no new key to enrol, and nothing a carrier ever learns). The signature binds the home hub,
the kind of item, its idempotency key and the canonical hash of its body — the same canonical form the
portal uses for idempotency, so key order and spacing do not matter, content does.

Stdlib only: both ends import it (the kiosk when it exports, the simulator when it verifies).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

VERSION = "seva-kiosk relay v1"
_KEY_LABEL = b"seva-kiosk/relay-signing-key/v1"


def canonical_sha256(body: Any) -> str:
    """The body's identity: sorted keys, no spacing, UTF-8 (as the portal's idempotency check)."""
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def signing_key(client_secret: str) -> bytes:
    """The hub's relay key, derived from its portal secret (never the secret itself on the wire)."""
    return hmac.new(client_secret.encode("utf-8"), _KEY_LABEL, hashlib.sha256).digest()


def _message(hub_id: str, kind: str, key: str, body: Any) -> bytes:
    return "\n".join((VERSION, hub_id, kind, key, canonical_sha256(body))).encode("utf-8")


def sign(client_secret: str, hub_id: str, kind: str, key: str, body: Any) -> str:
    """Hex HMAC-SHA256 over (hub, kind, idempotency key, canonical body hash)."""
    return hmac.new(signing_key(client_secret), _message(hub_id, kind, key, body), hashlib.sha256).hexdigest()


def verify(client_secret: str, hub_id: str, kind: str, key: str, body: Any, signature: str) -> bool:
    """Constant-time check of :func:`sign`'s output."""
    if not isinstance(signature, str) or len(signature) != 64 or signature.strip("0123456789abcdef"):
        return False
    return hmac.compare_digest(sign(client_secret, hub_id, kind, key, body), signature)


# ---------------------------------------------------------------------------------------- read grants
# The way back: a home hub offline for days also gives the carrier a *read grant* — "whoever holds this may
# read hub H's status feed and certificates until T", signed like an item — so the carrier can bring the
# decisions and certificates home on a return stick. It is a capability: the portal still wants the
# carrier's own login, and refuses it after ``not_after`` (the portal's clock).
GRANT_KIND = "read-grant"


def sign_grant(client_secret: str, hub_id: str, grant_id: str, not_after: str) -> dict[str, str]:
    """A read grant for ``hub_id`` until ``not_after`` (ISO 8601 UTC), as the relay reads expect it."""
    return {"hub_id": hub_id, "grant_id": grant_id, "not_after": not_after,
            "signature": sign(client_secret, hub_id, GRANT_KIND, grant_id, {"not_after": not_after})}


def verify_grant(client_secret: str, grant: dict[str, str]) -> bool:
    return verify(client_secret, grant["hub_id"], GRANT_KIND, grant["grant_id"], {"not_after": grant["not_after"]},
                  grant["signature"])
