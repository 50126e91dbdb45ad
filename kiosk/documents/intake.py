"""The one road from "something with pages" to a stored document, whatever the source.

Scan-folder files, imported files, scanner pages and camera frames all end in :func:`document_from_images`,
so there is one set of rules for size, legibility and hostile input. Nothing is stored until every page
of every file has been decoded and encoded: a bad third file leaves no trace of the first two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.documents.compress import ProcessedDocument, process_pages
from kiosk.documents.loading import MAX_PAGES, load_file
from kiosk.documents.reasons import rejected
from kiosk.documents.storage import store_document
from kiosk.sealed import SealedFolder


@dataclass(frozen=True)
class DocumentSpec:
    """What the catalogue says about a document type (mirrors ``kiosk.domain.catalogue.DocumentType``)."""

    code: str = ""
    kind: str = "text"
    max_kb_per_page: int = 300

    @classmethod
    def of(cls, document_type: object) -> DocumentSpec:
        """From a catalogue ``DocumentType`` (duck-typed so this package needs no catalogue instance)."""
        return cls(
            code=str(getattr(document_type, "code", "")),
            kind=str(getattr(document_type, "kind", "text")),
            max_kb_per_page=int(getattr(document_type, "max_kb_per_page", 300)),
        )


def document_from_images(
    images: Sequence[Image.Image], spec: DocumentSpec, *, original_name: str = "", dpi: float | None = None
) -> ProcessedDocument:
    """Scanner pages or camera frames → one document within the type's budget."""
    if len(images) > MAX_PAGES:
        raise rejected("too_many_pages", limit=MAX_PAGES)
    return process_pages(
        list(images),
        kind=spec.kind,
        max_kb_per_page=spec.max_kb_per_page,
        dpi=dpi,
        doc_type=spec.code,
        original_name=original_name,
    )


def document_from_files(paths: Sequence[Path], spec: DocumentSpec) -> ProcessedDocument:
    """Several files (each possibly multi-page) → one document, pages in the order given."""
    if not paths:
        raise rejected("no_pages")
    pages: list[Image.Image] = []
    for path in paths:
        pages.extend(load_file(path).pages)
        if len(pages) > MAX_PAGES:
            raise rejected("too_many_pages", limit=MAX_PAGES)
    name = paths[0].name if len(paths) == 1 else f"{paths[0].name} (+{len(paths) - 1})"
    return document_from_images(pages, spec, original_name=name)


def save_document(doc_dir: SealedFolder, document: ProcessedDocument) -> str:
    """Store the finished bytes, sealed; the caller then records the row (see ``storage`` on orphans)."""
    return store_document(doc_dir, document.data)
