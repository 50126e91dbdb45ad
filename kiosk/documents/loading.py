"""Opening files the kiosk did not make: every input is hostile until it has been fully decoded.

The checks run cheapest first — size on disk, magic bytes against the file name, pixel count from the
header — so a decompression bomb is refused before a single pixel is decoded, and a truncated file is
caught while decoding (Pillow's ``LOAD_TRUNCATED_IMAGES`` stays off). Nothing here writes anything: a
refusal can never leave half a document behind.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, ImageSequence

from kiosk.documents.cleanup import declared_dpi
from kiosk.documents.reasons import rejected

MAX_FILE_BYTES = 40 * 1024 * 1024
# 600 dpi A4 is ~35 MP; anything past 60 MP is not a document scan but an attack or a mistake.
MAX_PIXELS = 60_000_000
MIN_SIDE = 64
MAX_PAGES = 30
PDF_RENDER_DPI = 200

# magic bytes → (kind, extensions that may carry it)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"%PDF-", "pdf"),
    (b"BM", "bmp"),
    (b"GIF8", "gif"),
)
_EXTENSIONS = {
    "jpeg": {"jpg", "jpeg", "jpe", "jfif"},
    "png": {"png"},
    "tiff": {"tif", "tiff"},
    "pdf": {"pdf"},
    "bmp": {"bmp"},
    "webp": {"webp"},
    "gif": {"gif"},
}
_KNOWN_EXTENSIONS = set().union(*_EXTENSIONS.values())
ACCEPTED_KINDS = ("jpeg", "png", "tiff", "pdf", "webp", "bmp")

ImageFile.LOAD_TRUNCATED_IMAGES = False
# Pillow's own guard (warning at N, error at 2N); ours below is stricter and clearer.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class LoadedPages:
    """The decoded pages of one file and what it turned out to be."""

    pages: list[Image.Image]
    kind: str
    original_name: str
    dpi: float | None  # from the file, when it says


def sniff_kind(data: bytes) -> str | None:
    """What the bytes are, by their magic number (the name is only a claim)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def load_file(path: Path) -> LoadedPages:
    """Read ``path`` (size-checked before reading) and decode it with :func:`load_bytes`."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise rejected("too_big_file", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise rejected("unreadable_file", error=exc.strerror or type(exc).__name__) from exc
    return load_bytes(data, path.name)


def load_bytes(data: bytes, name: str = "") -> LoadedPages:
    """Decode every page of an image or PDF file, or raise ``DocumentRejected`` saying why."""
    if not data:
        raise rejected("empty")
    if len(data) > MAX_FILE_BYTES:
        raise rejected("too_big_file", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    kind = sniff_kind(data)
    if kind is None or kind not in ACCEPTED_KINDS:
        raise rejected("not_an_image")
    extension = Path(name).suffix.lower().lstrip(".")
    if extension in _KNOWN_EXTENSIONS and extension not in _EXTENSIONS[kind]:
        raise rejected("name_mismatch", extension=extension, actual=kind.upper())
    if kind == "pdf":
        pages = list(_render_pdf(data))
        return LoadedPages(pages, kind, name, float(PDF_RENDER_DPI))
    pages, dpi = _decode_image(data)
    return LoadedPages(pages, kind, name, dpi)


def _check_dimensions(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise rejected("too_many_pixels", width=width, height=height)
    if min(width, height) < MIN_SIDE:
        raise rejected("too_small", width=width, height=height)


def _decode_image(data: bytes) -> tuple[list[Image.Image], float | None]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            _check_dimensions(*image.size)
            dpi = declared_dpi(image)
            pages: list[Image.Image] = []
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= MAX_PAGES:
                    raise rejected("too_many_pages", limit=MAX_PAGES)
                _check_dimensions(*frame.size)
                frame.load()
                # EXIF orientation belongs to the pixels, not the file: apply it before anything else.
                pages.append(ImageOps.exif_transpose(frame.copy()))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise rejected("too_many_pixels", width="?", height="?") from exc
    except (OSError, SyntaxError, ValueError, EOFError, Image.UnidentifiedImageError) as exc:
        # Pillow reports truncation and corrupt streams as OSError/SyntaxError/ValueError.
        raise rejected("truncated") from exc
    return pages, dpi


def _render_pdf(data: bytes) -> Iterator[Image.Image]:
    """Rasterise a PDF's pages (scanners often save PDF); re-encoding also drops any active content."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise rejected("pdf_unreadable") from exc
    try:
        if len(pdf) == 0:
            raise rejected("no_pages")
        if len(pdf) > MAX_PAGES:
            raise rejected("too_many_pages", limit=MAX_PAGES)
        for page in pdf:
            width_pt, height_pt = page.get_size()
            scale = PDF_RENDER_DPI / 72
            _check_dimensions(int(width_pt * scale), int(height_pt * scale))
            bitmap = page.render(scale=scale)
            rendered = bitmap.to_pil().convert("RGB")
            rendered.info["dpi"] = (PDF_RENDER_DPI, PDF_RENDER_DPI)
            yield rendered
    except pdfium.PdfiumError as exc:
        raise rejected("pdf_unreadable") from exc
    finally:
        pdf.close()
