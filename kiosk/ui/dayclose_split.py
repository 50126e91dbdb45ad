"""The day close screen's money by where it is (issue 17): cash (in the drawers, counted below), UPI (in the
hub's bank account — checked against the statement, never counted in a drawer, so listed with each UTR)
and pending (not received). The same figures as the PDF and ``seva-kiosk day-close``: all three read the
one ``DayCloseData``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.receipts import DayCloseData
from kiosk.ui.formatting import money
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import Table


class PaymentSplit(QWidget):
    def __init__(self) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel("")
        self.line.setObjectName("close_split")
        self.line.setWordWrap(True)
        box.addWidget(self.line)
        self.upi_title = QLabel(tr("UPI payments (check against the bank statement)"))
        box.addWidget(self.upi_title)
        self.upi = Table([tr("Receipt no."), tr("Operator"), tr("Fee"), tr("UPI reference (UTR)")])
        self.upi.setObjectName("close_upi")
        self.upi.setMaximumHeight(150)  # a few rows in view; the drawers' table keeps the room
        box.addWidget(self.upi)

    def show_data(self, data: DayCloseData) -> None:
        self.line.setText(tr("Cash {cash} (in the drawers) · UPI {upi} (in the bank) · pending {pending} "
                             "(not received)").format(cash=money(data.cash_paise), upi=money(data.upi_paise),
                                                      pending=money(data.pending_paise)))
        upi = [e for e in data.entries if e.method == "upi"]
        self.upi.fill([(f"{e.receipt_no}:{n}", (e.receipt_no + (" " + tr("(fee taken later)") if e.late else ""),
                                                 e.operator, money(e.paise), e.upi_ref))
                       for n, e in enumerate(upi)])
        for w in (self.upi_title, self.upi):
            w.setVisible(bool(upi))
