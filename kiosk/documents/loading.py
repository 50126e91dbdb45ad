"""Opening files the kiosk did not make: every input is hostile until it has been fully decoded.

The checks run cheapest first — bytes read up to the size limit and no further (``/dev/zero`` is refused
after 40 MB, not read for ever), magic bytes against the file name, then every page's pixel count from the
headers or the PDF's page table — so a decompression bomb is refused before a single pixel is decoded, and
a truncated file is caught while decoding (Pillow's ``LOAD_TRUNCATED_IMAGES`` stays off).

Limits hold for the whole document, not just one page: ``MAX_DOCUMENT_PIXELS`` over all pages of all its
files, counted before the first page is decoded. Pages are then decoded one at a time (:class:`PageSource`
is an iterable, not a list), so the caller compresses a page before the next exists and memory stays
that of one page. Nothing here writes anything: a refusal can never leave half a document behind.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, ImageSequence

from kiosk.documents.cleanup import A4_LONG_INCHES, declared_dpi
from kiosk.documents.pdf_input import PDF_RENDER_DPI, open_pdf
from kiosk.documents.reasons import rejected
from kiosk.domain.errors import DocumentRejected

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_DOCUMENT_BYTES = 80 * 1024 * 1024  # all files of one document together (each is held until encoded)
# 600 dpi A4 is ~35 MP; anything past 60 MP is not a document scan but an attack or a mistake.
MAX_PIXELS = 60_000_000
MIN_SIDE = 64
MAX_PAGES = 30
# All pages of one document together: 30 A4 pages at 200 dpi are 117 MP, 22 at 300 dpi are 190 MP.
MAX_DOCUMENT_PIXELS = 200_000_000

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
    """The decoded pages of one file and what it turned out to be (for callers that want them all)."""

    pages: list[Image.Image]
    kind: str
    original_name: str
    dpi: float | None  # from the file, when it says


@dataclass(frozen=True)
class PageSource:
    """One checked file whose pages are decoded as they are iterated (once)."""

    kind: str
    original_name: str
    dpi: float | None
    count: int
    pixels: int
    size: int  # bytes of the file
    pages: Callable[[], Iterator[Image.Image]]

    def __iter__(self) -> Iterator[Image.Image]:
        return self.pages()


def sniff_kind(data: bytes) -> str | None:
    """What the bytes are, by their magic number (the name is only a claim)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def read_capped(path: Path) -> bytes:
    """The file's bytes, reading one byte past the limit at most (a device or a pipe has no size)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise rejected("unreadable_file", error=exc.strerror or type(exc).__name__) from exc
    if len(data) > MAX_FILE_BYTES:
        raise rejected("too_big_file", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    return data


def open_file(path: Path, *, password: str | None = None, up_to_dpi: float | None = None) -> PageSource:
    """Check ``path`` (size-capped, header-checked) and return its pages, decoded as iterated."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise rejected("too_big_file", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    except OSError as exc:
        raise rejected("unreadable_file", error=exc.strerror or type(exc).__name__) from exc
    return open_bytes(read_capped(path), path.name, password=password, up_to_dpi=up_to_dpi)


def open_bytes(data: bytes, name: str = "", *, password: str | None = None,
               up_to_dpi: float | None = None) -> PageSource:
    """Check an image or PDF file's bytes; ``DocumentRejected`` says why it cannot be a document.

    ``up_to_dpi``: the caller keeps no more than this resolution (compression), so a JPEG is decoded at
    1/2, 1/4 or 1/8 scale when that still gives at least this many dpi — a 59 MP 600-dpi scan then costs
    a quarter of its memory (libjpeg's DCT scaling, Pillow's ``draft``)."""
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
        pdf = open_pdf(data, password=password, max_pages=MAX_PAGES)
        for width, height in pdf.sizes:
            _check_dimensions(width, height)
        source = PageSource(kind, name, float(PDF_RENDER_DPI), len(pdf.sizes), pdf.pixels, len(data),
                            pdf.render)
    else:
        source = _image_source(data, kind, name, up_to_dpi)
    check_document_pixels(source.pixels)
    return source


def check_document_pixels(pixels: int) -> None:
    """All pages of a document together stay within ``MAX_DOCUMENT_PIXELS``."""
    if pixels > MAX_DOCUMENT_PIXELS:
        raise rejected("too_many_pixels_total", megapixels=pixels // 1_000_000,
                       limit_mp=MAX_DOCUMENT_PIXELS // 1_000_000)


def load_file(path: Path, *, password: str | None = None) -> LoadedPages:
    """Every page of ``path`` decoded at once (a QR read, a thumbnail's first page): see :func:`open_file`."""
    source = open_file(path, password=password)
    return LoadedPages(list(source), source.kind, source.original_name, source.dpi)


def load_bytes(data: bytes, name: str = "", *, password: str | None = None) -> LoadedPages:
    """Every page of a file's bytes decoded at once, or ``DocumentRejected`` saying why."""
    source = open_bytes(data, name, password=password)
    return LoadedPages(list(source), source.kind, source.original_name, source.dpi)


def _check_dimensions(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise rejected("too_many_pixels", width=width, height=height)
    if min(width, height) < MIN_SIDE:
        raise rejected("too_small", width=width, height=height)


def _bomb_refusal(exc: Exception) -> DocumentRejected:
    # Pillow's own guard fires before a size is known to us: say the limit, never "?×? pixels".
    error = rejected("too_many_pixels_limit", limit_mp=MAX_PIXELS // 1_000_000)
    error.__cause__ = exc
    return error


def _image_source(data: bytes, kind: str, name: str, up_to_dpi: float | None) -> PageSource:
    """Every frame's size from its header (TIFF pages are seeked, not decoded), then frames on demand."""
    try:
        with warnings.catch_warnings():
            # Past Pillow's warning level our own check below refuses the frame, naming its size.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            dpi = declared_dpi(image)
            pixels = count = 0
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= MAX_PAGES:
                    raise rejected("too_many_pages", limit=MAX_PAGES)
                _check_dimensions(*frame.size)
                pixels += frame.size[0] * frame.size[1]
                count += 1
    except Image.DecompressionBombError as exc:
        raise _bomb_refusal(exc) from exc
    except (OSError, SyntaxError, ValueError, EOFError, Image.UnidentifiedImageError) as exc:
        raise rejected("truncated") from exc

    def pages() -> Iterator[Image.Image]:
        for index in range(count):
            if up_to_dpi and kind == "jpeg" and count == 1:
                _draft(image, dpi, up_to_dpi)
            yield _decode_frame(image, index, alone=count == 1)

    return PageSource(kind, name, dpi, count, pixels, len(data), pages)


def _decode_frame(image: Image.Image, index: int, *, alone: bool) -> Image.Image:
    """Frame ``index`` decoded, EXIF orientation applied (it belongs to the pixels, not the file)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # sizes checked already
            image.seek(index)
            image.load()
            # A single frame is handed over as is (no second copy of a big page); seeking reuses a
            # multi-frame file's buffer, so its frames are copied out.
            page = image if alone else image.copy()
            ImageOps.exif_transpose(page, in_place=True)
            return page
    except Image.DecompressionBombError as exc:
        raise _bomb_refusal(exc) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        # Pillow reports truncation and corrupt streams as OSError/SyntaxError/ValueError.
        raise rejected("truncated") from exc


def _draft(image: Image.Image, dpi: float | None, up_to_dpi: float) -> None:
    """Ask libjpeg for a smaller decode that still has ``up_to_dpi``; the stated dpi follows the scale."""
    source = dpi or max(image.size) / A4_LONG_INCHES  # a phone photo: the long side spans an A4 page
    if source < 2 * up_to_dpi:
        return
    wanted = (max(1, int(image.width * up_to_dpi / source)), max(1, int(image.height * up_to_dpi / source)))
    before = image.width
    image.draft(image.mode, wanted)
    if dpi and image.width != before:
        scaled = dpi * image.width / before
        image.info["dpi"] = (scaled, scaled)
