"""What this kiosk holds for other hubs of its ring: items it relays, and their read grants.

Kept apart from :mod:`kiosk.sync.bundle` (which needs the keyring and the cipher) so the engine can send
carried items without loading either. A carried item's payload is the relay request itself —
``{hub_id, application, signature}``, signed by the home hub — and goes to ``POST /relay/applications``
unchanged. A read grant (the newest per home hub) lets this kiosk fetch that hub's answers for a return
stick (:mod:`kiosk.sync.return_trip`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from kiosk.store.db import Store
from kiosk.store.hub import get_setting, put_setting, read_setting
from kiosk.store.outbox import OutboxItem

CARRIED = "carried"  # the outbox kind of an item this kiosk relays for another hub
GRANTS_KEY = "carried.grants"
GRANT_FIELDS = ("hub_id", "grant_id", "not_after", "signature")


@dataclass(frozen=True)
class HeldGrant:
    """A home hub's read grant as a carrier keeps it: whose, since which cursor of its feed, from when."""

    hub_id: str
    hub_code: str
    grant: dict[str, str]
    since: str | None
    created_at: str


def as_application(item: OutboxItem) -> OutboxItem:
    """A carried item seen as the application it relays (for the document uploads before the relay)."""
    inner = item.payload.get("application")
    return replace(item, payload=inner if isinstance(inner, dict) else {}, application_uuid=None)


def remember_grant(conn: sqlite3.Connection, manifest: dict[str, Any], hub_code: str) -> None:
    """Keep the bundle's read grant (inside the import's transaction) unless a newer one is held."""
    grant, since = manifest.get("grant"), manifest.get("since")
    if not isinstance(grant, dict) or not all(isinstance(grant.get(f), str) for f in GRANT_FIELDS):
        return
    held = _load(read_setting(conn, GRANTS_KEY))
    created = str(manifest.get("created_at", ""))
    current = held.get(grant["hub_id"])
    if current is not None and str(current.get("created_at", "")) > created:
        return
    held[grant["hub_id"]] = {"grant": {f: grant[f] for f in GRANT_FIELDS}, "hub_code": hub_code,
                             "since": since if isinstance(since, str) else None, "created_at": created}
    put_setting(conn, GRANTS_KEY, json.dumps(held, ensure_ascii=False))


def held_grants(store: Store) -> list[HeldGrant]:
    return [HeldGrant(hub, str(v.get("hub_code", hub)), v["grant"], v.get("since"), str(v.get("created_at", "")))
            for hub, v in sorted(_load(get_setting(store, GRANTS_KEY)).items())]


def _load(raw: str | None) -> dict[str, dict[str, Any]]:
    try:
        held = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in held.items() if isinstance(v, dict) and isinstance(v.get("grant"), dict)} \
        if isinstance(held, dict) else {}
