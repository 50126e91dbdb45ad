"""Take a fee that is pending: cash into the operator's drawer, or UPI — a QR of the ``upi://pay`` link for
the exact amount to the hub's payee (the receipt number as the note) that the citizen scans with their own
phone, then the 12-digit UTR their app shows typed in. No gateway is called. The payment, its outbox item
and the updated receipt are made on the worker pool; the dialog's ``receipt`` is that receipt.

Keyboard first: the method is a combo box, the UTR field takes the focus for UPI, Enter records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kiosk.domain.payment import check_utr
from kiosk.receipts.qr import qr_matrix
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import money
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.counter.payment import Payments
    from kiosk.counter.receipt import PrintTargets, ReceiptFile, Receipts

QUIET, SCALE = 4, 6  # quiet-zone modules; screen pixels per module (a phone reads it at arm's length)


def qr_image(payload: str) -> QImage:
    """The QR of ``payload`` as a black-on-white image with its quiet zone."""
    rows = qr_matrix(payload)
    n = len(rows)
    image = QImage(n + 2 * QUIET, n + 2 * QUIET, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + QUIET, y + QUIET, black)
    return image.scaled(image.width() * SCALE, image.height() * SCALE)


class TakePaymentDialog(QDialog):
    def __init__(self, payments: Payments, receipts: Receipts, operator: str, receipt_number: str, paise: int,
                 language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.payments, self.receipts, self.operator = payments, receipts, operator
        self.receipt_number, self.paise, self.language = receipt_number, paise, language
        self.made: tuple[ReceiptFile, PrintTargets] | None = None
        self.setWindowTitle(tr("Take the fee for {no}").format(no=receipt_number))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        amount = QLabel(f"<b>{tr('Fee to take')}: {money(paise)}</b>")
        amount.setObjectName("payment_amount")
        outer.addWidget(amount)
        self.method = QComboBox()
        self.method.setObjectName("payment_method")
        self.method.addItem(tr("Cash, into my drawer"), "cash")
        self.method.addItem(tr("UPI: the citizen scans the QR"), "upi")
        outer.addWidget(self.method)
        self.qr = QLabel(tr("Preparing the QR…"))
        self.qr.setObjectName("upi_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payee = QLabel("")
        self.payee.setWordWrap(True)
        self.utr = QLineEdit()
        self.utr.setObjectName("upi_ref")
        self.utr.setPlaceholderText(tr("12-digit UPI reference (UTR) from the citizen's phone"))
        self.utr.setMaxLength(20)
        for w in (self.qr, self.payee, self.utr):
            outer.addWidget(w)
        self.message = QLabel("")
        self.message.setObjectName("payment_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.record = QPushButton(tr("Record payment"))
        self.record.setObjectName("record_payment")
        self.record.setProperty("primary", True)
        self.record.setDefault(True)
        self.record.clicked.connect(self.take)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(self.record)
        row.addWidget(cancel)
        outer.addLayout(row)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.utr.returnPressed.connect(self.take)
        self.link = ""
        self._method_changed()
        run_in_background(lambda: self.payments.link(paise, receipt_number), self._link_ready, self._no_link)

    def _link_ready(self, link: str) -> None:
        self.link = link
        self.qr.setPixmap(QPixmap.fromImage(qr_image(link)))
        vpa = link.split("pa=", 1)[1].split("&", 1)[0]
        self.payee.setText(tr("Pays {amount} to {payee}; the note is the receipt number.").format(
            amount=money(self.paise), payee=vpa))
        self.adjustSize()  # the QR arrived after the first layout: make room for it

    def _no_link(self, exc: BaseException) -> None:
        self.qr.setText(sentence(exc, self.language))

    def _method_changed(self) -> None:
        upi = self.method.currentData() == "upi"
        for w in (self.qr, self.payee, self.utr):
            w.setVisible(upi)
        (self.utr if upi else self.record).setFocus()
        self.message.setText("")
        self.adjustSize()

    def take(self) -> None:
        method = str(self.method.currentData())
        utr = self.utr.text()
        if method == "upi" and check_utr(utr) is None:
            self.message.setText(tr("Type the 12-digit UPI reference (UTR) from the citizen's phone."))
            self.utr.setFocus()
            return
        self.record.setEnabled(False)
        self.message.setText(tr("Saving…"))
        payments, receipts, key, operator = self.payments, self.receipts, self.receipt_number, self.operator

        def work() -> tuple[ReceiptFile, PrintTargets]:
            return receipts.make(payments.take(key, method, utr, operator)), receipts.targets()

        run_in_background(work, self._taken, self._failed)

    def _taken(self, made: tuple[ReceiptFile, PrintTargets]) -> None:
        self.made = made
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.record.setEnabled(True)
        self.message.setText(sentence(exc, self.language))
