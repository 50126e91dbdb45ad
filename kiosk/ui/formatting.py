"""Numbers and dates the Indian way: lakh/crore grouping, DD-MM-YYYY, IST — whatever the language.

Marathi, Hindi and English screens all show ₹1,23,45,678.00 and 27-11-2026: the helpers here never ask the
language, and the Qt locales (``i18n.LOCALES``) are India ones, so Qt's own number formatting groups the same.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.counter.login import Operator
from kiosk.domain.application import format_rupees
from kiosk.domain.clock import format_local
from kiosk.domain.status import LABELS, Status
from kiosk.receipts.format import group_indian
from kiosk.ui.i18n import tr

__all__ = ["HINDI_STATUS", "day_text", "group_indian", "money", "moment_text", "operator_name", "status_text",
           "timestamp_text"]

# The Hindi names, as the screens' tests know them; the words live in the message catalogue (status.*).
HINDI_STATUS: dict[Status, str] = {status: LABELS[status].hi for status in Status}


def money(paise: int) -> str:
    return format_rupees(paise)


def day_text(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "—"


def moment_text(moment: datetime | None) -> str:
    return format_local(moment) if moment else "—"


def timestamp_text(seconds: float | None) -> str:
    return format_local(datetime.fromtimestamp(seconds, UTC)) if seconds else "—"


def status_text(status: Status | str, language: str) -> str:
    try:
        known = Status(status)
    except ValueError:
        return str(status)
    return LABELS[known].text(language)


def operator_name(operator: Operator) -> str:
    """Who is signed in, as the header shows it: the account's own name; the training login has none of
    its own, so it is called what it is, in the language (not the English placeholder "Operator 1")."""
    return tr("Training operator") if operator.training else operator.display_name
