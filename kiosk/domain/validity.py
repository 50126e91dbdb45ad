"""How long a document a citizen gave once stays good for a later application (issue 18, fewer documents).

A fact of the document type in the catalogue (``DocumentType.valid_for``), so a new Government Resolution or a
department's practice is a catalogue change: "" — never reused (a photograph, a report, a declaration signed
for that application); "forever" (an Aadhaar card, a school leaving certificate); "financial_year" (an income
proof speaks for the April–March year it was received in); "days:N" (a utility bill proves today's address
only for a while). Counted from the day the kiosk received the copy: it never read the issue date on it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

FOREVER = "forever"
FINANCIAL_YEAR = "financial_year"
_DAYS = re.compile(r"days:([1-9][0-9]{0,4})")


def valid_validity(value: object) -> bool:
    """A catalogue ``valid_for`` the kiosk understands."""
    return isinstance(value, str) and (value in ("", FOREVER, FINANCIAL_YEAR) or bool(_DAYS.fullmatch(value)))


def financial_year_end(day: date) -> date:
    """The 31 March that ends the Indian financial year ``day`` falls in."""
    return date(day.year + (1 if day.month >= 4 else 0), 3, 31)


def valid_until(valid_for: str, received_on: date) -> date | None:
    """The last day a copy received on ``received_on`` may serve; ``None`` when it never expires.
    ValueError for a type that is never reused (ask :func:`reusable` first)."""
    if valid_for == FOREVER:
        return None
    if valid_for == FINANCIAL_YEAR:
        return financial_year_end(received_on)
    m = _DAYS.fullmatch(valid_for)
    if m is None:
        raise ValueError(f"not reusable: {valid_for!r}")
    return received_on + timedelta(days=int(m.group(1)) - 1)


def reusable(valid_for: str, received_on: date, today: date) -> bool:
    if not valid_for or not valid_validity(valid_for):
        return False
    until = valid_until(valid_for, received_on)
    return received_on <= today and (until is None or today <= until)
