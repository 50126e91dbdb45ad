"""Pages → one upload-ready document inside the catalogue's per-page size budget.

The portal caps each document (typically 300 KB a page), so size is tuned, but legibility has floors:
text never drops below 150 dpi or JPEG quality 40. The ladder tries the highest resolution first and,
at each, the highest JPEG quality that fits; a text page that still does not fit goes bitonal (1 bit per
pixel at 200 dpi, zlib-packed), which is how fax-grade text stays readable at a few tens of KB. Only if
that fails too is the document refused — a budget is never met by handing the officer a blur.

A photo that does not fit at 120 dpi (a 12 MP phone picture for a 100 KB passport-photo slot) is made
smaller in pixels rather than refused: long sides of ``PHOTO_SIDES`` in turn, the last still larger than a
35×45 mm passport photo at 300 dpi (413×531).

Each page is also looked at: a blank or all-black page (the lid left open, the wrong side scanned) is
accepted but carries a warning the CLI and the window show.

Output: a ``photo`` document of one page is a JPEG; everything else is one PDF (text documents always,
so the operator sees one kind of file per kind of document).
"""

from __future__ import annotations

import functools
import hashlib
import io
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from PIL import Image, ImageStat

from kiosk.documents.cleanup import prepare_page, to_bitonal
from kiosk.documents.pdf import PdfImage, write_pdf
from kiosk.documents.reasons import rejected

TEXT_DPIS = (200, 175, 150)
PHOTO_DPIS = (200, 150, 120)
MAX_QUALITY = 85
MIN_QUALITY = {"text": 40, "photo": 35}
BITONAL_DPI = 200
PHOTO_SIDES = (1200, 900, 640)  # pixels of the long side, tried after PHOTO_DPIS; 640 > 531 (passport)
BLANK_SPREAD = 6.0  # standard deviation of grey levels below which a light page holds nothing
DARK_MEAN = 40.0  # mean grey level below which a page is (almost) all black


@dataclass(frozen=True)
class EncodedPage:
    data: bytes
    width: int
    height: int
    dpi: int
    encoding: str  # "jpeg" or "bitonal"
    colour: bool
    quality: int | None
    looks: str = ""  # "blank" or "dark" when the page seems to hold nothing: the operator is warned


@dataclass(frozen=True)
class PageWarning:
    key: str  # "blank" or "dark" (worded by ``document_warning.<key>``)
    page: int  # 1-based


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
    def warnings(self) -> tuple[PageWarning, ...]:
        return tuple(PageWarning(p.looks, n) for n, p in enumerate(self.pages, start=1) if p.looks)

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


def looks_empty(page: Image.Image) -> str:
    """"blank" for a page with nothing on it, "dark" for an (almost) all-black one, else ""."""
    small = page.convert("L").resize((64, 64), Image.Resampling.BOX) if max(page.size) > 64 else page.convert("L")
    stat = ImageStat.Stat(small)
    mean, spread = stat.mean[0], stat.stddev[0]
    if mean < DARK_MEAN:
        return "dark"
    if spread < BLANK_SPREAD and mean > 2 * DARK_MEAN:
        return "blank"
    return ""


def _smaller_photo(page: Image.Image, budget_bytes: int) -> EncodedPage | None:
    """A photo in fewer pixels (long side ``PHOTO_SIDES``), best quality that fits; None if none does."""
    for side in PHOTO_SIDES:
        if max(page.size) <= side:
            continue
        factor = side / max(page.size)
        smaller = page.resize((max(1, round(page.width * factor)), max(1, round(page.height * factor))),
                              Image.Resampling.LANCZOS)
        dpi = max(1, round(PHOTO_DPIS[0] * factor))  # the page was prepared at PHOTO_DPIS[0]; same paper size
        found = _best_quality(functools.partial(_jpeg_at, smaller, dpi), MIN_QUALITY["photo"], budget_bytes)
        if found:
            data = _jpeg(smaller, found[0], dpi, optimize=True)
            return EncodedPage(data, smaller.width, smaller.height, dpi, "jpeg", True, found[0])
    return None


def encode_page(
    image: Image.Image, *, kind: str, dpi: float | None, budget_bytes: int
) -> EncodedPage:
    """One cleaned page inside ``budget_bytes``, or ``DocumentRejected('over_budget')``."""
    colour = kind == "photo"
    dpis = PHOTO_DPIS if colour else TEXT_DPIS
    page = prepare_page(image, colour=colour, dpi=dpi, target_dpi=dpis[0], deskew=not colour)
    looks = looks_empty(page)
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
            return EncodedPage(data, scaled.width, scaled.height, dpi, "jpeg", colour, quality, looks)
    if colour:
        smaller = _smaller_photo(page, budget_bytes)
        if smaller is not None:
            return replace(smaller, looks=looks)
    else:
        bitonal = to_bitonal(page)
        packed = zlib.compress(bitonal.tobytes(), 9)
        if len(packed) <= budget_bytes:
            return EncodedPage(packed, bitonal.width, bitonal.height, BITONAL_DPI, "bitonal", False, None, looks)
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
