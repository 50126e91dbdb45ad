"""Adding the missing documents to a saved application, from the window.

The receipt tells the citizen that the time limit starts once the documents are in, so a citizen who comes
back with them must not be sent away: the scans are taken here as on a new application (the scan folder,
thumbnails, "what is it"), committed to the application with its new completeness and due date (the
counter's ``AttachDocuments``, the same as ``seva-kiosk documents add``), the updated receipt opens for
printing, and a sync pass is asked for so the portal gets the application with its documents. Possible
only while the application has not been sent: the portal fixes what it received.

Once sent, the portal may itself send the application back for more documents (issue 17): with ``request``
the dialog says what was asked and by when, and the same capture path answers it through the counter's
``MoreDocuments.answer`` (queued under the application's key, the clock restarted), then the updated receipt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.receipt import PrintTargets, ReceiptFile
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.ui.background import run_in_background
from kiosk.ui.documents_panel import DocumentsPanel
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import day_text
from kiosk.ui.i18n import tr
from kiosk.ui.receipt_view import ReceiptDialog

if TYPE_CHECKING:
    from kiosk.store.document_requests import DocumentRequest
    from kiosk.ui.main_window import Services


class AddDocumentsDialog(QDialog):
    def __init__(self, services: Services, app: Application, service: Service, catalogue: Catalogue,
                 parent: QWidget | None = None, *, poll: bool = True, request: DocumentRequest | None = None) -> None:
        super().__init__(parent)
        self.services, self.app, self.language, self.request = services, app, services.language, request
        self.receipt_dialog: ReceiptDialog | None = None
        self.saving = False
        self.setWindowTitle(tr("Add documents to {receipt}").format(receipt=app.receipt_number))
        box = QVBoxLayout(self)
        who = app.applicant.display_name(self.language)
        intro = QLabel(f"<b>{app.receipt_number}</b> — {who}<br>" + (asked_text(request, self.language) if request
                       else tr("The time limit starts on the day the last missing document is added.")))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.docs = DocumentsPanel(services.attachments, services.paths.scan_inbox, self.language, catalogue,
                                   service, poll=poll, existing=app.documents, wide=True)
        self.docs.age = app.applicant.age_on(services.intake.today())
        self.docs.refresh_checklist()
        if request is not None:  # what the portal asked for first is what the scan most likely is
            kind, asked = self.docs.kind, tuple(f"|{code}" for code, _en, _mr in request.documents)
            kind.setCurrentIndex(next((i for i in range(kind.count()) if str(kind.itemData(i)).endswith(asked)),
                                      kind.currentIndex()))
        box.addWidget(self.docs, 1)
        self.message = QLabel("")
        self.message.setObjectName("add_documents_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        self.save_button = QPushButton(tr("Add to the application and print the receipt"))
        self.save_button.setObjectName("add_documents_save")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        footer.addWidget(self.save_button)
        footer.addWidget(close)
        box.addLayout(footer)
        self.finished.connect(lambda _r: self.docs.shutdown())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(900, screen.width() - 40) if screen else 900, min(680, screen.height() - 60) if screen else 680)

    def save(self) -> None:
        if self.saving:
            return
        if self.docs.busy:
            self.message.setText(tr("Wait: a document is still being processed."))
            return
        if not self.docs.records:
            self.message.setText(tr("Attach at least one document first."))
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.message.setText(tr("Saving…"))
        attachments, receipts, records, uuid = self.services.attachments, self.services.receipts, \
            list(self.docs.records), self.app.uuid

        add: Callable[[str, list[DocumentRecord]], Application] = \
            self.services.more_documents.answer if self.request else attachments.attach

        def work() -> tuple[ReceiptFile, PrintTargets]:
            updated = add(uuid, records)
            return receipts.make(updated), receipts.targets()

        run_in_background(work, self._saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.message.setText(sentence(exc, self.language))

    def _saved(self, made: tuple[ReceiptFile, PrintTargets]) -> None:
        receipt, targets = made
        self.saving = False
        self.app = receipt.application
        self.docs.records.clear()
        self.accept()
        self.services.sync.refresh()
        self.services.sync.start(retry_now=False)  # the queued application now carries its documents: send it
        self.receipt_dialog = ReceiptDialog(self.services.receipts, receipt, targets,
                                            self.services.operator.username, self.language, self.parentWidget())
        self.receipt_dialog.open()


def asked_text(request: DocumentRequest, language: str) -> str:
    """What the portal asked for and by when, and the clock rule, for the dialog's heading."""
    names = ", ".join(mr if language != "en" and mr else en for _code, en, mr in request.documents)
    return (tr("The portal asked for: {documents}").format(documents=f"<b>{names}</b>") + " · "
            + tr("Reply by: {date}").format(date=day_text(request.reply_by)) + "<br>"
            + tr("The time limit counts again from the day these are added."))


def add_documents(services: Services, app: Application, parent: QWidget,
                  shown: Callable[[AddDocumentsDialog], None] | None = None,
                  request: DocumentRequest | None = None) -> None:
    """Open the dialog for ``app`` once its service, as it was taken, is read on the pool; with ``request``,
    to answer the portal's request for more documents."""
    attachments = services.attachments

    def work() -> tuple[Service, Catalogue]:
        return attachments.service_of(app), attachments.catalogues().version(app.catalogue_version)

    def ready(found: tuple[Service, Catalogue]) -> None:
        dialog = AddDocumentsDialog(services, app, *found, parent, request=request)
        dialog.open()
        if shown is not None:
            shown(dialog)

    run_in_background(work, ready, services.show_error)
