"""The right-hand column of a new application: fees, delivery and the citizen's consent. Its message and
Save button are placed by the page in a footer that never scrolls away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import FeeLine, Service
from kiosk.domain.intake import CONSENT_TEXT_VERSION
from kiosk.domain.messages import say
from kiosk.ui.i18n import tr
from kiosk.ui.intake_channels import ChannelsBox
from kiosk.ui.intake_fee import FeeBox
from kiosk.ui.intake_payment import PaymentBox
from kiosk.ui.intake_verification import CallConsent


class IntakeSide(QWidget):
    changed = Signal()

    def __init__(self, service: Service, language: str, extra_fees: tuple[FeeLine, ...] = ()) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.parts: list[Callable[[], dict[str, Any]]] = []  # other boxes' form parts (the reuse consent)
        self.fees = FeeBox(service, language, extra_fees)  # an unknown fee is typed here, never ₹0.00
        outer.addWidget(self.fees)
        self.payment = PaymentBox(service, extra_fees)  # cash, UPI (QR right after saving) or not paid yet (issue 17)
        outer.addWidget(self.payment)
        self.channels = ChannelsBox()  # one or more channels, each with its contact and consent (issue 17)
        self.delivery = self.channels.ticks["print_at_hub"]  # the first of the side's inputs (Tab)
        outer.addWidget(self.channels)
        consent_box = QGroupBox(tr("Consent"))
        cform = QVBoxLayout(consent_box)
        self.consent_language = QComboBox()
        self.consent_language.setObjectName("consent_language")
        self.consent_language.addItem("मराठी", "mr")
        self.consent_language.addItem("English", "en")
        self.notice = QLabel()
        self.notice.setObjectName("consent_notice")
        self.notice.setWordWrap(True)
        self.consent = QCheckBox(tr("The notice was read to the citizen, who agrees"))
        self.consent.setObjectName("consent")
        cform.addWidget(QLabel(tr("Citizen's language")))
        cform.addWidget(self.consent_language)
        cform.addWidget(self.notice)
        cform.addWidget(self.consent)
        self.call = CallConsent(self, cform)  # may the quality agency call? (issue 18; unticked by default)
        outer.addWidget(consent_box)
        self.message = QLabel("")
        self.message.setObjectName("save_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save and print receipt"))
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip("Ctrl+S")
        outer.addStretch(1)
        self.consent_language.currentIndexChanged.connect(self._notice)
        for signal in (self.fees.changed, self.payment.changed, self.channels.changed, self.consent.toggled,
                       self.consent_language.currentIndexChanged):
            signal.connect(lambda *_a: self.changed.emit())
        self._notice()

    def inputs(self) -> tuple[QWidget, ...]:
        return (*self.fees.inputs(), *self.payment.inputs(), *self.channels.inputs(), self.consent_language, self.consent,
                self.call)

    def passed_by_enter(self) -> tuple[QWidget, ...]:
        """The payment choice and the channel ticks: most citizens pay cash and take the certificate at the
        hub, so Enter after the form goes straight on (a ticked channel's contact and consent are still on
        Enter's way; Tab reaches the choice and the ticks)."""
        return (*self.payment.inputs(), *self.channels.ticks_in_order(), self.call)

    def _notice(self) -> None:
        # the data notice is read to or by the citizen in their own language (not the operator's)
        self.notice.setText(say("consent.notice", str(self.consent_language.currentData())))

    def form_part(self) -> dict[str, Any]:
        part = self.channels.form_part()
        return {**self.fees.form_part(), **self.payment.form_part(), "delivery": part["delivery"], "channels": part["channels"],
                "acknowledgement": part["acknowledgement"],
                "consent": {"accepted": self.consent.isChecked(), "language": self.consent_language.currentData(),
                            "text_version": CONSENT_TEXT_VERSION, "whatsapp_opt_in": part["whatsapp_opt_in"]},
                **{k: v for more in self.parts for k, v in more().items()}}

    def values(self) -> dict[str, str]:
        return {**self.fees.values(), **self.payment.values(), **self.channels.values(),
                "consent_language": str(self.consent_language.currentData()),
                "consent": "yes" if self.consent.isChecked() else ""}

    def set_values(self, values: dict[str, str]) -> None:
        self.fees.set_values(values)
        self.payment.set_values(values)
        self.channels.set_values(values)
        if "consent_language" in values:
            self.consent_language.setCurrentIndex(max(0, self.consent_language.findData(values["consent_language"])))
        self.consent.setChecked(values.get("consent") == "yes")
