"""Voiding an application taken by mistake (supervisors only; see :mod:`kiosk.domain.voiding`)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.domain.messages import say
from kiosk.domain.voiding import VOID_REASONS
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import ok_cancel


class VoidDialog(QDialog):
    def __init__(self, receipt_number: str, language: str, parent: QWidget | None = None) -> None:
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
        for code in VOID_REASONS:  # worded by the message catalogue, as on the CLI and the day-close report
            self.reason.addItem(say(f"void_reason.{code}", language), code)
        layout.addWidget(self.reason)
        layout.addWidget(ok_cancel(self, tr("Void application")))

    def chosen(self) -> str:
        return str(self.reason.currentData())
