"""Pages → one upload-ready document inside the catalogue's per-page size budget.

The portal caps each document (typically 300 KB a page), so size is tuned, but legibility has floors:
text never drops below 150 dpi or JPEG quality 40. The ladder tries the highest resolution first and,
at each, the highest JPEG quality that fits; a text page that still does not fit goes bitonal (1 bit per
pixel at 200 dpi, zlib-packed), which is how fax-grade text stays readable at a few tens of KB. Only if
that fails too is the document refused — a budget is never met by handing the officer a blur.

Output: a ``photo`` document of one page is a JPEG; everything else is one PDF (text documents always,
so the operator sees one kind of file per kind of document).
"""

from __future__ import annotations

import functools
import hashlib
import io
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PIL import Image

from kiosk.documents.cleanup import prepare_page, to_bitonal
from kiosk.documents.pdf import PdfImage, write_pdf
from kiosk.documents.reasons import rejected

TEXT_DPIS = (200, 175, 150)
PHOTO_DPIS = (200, 150, 120)
MAX_QUALITY = 85
MIN_QUALITY = {"text": 40, "photo": 35}
BITONAL_DPI = 200


@dataclass(frozen=True)
class EncodedPage:
    data: bytes
    width: int
    height: int
    dpi: int
    encoding: str  # "jpeg" or "bitonal"
    colour: bool
    quality: int | None


@dataclass(frozen=True)
class ProcessedDocument:
    """A document ready to store and upload; ``sha256`` names it in storage and in the database."""

    data: bytes
    mime: str
    pages: tuple[EncodedPage, ...]
    doc_type: str = ""
    original_name: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size_bytes(self) -> int:
        return len(self.data)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def extension(self) -> str:
        return "jpg" if self.mime == "image/jpeg" else "pdf"


def _jpeg(image: Image.Image, quality: int, dpi: int, *, optimize: bool = False) -> bytes:
    out = io.BytesIO()
    # No EXIF, no ICC: nothing about the citizen's phone travels with the document.
    image.save(out, "JPEG", quality=quality, optimize=optimize, dpi=(dpi, dpi),
               subsampling=2 if image.mode == "RGB" else 0)
    return out.getvalue()


def _jpeg_at(image: Image.Image, dpi: int, quality: int) -> bytes:
    return _jpeg(image, quality, dpi)


def _best_quality(encode: Callable[[int], bytes], lowest: int, budget: int) -> tuple[int, bytes] | None:
    """Highest JPEG quality in [lowest, MAX_QUALITY] (to within 2) whose output fits; size grows with q."""
    top = encode(MAX_QUALITY)
    if len(top) <= budget:
        return MAX_QUALITY, top
    floor = encode(lowest)
    if len(floor) > budget:
        return None
    # Bisection over qualities two apart: adjacent qualities differ by ~1 % in size, not worth an encode.
    candidates = list(range(lowest + 2, MAX_QUALITY, 2))
    good_q, good = lowest, floor
    lo, hi = 0, len(candidates) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        data = encode(candidates[mid])
        if len(data) <= budget:
            good_q, good, lo = candidates[mid], data, mid + 1
        else:
            hi = mid - 1
    return good_q, good


def encode_page(
    image: Image.Image, *, kind: str, dpi: float | None, budget_bytes: int
) -> EncodedPage:
    """One cleaned page inside ``budget_bytes``, or ``DocumentRejected('over_budget')``."""
    colour = kind == "photo"
    dpis = PHOTO_DPIS if colour else TEXT_DPIS
    page = prepare_page(image, colour=colour, dpi=dpi, target_dpi=dpis[0], deskew=not colour)
    for dpi in dpis:
        scaled = page if dpi == dpis[0] else page.resize(
            (max(1, round(page.width * dpi / dpis[0])), max(1, round(page.height * dpi / dpis[0]))),
            Image.Resampling.LANCZOS,
        )
        # The search uses plain Huffman tables (fast); the kept page is re-encoded with optimised tables,
        # which only ever makes it smaller, so it still fits.
        found = _best_quality(functools.partial(_jpeg_at, scaled, dpi), MIN_QUALITY[kind], budget_bytes)
        if found:
            quality, _ = found
            data = _jpeg(scaled, quality, dpi, optimize=True)
            return EncodedPage(data, scaled.width, scaled.height, dpi, "jpeg", colour, quality)
    if not colour:
        bitonal = to_bitonal(page)
        packed = zlib.compress(bitonal.tobytes(), 9)
        if len(packed) <= budget_bytes:
            return EncodedPage(packed, bitonal.width, bitonal.height, BITONAL_DPI, "bitonal", False, None)
    raise rejected("over_budget", limit_kb=budget_bytes // 1024)


def process_pages(
    images: Iterable[Image.Image],
    *,
    kind: str = "text",
    max_kb_per_page: int = 300,
    dpi: float | None = None,
    doc_type: str = "",
    original_name: str = "",
) -> ProcessedDocument:
    """Scanned pages, imported files or camera frames → one :class:`ProcessedDocument`.

    ``images`` may be a lazy iterable (a :class:`~kiosk.documents.loading.PageSource`): only the encoded
    pages are kept. ``kind`` and ``max_kb_per_page`` come from the catalogue's ``DocumentType``. Each image's own
    ``info['dpi']`` gives its scale unless ``dpi`` overrides it (a camera frame states none). The PDF wrapper costs
    ~1 KB a page, which is taken out of each page's budget so the whole file keeps the promise.
    """
    if kind not in ("text", "photo"):
        kind = "text"
    budget = max_kb_per_page * 1024
    page_budget = budget - 1536
    # One page at a time: each is encoded (and its pixels dropped) before the next is decoded.
    encoded = tuple(
        encode_page(image, kind=kind, dpi=dpi, budget_bytes=page_budget) for image in images
    )
    if not encoded:
        raise rejected("no_pages")
    if kind == "photo" and len(encoded) == 1:
        return ProcessedDocument(encoded[0].data, "image/jpeg", encoded, doc_type, original_name)
    pdf_pages = [
        PdfImage(
            data=p.data,
            width=p.width,
            height=p.height,
            dpi=float(p.dpi),
            filter="DCTDecode" if p.encoding == "jpeg" else "FlateDecode",
            colorspace="DeviceRGB" if p.colour else "DeviceGray",
            bits=8 if p.encoding == "jpeg" else 1,
        )
        for p in encoded
    ]
    return ProcessedDocument(write_pdf(pdf_pages), "application/pdf", encoded, doc_type, original_name)
