"""One receipt day for the day close, shared by the window's Day close screen and the CLI: the cash lines
(``seva-kiosk day-close``) and the applications export (``seva-kiosk export``).

Voided applications are left out of the cash lines: their fee went back to the citizen, so it is not in the
cash drawer. The export lists every application of the day with its status, voided ones included.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.status import Status
from kiosk.durable import write_durably
from kiosk.receipts.dayclose import DayEntry
from kiosk.receipts.model import BiText
from kiosk.store.applications import Applications
from kiosk.store.payments import intake_modes, taken_on
from kiosk.store.visits import visit_receipts

PAGE = 500


def _label(catalogue: Catalogue, code: str) -> BiText:
    name = catalogue.service(code).name if catalogue.has(code) else None
    return BiText(name.en, name.mr) if name else BiText(code)


def day_entries(apps: Applications, catalogue: Catalogue, day: date) -> list[DayEntry]:
    """Every application taken on ``day`` (IST) that still stands, paged so no day is cut short, each with
    how its fee was paid at intake (cash, UPI, or pending); then the fees taken on ``day`` for receipts
    whose fee was pending (``late``), so each lands in the drawer or the UPI total of the day it was taken."""
    entries: list[DayEntry] = []
    modes = intake_modes(apps, day)
    on_visit = visit_receipts(apps.store, day)  # their cash went into a doorstep visit's bag (issue 18)
    offset = 0
    while True:
        batch = apps.list(day=day, limit=PAGE, offset=offset)
        for s in batch:
            if s.status == Status.VOIDED:
                continue
            mode, ref = modes.get(s.receipt_number, ("cash", ""))
            entries.append(DayEntry(s.receipt_number, s.operator, s.service_code, _label(catalogue, s.service_code),
                                    s.total_paise, mode if mode in ("cash", "upi", "pending") and s.total_paise
                                    else "cash", upi_ref=ref, visit=on_visit.get(s.receipt_number, "")))
        if len(batch) < PAGE:
            break
        offset += PAGE
    for p in taken_on(apps, day):
        entries.append(DayEntry(p.receipt_number, p.operator, p.service_code, _label(catalogue, p.service_code),
                                p.paise, p.method, late=True, upi_ref=p.upi_ref, visit=p.visit))
    return entries


def csv_safe(value: str) -> str:
    """Stop a name like '=HYPERLINK(...)' from running as a formula when the CSV is opened in a spreadsheet."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_day_csv(apps: Applications, day: date, out: Path) -> tuple[int, int]:
    """Every application of ``day``, oldest first, as CSV for a spreadsheet; returns (count, total paise).

    Written durably (kiosk.durable: temp → fsync → rename → fsync folder), so a half-written export never
    sits where the old one was."""
    rows = apps.list(day=day, limit=1_000_000)
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(["receipt_number", "uuid", "created_at", "service_code", "status", "operator",
                "name_en", "name_mr", "total_paise", "total_inr"])
    for r in reversed(rows):
        w.writerow([r.receipt_number, r.uuid, r.created_at.isoformat(), r.service_code, r.status, r.operator,
                    csv_safe(r.name_en.full()), csv_safe(r.name_mr.full()), r.total_paise,
                    f"{r.total_paise // 100}.{r.total_paise % 100:02d}"])
    write_durably(out, buf.getvalue().encode("utf-8-sig"))  # BOM: Excel then reads Devanagari right
    return len(rows), sum(r.total_paise for r in rows)
