"""Attaching documents to a saved application that has not gone to the portal yet.

The file is stored (sealed) first and the row written after, in the store's own transaction with the
application's new completeness: if that fails, the file is an orphan that the start-up collection removes.
The RTS clock starts on the day the last missing group arrives (RTS Rule 6), counted in working days.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.counter.ports import OpenApplications, OpenCatalogues, Today
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import Service
from kiosk.domain.intake import DueDateCalendar, due_on, missing_groups
from kiosk.domain.payment import fee_owed
from kiosk.sealed import SealedFolder

if TYPE_CHECKING:  # the imaging stack is loaded when a document is first stored, not at start-up
    from PIL import Image

    from kiosk.documents.compress import ProcessedDocument
    from kiosk.documents.intake import DocumentSpec
    from kiosk.domain.applicant import Applicant
    from kiosk.domain.reuse import ReusableDocument


@dataclass(frozen=True)
class StoredDocument:
    """A document stored for a form not saved yet, and what the operator should look at again."""

    record: DocumentRecord
    warnings: tuple[tuple[str, int], ...] = ()  # (``document_warning`` key, 1-based page): blank, dark


@dataclass(frozen=True)
class Attached:
    application: Application  # as committed, with the new document and completeness
    sha256: str


class AttachDocuments:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues,
                 calendar: Callable[[], DueDateCalendar],
                 today: Today, documents: SealedFolder) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.calendar = calendar
        self.today = today
        self.documents = documents

    def service_of(self, app: Application) -> Service:
        """The service as the application was taken (its catalogue version, not today's)."""
        return self.catalogues().version(app.catalogue_version).service(app.service_code)

    def group_for(self, app: Application, doc_type: str) -> str | None:
        """The group of ``app``'s service that accepts ``doc_type`` (None: the service asks for none)."""
        return next((g.code for g in self.service_of(app).documents if doc_type in g.any_of), None)

    def reusable(self, applicant: Applicant, service_code: str, *, consent: bool) -> list[ReusableDocument]:
        """A returning citizen's still-valid documents for a new ``service_code`` application (issue 18);
        ReuseNeedsConsent unless the citizen agreed. Reads the store: run it on the worker pool."""
        from kiosk.counter.reuse import find_reusable

        return find_reusable(self.applications, self.catalogues, self.documents, applicant, service_code,
                             today=self.today(), consent=consent)

    def attach(self, uuid: str, records: list[DocumentRecord]) -> Application:
        """Add already stored documents; restart the RTS clock if the application is now complete.
        AlreadySent once the portal has its body (a later document would be silently lost)."""
        app = self.applications().get(uuid)
        service = self.service_of(app)
        today = self.today()
        docs = (*app.documents, *records)
        missing = missing_groups(service, docs, app.applicant.age_on(today))
        # complete = every document in AND the fee received (Rule 6): a pending fee keeps holding the clock
        completed = app.completed_on or (today if not missing and not fee_owed(app.extra, app.total_paise) else None)
        due = due_on(service, completed, self.calendar())
        return self.applications().add_documents(uuid, list(records), missing_groups=missing,
                                               completed_on=completed, due_date=due)

    def store_files(self, paths: list[Path], spec: DocumentSpec, group: str, doc_type: str, *,
                    password: str | None = None) -> StoredDocument:
        """Compress scans or files into one stored (sealed) document for a form not saved yet: the record is
        saved with the application; until then the draft names it so the orphan sweep keeps it.
        ``password`` opens a locked PDF (e-Aadhaar) for this call only; it is not kept."""
        from kiosk.documents.intake import document_from_files, save_document
        from kiosk.documents.mapping import to_document_record

        document = document_from_files(paths, spec, password=password)
        save_document(self.documents, document)
        return StoredDocument(to_document_record(document, group, doc_type),
                              tuple((w.key, w.page) for w in document.warnings))

    def store_photos(self, pages: list[Image.Image], name: str, spec: DocumentSpec, group: str,
                     doc_type: str) -> StoredDocument:
        """As :meth:`store_files`, for camera photos."""
        from kiosk.documents.intake import document_from_images, save_document
        from kiosk.documents.mapping import to_document_record

        document = document_from_images(pages, spec, original_name=name)
        save_document(self.documents, document)
        return StoredDocument(to_document_record(document, group, doc_type),
                              tuple((w.key, w.page) for w in document.warnings))

    def store_and_attach(self, app: Application, document: ProcessedDocument, group: str) -> Attached:
        """Store a compressed document (sealed), then attach it to ``app`` as one of ``group``."""
        from kiosk.documents.intake import save_document
        from kiosk.documents.mapping import to_document_record

        self.applications().store.require_writable()
        sha = save_document(self.documents, document)
        return Attached(self.attach(app.uuid, [to_document_record(document, group)]), sha)
