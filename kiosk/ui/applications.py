"""Applications: one search box over everything, filters by status, service and receipt-day range, the
detail with its timeline, and the counter actions (reprint, print the certificate once it has arrived,
hand over with feedback, first appeal, void). Every load and action runs the counter's use case on the
pool; the GUI thread never touches the store."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.app_filters import Filters
from kiosk.counter.handover import Feedback
from kiosk.counter.login import allowed
from kiosk.counter.receipt import PrintTargets, ReceiptFile
from kiosk.domain.application import Application
from kiosk.domain.status import LABELS, Status
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.certificate_print import pick_printer, print_certificate_on
from kiosk.ui.dashboard import person, service_name
from kiosk.ui.delivery import DeliveryDialog
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import day_text, moment_text, money, status_text
from kiosk.ui.i18n import tr
from kiosk.ui.receipt_view import ReceiptDialog
from kiosk.ui.void_dialog import VoidDialog
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

SEARCH_DELAY_MS = 200


class ApplicationsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.finder, self.receipts, self.handover = services.finder, services.receipts, services.handover
        self.appeals, self.voiding = services.appeals, services.voiding
        self.language = services.language
        self.catalogue: Any = None  # the active catalogue, loaded with each list (sync may bring a new one)
        self.targets = PrintTargets()
        self.current: Application | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self._generation = 0
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Applications")))
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("app_search")
        self.search.setPlaceholderText(tr("Name (either script), receipt no., mobile or portal no."))
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(tr("All statuses"), "")
        for status in LABELS:
            self.status.addItem(status_text(status, self.language), str(status))
        self.service = QComboBox()
        self.service.setObjectName("service_filter")
        self.service.addItem(tr("All services"), "")
        # The services are added when the first list arrives with the catalogue (loaded on the pool).
        row.addWidget(self.search, 3)
        row.addWidget(self.status, 1)
        row.addWidget(self.service, 1)
        outer.addLayout(row)
        dates = QHBoxLayout()
        self.use_dates = QCheckBox(tr("Taken between"))
        self.use_dates.setObjectName("date_filter")
        today = self.appeals.today()
        self.day_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.day_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.day_from, self.day_to):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.India))  # digits as elsewhere
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.reload())
        self.use_dates.toggled.connect(self._dates_toggled)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.day_from)
        dates.addWidget(QLabel(tr("and")))
        dates.addWidget(self.day_to)
        dates.addStretch(1)
        outer.addLayout(dates)
        split = QSplitter()
        self.table = Table([tr("Receipt no."), tr("Name"), tr("Service"), tr("Status"), tr("Taken on")])
        self.table.setObjectName("app_table")
        split.addWidget(self.table)
        detail = QWidget()
        dbox = QVBoxLayout(detail)
        self.summary = QLabel(tr("Choose an application to see it here."))
        self.summary.setObjectName("app_detail")
        self.summary.setWordWrap(True)
        dbox.addWidget(self.summary)
        timeline_box = QGroupBox(tr("Status timeline"))
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        QVBoxLayout(timeline_box).addWidget(self.timeline)
        dbox.addWidget(timeline_box, 1)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(tr("Reprint receipt"))
        self.certificate_button = QPushButton(tr("Print certificate"))
        self.certificate_button.setObjectName("print_certificate")
        self.deliver_button = QPushButton(tr("Mark delivered"))
        self.appeal_button = QPushButton(tr("File first appeal"))
        self.void_button = QPushButton(tr("Void…"))
        self.void_button.setObjectName("void")
        self.void_button.setToolTip(tr("Supervisors only: cancel an application taken by mistake, before it is sent."))
        self.certificate: Any = None  # the downloaded certificate's path while one is shown
        self._printer: list[QPrinter] = []
        for b in (self.reprint_button, self.certificate_button, self.deliver_button, self.appeal_button,
                  self.void_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        dbox.addLayout(buttons)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("app_message")
        dbox.addWidget(self.message)
        split.addWidget(detail)
        split.setSizes([700, 500])
        outer.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        self.certificate_button.clicked.connect(lambda: self.print_certificate())
        self.table.itemSelectionChanged.connect(self._selected)
        self.reprint_button.clicked.connect(self.reprint)
        self.deliver_button.clicked.connect(self.deliver)
        self.appeal_button.clicked.connect(self.appeal)
        self.void_button.clicked.connect(lambda: self.void())
        services.sync.finished.connect(lambda _r: self.reload())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def activated(self) -> None:
        self.reload()

    def _dates_toggled(self, on: bool) -> None:
        self.day_from.setEnabled(on)
        self.day_to.setEnabled(on)
        self.reload()

    def filters(self) -> Filters:
        dated = self.use_dates.isChecked()
        first, last = sorted(cast(date, edit.date().toPython()) for edit in (self.day_from, self.day_to))
        return Filters(self.search.text(), self.status.currentData() or "", self.service.currentData() or "",
                       first if dated else None, last if dated else None)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        chosen, finder = self.filters(), self.finder
        run_in_background(lambda: (finder.find(chosen), finder.catalogue()),
                          lambda found: self._show(generation, *found), self.services.show_error)

    def _show(self, generation: int, rows: list[Any], catalogue: Any) -> None:
        if generation != self._generation:  # an older search finished after a newer one
            return
        lang, self.catalogue = self.language, catalogue
        if self.service.count() == 1:
            for svc in catalogue.services:
                self.service.addItem(svc.name.text(lang), svc.code)
        self.rows = rows
        self.rows_generation = generation
        self.table.fill([(s.uuid, (s.receipt_number, person(s, lang), service_name(catalogue, s.service_code, lang),
                                   status_text(s.status, lang), moment_text(s.created_at))) for s in rows])

    def _selected(self) -> None:
        uuid = self.table.current_key()
        if uuid:
            self.open(uuid)

    def open(self, uuid: str) -> None:
        finder, handover, receipts = self.finder, self.handover, self.receipts
        run_in_background(lambda: (*finder.open(uuid), finder.catalogue(), handover.certificate(uuid),
                                   receipts.targets()), self._show_detail, self.services.show_error)

    def _show_detail(self, found: tuple[Application, list[dict[str, str]], Any, Any, PrintTargets]) -> None:
        app, history, self.catalogue, self.certificate, self.targets = found
        self.current = app
        lang = self.language
        a = app.applicant
        name_mr, name_en = a.name_mr.full(), a.name_en.full()
        lines = [f"<b>{app.receipt_number}</b> — {service_name(self.catalogue, app.service_code, lang)}",
                 f"{name_mr}<br>{name_en}", f"{tr('Mobile')}: {a.mobile}",
                 f"{tr('Status')}: <b>{status_text(app.status, lang)}</b>",
                 f"{tr('Fees')}: {money(app.total_paise)}", f"{tr('Due date')}: {day_text(app.due_date)}"]
        if app.portal_number:
            lines.append(f"{tr('Portal no.')}: {app.portal_number}")
        self.summary.setText("<br>".join(lines))
        self.timeline.clear()
        for h in history:
            note = f" — {h['note']}" if h.get("note") else ""
            try:
                when = moment_text(datetime.fromisoformat(h["at"]))
            except ValueError:
                when = h["at"]
            self.timeline.addItem(f"{when}  {status_text(h['status'], lang)}{note}")
        self._actions_for(app)

    def _actions_for(self, app: Application) -> None:
        self.reprint_button.setEnabled(app.status != Status.VOIDED)  # a voided receipt must not be handed out again
        self.certificate_button.setEnabled(self.certificate is not None)
        self.certificate_button.setToolTip("" if self.certificate else tr("The certificate has not arrived yet."))
        self.deliver_button.setEnabled(app.status == Status.APPROVED)
        self.appeal_button.setEnabled(app.status in (Status.REJECTED, Status.SUBMITTED, Status.UNDER_SCRUTINY,
                                                     Status.DOCUMENTS_PENDING, Status.QUEUED))
        self.void_button.setEnabled(app.status == Status.QUEUED and allowed(self.services.operator, Action.VOID))

    # ---------------------------------------------------------------------------------- actions
    def reprint(self) -> None:
        if self.current is None:
            return
        app, receipts = self.current, self.receipts
        run_in_background(lambda: (receipts.make(app), receipts.targets()), self._receipt, self.services.show_error)

    def print_certificate(self, printer: QPrinter | None = None) -> None:
        """The print dialog (or ``printer`` as given), then every page of the certificate (rendered off the
        GUI thread; CertificateInvalid or printer trouble arrives as one sentence)."""
        if self.current is None or self.certificate is None:
            return
        if printer is None:
            printer = pick_printer(self.targets.printer, self, self._printer)
            if printer is None:
                return
        self._printer[:] = [printer]  # alive until the pages are painted
        self.message.setText(tr("Printing…"))
        print_certificate_on(
            printer, self.certificate,
            lambda pages: self.message.setText(tr("Certificate printed: {n} page(s).").format(n=pages)),
            lambda exc: self.message.setText(sentence(exc, self.language)), sealed=self.handover.certificates)

    def _receipt(self, made: tuple[ReceiptFile, PrintTargets]) -> None:
        receipt, self.targets = made
        self.receipt_dialog = ReceiptDialog(self.receipts, receipt, self.targets, self.services.operator.username,
                                            self.language, self)
        self.receipt_dialog.open()

    def deliver(self, rating: int | None = None, comment: str = "", ask: bool = True,
                consent_to_call: bool = False) -> DeliveryDialog | None:
        if self.current is None:
            return None
        if ask:
            dialog = DeliveryDialog(self.language, self)
            dialog.accepted.connect(lambda: self._deliver(dialog.feedback()))
            dialog.open()
            return dialog
        self._deliver(Feedback(rating, comment, self.language, consent_to_call=consent_to_call))
        return None

    def _deliver(self, feedback: Feedback) -> None:
        if self.current is None:
            return
        uuid, handover = self.current.uuid, self.handover
        run_in_background(lambda: handover.deliver(uuid, feedback),
                          lambda app: self._after(app, tr("Marked delivered.")), self.services.show_error)

    def void(self, reason: str | None = None) -> VoidDialog | None:
        """Supervisors: the reason dialog (or ``reason`` as given), then the void in one transaction."""
        if self.current is None or not allowed(self.services.operator, Action.VOID):
            return None
        if reason is None:
            dialog = VoidDialog(self.current.receipt_number, self.language, self)
            dialog.accepted.connect(lambda: self.void(dialog.chosen()))
            dialog.open()
            return dialog
        uuid, voiding, actor = self.current.uuid, self.voiding, self.services.operator.username
        run_in_background(lambda: voiding.void(uuid, reason, actor=actor),
                          lambda app: self._after(app, tr("Voided. Refund the fee to the citizen.")),
                          self.services.show_error)
        return None

    def appeal(self, grounds: str | None = None, delay_reason: str = "") -> None:
        if self.current is None:
            return
        if grounds is None:
            text, ok = QInputDialog.getMultiLineText(self, tr("File first appeal"), tr("Grounds of the appeal"))
            if not ok:
                return
            grounds = text
        uuid, appeals = self.current.uuid, self.appeals
        run_in_background(lambda: appeals.file_first(uuid, grounds or "", delay_reason),
                          lambda app: self._after(app, tr("First appeal filed; it goes with the next sync.")),
                          self.services.show_error)

    def _after(self, app: Application, text: str) -> None:
        """``app`` as the action committed it: its buttons follow at once (no stale "Void" while the detail
        reloads on the pool), then the detail and the list are read again."""
        self.current = app
        self._actions_for(app)
        self.message.setText(text)
        self.open(app.uuid)
        self.reload()
        self.services.sync.refresh()
