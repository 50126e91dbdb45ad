"""Day close: the day's applications by operator and by service, cash counted against expected, the
report as PDF and the day's applications as CSV. The window and ``seva-kiosk day-close`` both build the
report here, so their figures always agree.

An operator closes their own day only (``operator`` given); a supervisor sees every operator and any day
(``kiosk.security.roles``: SEE_OWN_DAY / SEE_ALL_DAYS) — the caller decides which it asks for.

Counted cash is per drawer, and a drawer is an operator: a count for a name that took nothing that day and
has no account here is a typing mistake (``operatr1=1380``), refused rather than shown as a drawer of its
own with a surplus while the real drawer reads "not counted".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from kiosk.counter.ports import Clock, OpenStore, Today
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say
from kiosk.domain.visit import visit_line
from kiosk.receipts import BiText, DayCloseData, DayEntry, Hub, format_paise, render_day_close, save_pdf
from kiosk.receipts.day_lines import day_entries, export_day_csv
from kiosk.security.errors import UserInvalid, UserNotFound
from kiosk.security.users import get_user
from kiosk.security.verify import chain_head
from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.hub import load_hub
from kiosk.store.upkeep import tidy_after_day_close
from kiosk.store.visits import visits_between


class UnknownDrawer(KioskError):
    code = "unknown_drawer"


def _drawer_of(store: Store, name: str, known: set[str]) -> str | None:
    """The drawer ``name`` means: an operator of the day (any case), or an account of this hub."""
    wanted = name.strip()
    if wanted in known:
        return wanted
    folded = [k for k in known if k.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    try:
        return get_user(store, wanted).username
    except (UserNotFound, UserInvalid):
        return None


def drawer_lines(data: DayCloseData, language: str) -> list[str]:
    """The report's drawers as the CLI prints them, one a line, then counted-of-all with surplus and
    shortfall apart."""
    lines = []
    for op in data.by_operator():
        params = {"operator": op.operator, "count": op.count, "expected": format_paise(op.expected_paise)}
        if op.counted_paise is None or op.difference_paise is None:
            lines.append("  " + say("day_close.drawer_uncounted_line", language, **params))
            continue
        difference = ("+" if op.difference_paise > 0 else "") + format_paise(op.difference_paise)
        lines.append("  " + say("day_close.drawer_line", language, counted=format_paise(op.counted_paise),
                                difference=difference, **params))
    counted, uncounted = data.drawers()
    lines.append(say("day_close.totals_line", language, counted=len(counted), drawers=len(counted) + len(uncounted),
                     surplus="+" + format_paise(data.surplus_paise) if data.surplus_paise else format_paise(0),
                     shortfall=format_paise(data.shortfall_paise)))
    if data.visits:  # a doorstep visit's cash is in its own bag, counted when it closes (issue 18)
        lines.append(say("visit.day_close_title", language) + ":")
        lines += ["  " + visit_line(f, language) for f in data.visits]
    return lines


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
        store = self.store()
        hub = load_hub(store)
        every = self.entries(day)
        entries = tuple(e for e in every if operator is None or e.operator == operator)
        return DayCloseData(hub=Hub(BiText(hub.name_en, hub.name_mr), hub.code), day=day, generated_at=self.clock(),
                            entries=entries, counted=self._drawers(store, day, every, operator, counted or {}),
                            audit_head=chain_head(store), visits=tuple(visits_between(store, day, day)))

    def _drawers(self, store: Store, day: date, entries: list[DayEntry], operator: str | None,
                 counted: Mapping[str, int]) -> dict[str, int]:
        """``counted`` by drawer; ``UnknownDrawer`` for a name that is no drawer of this hub."""
        known = {e.operator for e in entries} | ({operator} if operator else set())
        drawers: dict[str, int] = {}
        for name, paise in counted.items():
            drawer = _drawer_of(store, name, known)
            if drawer is None:
                raise UnknownDrawer(name, operator=name, day=day.isoformat(),
                                    known=", ".join(sorted(known)) or "—")
            drawers[drawer] = drawers.get(drawer, 0) + paise
        return drawers

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
