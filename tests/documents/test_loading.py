"""Hostile and ordinary files at the door: each refusal says why, and accepted files decode fully."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from docsynth import jpeg
from PIL import Image

from kiosk.documents.loading import MAX_FILE_BYTES, MAX_PAGES, load_bytes, load_file, sniff_kind
from kiosk.documents.pdf import PdfImage, write_pdf
from kiosk.domain.errors import DocumentRejected


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` (a decompression bomb's calling card)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(
        b"IEND", b"")


def _image_bytes(fmt: str, size: tuple[int, int] = (400, 300), mode: str = "L", **params: object) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, 200).save(out, fmt, **params)
    return out.getvalue()


def _reason(excinfo: pytest.ExceptionInfo[DocumentRejected]) -> str:
    error = excinfo.value
    assert error.params["detail_en"] and error.params["detail_mr"]  # every refusal speaks both languages
    return str(error.params["reason"])


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "scan.jpg", "empty"),
        (_png_header_only(100_000, 100_000), "bomb.png", "too_many_pixels_limit"),  # Pillow's guard first
        (_png_header_only(9000, 9000), "big.png", "too_many_pixels"),
        (b"%PDF-1.7\n1 0 obj << >> endobj\n", "aadhaar.jpg", "name_mismatch"),
        (_image_bytes("PNG"), "photo.jpg", "name_mismatch"),
        (b"Hello, this is a text file\n" * 10, "notes.jpg", "not_an_image"),
        (b"PK\x03\x04" + b"\x00" * 200, "archive.pdf", "not_an_image"),
        (b"MZ\x90\x00" + b"\x00" * 200, "virus.png", "not_an_image"),
        (b"<html><body>hi</body></html>", "page.png", "not_an_image"),
        (_image_bytes("GIF", mode="P"), "anim.gif", "not_an_image"),
        (_image_bytes("PNG", size=(20, 20)), "tiny.png", "too_small"),
        (b"%PDF-1.4\n%garbage that is no pdf at all\n", "scan.pdf", "pdf_unreadable"),
    ],
)
def test_hostile_files_are_refused(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentRejected) as excinfo:
        load_bytes(data, name)
    assert _reason(excinfo) == reason


def test_truncated_jpeg_is_refused() -> None:
    whole = jpeg(Image.effect_noise((800, 600), 40), 85)
    with pytest.raises(DocumentRejected) as excinfo:
        load_bytes(whole[: len(whole) // 2], "scan.jpg")
    assert _reason(excinfo) == "truncated"


def test_truncated_png_is_refused() -> None:
    whole = _image_bytes("PNG", size=(800, 600))
    noisy = io.BytesIO()
    Image.effect_noise((800, 600), 40).save(noisy, "PNG")
    with pytest.raises(DocumentRejected) as excinfo:
        load_bytes(noisy.getvalue()[:5000], "scan.png")
    assert _reason(excinfo) == "truncated"
    assert load_bytes(whole, "scan.png").pages[0].size == (800, 600)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(DocumentRejected) as excinfo:
        load_file(path)
    assert _reason(excinfo) == "too_big_file"


def test_missing_file_is_a_document_rejection(tmp_path: Path) -> None:
    with pytest.raises(DocumentRejected) as excinfo:
        load_file(tmp_path / "gone.jpg")
    assert _reason(excinfo) == "unreadable_file"


def test_exif_orientation_is_applied() -> None:
    image = Image.new("L", (600, 400), 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    page = load_bytes(out.getvalue(), "phone.jpg").pages[0]
    assert page.size == (400, 600)


def test_multipage_tiff_gives_every_page() -> None:
    frames = [Image.new("L", (300, 400), shade) for shade in (50, 150, 250)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    loaded = load_bytes(out.getvalue(), "feeder.tif")
    assert loaded.kind == "tiff" and [p.getpixel((5, 5)) for p in loaded.pages] == [50, 150, 250]
    assert loaded.dpi == pytest.approx(300)


def test_too_many_tiff_pages_are_refused() -> None:
    frames = [Image.new("L", (80, 80), i) for i in range(MAX_PAGES + 1)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(DocumentRejected) as excinfo:
        load_bytes(out.getvalue(), "feeder.tiff")
    assert _reason(excinfo) == "too_many_pages"


def test_pdf_import_is_rasterised_at_200_dpi() -> None:
    page = Image.new("L", (850, 1100), 255)
    page.paste(0, (100, 100, 300, 300))
    pdf = write_pdf([PdfImage(jpeg(page, 90), 850, 1100, 100.0, "DCTDecode", "DeviceGray")] * 2)
    loaded = load_bytes(pdf, "scanner-output.pdf")
    assert loaded.kind == "pdf" and len(loaded.pages) == 2
    assert loaded.pages[0].size == (1700, 2200)  # 8.5 × 11 in at 200 dpi
    assert loaded.pages[0].convert("L").getpixel((400, 400)) < 40  # the black square survived


def test_sniffing_ignores_the_name() -> None:
    assert sniff_kind(_image_bytes("PNG")) == "png"
    assert sniff_kind(_image_bytes("JPEG")) == "jpeg"
    assert sniff_kind(_image_bytes("WEBP")) == "webp"
    assert sniff_kind(b"%PDF-1.4") == "pdf"
    assert sniff_kind(b"") is None


def test_uppercase_and_unknown_extensions() -> None:
    assert load_bytes(_image_bytes("JPEG"), "SCAN0001.JPG").kind == "jpeg"
    assert load_bytes(_image_bytes("PNG"), "scan-without-extension").kind == "png"
    assert load_bytes(_image_bytes("PNG"), "scan.image").kind == "png"  # unknown suffix: content decides
