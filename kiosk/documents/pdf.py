"""A minimal PDF writer that embeds already-compressed page images byte for byte.

Why not Pillow's or reportlab's PDF output: Pillow re-encodes the JPEG we just sized to the budget and
both stamp a creation date, so the same scan would hash differently every time. Content-addressed storage
wants the same pages to give the same bytes; this writer is deterministic and adds ~1 KB a page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PdfImage:
    """One page: an encoded image stream drawn to fill a page of its physical size."""

    data: bytes
    width: int
    height: int
    dpi: float
    filter: str  # "DCTDecode" (JPEG) or "FlateDecode" (zlib of packed rows)
    colorspace: str  # "DeviceGray" or "DeviceRGB"
    bits: int = 8


def write_pdf(pages: list[PdfImage]) -> bytes:
    """A PDF 1.4 file with one full-page image per page, in order."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree's number is known
    tree = add(b"")
    kids: list[int] = []
    for page in pages:
        width_pt = page.width * 72.0 / page.dpi
        height_pt = page.height * 72.0 / page.dpi
        image = add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
            b"/BitsPerComponent %d /Filter /%s /Length %d >>\nstream\n"
            % (page.width, page.height, page.colorspace.encode(), page.bits, page.filter.encode(), len(page.data))
            + page.data
            + b"\nendstream"
        )
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (width_pt, height_pt)
        content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (tree, width_pt, height_pt, content, image)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)
