"""Day close: totals by operator and by service, cash counted against expected, saved and printable PDF.

The figures come from the same ``day_entries`` the CLI's ``day-close`` uses, so both always agree.

Cash is counted drawer by drawer. An operator types their own drawer's count; a supervisor, who sees every
operator, types each drawer's count in its row (the Counted cell), so one count is never set against the
whole hub's takings. A drawer without a count reads "not counted", and the surplus and the shortfall of
the counted drawers are shown apart, never netted.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.login import allowed
from kiosk.receipts import DayCloseData, render_day_close
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.dayclose_split import PaymentSplit
from kiosk.ui.formatting import money
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.printer_pick import choose_printer
from kiosk.ui.receipt_view import print_in_background
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

RUPEES = re.compile(r"^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$")
COUNTED_COLUMN = 3


def signed_money(paise: int) -> str:
    """A difference with its sign: ``+₹ 5.00`` for a surplus, ``-₹ 5.00`` for a shortfall."""
    return ("+" if paise > 0 else "") + money(paise)


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
        self.day.dateChanged.connect(lambda _d: self._day_changed())
        # An operator closes their own day only (today, their own receipts); a supervisor sees every
        # operator and any day (kiosk.security.roles: SEE_OWN_DAY / SEE_ALL_DAYS).
        self.see_all = allowed(services.operator, Action.SEE_ALL_DAYS)
        self.day.setEnabled(self.see_all)
        self.counted = QLineEdit()
        self.counted.setObjectName("cash_counted")
        self.counted.setPlaceholderText("0.00")
        self.counted.textChanged.connect(lambda _t: self.reload())
        self.drawer_counts: dict[str, int] = {}  # a supervisor's counts, drawer by drawer
        row.addWidget(QLabel(tr("Day")))
        row.addWidget(self.day)
        counted_label = QLabel(tr("Cash counted in your drawer (₹)"))
        row.addWidget(counted_label)
        row.addWidget(self.counted)
        row.addStretch(1)
        outer.addLayout(row)
        if self.see_all:  # every drawer has its own Counted cell instead of one box
            counted_label.hide()
            self.counted.hide()
            hint = QLabel(tr("Type each drawer's counted cash (₹) in its Counted cell, then Enter."))
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            outer.addWidget(hint)
        self.total = QLabel("")
        self.total.setObjectName("close_total")
        outer.addWidget(self.total)
        self.split = PaymentSplit()  # cash / UPI / pending apart, UPI with its UTRs (as the PDF and the CLI)
        outer.addWidget(self.split)
        self.drawers = QLabel("")
        self.drawers.setObjectName("close_drawers")
        self.drawers.setWordWrap(True)
        outer.addWidget(self.drawers)
        self.by_operator = Table([tr("Operator"), tr("Applications"), tr("Expected"), tr("Counted"), tr("Difference")])
        self.by_operator.setObjectName("close_by_operator")
        if self.see_all:
            self.by_operator.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                             | QAbstractItemView.EditTrigger.EditKeyPressed
                                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
            self.by_operator.currentCellChanged.connect(self._to_counted_cell)
            self.by_operator.itemChanged.connect(self._drawer_typed)
        self.by_service = Table([tr("Service"), tr("Applications"), tr("Fees")])
        outer.addWidget(self.by_operator, 2)  # every drawer visible: each is counted in its row
        outer.addWidget(self.by_service, 1)
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
        if self.see_all:
            counted = dict(self.drawer_counts)
        else:
            counted = {self.services.operator.username: paise} if paise is not None else {}
        settings = self.services.settings

        def work() -> tuple[DayCloseData, str]:  # the printer chosen in Settings comes with the figures
            return day_close.report(day, operator=only, counted=counted), settings.printer()

        # Each keystroke in the count asks again, on the pool's threads: a reply may overtake a later one
        # ("6" arriving after "60"), so only the newest request's reply is shown.
        self._asked = asked = getattr(self, "_asked", 0) + 1
        run_in_background(work, lambda found: self.show_report(found) if asked == self._asked else None,
                          self.services.show_error)

    def show_report(self, found: tuple[DayCloseData, str]) -> None:
        data, self.printer_name = found
        self.show_data(data)

    def show_data(self, data: DayCloseData) -> None:
        self.data = data
        lang = self.services.language
        # the day's applications (a fee taken later is not one) and the money received: cash and UPI, not pending
        self.total.setText(tr("{n} applications, {total} collected").format(
            n=len(data.applications), total=money(data.cash_paise + data.upi_paise)))
        current = self.by_operator.currentRow()
        self.by_operator.blockSignals(True)  # refilling is not the supervisor typing a count
        try:
            self.by_operator.fill([(o.operator, (o.operator, str(o.count), money(o.expected_paise),
                                                 tr("not counted") if o.counted_paise is None else money(o.counted_paise),
                                                 "—" if o.difference_paise is None else signed_money(o.difference_paise)))
                                   for o in data.by_operator()])
            for r in range(self.by_operator.rowCount()):
                for c in range(self.by_operator.columnCount()):
                    item = self.by_operator.item(r, c)
                    if item is not None and not (self.see_all and c == COUNTED_COLUMN):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if 0 <= current < self.by_operator.rowCount():
                self.by_operator.setCurrentCell(current, COUNTED_COLUMN if self.see_all else 0)
        finally:
            self.by_operator.blockSignals(False)
        counted, uncounted = data.drawers()
        line = tr("Drawers counted: {counted} of {drawers}.").format(counted=len(counted),
                                                                   drawers=len(counted) + len(uncounted))
        if counted:
            line += " " + tr("Surplus {surplus}, shortfall {shortfall} (each drawer on its own).").format(
                surplus=signed_money(data.surplus_paise), shortfall=money(data.shortfall_paise))
        if uncounted:
            line += " " + tr("Not counted: {names}.").format(names=", ".join(o.operator for o in uncounted))
        self.drawers.setText(line)
        self.split.show_data(data)
        self.by_service.fill([(s.service.en, ((s.service.mr or s.service.en) if lang in ("mr", "hi") else s.service.en,
                                              str(s.count), money(s.paise))) for s in data.by_service()])

    def _day_changed(self) -> None:
        self.drawer_counts.clear()  # the counts typed were another day's drawers
        self.reload()

    def _to_counted_cell(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        """A supervisor moving through the drawers lands on the Counted cell, so typing a sum counts it."""
        if row >= 0 and column != COUNTED_COLUMN:
            self.by_operator.setCurrentCell(row, COUNTED_COLUMN)

    def _drawer_typed(self, item: QTableWidgetItem) -> None:
        """A supervisor typed a drawer's count: blank clears it, a sum of rupees sets it, anything else is
        said and the cell goes back to what it was."""
        if item.column() != COUNTED_COLUMN:
            return
        key = self.by_operator.item(item.row(), 0)
        drawer = str(key.data(Qt.ItemDataRole.UserRole)) if key is not None else ""
        text = item.text().strip()
        paise = parse_rupees(text)
        if not text or text == tr("not counted"):
            self.drawer_counts.pop(drawer, None)
        elif paise is None:
            self.message.setText(tr("'{text}' is not a sum of rupees (e.g. 1380.50).").format(text=text))
        else:
            self.drawer_counts[drawer] = paise
            self.message.setText("")
        self.reload()

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
