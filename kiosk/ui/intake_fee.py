"""The fee box of a new application: the catalogue's fee lines, or — for a service whose fee the catalogue
does not know — "fee not known — check the GR" and a box where the operator types the fee the office
charges (audited with the application). Never a ₹0.00 nobody decided."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from kiosk.domain.catalogue import FeeLine, Service
from kiosk.domain.intake import parse_rupees
from kiosk.domain.messages import say
from kiosk.ui.formatting import money
from kiosk.ui.i18n import tr


class FeeBox(QGroupBox):
    changed = Signal()

    def __init__(self, service: Service, language: str, extra: tuple[FeeLine, ...] = ()) -> None:
        """``extra``: lines the counter adds to the catalogue's (the doorstep fee while a visit is open), shown
        and counted in the total the operator collects, as the receipt will."""
        super().__init__(tr("Fees"))
        self.service = service
        form = QFormLayout(self)
        for line in (*service.fees, *extra):
            form.addRow(line.label.text(language), QLabel(money(line.paise)))
        self.entry: QLineEdit | None = None
        if service.fee_known:
            total = QLabel(f"<b>{money(service.total_paise + sum(f.paise for f in extra))}</b>")
        else:
            total = QLabel(f"<b>{say('catalogue.fee_not_known', language)}</b>")
            total.setWordWrap(True)
            self.entry = QLineEdit()
            self.entry.setObjectName("entered_fee")
            self.entry.setPlaceholderText("₹")
            self.entry.setMaxLength(12)
            self.entry.textChanged.connect(lambda _t: self.changed.emit())
        total.setObjectName("fee_total")
        form.addRow(f"<b>{tr('Total to collect')}</b>", total)
        if self.entry is not None:
            form.addRow(say("catalogue.fee_entry", language), self.entry)

    def inputs(self) -> tuple[QWidget, ...]:
        return (self.entry,) if self.entry is not None else ()

    def form_part(self) -> dict[str, Any]:
        """``entered_fee_paise`` for the intake check: None when nothing is typed (a problem there), the
        text itself when it is not an amount (so the check words it), else whole paise."""
        if self.entry is None:
            return {}
        text = self.entry.text().strip()
        paise = parse_rupees(text)
        return {"entered_fee_paise": None if not text else paise if paise is not None else text}

    def values(self) -> dict[str, str]:
        return {"entered_fee": self.entry.text()} if self.entry is not None else {}

    def set_values(self, values: dict[str, str]) -> None:
        if self.entry is not None and "entered_fee" in values:
            self.entry.setText(values["entered_fee"])
