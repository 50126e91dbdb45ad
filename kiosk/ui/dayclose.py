"""Day close: totals by operator and by service, cash counted against expected, saved and printable PDF.

The figures come from the same ``day_entries`` the CLI's ``day-close`` uses, so both always agree.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.login import allowed
from kiosk.receipts import DayCloseData, render_day_close
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.formatting import money
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.printer_pick import choose_printer
from kiosk.ui.receipt_view import print_in_background
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

RUPEES = re.compile(r"^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$")


def parse_rupees(text: str) -> int | None:
    """"1380" or "1380.5" → paise; None for empty or unreadable."""
    match = RUPEES.match(text.replace(",", ""))
    if not match:
        return None
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


class DayClosePage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.day_close = services.day_close
        self.data: DayCloseData | None = None
        self.printer_name = ""  # the page printer chosen in Settings, read with the figures
        self._printer: list[QPrinter] = []  # the QPrinter must outlive its dialog (PySide6 crashes otherwise)
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Day close")))
        row = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("close_day")
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        today = self.day_close.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(lambda _d: self.reload())
        # An operator closes their own day only (today, their own receipts); a supervisor sees every
        # operator and any day (kiosk.security.roles: SEE_OWN_DAY / SEE_ALL_DAYS).
        self.see_all = allowed(services.operator, Action.SEE_ALL_DAYS)
        self.day.setEnabled(self.see_all)
        self.counted = QLineEdit()
        self.counted.setObjectName("cash_counted")
        self.counted.setPlaceholderText("0.00")
        self.counted.textChanged.connect(lambda _t: self.reload())
        row.addWidget(QLabel(tr("Day")))
        row.addWidget(self.day)
        row.addWidget(QLabel(tr("Cash counted in your drawer (₹)")))
        row.addWidget(self.counted)
        row.addStretch(1)
        outer.addLayout(row)
        self.total = QLabel("")
        self.total.setObjectName("close_total")
        outer.addWidget(self.total)
        self.by_operator = Table([tr("Operator"), tr("Applications"), tr("Expected"), tr("Counted"), tr("Difference")])
        self.by_service = Table([tr("Service"), tr("Applications"), tr("Fees")])
        outer.addWidget(self.by_operator, 1)
        outer.addWidget(self.by_service, 2)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save day-close PDF"))
        self.save_button.setObjectName("close_save")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setObjectName("close_print")
        self.print_button.clicked.connect(lambda: self.print_report())
        buttons.addWidget(self.print_button)
        self.export_button = QPushButton(tr("Export applications (CSV)"))
        self.export_button.setObjectName("close_export")
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

    def activated(self) -> None:
        self.reload()

    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def reload(self) -> None:
        day_close, day = self.day_close, self.chosen_day() if self.see_all else self.day_close.today()
        only = None if self.see_all else self.services.operator.username
        paise = parse_rupees(self.counted.text())
        counted = {self.services.operator.username: paise} if paise is not None else {}
        settings = self.services.settings

        def work() -> tuple[DayCloseData, str]:  # the printer chosen in Settings comes with the figures
            return day_close.report(day, operator=only, counted=counted), settings.printer()

        run_in_background(work, self.show_report, self.services.show_error)

    def show_report(self, found: tuple[DayCloseData, str]) -> None:
        data, self.printer_name = found
        self.show_data(data)

    def show_data(self, data: DayCloseData) -> None:
        self.data = data
        lang = self.services.language
        self.total.setText(tr("{n} applications, {total} collected").format(n=len(data.entries),
                                                                             total=money(data.total_paise)))
        self.by_operator.fill([(o.operator, (o.operator, str(o.count), money(o.expected_paise),
                                             "—" if o.counted_paise is None else money(o.counted_paise),
                                             "—" if o.difference_paise is None else money(o.difference_paise)))
                               for o in data.by_operator()])
        self.by_service.fill([(s.service.en, ((s.service.mr or s.service.en) if lang in ("mr", "hi") else s.service.en,
                                              str(s.count), money(s.paise))) for s in data.by_service()])

    def print_report(self, printer: QPrinter | None = None) -> None:
        """On ``printer`` as given, else the one chosen (Settings, the only one, or picked), then the A4 report
        rendered off the GUI thread."""
        if self.data is None:
            return
        if printer is None:  # our own printer choice, not Qt's English dialog (kiosk.ui.printer_pick)
            self.picker = choose_printer(self.printer_name, self, self.print_report, lambda: self.message.setText(
                tr("No printer is installed on this computer, so nothing was printed.")))
            return
        self._printer[:] = [printer]
        data = self.data
        self.message.setText(tr("Printing…"))
        print_in_background(printer, lambda: render_day_close(data, "a4"),
                            lambda n: self.message.setText(plural(n, N_("Printed {n} page."), N_("Printed {n} pages.")).format(n=n)),
                            self.services.show_error)

    def export(self) -> None:
        """Every application of the chosen day as CSV in the exports folder (for the block office's sheet)."""
        if self.data is None:
            return
        day_close, day = self.day_close, self.data.day
        run_in_background(lambda: day_close.export_csv(day),
                          lambda out: self.message.setText(tr("Saved: {path}").format(path=out)),
                          self.services.show_error)

    def save(self) -> None:
        if self.data is None:
            return
        data, day_close = self.data, self.day_close

        def work() -> Path:
            return day_close.save_report(data)[0]

        run_in_background(work, lambda path: self.message.setText(tr("Saved: {path}").format(path=path)),
                          self.services.show_error)
