"""New application: find the service, fill the form, attach documents, take consent, save, print.

Everything the operator types is autosaved as a draft (see :mod:`kiosk.counter.draft`) and checked by the
counter's ``Intake`` — the same rules as the CLI — with problems shown under each input in the operator's
language. Saving commits on the thread pool, then the receipt preview opens. The keyboard is enough: Enter
moves on and saves from the last input, Ctrl+S saves from anywhere, and Save sits in a footer that never
scrolls away.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.aadhaar_fill import form_values
from kiosk.counter.form_help import FormHelp
from kiosk.counter.receipt import PrintTargets, ReceiptFile
from kiosk.counter.service_choice import ServiceChoice, prepare_choice
from kiosk.counter.transliteration import propose_name, warm_up
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.intake import IntakeResult, parse_date
from kiosk.ui.aadhaar_qr_row import AadhaarQrRow, verifier_reference
from kiosk.ui.background import run_in_background
from kiosk.ui.documents_panel import DocumentsPanel
from kiosk.ui.draft_list import DraftsDialog
from kiosk.ui.errors import sentence
from kiosk.ui.form_builder import ApplicationForm, NameProposer
from kiosk.ui.form_navigation import FocusInView, move_on
from kiosk.ui.i18n import N_, plural, tr
from kiosk.ui.intake_duplicate import ask_about_duplicate
from kiosk.ui.intake_layout import clear_footer, lay_out, read_form_help
from kiosk.ui.intake_payment import after_save, wants_upi
from kiosk.ui.intake_side import IntakeSide
from kiosk.ui.receipt_view import ReceiptDialog
from kiosk.ui.service_change import change_service
from kiosk.ui.service_picker import ServicePicker

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services

log = logging.getLogger("kiosk.ui")
DRAFT_DELAY_MS = 250
# The name in one script proposed from the other as it is typed (kiosk.counter.transliteration: the usual
# English spelling of a Marathi name, a Devanagari draft of an English one); None: the operator types both.
PROPOSE_NAME: NameProposer | None = propose_name


class NewApplicationPage(QWidget):
    def __init__(self, services: Services, *, poll_scans: bool = True) -> None:
        super().__init__()
        self.services = services
        self.intake, self.draft, self.receipts = services.intake, services.draft, services.receipts
        self.attachments = services.attachments
        self.language, self.paths = services.language, services.paths
        self._catalogue: Catalogue | None = None  # read on the pool, then kept while forms are typed
        self.poll_scans = poll_scans
        self.service: Service | None = None
        self.form: ApplicationForm | None = None
        self.docs: DocumentsPanel | None = None
        self.side: IntakeSide | None = None
        self.qr: AadhaarQrRow | None = None
        self.aadhaar_ref: dict[str, Any] | None = None
        self.saving = False
        self.last_saved: Application | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.draft_file = self.draft.path
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self.write_draft)
        outer, top = QVBoxLayout(self), QHBoxLayout()
        supervisor = services.operator.role == "supervisor"  # sees which Marathi names are ours ("translated")
        self.picker = ServicePicker(self.language, supervisor, lambda: self.form is not None, self)
        self.search, self.results = self.picker.search, self.picker.results  # the picker's (tests and keys reach them)
        self.picker.chosen.connect(lambda code: self.choose(code))
        top.addWidget(QLabel(tr("Service")))
        top.addWidget(self.search, 1)
        self.park_button = QPushButton(tr("Set aside"))
        self.park_button.setObjectName("park_draft")
        self.park_button.setToolTip(tr("Keep this unfinished application in the drafts list and start another"))
        self.park_button.clicked.connect(self.park)
        self.park_button.setEnabled(False)
        self.drafts_button = QPushButton(tr("Drafts…"))
        self.drafts_button.setObjectName("drafts")
        self.drafts_button.clicked.connect(self.show_drafts)
        top.addWidget(self.park_button)
        top.addWidget(self.drafts_button)
        self.drafts_dialog: DraftsDialog | None = None
        outer.addLayout(top)
        outer.addWidget(self.picker)
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.body, 1)
        self.footer = QWidget()
        self.footer.setObjectName("intake_footer")
        self.footer_row = QHBoxLayout(self.footer)
        self.footer_row.setContentsMargins(0, 4, 0, 0)
        self.footer.hide()
        outer.addWidget(self.footer)
        self.scrolls: list[QScrollArea] = []
        self.focus_in_view = FocusInView(self, lambda: self.scrolls)
        self.change_box: QMessageBox | None = None
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_keys.activated.connect(self.save)
        # What a form's check needs (catalogue, hub code, calendar) is read once, on the pool; then the
        # service list fills and an unfinished draft comes back. No keystroke's check touches the store.
        run_in_background(lambda: prepare_choice(self.intake), self._prepared, services.show_error)
        run_in_background(warm_up)  # the transliteration's tables, before the first name is typed

    @property
    def ready(self) -> bool:
        return self._catalogue is not None

    @property
    def catalogue(self) -> Catalogue:
        assert self._catalogue is not None, "the page is not ready"
        return self._catalogue

    def _prepared(self, choice: ServiceChoice) -> None:
        self._catalogue = choice.catalogue
        self.picker.load(choice.index)
        self.restore_draft()

    # ------------------------------------------------------------------------------------- service
    def choose(self, code: str, *, values: dict[str, Any] | None = None,
               records: list[DocumentRecord] | None = None) -> None:
        """Open the form for service ``code``. With a form already open, the applicant's details are carried
        over; the old service's own answers are dropped only once the operator agrees."""
        if values is None and self.service is not None and self.form is not None and self.docs is not None:
            if code == self.service.code:
                self._close_results()
            else:
                self.change_box = change_service(self, code)
            return
        self.build_form(code, values=values, records=records)

    def _close_results(self) -> None:
        self.picker.collapse(self.service.name.text(self.language) if self.service is not None else "")

    def build_form(self, code: str, *, values: dict[str, Any] | None = None,
               records: list[DocumentRecord] | None = None) -> None:
        self.service = self.catalogue.service(code)
        self.aadhaar_ref = None
        clear_footer(self)
        for i in reversed(range(self.body.count())):
            old = self.body.widget(i)
            if isinstance(old, QWidget):
                if self.docs is not None:
                    self.docs.shutdown()
                old.setParent(None)
                old.deleteLater()
        lay_out(self, PROPOSE_NAME)
        assert self.form is not None and self.side is not None and self.docs is not None
        self.park_button.setEnabled(True)
        if values:
            self.form.set_values({k: v for k, v in values.items() if not k.startswith("side.")})
            self.side.set_values({k[5:]: v for k, v in values.items() if k.startswith("side.")})
        if records:
            self.docs.set_records(records)
        self._close_results()
        first = self.form.inputs.get("name_mr.first")
        if first is not None:
            first.setFocus()
        self._ask_help(code)

    def _ask_help(self, code: str) -> None:
        def arrived(help_: FormHelp) -> None:
            if self.form is not None and self.service is not None and self.service.code == code:
                self.form.apply_help(help_)

        read_form_help(self.intake, self.paths.assets, code, arrived)

    def advance(self, widget: QObject) -> None:
        if isinstance(widget, QWidget) and self.side is not None:
            fields = [*self.form.inputs.values(), *self.side.inputs()] if self.form is not None else []
            move_on(widget, fields, self, self.save, self.side.passed_by_enter())

    # ------------------------------------------------------------------------------- form & draft
    def form_dict(self) -> dict[str, Any]:
        assert self.form is not None and self.side is not None and self.service is not None
        applicant = self.form.applicant_dict()
        if self.aadhaar_ref is not None:
            applicant.pop("aadhaar", None)
            applicant["aadhaar_ref"] = self.aadhaar_ref
        return {"service_code": self.service.code, "applicant": applicant, "fields": self.form.fields_dict(),
                **self.side.form_part()}

    def check(self) -> IntakeResult:
        assert self.docs is not None  # the QR verifier's result (aadhaar_qr) is the only verified Aadhaar
        return self.intake.check(self.form_dict(), self.services.operator.username, self.docs.records,
                                 aadhaar_qr=verifier_reference(self.aadhaar_ref))

    def on_changed(self) -> None:
        if self.form is None or self.docs is None:
            return
        try:
            dob = parse_date(self.form.values().get("dob"))
        except ValueError:
            dob = None
        today = self.intake.today()
        age = None if dob is None else today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        if age != self.docs.age:
            self.docs.age = age
            self.docs.refresh_checklist()
        self.form.show_problems(self.check().problems, only_touched=True)
        self._draft_timer.start(DRAFT_DELAY_MS)

    def draft_data(self) -> dict[str, Any]:
        assert self.form is not None and self.side is not None and self.docs is not None and self.service
        values = dict(self.form.values())
        values.update({f"side.{k}": v for k, v in self.side.values().items()})
        return {"service_code": self.service.code, "values": values, "aadhaar_ref": self.aadhaar_ref,
                "documents": [asdict(r) for r in self.docs.records]}

    def write_draft(self) -> None:
        if self.service is None or self.saving:
            return
        try:
            self.draft.save(self.draft_data())
        except OSError as exc:
            log.warning("draft not saved: %s", exc)

    def restore_draft(self) -> bool:
        restored = self.draft.restore()  # a small local file, no store: read here (a collected scan is dropped)
        if restored is None or not self.catalogue.has(restored.service_code):
            return False
        self.choose(restored.service_code, values=restored.values, records=restored.records)
        self.aadhaar_ref = restored.aadhaar_ref
        self.notice.setText(tr("The unfinished application was restored."))
        return True

    def park(self) -> None:
        """Set the application being typed aside in the drafts list; the form is free for the next citizen."""
        if self.service is None or self.saving:
            return
        self._draft_timer.stop()
        self.draft.park(self.draft_data())
        self.reset()
        self.notice.setText(tr("The application was set aside: open it again from Drafts."))

    def show_drafts(self) -> DraftsDialog:
        self.drafts_dialog = DraftsDialog(self.draft, self.catalogue, self.language, self.resume, self)
        self.drafts_dialog.open()
        return self.drafts_dialog

    def resume(self, key: str) -> None:
        if self.service is not None:
            self.park()  # what was being typed is set aside, never lost
        else:
            self.draft.clear()
        if self.draft.resume(key) is not None:
            self.restore_draft()
            self.notice.setText(tr("The application set aside was opened again."))

    # ------------------------------------------------------------------------------------ aadhaar
    @property
    def qr_badge(self) -> QLabel:
        assert self.qr is not None
        return self.qr.badge

    def fill_from_aadhaar(self, path: Path) -> None:
        assert self.qr is not None
        self.qr.fill_from(path)

    def aadhaar_read(self, data: Any) -> None:
        if self.form is None:
            return
        self.form.set_values(form_values(data))
        self.aadhaar_ref = {"last4": data.last4, "reference_id": data.reference_id, "verified": data.verified}

    # --------------------------------------------------------------------------------------- save
    def save(self) -> None:
        if self.form is None or self.docs is None or self.side is None or self.saving:
            return
        if self.docs.busy:
            self.side.message.setText(tr("Wait: a document is still being processed."))
            return
        result = self.check()
        if result.application is None:
            shown = self.form.show_problems(result.problems, only_touched=False)
            other = [p.message(self.language) for p in result.problems if p.field not in self.form.inputs]
            self.side.message.setText(" ".join([plural(shown, N_("Correct {n} problem in the form."), N_("Correct {n} problems in the form.")).format(n=shown)] * bool(shown)
                                               + other))
            widget = self.form.first_invalid()
            if widget is not None:  # the focus, and so the scroll, goes where the problem is shown
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.side.consent.isVisible() and any(p.field.startswith("consent") for p in result.problems):
                self.side.consent.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saving = True
        self.side.save_button.setEnabled(False)
        self.side.message.setText(tr("Saving…"))
        app, intake, receipts = result.application, self.intake, self.receipts

        def work() -> tuple[ReceiptFile, PrintTargets]:
            return intake.save_with_receipt(app), receipts.targets()

        run_in_background(work, self._saved, self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        if self.side is not None:
            self.side.save_button.setEnabled(True)
            self.side.message.setText(sentence(exc, self.language))
        self.duplicate_dialog = ask_about_duplicate(self, exc)  # issue 18: open the earlier one, or a reason

    def _saved(self, made: tuple[ReceiptFile, PrintTargets]) -> None:
        receipt, targets = made
        self.saving = False
        self.last_saved = receipt.application
        self.draft.clear()
        self.notice.setText(tr("Saved. Receipt no. {no}").format(no=receipt.application.receipt_number))
        upi = wants_upi(self.side)  # read before the form is cleared
        self.reset()
        after_save(self, receipt, targets, upi)  # the receipt preview, after the UPI QR and UTR when UPI was picked
        self.services.sync.refresh()

    def reset(self) -> None:
        self._draft_timer.stop()
        for i in reversed(range(self.body.count())):
            widget = self.body.widget(i)
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        if self.docs is not None:
            self.docs.shutdown()
        clear_footer(self)
        self.park_button.setEnabled(False)
        self.scrolls = []
        self.form = self.docs = self.side = self.service = None
        self.aadhaar_ref = None
        self.search.clear()
        self.picker.refresh()
        self.search.setFocus()

    def activated(self) -> None:
        if self.form is None:
            self.search.setFocus()

    def shutdown(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.write_draft()
        if self.docs is not None:
            self.docs.shutdown()
