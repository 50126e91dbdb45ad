"""The appeal dialog (issue 17): the next level the Act allows for the highlighted application, the reason,
the citizen's words, the delay's reason when late — then filed, and its acknowledgement printed.

What level is next, and whether it is allowed today, is asked of the counter's use case on the pool before
the dialog opens; a refusal reaches the operator as the use case's own sentence (``appeal_refusal.*``), so
the dialog never offers what filing would refuse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.appeal import AppealRequest
from kiosk.domain.appeals import DECIDE_WORKING_DAYS, REASON_CODES, AppealPlan
from kiosk.domain.messages import say
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.ui.actions_on_row import RowActions


def plan_sentence(plan: AppealPlan, language: str) -> str:
    authority = say(f"appeal_authority.{plan.authority}", language)
    decide = (say("appeal.decide_by", language, date=plan.decide_by.strftime("%d-%m-%Y"),
                  days=DECIDE_WORKING_DAYS[plan.level]) if plan.decide_by else say("appeal.no_deadline", language))
    return f"<b>{say('appeal.allowed_now', language, level=plan.level, authority=authority)}</b><br>{decide}"


class AppealDialog(QDialog):
    def __init__(self, receipt: str, plan: AppealPlan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("File appeal") + f" — {receipt}")
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        self.heading = QLabel(plan_sentence(plan, language))
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        form = QFormLayout()
        self.reason = QComboBox()
        for code in REASON_CODES:
            self.reason.addItem(say(f"appeal_reason.{code}", language), code)
        self.reason.setCurrentIndex(REASON_CODES.index("no_decision" if plan.ground in ("time_limit_passed", "no_order")
                                                       else "rejected_wrongly"))
        form.addRow(tr("Reason for the appeal"), self.reason)
        self.grounds = QPlainTextEdit()
        self.grounds.setTabChangesFocus(True)  # keyboard-only: Tab leaves the box, as in every other field
        self.grounds.setPlaceholderText(tr("In the citizen's words (needed for “Other grounds”)"))
        self.grounds.setMaximumHeight(90)
        form.addRow(tr("Grounds of the appeal"), self.grounds)
        self.late = QLineEdit()
        self.late.setVisible(plan.late)
        if plan.late:
            form.addRow(tr("More than 30 days have passed: the reason for the delay"), self.late)
        box.addLayout(form)
        buttons = QDialogButtonBox()
        self.file_button = buttons.addButton(tr("File appeal"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.file_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.reason.setFocus()

    def request(self) -> AppealRequest:
        return AppealRequest(self.plan.level, str(self.reason.currentData()), self.grounds.toPlainText(),
                             self.late.text() if self.plan.late else "")


def start_appeal(row: RowActions, grounds: str | None = None, delay_reason: str = "") -> None:
    """Ask the use case what may be filed for the highlighted application, then the dialog (or, with
    ``grounds`` given, file at once: the counter's scripted path and the tests)."""
    if row.current is None:
        return
    app, appeals, lang = row.current, row.appeals, row.language
    uuid = app.uuid

    def checked(level_plan: tuple[int, AppealPlan]) -> None:
        _, plan = level_plan
        if grounds is not None:
            _file(row, uuid, AppealRequest(plan.level, "other", grounds, delay_reason))
            return
        dialog = AppealDialog(app.receipt_number, plan, lang, row)
        row.appeal_dialog = dialog
        dialog.accepted.connect(lambda: _file(row, uuid, dialog.request()))
        dialog.open()

    def check() -> tuple[int, AppealPlan]:
        level = appeals.next_level(uuid)
        return level, appeals.check(uuid, level, late_reason=delay_reason or "-")

    run_in_background(check, checked, row.services.show_error)


def _file(row: RowActions, uuid: str, request: AppealRequest) -> None:
    appeals, actor = row.appeals, row.services.operator.username

    def file() -> Any:
        app, plan = appeals.file(uuid, request, actor=actor)
        return app, plan, appeals.acknowledgement(uuid, plan.level)

    def filed(done: Any) -> None:
        app, plan, ack = done
        row.appeal_ack = ack
        row._after(app, tr("Appeal {level} filed; it goes with the next sync. Print the acknowledgement for the "
                           "citizen.").format(level=plan.level))
        row.print_appeal_ack()

    run_in_background(file, filed, row.services.show_error)
