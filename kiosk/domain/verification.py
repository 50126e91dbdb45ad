"""The third-party quality agency's call list (issue 18): which citizens agreed to be called, and what the
agency receives about them.

The consent is the form's ``verification_call_consent`` tick, never assumed: absent, empty or anything but a
plain yes is a no. When given, the application's ``extra`` keeps the instant (:data:`CONSENT_KEY`), like the
document-reuse consent. The CSV carries only what a caller needs — the receipt, the service, the day it was
taken, the citizen's first name and surname (as they wrote them) and the number to call, in their language —
never the Aadhaar, address, birth date or documents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

CONSENT_FIELD = "verification_call_consent"  # the form's tick
CONSENT_KEY = "verification_call_consent_at"  # the application's extra: when the citizen agreed
MONTH = re.compile(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")

# The agency's columns, exactly: anything added here is more personal data leaving the hub.
COLUMNS = ("receipt_number", "service", "taken_on", "first_name", "surname", "name_en", "mobile", "language")


def call_consent(form: Mapping[str, Any], now: datetime) -> dict[str, str]:
    """The tick as the application's ``extra`` (the instant it was given), or nothing when not ticked."""
    value = form.get(CONSENT_FIELD)
    agreed = value is True or (isinstance(value, str) and value.strip().lower() in ("true", "yes", "1"))
    return {CONSENT_KEY: now.astimezone(UTC).isoformat()} if agreed else {}


@dataclass(frozen=True)
class CallRow:
    """One sampled application whose citizen agreed to a call, as the store reads it."""

    receipt_number: str
    service_code: str
    taken_on: str  # the receipt's day (the hub's local date)
    first_en: str
    surname_en: str
    first_mr: str
    surname_mr: str
    mobile: str
    language: str

    def cells(self, service_name: str) -> list[str]:
        """The CSV cells in :data:`COLUMNS` order: the Marathi name where the citizen gave one (their own
        script), the English beside it for the agency's records."""
        own = (self.first_mr, self.surname_mr) if (self.first_mr or self.surname_mr) else (self.first_en,
                                                                                          self.surname_en)
        english = " ".join(p for p in (self.first_en, self.surname_en) if p)
        return [self.receipt_number, service_name, self.taken_on, own[0], own[1], english, self.mobile,
                self.language]
