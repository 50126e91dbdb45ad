"""The counter's actions on the Applications screen's highlighted application: reprint its receipt, print
its certificate, hand it over with feedback, file its next appeal, void it. Each acts on the application
whose detail is shown (``current``, set only once the highlighted row's fresh detail has arrived) and
captures its uuid before any dialog, so an answer never lands on another citizen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.counter.handover import Feedback
from kiosk.counter.login import allowed
from kiosk.counter.receipt import PrintTargets, ReceiptFile
from kiosk.domain.application import Application
from kiosk.domain.status import Status
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.certificate_print import print_certificate_on
from kiosk.ui.delivery import DeliveryDialog
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.printer_pick import PrinterList, choose_printer, reached_printer
from kiosk.ui.receipt_view import ReceiptDialog
from kiosk.ui.void_dialog import VoidDialog

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


class RowActions(QWidget):
    """The actions half of :class:`kiosk.ui.applications.ApplicationsPage` (which sets these attributes)."""

    services: Services
    receipts: Any
    handover: Any
    appeals: Any
    voiding: Any
    language: str
    current: Application | None
    wanted: str | None
    certificate: Any
    targets: PrintTargets
    message: QLabel
    receipt_dialog: ReceiptDialog | None
    voidable: bool
    _printer: list[QPrinter]
    picker: PrinterList | None  # the printer list while it is open
    documents_dialog: Any = None  # the "add documents" dialog while it is open
    appeal_dialog: Any = None  # the appeal dialog while it is open
    appeal_ack: Any = None  # the last appeal acknowledgement filed here (kiosk.counter.appeal_ack.AppealAckFile)

    def open(self, uuid: str) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _actions_for(self, app: Application) -> None:
        raise NotImplementedError

    def reprint(self) -> None:
        if self.current is None:
            return
        app, receipts = self.current, self.receipts
        run_in_background(lambda: (receipts.make(app), receipts.targets()), self._receipt, self.services.show_error)

    def print_certificate(self, printer: QPrinter | None = None) -> None:
        """On ``printer`` as given, else the one :func:`choose_printer` picks: every page of the certificate
        (rendered off the GUI thread; CertificateInvalid or printer trouble arrives as one sentence)."""
        if self.current is None or self.certificate is None:
            return
        if printer is None:
            self.picker = choose_printer(self.targets.printer, self, self.print_certificate, lambda: self.message.setText(
                tr("No printer is installed on this computer, so nothing was printed.")))
            return
        self._printer[:] = [printer]  # alive until the pages are painted
        self.message.setText(tr("Printing…"))

        def printed(pages: int) -> None:
            self.message.setText(plural(pages, N_("Certificate printed: {n} page."),
                                        N_("Certificate printed: {n} pages.")).format(n=pages)
                                 if reached_printer(printer)
                                 else tr("The printer {name} did not take the certificate: nothing was printed.")
                                 .format(name=printer.printerName()))

        print_certificate_on(printer, self.certificate, printed,
                             lambda exc: self.message.setText(sentence(exc, self.language)),
                             sealed=self.handover.certificates)

    def _receipt(self, made: tuple[ReceiptFile, PrintTargets]) -> None:
        receipt, self.targets = made
        self.receipt_dialog = ReceiptDialog(self.receipts, receipt, self.targets, self.services.operator.username,
                                            self.language, self)
        self.receipt_dialog.open()

    def deliver(self, rating: int | None = None, comment: str = "", ask: bool = True,
                consent_to_call: bool = False) -> DeliveryDialog | None:
        if self.current is None:
            return None
        uuid = self.current.uuid  # the dialog's answer goes to this application, whatever happens meanwhile
        if ask:
            dialog = DeliveryDialog(self.language, self)
            dialog.accepted.connect(lambda: self._deliver(uuid, dialog.feedback()))
            dialog.open()
            return dialog
        self._deliver(uuid, Feedback(rating, comment, self.language, consent_to_call=consent_to_call))
        return None

    def _deliver(self, uuid: str, feedback: Feedback) -> None:
        handover = self.handover
        run_in_background(lambda: handover.deliver(uuid, feedback),
                          lambda app: self._after(app, tr("Marked delivered.")), self.services.show_error)

    def void(self, reason: str | None = None, uuid: str | None = None) -> VoidDialog | None:
        """Supervisors: the reason dialog (or ``reason`` as given), then the void in one transaction."""
        if self.current is None or not allowed(self.services.operator, Action.VOID):
            return None
        uuid = uuid or self.current.uuid
        if reason is None:
            dialog = VoidDialog(self.current.receipt_number, self.language, self)
            dialog.accepted.connect(lambda: self.void(dialog.chosen(), uuid))
            dialog.open()
            return dialog
        voiding, actor = self.voiding, self.services.operator.username
        run_in_background(lambda: voiding.void(uuid, reason, actor=actor),
                          lambda app: self._after(app, tr("Voided. Refund the fee to the citizen.")),
                          self.services.show_error)
        return None

    def add_documents(self) -> None:
        """The missing documents, brought later: taken in a dialog, committed, the updated receipt printed."""
        from kiosk.ui.add_documents_dialog import add_documents

        if self.current is None:
            return

        def shown(dialog: Any) -> None:
            self.documents_dialog = dialog
            dialog.accepted.connect(lambda: self._after(dialog.app, tr("The documents were added.")))

        app, more = self.current, self.services.more_documents
        if app.status != Status.DOCUMENTS_PENDING:
            add_documents(self.services, app, self, shown)
            return
        # the portal asked for them: the dialog says what and by when, and its save answers the request
        run_in_background(lambda: more.request_of(app.uuid),
                          lambda asked: add_documents(self.services, app, self, shown, request=asked),
                          self.services.show_error)

    def appeal(self, grounds: str | None = None, delay_reason: str = "") -> None:
        """The next appeal level the Act allows (kiosk.ui.appeal_dialog), then its acknowledgement printed."""
        from kiosk.ui.appeal_dialog import start_appeal

        start_appeal(self, grounds, delay_reason)

    def print_appeal_ack(self, printer: QPrinter | None = None) -> None:
        ack = self.appeal_ack
        if ack is None:
            return
        if printer is None:
            self.picker = choose_printer(self.targets.printer, self, self.print_appeal_ack, lambda: self.message.setText(
                tr("No printer is installed on this computer, so nothing was printed.")))
            return
        from kiosk.ui.receipt_view import print_in_background

        self._printer[:] = [printer]
        print_in_background(printer, lambda: ack.pdf, lambda _n: self.message.setText(
            tr("Appeal acknowledgement printed.")), lambda exc: self.message.setText(sentence(exc, self.language)))

    def _after(self, app: Application, text: str) -> None:
        """``app`` as the action committed it: when it is still the highlighted one, its buttons follow at
        once (no stale "Void" while the detail reloads on the pool); then the detail and the list are read
        again."""
        self.message.setText(text)
        if app.uuid == self.wanted:
            self.current = app
            self.voidable = False  # until its fresh detail says otherwise: no action leaves it voidable
            self._actions_for(app)
            self.open(app.uuid)
        self.reload()
        self.services.sync.refresh()

