"""The day-close lines of one receipt day, shared by the window's Day close screen and ``seva-kiosk day-close``.

Voided applications are left out: their fee went back to the citizen, so it is not in the cash drawer.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.status import Status
from kiosk.receipts.dayclose import DayEntry
from kiosk.receipts.model import BiText
from kiosk.store.applications import Applications

PAGE = 500


def day_entries(apps: Applications, catalogue: Catalogue, day: date) -> list[DayEntry]:
    """Every application taken on ``day`` (IST) that still stands, paged so no day is cut short."""
    entries: list[DayEntry] = []
    offset = 0
    while True:
        batch = apps.list(day=day, limit=PAGE, offset=offset)
        for s in batch:
            if s.status == Status.VOIDED:
                continue
            name = catalogue.service(s.service_code).name if catalogue.has(s.service_code) else None
            label = BiText(name.en, name.mr) if name else BiText(s.service_code)
            entries.append(DayEntry(s.receipt_number, s.operator, s.service_code, label, s.total_paise))
        if len(batch) < PAGE:
            return entries
        offset += PAGE
