"""Numbers and dates the Indian way: lakh/crore grouping, DD-MM-YYYY, IST — whatever the language.

Marathi, Hindi and English screens all show ₹1,23,45,678.00 and 27-11-2026: the helpers here never ask the
language, and the Qt locales (``i18n.LOCALES``) are India ones, so Qt's own number formatting groups the same.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.domain.application import format_rupees
from kiosk.domain.clock import format_local
from kiosk.domain.status import LABELS, Status
from kiosk.receipts.format import group_indian

__all__ = ["HINDI_STATUS", "day_text", "group_indian", "money", "moment_text", "status_text", "timestamp_text"]

# The domain labels statuses in English and Marathi (receipts, CLI, portal); the Hindi names are screen text
# only, so they live with the screens. Words as on Hindi government service portals.
HINDI_STATUS: dict[Status, str] = {
    Status.DRAFT: "मसौदा",
    Status.QUEUED: "भेजने के लिए कतार में",
    Status.SUBMITTED: "प्रस्तुत किया गया",
    Status.UNDER_SCRUTINY: "जाँच जारी",
    Status.DOCUMENTS_PENDING: "दस्तावेज़ लंबित",
    Status.APPROVED: "स्वीकृत",
    Status.REJECTED: "अस्वीकृत",
    Status.DELIVERED: "नागरिक को सौंपा गया",
    Status.FIRST_APPEAL: "प्रथम अपील दायर",
    Status.SECOND_APPEAL: "द्वितीय अपील दायर",
    Status.VOIDED: "रद्द किया गया",
}


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
    if language == "hi" and known in HINDI_STATUS:
        return HINDI_STATUS[known]
    return LABELS[known].text(language)
