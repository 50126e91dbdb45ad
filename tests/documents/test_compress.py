"""Compression to the portal's budget, checked the way an officer sees it: rendered by pdftoppm."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from docsynth import a4_page, jpeg
from PIL import Image

from kiosk.documents.barcodes import read_codes
from kiosk.documents.cleanup import crop_margins, estimate_skew
from kiosk.documents.compress import process_pages
from kiosk.documents.intake import DocumentSpec, document_from_files, document_from_images
from kiosk.documents.loading import load_bytes
from kiosk.domain.catalogue import DocumentType, Label
from kiosk.domain.errors import DocumentRejected

QR_TEXT = "https://aaplesarkar.example/verify?receipt=SATARA01-20261127-0042&hash=" + "ab12" * 16


@pytest.fixture(scope="module")
def grey_scan() -> bytes:
    """A skewed 300-dpi A4 text scan carrying a small QR code, as the scanner saved it."""
    return jpeg(a4_page(7, skew=2.5, qr=QR_TEXT, qr_box=4), 85, dpi=300)


@pytest.fixture(scope="module")
def colour_scan() -> bytes:
    return jpeg(a4_page(8, colour=True, skew=-1.0), 85, dpi=300)


def _render(pdf: bytes, tmp_path: Path, dpi: int = 150) -> list[Image.Image]:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=60)
    return [Image.open(p) for p in sorted(tmp_path.glob("page-*.png"))]


def test_text_scan_becomes_a_legible_pdf_within_budget(grey_scan: bytes, tmp_path: Path) -> None:
    pages = load_bytes(grey_scan, "scan.jpg").pages
    doc = process_pages(pages, kind="text", max_kb_per_page=300, doc_type="income_proof")
    assert doc.mime == "application/pdf" and doc.size_bytes <= 300 * 1024
    page = doc.pages[0]
    assert page.dpi >= 150 and not page.colour
    assert page.encoding == "bitonal" or (page.quality or 0) >= 40
    rendered = _render(doc.data, tmp_path, dpi=200)
    assert len(rendered) == 1
    # Legibility: the QR code printed on the page still decodes from the compressed, rendered PDF.
    assert [c.text for c in read_codes(rendered[0])] == [QR_TEXT]
    # Straightened: what is left of the 2.5° skew is well under a degree.
    assert abs(estimate_skew(rendered[0].convert("L"))) <= 0.75


def test_colour_photo_document_stays_colour_jpeg(colour_scan: bytes) -> None:
    pages = load_bytes(colour_scan, "photo.jpg").pages
    doc = process_pages(pages, kind="photo", max_kb_per_page=200)
    assert doc.mime == "image/jpeg" and doc.size_bytes <= 200 * 1024
    image = Image.open(io.BytesIO(doc.data))
    assert image.mode == "RGB" and image.format == "JPEG"
    assert "exif" not in image.info  # nothing about the source device travels on


def test_several_files_make_one_pdf(grey_scan: bytes, tmp_path: Path) -> None:
    files = []
    for index in range(3):
        path = tmp_path / f"page{index}.jpg"
        path.write_bytes(grey_scan)
        files.append(path)
    spec = DocumentSpec.of(DocumentType("residence_proof", Label("Residence proof", "रहिवासी पुरावा"), "text", 250))
    doc = document_from_files(files, spec)
    assert doc.page_count == 3 and doc.doc_type == "residence_proof"
    assert doc.size_bytes <= 3 * 250 * 1024
    (tmp_path / "doc.pdf").write_bytes(doc.data)
    info = subprocess.run(["pdfinfo", str(tmp_path / "doc.pdf")], capture_output=True, check=True, timeout=30).stdout
    assert re.search(rb"^Pages:\s+3$", info, re.M)
    assert doc.original_name == "page0.jpg (+2)"


def test_output_is_deterministic(grey_scan: bytes) -> None:
    first = process_pages(load_bytes(grey_scan, "a.jpg").pages, kind="text")
    second = process_pages(load_bytes(grey_scan, "b.jpg").pages, kind="text")
    assert first.sha256 == second.sha256  # content addressing relies on this


def test_tight_budget_goes_bitonal_not_blurry(grey_scan: bytes, tmp_path: Path) -> None:
    doc = process_pages(load_bytes(grey_scan, "scan.jpg").pages, kind="text", max_kb_per_page=60)
    assert doc.size_bytes <= 60 * 1024
    assert doc.pages[0].encoding == "bitonal" and doc.pages[0].dpi == 200
    rendered = _render(doc.data, tmp_path, dpi=200)[0].convert("L")
    low, high = rendered.getextrema()
    assert low < 30 and high > 225  # crisp black on white, not grey mush
    assert [c.text for c in read_codes(rendered)] == [QR_TEXT]


def test_impossible_budget_is_refused_not_blurred(grey_scan: bytes) -> None:
    with pytest.raises(DocumentRejected) as excinfo:
        process_pages(load_bytes(grey_scan, "scan.jpg").pages, kind="text", max_kb_per_page=8)
    assert excinfo.value.params["reason"] == "over_budget"


def test_no_pages_is_refused() -> None:
    with pytest.raises(DocumentRejected):
        process_pages([], kind="text")


@pytest.mark.parametrize("skew", [-4.0, -1.5, 3.0])
def test_skew_is_estimated(skew: float) -> None:
    page = a4_page(3, dpi=100, skew=skew, noise=0, blur=0)
    assert estimate_skew(page) == pytest.approx(-skew, abs=0.5)


def test_blank_page_is_not_rotated_or_cropped() -> None:
    blank = Image.new("L", (800, 1100), 250)
    assert estimate_skew(blank) == 0.0
    assert crop_margins(blank).size == blank.size


def test_scanner_bed_around_a_small_document_is_cropped() -> None:
    bed = Image.new("L", (1700, 2340), 252)
    card = a4_page(5, dpi=60, noise=0, blur=0)
    bed.paste(card, (300, 400))
    cropped = crop_margins(bed)
    assert cropped.width < card.width + 200 and cropped.height < card.height + 200


def test_camera_frame_without_dpi_enters_the_same_way() -> None:
    frame = a4_page(9, dpi=200, colour=True, noise=6).resize((2400, 3400))
    frame.info.pop("dpi", None)
    doc = document_from_images([frame], DocumentSpec(code="aadhaar", kind="text", max_kb_per_page=300))
    page = doc.pages[0]
    assert doc.mime == "application/pdf" and doc.size_bytes <= 300 * 1024
    # No dpi stated: the frame is taken as an A4 page and brought to ≈200 dpi (≤ 8.27 in × 200 wide).
    assert page.width <= 1700 and page.height <= 2400


def test_transparent_png_is_flattened_onto_white() -> None:
    image = Image.new("RGBA", (1000, 1400), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (100, 100, 900, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    doc = process_pages(load_bytes(out.getvalue(), "sig.png").pages, kind="text")
    assert doc.mime == "application/pdf"
    pdf_page = load_bytes(doc.data, "x.pdf").pages[0].convert("L")
    assert pdf_page.getpixel((5, 5)) > 240  # the transparent corner became paper, not black
