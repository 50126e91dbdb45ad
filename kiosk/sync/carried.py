"""Items this kiosk relays for another hub of its ring (imported from a carried bundle).

Kept apart from :mod:`kiosk.sync.bundle` (which needs the keyring and the cipher) so the engine can send
them without loading either. The item's payload is the relay request itself — ``{hub_id, application,
signature}``, signed by the home hub — and goes to ``POST /relay/applications`` unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.store.outbox import OutboxItem

CARRIED = "carried"  # the outbox kind of an item this kiosk relays for another hub


def as_application(item: OutboxItem) -> OutboxItem:
    """A carried item seen as the application it relays (for the document uploads before the relay)."""
    inner = item.payload.get("application")
    return replace(item, payload=inner if isinstance(inner, dict) else {}, application_uuid=None)
