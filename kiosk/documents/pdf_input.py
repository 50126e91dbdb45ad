"""PDFs the kiosk did not make: bounded before PDFium sees them, rendered one page at a time.

Why a pre-scan: PDFium inflates a whole content stream into memory before drawing it, so a 3 MB file
holding a 3 GB deflated stream cost 4.3 GB and came out as a blank page. :func:`check_inflated_sizes`
inflates every Flate stream of the raw file in 1 MB steps, keeping nothing, and refuses the file once one
stream or all of them together pass a limit — a few seconds at most, a few MB of memory. Streams that are
not zlib (JPEG, JBIG2, CCITT, or an encrypted file's streams) fail at their first bytes and cost nothing;
see the issue note for what an encrypted file's streams are not checked for.

Why sizes first: every page's size is read before any page is drawn, so a 30-page file of 60 MP pages is
refused from its page table, not after rendering 1.8 billion pixels. Pages are then rendered one at a time
(the caller compresses each before asking for the next), at 200 dpi or less: a page whose 200-dpi render
would pass ``MAX_RENDER_PIXELS`` is drawn at a lower resolution, since nothing past A3 at 200 dpi reaches
the portal anyway.

UIDAI's e-Aadhaar PDF is password-protected (the first four letters of the name in capitals and the year
of birth): the password is asked for, used for this one opening and never kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

from kiosk.documents.reasons import rejected

PDF_RENDER_DPI = 200
MAX_RENDER_PIXELS = 16_000_000  # A3 at 200 dpi is 7.8 MP; twice that is generous for any paper form
MAX_STREAM_INFLATED = 256 * 1024 * 1024  # one stream (a 60 MP RGB image is 180 MB)
MAX_PDF_INFLATED = 768 * 1024 * 1024  # all streams of one file together
_STEP = 1024 * 1024
_STREAM_START = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def check_inflated_sizes(data: bytes) -> None:
    """Refuse a PDF whose Flate streams inflate past the limits, without keeping any inflated byte."""
    total = 0
    view = memoryview(data)
    for match in _STREAM_START.finditer(data):
        total += _inflated_size(view, match.end(), MAX_PDF_INFLATED - total)
        if total > MAX_PDF_INFLATED:
            raise rejected("pdf_inflates_too_much", limit_mb=MAX_PDF_INFLATED // (1024 * 1024))


def _inflated_size(view: memoryview, start: int, room: int) -> int:
    """Bytes one zlib stream starting at ``start`` inflates to (0 if it is not zlib), stopping past the limits."""
    inflater = zlib.decompressobj()
    size, position = 0, start
    limit = min(room, MAX_STREAM_INFLATED)
    try:
        while position < len(view) and not inflater.eof:
            piece = inflater.decompress(view[position:position + 64 * 1024], _STEP)
            position += 64 * 1024
            size += len(piece)
            while inflater.unconsumed_tail and size <= limit:  # a bomb: keep inflating the same input
                size += len(inflater.decompress(inflater.unconsumed_tail, _STEP))
            if size > limit:
                raise rejected("pdf_inflates_too_much", limit_mb=limit // (1024 * 1024))
    except zlib.error:
        pass  # not Flate, or the end of the stream's data: what was inflated so far counts
    return size


@dataclass
class PdfPages:
    """An opened PDF: its page count and sizes are known; pages are drawn by :meth:`render` on demand."""

    document: object  # pypdfium2.PdfDocument (imported lazily: start-up does not load PDFium)
    sizes: list[tuple[int, int]]  # pixels of each page as it will be rendered
    scales: list[float]

    @property
    def pixels(self) -> int:
        return sum(w * h for w, h in self.sizes)

    def render(self) -> Iterator[Image.Image]:
        """Each page in turn; the previous one is the caller's to drop."""
        import pypdfium2 as pdfium

        pdf = self.document
        assert isinstance(pdf, pdfium.PdfDocument)
        try:
            for index, scale in enumerate(self.scales):
                page = pdf[index]
                try:
                    rendered = page.render(scale=scale).to_pil().convert("RGB")
                finally:
                    page.close()
                dpi = round(72 * scale)
                rendered.info["dpi"] = (dpi, dpi)
                yield rendered
        except pdfium.PdfiumError as exc:
            raise rejected("pdf_unreadable") from exc
        finally:
            pdf.close()


def open_pdf(data: bytes, *, password: str | None = None, max_pages: int) -> PdfPages:
    """Check and open a PDF; ``DocumentRejected`` says why not (a password is needed or wrong, too big…)."""
    import pypdfium2 as pdfium

    check_inflated_sizes(data)
    try:
        pdf = pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise rejected("pdf_password_wrong" if password else "pdf_password_needed") from exc
        raise rejected("pdf_unreadable") from exc
    try:
        count = len(pdf)
        if count == 0:
            raise rejected("no_pages")
        if count > max_pages:
            raise rejected("too_many_pages", limit=max_pages)
        sizes, scales = [], []
        for index in range(count):
            width_pt, height_pt = pdf.get_page_size(index)
            scale = PDF_RENDER_DPI / 72
            area = width_pt * height_pt * scale * scale
            if area > MAX_RENDER_PIXELS:
                scale *= (MAX_RENDER_PIXELS / area) ** 0.5
            sizes.append((max(1, int(width_pt * scale)), max(1, int(height_pt * scale))))
            scales.append(scale)
    except BaseException:
        pdf.close()
        raise
    return PdfPages(pdf, sizes, scales)
