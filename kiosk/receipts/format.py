"""How numbers, money and times read on paper: exact paise, Indian digit grouping, IST.

IST is a fixed UTC+05:30 offset with no daylight saving, so a constant ``timezone`` is exact and needs no
tz database (Windows has none without the ``tzdata`` wheel).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

IST = timezone(timedelta(hours=5, minutes=30), "IST")
RUPEE = "\u20b9"


def group_indian(n: int) -> str:
    """12,34,567 — the lakh/crore grouping every counter clerk reads."""
    s = str(abs(n))
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        pairs: list[str] = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        if head:
            pairs.insert(0, head)
        s = ",".join(pairs + [tail])
    return ("-" if n < 0 else "") + s


def format_paise(paise: int, *, symbol: bool = True) -> str:
    """``₹ 1,234.50`` from 123450 paise; exact (integer arithmetic only), minus sign for shortfalls."""
    if isinstance(paise, bool) or not isinstance(paise, int):
        raise TypeError(f"money is a whole number of paise, got {paise!r}")
    rupees, rest = divmod(abs(paise), 100)
    text = f"{group_indian(rupees)}.{rest:02d}"
    sign = "-" if paise < 0 else ""
    return f"{sign}{RUPEE} {text}" if symbol else f"{sign}{text}"


def to_ist(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place on a receipt")
    return moment.astimezone(IST)


def format_datetime(moment: datetime) -> str:
    """``27-11-2025 14:05 IST`` — day first, as on government forms."""
    return to_ist(moment).strftime("%d-%m-%Y %H:%M") + " IST"


def format_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")
