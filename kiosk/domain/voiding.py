"""Voiding: a supervisor cancels an application taken by mistake, before it has left the kiosk.

Only a queued application whose outbox item has never been tried can be voided — once a request may have
reached the portal, the portal's record stands and the citizen follows the portal's own withdrawal route.
The receipt number stays used (a printed receipt with that number exists); the fee is refunded at the
counter and the day close leaves it out of the cash expected. The reason is a code, never free text, so the
audit trail carries no personal data.
"""

from __future__ import annotations

from kiosk.domain.texts import Text
from kiosk.domain.texts.statuses import VOID_REASONS as _VOID_REASONS

# The reason codes a supervisor may give, each worded in the message catalogue (``void_reason.<code>``).
VOID_REASONS: dict[str, Text] = _VOID_REASONS
