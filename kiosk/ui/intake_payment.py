"""How the citizen pays at intake: cash, UPI, or not paid yet (issue 17).

The counter's use case already takes all three (``payment`` in the form, as ``seva-kiosk new`` sends it).
UPI needs the receipt number as the QR's note, and that number exists only once the application is saved
(gapless per counter and day: it is never handed out before the commit). So "UPI" saves the application
with its fee pending, then — in the same flow — opens the take-payment dialog on UPI: the QR for the exact
amount to the hub's payee, and the UTR typed from the citizen's phone. Recording it makes the updated
receipt, which is the one previewed to print. Cancelling leaves the application saved, its fee pending and
listed under "Payments pending": the application is never lost, and its receipt says PAYMENT PENDING.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from kiosk.domain.catalogue import FeeLine, Service
from kiosk.domain.payment import CASH, PENDING, UPI
from kiosk.ui.i18n import tr
from kiosk.ui.payment_dialog import TakePaymentDialog
from kiosk.ui.receipt_view import ReceiptDialog

if TYPE_CHECKING:
    from kiosk.counter.receipt import PrintTargets, ReceiptFile
    from kiosk.ui.intake_side import IntakeSide
    from kiosk.ui.new_application import NewApplicationPage

VALUE_KEY = "payment_method"  # in the side's values (the draft keeps the choice)


class PaymentBox(QGroupBox):
    changed = Signal()

    def __init__(self, service: Service, extra_fees: tuple[FeeLine, ...] = ()) -> None:
        super().__init__(tr("Payment"))
        box = QVBoxLayout(self)
        self.method = QComboBox()
        self.method.setObjectName("intake_payment_method")
        self.method.addItem(tr("Cash, into my drawer"), CASH)
        self.method.addItem(tr("UPI: the QR is shown after saving"), UPI)
        self.method.addItem(tr("Not paid yet (payment pending)"), PENDING)
        self.note = QLabel("")
        self.note.setObjectName("intake_payment_note")
        self.note.setWordWrap(True)
        box.addWidget(self.method)
        box.addWidget(self.note)
        self.method.currentIndexChanged.connect(self._explain)
        self.method.currentIndexChanged.connect(lambda _i: self.changed.emit())
        # a service the catalogue says is free has nothing to take (a fee typed by the operator may be > 0)
        # (the doorstep fee of a visit is owed even for a free service)
        self.free = service.fee_known and service.total_paise + sum(f.paise for f in extra_fees) == 0
        if self.free:  # never setVisible(True) here: unparented yet, it would open as a window of its own
            self.hide()
        self._explain()

    @property
    def choice(self) -> str:
        return str(self.method.currentData())

    def _explain(self) -> None:
        self.note.setText({
            CASH: "",
            UPI: tr("After saving, the QR for the exact fee is shown (its note is the receipt number); type the "
                    "UTR from the citizen's phone there."),
            PENDING: tr("The receipt will say PAYMENT PENDING; take the fee later from Payments pending."),
        }[self.choice])

    def inputs(self) -> tuple[QWidget, ...]:
        return () if self.free else (self.method,)

    def form_part(self) -> dict[str, Any]:
        """UPI is saved as pending: its UTR can only be typed once the receipt number (the QR's note) exists."""
        return {"payment": {"method": CASH if self.choice == CASH else PENDING}}

    def values(self) -> dict[str, str]:
        return {VALUE_KEY: self.choice}

    def set_values(self, values: dict[str, str]) -> None:
        if VALUE_KEY in values:
            self.method.setCurrentIndex(max(0, self.method.findData(values[VALUE_KEY])))


def wants_upi(side: IntakeSide | None) -> bool:
    """Read before the form is cleared: did the operator pick UPI for this application?"""
    return side is not None and side.payment.choice == UPI


def after_save(page: NewApplicationPage, receipt: ReceiptFile, targets: PrintTargets, upi: bool) -> None:
    """Open the receipt preview — after the UPI QR and its UTR when UPI was picked and a fee is owed."""
    app = receipt.application
    if not (upi and app.total_paise > 0):
        _preview(page, receipt, targets)
        return
    s = page.services
    dialog = TakePaymentDialog(s.payments, s.receipts, s.operator.username, app.receipt_number, app.total_paise,
                               page.language, page)
    dialog.setObjectName("intake_upi_dialog")
    dialog.method.setCurrentIndex(dialog.method.findData(UPI))

    def done(_result: int) -> None:
        if dialog.made is not None:
            _preview(page, *dialog.made)
        else:  # cancelled: saved, the fee pending, in the work list; the pending receipt is the one to print
            page.notice.setText(tr("Saved. Receipt no. {no}: the fee is not taken yet, it waits under Payments "
                                   "pending.").format(no=app.receipt_number))
            _preview(page, receipt, targets)
        page.services.sync.refresh()
        dialog.deleteLater()  # one per saved application: none is kept hidden under the page

    dialog.finished.connect(done)
    dialog.open()


def _preview(page: NewApplicationPage, receipt: ReceiptFile, targets: PrintTargets) -> None:
    page.receipt_dialog = ReceiptDialog(page.receipts, receipt, targets, page.services.operator.username,
                                        page.language, page)
    page.receipt_dialog.open()
