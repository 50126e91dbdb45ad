"""The citizen's acknowledgement receipt: built from what was committed, kept in the receipts folder before
any printer is tried (a jammed printer costs nothing), and each paper copy recorded so that a later paper
copy says DUPLICATE.

Only paper counts: the first sheet a printer takes is the original, whatever was previewed or saved as PDF
before it; a saved PDF (``--out``, Save PDF) is recorded for the trail but is not paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.counter.ports import OpenApplications, OpenCatalogues
from kiosk.counter.settings import ESCPOS_SETTING, PRINTER_SETTING
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.errors import KioskError, ReceiptVoided, UnknownService
from kiosk.domain.status import Status
from kiosk.receipts import build_receipt_data, keep_pdf, render_receipt, save_pdf
from kiosk.receipts.build import acknowledgement_of
from kiosk.sealed import SealedFolder
from kiosk.security.users import get_user
from kiosk.store.db import Store
from kiosk.store.deliveries import attempts_of
from kiosk.store.document_requests import last_answered_on
from kiosk.store.hub import Hub, get_setting
from kiosk.store.receipt_copies import paper_count, record_copy


@dataclass(frozen=True)
class PrintTargets:
    """The printers chosen in Settings (empty: none chosen): the page printer pre-selected in the print
    dialog, and the ESC/POS receipt printer's address."""

    printer: str = ""
    escpos_uri: str = ""


@dataclass(frozen=True)
class ReceiptFile:
    application: Application
    pdf: bytes
    path: Path  # where the kept (sealed) copy lies
    duplicate: bool
    layout: str


def acknowledgement_outcome(store: Store, app: Application) -> str:
    """What became of the acknowledgement message: the portal's latest report on it; ``queued`` while the
    application has not reached the portal; ``with_portal`` once it has and nothing is reported yet."""
    sent = [a.outcome for a in attempts_of(store, app.uuid) if a.kind == "acknowledgement"]
    return sent[-1] if sent else ("with_portal" if app.portal_number else "queued")


class Receipts:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, hub: Callable[[], Hub],
                 folder: SealedFolder, exports: Path | None = None) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.hub = hub
        self.folder = folder
        self.exports = exports  # where "Save PDF" puts a plain copy (the hub's exports folder)

    def service_of(self, app: Application) -> tuple[Service | None, Catalogue]:
        """The service as the application was taken (None when that catalogue no longer has it) and the
        catalogue its document names come from (the active one if its own version is gone)."""
        try:
            catalogue = self.catalogues().version(app.catalogue_version)
        except KioskError:
            catalogue = self.catalogues().active()
        try:
            return catalogue.service(app.service_code), catalogue
        except UnknownService:
            return None, catalogue

    def operator_name(self, login: str) -> str:
        """The operator's display name for paper (the citizen reads "Prajakta Deshmukh", not "op-07"); the
        login itself when the account is gone (removed since, or an application from another counter)."""
        try:
            return get_user(self.applications().store, login).display_name or login
        except KioskError:  # UserNotFound, or a store that cannot be read: the login still names them
            return login

    def make(self, app: Application, layout: str = "a4") -> ReceiptFile:
        """Build and keep the receipt PDF as the next paper copy would be: DUPLICATE once paper was printed."""
        service, catalogue = self.service_of(app)
        duplicate = paper_count(self.applications().store, app.uuid) > 0
        store = self.applications().store
        data = build_receipt_data(app, service, self.hub(), document_label=catalogue.document_label,
                                  duplicate=duplicate, operator_name=self.operator_name(app.operator),
                                  documents_added_on=last_answered_on(store, app.uuid),
                                  acknowledgement=acknowledgement_of(app, acknowledgement_outcome(store, app)))
        pdf = render_receipt(data, layout)
        kept = keep_pdf(pdf, self.folder, f"{app.receipt_number}-{layout}{'-dup' if duplicate else ''}.pdf")
        return ReceiptFile(app, pdf, kept, duplicate, layout)

    def reprint(self, key: str, layout: str = "a4") -> ReceiptFile:
        """The receipt of a saved application (receipt number or UUID); a voided one is never handed out
        again (ReceiptVoided)."""
        app = self.applications().get(key)
        if app.status == Status.VOIDED:
            raise ReceiptVoided(app.receipt_number, receipt=app.receipt_number)
        return self.make(app, layout)

    def for_paper(self, receipt: ReceiptFile, layout: str | None = None) -> ReceiptFile:
        """The copy to send to a printer now: ``receipt`` itself while no paper exists, else (a second Print
        in the same dialog, the slip after an A4 sheet) the DUPLICATE made afresh."""
        layout = layout or receipt.layout
        if layout == receipt.layout and receipt.duplicate == (paper_count(self.applications().store,
                                                                          receipt.application.uuid) > 0):
            return receipt
        return self.make(receipt.application, layout)

    def record_paper(self, receipt: ReceiptFile, destination: str, operator: str) -> int:
        """A printer took ``receipt``: the next paper copy is a DUPLICATE. Returns the paper copies before."""
        uuid = receipt.application.uuid
        return record_copy(self.applications().store, uuid, receipt.layout, destination, operator, paper=True)

    def record_saved(self, receipt: ReceiptFile, destination: str, operator: str) -> None:
        """A PDF copy was saved (kept in the trail; not paper, so it changes nothing on the next print)."""
        record_copy(self.applications().store, receipt.application.uuid, receipt.layout, destination, operator,
                    paper=False)

    def record_print(self, receipt: ReceiptFile, destination: str, operator: str) -> int:
        """Kept for callers of the earlier name: a print is paper."""
        return self.record_paper(receipt, destination, operator)

    def save_copy(self, receipt: ReceiptFile, operator: str) -> Path:
        """A plain PDF of ``receipt`` in the exports folder, under a name no earlier copy holds (never an
        "overwrite?" question). Recorded as saved, not as paper: the next print is still the original."""
        if self.exports is None:
            raise KioskError("no exports folder is configured")
        self.exports.mkdir(parents=True, exist_ok=True)
        number = receipt.application.receipt_number
        path = self.exports / f"{number}.pdf"
        copy = 1
        while path.exists():
            copy += 1
            path = self.exports / f"{number}-{copy}.pdf"
        saved = save_pdf(receipt.pdf, path)
        self.record_saved(receipt, str(saved), operator)
        return saved

    def self_declaration(self, key: str, today: date) -> ReceiptFile:
        """The self-declaration form for a saved application, kept like its receipt (issue 18); the
        ``NoSelfDeclaration`` error when its service allows none."""
        from kiosk.counter.self_declaration import NoSelfDeclaration, declaration_data
        from kiosk.receipts.self_declaration import render_self_declaration

        app = self.applications().get(key)
        service, _ = self.service_of(app)
        if service is None:
            raise NoSelfDeclaration(app.service_code, service=app.service_code)
        pdf = render_self_declaration(declaration_data(app, service, self.hub(), today))
        kept = keep_pdf(pdf, self.folder, f"{app.receipt_number}-self-declaration.pdf")
        return ReceiptFile(app, pdf, kept, False, "a4")

    def targets(self) -> PrintTargets:
        """Read on the worker pool with the receipt, so the dialog opens without touching the store."""
        store = self.applications().store
        return PrintTargets(get_setting(store, PRINTER_SETTING), get_setting(store, ESCPOS_SETTING))
