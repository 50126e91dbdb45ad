"""Correcting an application the portal refused, then sending it again (see :mod:`kiosk.domain.correction`).

Every editable detail is shown with its current value and the portal's reason on top; the corrected
application passes the intake checks before anything is stored, and each problem is shown in the
operator's language beside the dialog's buttons (nothing is stored until all are fixed).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.application import Application
from kiosk.domain.catalogue import Service
from kiosk.domain.correction import apply_corrections, editable_values
from kiosk.ui.form_builder import ADDRESS_PARTS, NAME_PARTS
from kiosk.ui.i18n import tr
from kiosk.ui.screen_fit import resize_to_fit
from kiosk.ui.widgets import ok_cancel


def caption(key: str, service: Service, language: str) -> str:
    group, _, part = key.partition(".")
    if group in ("name_mr", "name_en"):
        script = tr("Marathi") if group == "name_mr" else tr("English")
        return f"{tr(dict(NAME_PARTS)[part])} ({script})"
    if group == "address":
        return tr(dict(ADDRESS_PARTS)[part])
    if group == "fields":
        return next((f.label.text(language) for f in service.fields if f.name == part), part)
    return {"mobile": tr("Mobile number"), "email": tr("Email (optional)")}.get(key, key)


class CorrectionDialog(QDialog):
    def __init__(self, app: Application, service: Service, reason: str, language: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.service, self.language, self.today = app, service, language, today
        self.corrected: Application | None = None
        self.setWindowTitle(tr("Correct and send again: {receipt}").format(receipt=app.receipt_number))
        layout = QVBoxLayout(self)
        why = QLabel(tr("The portal refused it: {reason}").format(reason=reason))
        why.setWordWrap(True)
        layout.addWidget(why)
        inner = QWidget()
        form = QFormLayout(inner)
        self.inputs: dict[str, QLineEdit] = {}
        self.original = editable_values(app, service)
        for key, value in self.original.items():
            edit = QLineEdit(value)
            edit.setObjectName(key)
            self.inputs[key] = edit
            form.addRow(caption(key, service, language), edit)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        self.problems = QLabel("")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        layout.addWidget(ok_cancel(self, tr("Save and send again"), self.check_and_accept))
        resize_to_fit(self, 620, 720)  # the fields scroll; the buttons stay on screen at 1280×720

    def changes(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.inputs.items() if e.text() != self.original[k]}

    def check_and_accept(self) -> None:
        fixed, problems = apply_corrections(self.app, self.service, self.changes(), self.today)
        if fixed is None:
            self.problems.setText("<br>".join(f"{caption(p.field, self.service, self.language)}: "
                                              f"{p.message(self.language)}" for p in problems.items))
            return
        self.corrected = fixed
        self.accept()
