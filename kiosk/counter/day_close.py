"""Day close: the day's applications by operator and by service, cash counted against expected, the
report as PDF and the day's applications as CSV. The window and ``seva-kiosk day-close`` both build the
report here, so their figures always agree.

An operator closes their own day only (``operator`` given); a supervisor sees every operator and any day
(``kiosk.security.roles``: SEE_OWN_DAY / SEE_ALL_DAYS) — the caller decides which it asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from kiosk.counter.ports import Clock, OpenStore, Today
from kiosk.domain.catalogue import Catalogue
from kiosk.receipts import BiText, DayCloseData, DayEntry, Hub, render_day_close, save_pdf
from kiosk.receipts.day_lines import day_entries, export_day_csv
from kiosk.security.verify import chain_head
from kiosk.store.applications import Applications
from kiosk.store.hub import load_hub
from kiosk.store.upkeep import tidy_after_day_close


class DayClose:
    def __init__(self, store: OpenStore, applications: Callable[[], Applications],
                 catalogue: Callable[[], Catalogue], exports: Path, clock: Clock, today: Today) -> None:
        self.store = store
        self.applications = applications
        self.catalogue = catalogue
        self.exports = exports
        self.clock = clock
        self.today = today  # the counter's local day: the one an operator closes

    def entries(self, day: date) -> list[DayEntry]:
        return day_entries(self.applications(), self.catalogue(), day)

    def report(self, day: date, *, operator: str | None = None,
               counted: Mapping[str, int] | None = None) -> DayCloseData:
        """The day's figures (only ``operator``'s receipts when given), with the audit chain's head so the
        printed report can be matched to the trail."""
        hub = load_hub(self.store())
        return DayCloseData(hub=Hub(BiText(hub.name_en, hub.name_mr), hub.code), day=day, generated_at=self.clock(),
                            entries=tuple(e for e in self.entries(day) if operator is None or e.operator == operator),
                            counted=dict(counted or {}), audit_head=chain_head(self.store()))

    def pdf_path(self, day: date) -> Path:
        return self.exports / f"day-close-{day.isoformat()}.pdf"

    def save_report(self, data: DayCloseData, layout: str = "a4", out: Path | None = None) -> tuple[Path, bytes]:
        """The report rendered and saved (in the exports folder unless ``out``): (where, the PDF)."""
        pdf = render_day_close(data, layout)
        saved = save_pdf(pdf, out or self.pdf_path(data.day)), pdf
        tidy_after_day_close(self.store())  # the counter is idle now: settled bodies, a VACUUM when worth it
        return saved

    def export_csv(self, day: date) -> Path:
        """Every application of ``day`` as CSV in the exports folder (for the block office's sheet)."""
        out = self.exports / f"applications-{day.isoformat()}.csv"
        export_day_csv(self.applications(), day, out)
        return out
