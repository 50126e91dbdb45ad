"""The counter's work list of applications the portal sent back for more documents (issue 17): what each
needs and the reply-by date, nearest first. "Add documents…" (or Enter on a row) opens the same capture
and compression dialog as a new application's documents (``AddDocumentsDialog``) saying what was asked;
its answer goes to the portal under the application's key, the time limit counts again from that day, and
the updated receipt opens to print.

The list is read on the worker pool each time the screen is shown, and again after an answer or a sync (a
sync may bring new requests). A date already past is marked, so the operator calls that citizen first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.messages import say
from kiosk.ui.add_documents_dialog import AddDocumentsDialog, add_documents
from kiosk.ui.background import run_in_background
from kiosk.ui.formatting import day_text
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.domain.application import Application
    from kiosk.store.document_requests import DocumentRequest
    from kiosk.ui.main_window import Services

LATE = QColor("#b3261e")  # the reply-by date has passed: the same red as the window's error text


class MoreDocumentsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.language = services.language
        self.waiting: dict[str, DocumentRequest] = {}
        self.dialog: AddDocumentsDialog | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Documents asked for")))
        note = QLabel(tr("The portal sent these applications back for more documents. Add them here when the "
                         "citizen brings them: the time limit counts again from that day."))
        note.setWordWrap(True)
        outer.addWidget(note)
        self.summary = QLabel("")
        self.summary.setObjectName("more_documents_summary")
        outer.addWidget(self.summary)
        self.table = Table([tr("Receipt no."), tr("Applicant"), tr("Documents asked for"), tr("Reply by")])
        self.table.setObjectName("more_documents_table")
        self.table.activated.connect(lambda _index: self.answer_selected())
        outer.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add documents…"))
        self.add_button.setObjectName("answer_documents")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.answer_selected)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.reload)
        row.addWidget(self.add_button)
        row.addWidget(refresh)
        row.addStretch(1)
        outer.addLayout(row)
        services.sync.finished.connect(lambda _r: self.reload() if self.isVisible() else None)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        run_in_background(self.services.more_documents.waiting, self._filled, self.services.show_error)

    def _filled(self, waiting: list[DocumentRequest]) -> None:
        self.waiting = {r.receipt_number: r for r in waiting}
        mr = self.language in ("mr", "hi")
        today = self.services.intake.today()
        self.table.fill([(r.receipt_number, (r.receipt_number, (r.name_mr if mr and r.name_mr else r.name_en),
                                             ", ".join(m if mr and m else en for _c, en, m in r.documents),
                                             day_text(r.reply_by)))
                         for r in waiting])
        for row, r in enumerate(waiting):
            item = self.table.item(row, 3)
            if item is not None and r.reply_by is not None and r.reply_by < today:
                item.setForeground(LATE)
                item.setText(f"{day_text(r.reply_by)} — {tr('date passed')}")
        self.summary.setText(say("more_documents.none", self.language) if not waiting else
                             tr("{n} applications are waiting for documents").format(n=len(waiting)))
        self.add_button.setEnabled(bool(waiting))
        if waiting:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def answer_selected(self) -> None:
        request = self.waiting.get(self.table.current_key() or "")
        if request is None:
            return
        more = self.services.more_documents

        def opened(app: Application) -> None:
            add_documents(self.services, app, self, self._shown, request=request)

        run_in_background(lambda: more.application(request.application_uuid), opened, self.services.show_error)

    def _shown(self, dialog: AddDocumentsDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
