"""Time as the kiosk uses it: UTC instants stored, Indian Standard Time days shown and counted.

IST has had no daylight saving since 1945, so a fixed offset is exact and needs no tz database (which a
Windows install may lack).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

IST = timezone(timedelta(hours=5, minutes=30), "IST")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_day(instant: datetime) -> date:
    return instant.astimezone(IST).date()


def format_local(instant: datetime) -> str:
    """DD-MM-YYYY HH:MM in IST, the way Indian forms print it."""
    return instant.astimezone(IST).strftime("%d-%m-%Y %H:%M")
