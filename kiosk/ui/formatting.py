"""Numbers and dates the Indian way: lakh/crore grouping, DD-MM-YYYY, IST — whatever the language."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.domain.application import format_rupees
from kiosk.domain.clock import format_local
from kiosk.domain.status import LABELS, Status
from kiosk.receipts.format import group_indian

__all__ = ["day_text", "group_indian", "money", "moment_text", "status_text", "timestamp_text"]


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
        return LABELS[Status(status)].text(language)
    except ValueError:
        return str(status)
