"""Voiding: a supervisor cancels an application taken by mistake, before it has left the kiosk.

Only a queued application whose outbox item has never been tried can be voided — once a request may have
reached the portal, the portal's record stands and the citizen follows the portal's own withdrawal route.
The receipt number stays used (a printed receipt with that number exists); the fee is refunded at the
counter and the day close leaves it out of the cash expected. The reason is a code, never free text, so the
audit trail carries no personal data.
"""

from __future__ import annotations

from kiosk.domain.catalogue import Label

VOID_REASONS: dict[str, Label] = {
    "wrong_service": Label("The wrong service was chosen", "चुकीची सेवा निवडली गेली"),
    "duplicate": Label("The application was taken twice by mistake", "अर्ज चुकून दोनदा घेतला गेला"),
    "data_entry_error": Label("Details were entered wrongly", "माहिती चुकीची भरली गेली"),
    "citizen_withdrew": Label("The citizen withdrew before it was sent", "पाठवण्यापूर्वी नागरिकाने अर्ज मागे घेतला"),
}
