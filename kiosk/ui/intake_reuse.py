"""The new application's "returning citizen" box (issue 18, fewer documents): with the citizen's consent, their
still-valid documents from earlier applications are added to this one.

The button stays disabled until the consent is ticked: nothing is searched before. The search runs on the
worker pool (``AttachDocuments.reusable``: the store and the documents folder) with the applicant as typed so
far; each document found joins the documents panel like a scan, marked as reused from its receipt. The tick
goes into the form (``document_reuse_consent``), so the intake records it with the application; it is not
kept in a draft — a parked form resumed later needs the citizen present to agree again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout

from kiosk.domain.errors import ProblemList
from kiosk.domain.intake import read_applicant
from kiosk.domain.messages import say
from kiosk.domain.reuse import CONSENT_FIELD, ReusableDocument
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.ui.new_application import NewApplicationPage


class ReuseBox(QGroupBox):
    def __init__(self, page: NewApplicationPage) -> None:
        super().__init__(tr("Returning citizen"))
        self.page = page
        lay = QVBoxLayout(self)
        # A long tick would not wrap and would widen the whole right-hand column: the sentence is a label.
        why = QLabel(tr("Documents from the citizen's earlier applications can be used again, if they agree."))
        why.setWordWrap(True)
        lay.addWidget(why)
        self.consent = QCheckBox(tr("The citizen agrees to this"))
        self.consent.setObjectName("reuse_consent")
        self.find_button = QPushButton(tr("Find earlier documents"))
        self.find_button.setObjectName("reuse_find")
        self.find_button.setEnabled(False)
        self.result = QLabel("")
        self.result.setObjectName("reuse_result")
        self.result.setWordWrap(True)
        for w in (self.consent, self.find_button, self.result):
            lay.addWidget(w)
        self.consent.toggled.connect(self.find_button.setEnabled)
        self.consent.toggled.connect(lambda *_a: page.on_changed())
        self.find_button.clicked.connect(self.search)

    def form_part(self) -> dict[str, Any]:
        return {CONSENT_FIELD: self.consent.isChecked()}

    def search(self) -> None:
        page = self.page
        if page.form is None or page.service is None or not self.consent.isChecked():
            return
        applicant = read_applicant(page.form.applicant_dict(), ProblemList())
        code, attachments = page.service.code, page.attachments
        self.find_button.setEnabled(False)
        self.result.setText(tr("Looking for earlier documents…"))

        def failed(exc: BaseException) -> None:
            self.find_button.setEnabled(self.consent.isChecked())
            self.result.setText(sentence(exc, page.language))

        run_in_background(lambda: attachments.reusable(applicant, code, consent=True), self._found, failed)

    def _found(self, found: list[ReusableDocument]) -> None:
        page, lang = self.page, self.page.language
        self.find_button.setEnabled(self.consent.isChecked())
        docs = page.docs
        if docs is None:
            return
        have = {(r.sha256, r.group_code) for r in docs.records}
        added = [f for f in found if (f.record.sha256, f.record.group_code) not in have]
        for f in added:
            docs.add_record(f.record)
        if not found:
            self.result.setText(say("reuse.none_found", lang))
            return
        names = [f"{page.catalogue.document_label(f.record.doc_type).text(lang)} — "
                 f"{say('reuse.reused_from', lang, receipt=f.from_receipt)}" for f in found]
        self.result.setText("\n".join(names))

