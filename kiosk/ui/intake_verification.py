"""The new application's "may the state's quality agency call you" tick (issue 18, third-party verification).

Unticked by default — the citizen is asked, never assumed to agree. The question is a wrapped label (a long
tick would widen the right-hand column) and the tick sits under the data notice's own consent. It goes into
the form as ``verification_call_consent``; the intake keeps the instant with the application. Like the reuse
consent it is not kept in a draft: a parked form resumed later needs the citizen present to be asked again.
Enter passes over it (like the channel ticks); Tab and Space reach and tick it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from kiosk.domain.verification import CONSENT_FIELD
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.ui.intake_side import IntakeSide


class CallConsent(QCheckBox):
    def __init__(self, side: IntakeSide, layout: QVBoxLayout) -> None:
        super().__init__(tr("The citizen agrees to a call"))
        self.setObjectName("verification_call_consent")
        question = QLabel(tr("May the state's quality agency call the citizen about this service?"))
        question.setWordWrap(True)
        question.setBuddy(self)
        layout.addWidget(question)
        layout.addWidget(self)
        side.parts.append(self.form_part)

    def form_part(self) -> dict[str, Any]:
        return {CONSENT_FIELD: self.isChecked()}
