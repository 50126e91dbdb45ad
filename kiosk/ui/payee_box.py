"""Settings: the hub's UPI payee — the address (``hub@bank``) the fee QR pays to and the name the
citizen's UPI app shows. Kept through the Payments use case (audited: it decides where citizens' money
goes); empty turns UPI off (the payment dialog then says to set it here). Read and saved on the pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton

from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.counter.payment import Payee
    from kiosk.ui.main_window import Services


class PayeeBox(QGroupBox):
    def __init__(self, services: Services, say: Callable[[str], None]) -> None:
        super().__init__(tr("UPI payments"))
        self.services, self.say = services, say
        form = QFormLayout(self)
        self.vpa = QLineEdit()
        self.vpa.setObjectName("upi_payee")
        self.vpa.setPlaceholderText("seva.hub@sbi")
        self.name = QLineEdit()
        self.name.setObjectName("upi_payee_name")
        self.save_button = QPushButton(tr("Save UPI payee"))
        self.save_button.setObjectName("save_payee")
        self.save_button.clicked.connect(self.save)
        form.addRow(tr("Payee address (VPA)"), self.vpa)
        form.addRow(tr("Payee name"), self.name)
        form.addRow("", self.save_button)
        run_in_background(services.payments.payee, self._show, lambda _e: None)

    def _show(self, payee: Payee) -> None:
        self.vpa.setText(payee.vpa)
        self.name.setText(payee.name)

    def save(self) -> None:
        payments, vpa, name = self.services.payments, self.vpa.text(), self.name.text()
        actor = self.services.operator.username
        run_in_background(lambda: payments.set_payee(vpa, name, actor), self._saved,
                          lambda exc: self.say(sentence(exc, self.services.language)))

    def _saved(self, payee: Payee) -> None:
        self._show(payee)
        self.say(tr("UPI payee saved.") if payee.vpa else tr("UPI is off: no payee address."))
