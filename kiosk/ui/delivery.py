"""Handing the certificate over: the citizen's optional rating, comment and consent to a verifier's call.

The portal's third-party verifier calls a sample of citizens to check the service; it may only call those
who said yes here, so the checkbox starts unticked and the question is read out in the citizen's language.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.handover import Feedback
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import ok_cancel

COMMENT_LIMIT = 2000  # the portal's limit


class DeliveryDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(tr("Mark delivered"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Citizen's rating of the service (optional)")))
        row = QHBoxLayout()
        self.ratings = QButtonGroup(self)
        for value, text in [(0, tr("No rating")), *[(i, "★" * i) for i in range(1, 6)]]:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"rating_{value}")
            button.setMinimumHeight(44)  # a finger, not a mouse, at many counters
            self.ratings.addButton(button, value)
            row.addWidget(button)
        self.ratings.button(0).setChecked(True)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Comment (optional)")))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("feedback_comment")
        self.comment.setMaximumHeight(90)
        layout.addWidget(self.comment)
        self.consent = QCheckBox(tr("The citizen agrees to be called by the independent verifier about this "
                                    "service"))
        self.consent.setObjectName("consent_to_call")
        layout.addWidget(self.consent)
        self.note = QLabel(tr("Ask the citizen; leave it unticked unless they say yes."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(ok_cancel(self, tr("Mark delivered")))
        self.ratings.idToggled.connect(lambda _i, _on: self._consent_needs_rating())
        self._consent_needs_rating()

    def _consent_needs_rating(self) -> None:
        # The portal records consent with the feedback, and feedback needs a rating.
        rated = self.ratings.checkedId() > 0
        self.consent.setEnabled(rated)
        if not rated:
            self.consent.setChecked(False)

    def feedback(self) -> Feedback:
        rating = self.ratings.checkedId()
        return Feedback(rating if rating > 0 else None, self.comment.toPlainText().strip()[:COMMENT_LIMIT],
                        self.language, consent_to_call=self.consent.isChecked())
