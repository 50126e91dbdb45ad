"""The citizen's acknowledgement receipt: built from what was committed, kept in the receipts folder before
any printer is tried (a jammed printer costs nothing), and each print recorded so a reprint says DUPLICATE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.counter.ports import OpenApplications, OpenCatalogues
from kiosk.counter.settings import ESCPOS_SETTING, PRINTER_SETTING
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.errors import KioskError, ReceiptVoided, UnknownService
from kiosk.domain.status import Status
from kiosk.receipts import build_receipt_data, keep_pdf, render_receipt, save_pdf
from kiosk.sealed import SealedFolder
from kiosk.store.hub import Hub, get_setting


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

    def make(self, app: Application, layout: str = "a4") -> ReceiptFile:
        """Build and keep the receipt PDF; DUPLICATE once a copy has been printed."""
        service, catalogue = self.service_of(app)
        duplicate = self.applications().print_count(app.uuid) > 0
        data = build_receipt_data(app, service, self.hub(), document_label=catalogue.document_label,
                                  duplicate=duplicate)
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

    def record_print(self, receipt: ReceiptFile, destination: str, operator: str) -> int:
        uuid = receipt.application.uuid
        return self.applications().record_print(uuid, receipt.layout, destination, operator)

    def save_copy(self, receipt: ReceiptFile, operator: str) -> Path:
        """A plain PDF of ``receipt`` in the exports folder, under a name no earlier copy holds (never an
        "overwrite?" question), recorded like a print (the next copy says DUPLICATE)."""
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
        self.record_print(receipt, str(saved), operator)
        return saved

    def targets(self) -> PrintTargets:
        """Read on the worker pool with the receipt, so the dialog opens without touching the store."""
        store = self.applications().store
        return PrintTargets(get_setting(store, PRINTER_SETTING), get_setting(store, ESCPOS_SETTING))
