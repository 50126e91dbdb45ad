"""The doorstep visit in the window (issue 18): a banner across the top while a visit is open ("DOORSTEP
VISIT — Wadgaon (since 2026-12-07): every application now carries the doorstep fee ₹100.00"), and the
dialog that opens one or closes it with the bag's cash counted. Ctrl+Shift+V opens the dialog from any
screen; the banner's button closes the visit. Keyboard first: Tab through the fields, Enter does it.

The visit is read again on the pool every half minute and after the dialog, through the intake
(``intake.refresh_visit``): a visit opened by ``seva-kiosk visit open`` shows here, and what the banner says
is what the next form carries.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.application import format_rupees
from kiosk.domain.intake import parse_rupees
from kiosk.domain.messages import say
from kiosk.domain.visit import Visit, VisitFigures, VisitRefused
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import follow_digits_rule, tr

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

REFRESH_MS = 30_000
STYLE = """
QFrame#visit_banner { background: #0f766e; }
QFrame#visit_banner QLabel { color: white; font-weight: bold; padding: 4px; }
QFrame#visit_banner QPushButton { min-height: 26px; padding: 1px 12px; }
"""


class VisitBanner(QFrame):
    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("visit_banner")
        self.setStyleSheet(STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.text = QLabel("")
        self.text.setObjectName("visit_banner_text")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.close_button = QPushButton(tr("Close the visit…"))
        self.close_button.setObjectName("visit_close_button")
        self.close_button.clicked.connect(self.open_dialog)
        row.addWidget(self.close_button)
        self.visit: Visit | None = None
        self.dialog: VisitDialog | None = None
        self.hide()
        # On the window (not on the banner: hidden while no visit is open, and a hidden widget's shortcut never
        # fires), once this banner is in it; any screen of the window reaches it.
        self.shortcut: QShortcut | None = None
        QTimer.singleShot(0, self._bind_shortcut)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def _bind_shortcut(self) -> None:
        self.shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), self.window(), self.open_dialog)

    def refresh(self) -> None:
        services = self.services
        run_in_background(lambda: services.intake.refresh_visit(), self.show_visit, lambda _e: None)

    def show_visit(self, visit: Visit | None) -> None:
        self.visit = visit
        if visit is None:
            self.hide()
            return
        lang = self.services.language
        self.text.setText(say("visit.banner", lang, village=visit.village, day=visit.day.isoformat(),
                              fee=format_rupees(visit.fee_paise)))
        self.show()

    def open_dialog(self) -> None:
        self.dialog = VisitDialog(self.services, self.visit, self.window())
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()


class VisitDialog(QDialog):
    """Open a visit (village, day) when none is open; otherwise its figures so far and the cash count that
    closes it. The work runs on the pool; the dialog says what happened (or the refusal) in one sentence."""

    def __init__(self, services: Services, visit: Visit | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_dialog")
        self.services = services
        self.visit = visit
        self.visits = services.intake.visits
        self.setWindowTitle(tr("Doorstep visit"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.village = QLineEdit()
        self.village.setObjectName("visit_village")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("visit_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.cash = QLineEdit()
        self.cash.setObjectName("visit_cash")
        self.figures = QLabel("")
        self.figures.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("visit_message")
        self.message.setWordWrap(True)
        self.go = QPushButton(tr("Open the visit") if visit is None else tr("Close the visit"))
        self.go.setObjectName("visit_go")
        self.go.setDefault(True)
        self.go.clicked.connect(self.submit)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        if visit is None:
            hub_setup = services.hub  # the ring's villages offered as the village is typed
            run_in_background(lambda: list(hub_setup.hub().villages), self._offer_villages, lambda _e: None)
            form.addRow(tr("Village"), self.village)
            form.addRow(tr("Day of the visit"), self.day)
            fee = self.visits.doorstep_fee()
            self.figures.setText(tr("Doorstep fee per application: {fee} (GR {gr})").format(
                fee=format_rupees(fee.paise) if fee.paise is not None else "—", gr=fee.gr))
        else:
            self.figures.setText(tr("Reading the visit's figures…"))
            form.addRow(tr("Cash counted from the visit's bag (₹)"), self.cash)
            run_in_background(lambda: self.visits.figures(visit), self._show_figures, self._failed)
        outer.addWidget(self.figures)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        outer.addLayout(buttons)
        self.resize(560, self.sizeHint().height())
        follow_digits_rule(self)  # Latin digits in the date, as on every screen

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        (self.village if self.visit is None else self.cash).setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_villages(self, villages: list[str]) -> None:
        completer = QCompleter(villages, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.village.setCompleter(completer)

    def _lang(self) -> str:
        return self.services.language

    def _show_figures(self, f: VisitFigures) -> None:
        v = f.visit
        self.figures.setText(say("visit.open_line", self._lang(), village=v.village, day=v.day.isoformat(),
                                 count=f.applications, total=format_rupees(f.total_paise),
                                 cash=format_rupees(f.cash_paise)))

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.message.setText(sentence(exc, self._lang()))
        self.adjustSize()

    def submit(self) -> None:
        operator = self.services.operator.username
        visits = self.visits
        self.go.setEnabled(False)
        if self.visit is None:
            village, qd = self.village.text(), self.day.date()
            day = date(qd.year(), qd.month(), qd.day())
            run_in_background(lambda: visits.open(village, operator, day=day), self._opened, self._failed)
            return
        paise = parse_rupees(self.cash.text())
        if paise is None:
            self._failed(VisitRefused("not an amount", why="bad_cash"))
            return
        run_in_background(lambda: visits.close(paise, operator), self._closed, self._failed)

    def _opened(self, visit: Any) -> None:
        self.accept()

    def _closed(self, f: VisitFigures) -> None:
        v, lang = f.visit, self._lang()
        diff = v.difference_paise or 0
        self.message.setText(say("visit.closed_line", lang, village=v.village, count=f.applications,
                                 total=format_rupees(f.total_paise), doorstep=format_rupees(f.doorstep_paise),
                                 expected=format_rupees(v.expected_cash_paise or 0),
                                 counted=format_rupees(v.counted_cash_paise or 0),
                                 difference=("+" if diff > 0 else "") + format_rupees(diff),
                                 upi=format_rupees(f.upi_paise), pending=format_rupees(f.pending_paise)))
        self.go.hide()
        self.cash.setEnabled(False)
        self.adjustSize()  # the whole sentence, never cut at the dialog's first height
