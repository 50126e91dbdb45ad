"""Voiding an application taken by mistake (supervisors only; see :mod:`kiosk.domain.voiding`)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.domain.voiding import VOID_REASONS
from kiosk.ui.i18n import N_, tr
from kiosk.ui.widgets import ok_cancel

# Screen text for each reason code (the domain's en/mr labels serve the CLI and reports).
REASON_TEXT = {
    "wrong_service": N_("The wrong service was chosen"),
    "duplicate": N_("The application was taken twice by mistake"),
    "data_entry_error": N_("Details were entered wrongly"),
    "citizen_withdrew": N_("The citizen withdrew before it was sent"),
}


class VoidDialog(QDialog):
    def __init__(self, receipt_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Void application"))
        layout = QVBoxLayout(self)
        warning = QLabel(tr("Void {receipt}? It will not be sent to the portal. Refund the fee to the citizen; "
                            "the receipt number is not used again.").format(receipt=receipt_number))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        layout.addWidget(QLabel(tr("Reason")))
        self.reason = QComboBox()
        self.reason.setObjectName("void_reason")
        for code in VOID_REASONS:
            self.reason.addItem(tr(REASON_TEXT[code]), code)
        layout.addWidget(self.reason)
        layout.addWidget(ok_cancel(self, tr("Void application")))

    def chosen(self) -> str:
        return str(self.reason.currentData())
