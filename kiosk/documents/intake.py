"""The one road from "something with pages" to a stored document, whatever the source.

Scan-folder files, imported files, scanner pages and camera frames all end in :func:`document_from_images`,
so there is one set of rules for size, legibility and hostile input. Nothing is stored until every page
of every file has been decoded and encoded: a bad third file leaves no trace of the first two.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.documents.compress import PHOTO_DPIS, TEXT_DPIS, ProcessedDocument, process_pages
from kiosk.documents.loading import (
    MAX_DOCUMENT_BYTES,
    MAX_PAGES,
    PageSource,
    check_document_pixels,
    open_file,
)
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
    images: Iterable[Image.Image], spec: DocumentSpec, *, original_name: str = "", dpi: float | None = None
) -> ProcessedDocument:
    """Scanner pages or camera frames (a list, or pages decoded as iterated) → one document in budget."""
    if isinstance(images, Sequence) and len(images) > MAX_PAGES:
        raise rejected("too_many_pages", limit=MAX_PAGES)
    return process_pages(
        images,
        kind=spec.kind,
        max_kb_per_page=spec.max_kb_per_page,
        dpi=dpi,
        doc_type=spec.code,
        original_name=original_name,
    )


def document_from_files(
    paths: Sequence[Path], spec: DocumentSpec, *, password: str | None = None
) -> ProcessedDocument:
    """Several files (each possibly multi-page) → one document, pages in the order given.

    Every file is checked (sizes, page counts, pixels over all of them) before the first page is decoded;
    then pages are decoded and compressed one at a time. ``password`` opens a locked PDF (e-Aadhaar) and is
    not kept anywhere."""
    if not paths:
        raise rejected("no_pages")
    sources: list[PageSource] = []
    for path in paths:
        sources.append(open_file(path, password=password, up_to_dpi=max(TEXT_DPIS[0], PHOTO_DPIS[0])))
        if sum(source.size for source in sources) > MAX_DOCUMENT_BYTES:
            raise rejected("too_big_document", limit_mb=MAX_DOCUMENT_BYTES // (1024 * 1024))
    if sum(source.count for source in sources) > MAX_PAGES:
        raise rejected("too_many_pages", limit=MAX_PAGES)
    check_document_pixels(sum(source.pixels for source in sources))
    name = paths[0].name if len(paths) == 1 else f"{paths[0].name} (+{len(paths) - 1})"
    return document_from_images(itertools.chain.from_iterable(sources), spec, original_name=name)


def save_document(doc_dir: SealedFolder, document: ProcessedDocument) -> str:
    """Store the finished bytes, sealed; the caller then records the row (see ``storage`` on orphans)."""
    return store_document(doc_dir, document.data)
