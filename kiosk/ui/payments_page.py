"""The counter's payment work list: every application whose fee is still to be taken — not paid at intake,
or marked payment pending by the portal (status feed) — and "Take payment…" for the selected one, which
records it (cash or UPI with its UTR), queues it for the portal and opens the updated receipt to print.

The list is read on the worker pool each time the screen is shown; the table is keyboard-navigable (arrows,
Enter takes the payment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.messages import say
from kiosk.ui.background import run_in_background
from kiosk.ui.formatting import money
from kiosk.ui.i18n import tr
from kiosk.ui.payment_dialog import TakePaymentDialog
from kiosk.ui.receipt_view import ReceiptDialog
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.store.payments import Owed
    from kiosk.ui.main_window import Services


class PaymentsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.language = services.language
        self.owed: dict[str, Owed] = {}
        self.dialog: TakePaymentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Payments pending")))
        self.summary = QLabel("")
        self.summary.setObjectName("payments_summary")
        outer.addWidget(self.summary)
        self.table = Table([tr("Receipt no."), tr("Applicant"), tr("Fee"), tr("Reason")])
        self.table.setObjectName("payments_table")
        self.table.activated.connect(lambda _index: self.take_selected())
        outer.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.take_button = QPushButton(tr("Take payment…"))
        self.take_button.setObjectName("take_payment")
        self.take_button.setProperty("primary", True)
        self.take_button.clicked.connect(self.take_selected)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.reload)
        row.addWidget(self.take_button)
        row.addWidget(refresh)
        row.addStretch(1)
        outer.addLayout(row)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        run_in_background(self.services.payments.owed, self._filled, self.services.show_error)

    def _filled(self, owed: list[Owed]) -> None:
        self.owed = {o.receipt_number: o for o in owed}
        mr = self.language in ("mr", "hi")
        self.table.fill([(o.receipt_number, (o.receipt_number, (o.name_mr if mr and o.name_mr else o.name_en),
                                             money(o.paise), say(f"payment.why_{o.why}", self.language)))
                         for o in owed])
        self.summary.setText(say("payment.none_pending", self.language) if not owed else
                             tr("{n} fees to take, {total} in all").format(n=len(owed),
                                                                         total=money(sum(o.paise for o in owed))))
        self.take_button.setEnabled(bool(owed))
        if owed:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def take_selected(self) -> None:
        key = self.table.current_key()
        owed = self.owed.get(key or "")
        if owed is None:
            return
        s = self.services
        self.dialog = TakePaymentDialog(s.payments, s.receipts, s.operator.username, owed.receipt_number,
                                        owed.paise, self.language, self)
        self.dialog.accepted.connect(self._taken)
        self.dialog.open()

    def _taken(self) -> None:
        assert self.dialog is not None
        made = self.dialog.made
        self.reload()
        if made is None:
            return
        receipt, targets = made
        self.receipt_dialog = ReceiptDialog(self.services.receipts, receipt, targets, self.services.operator.username,
                                            self.language, self)
        self.receipt_dialog.open()
        self.services.sync.refresh()
