"""Documents the operator can use (issue 14): photos resized not refused, empty pages warned, photographs
kept recognisable in black and white, and the e-Aadhaar PDF's password asked for and never kept."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from docsynth import PASSWORD, a4_page, encrypted_pdf, jpeg
from PIL import Image, ImageDraw, ImageFilter, ImageStat

from kiosk.documents.cleanup import to_bitonal
from kiosk.documents.compress import process_pages
from kiosk.documents.intake import DocumentSpec, document_from_files
from kiosk.documents.loading import load_bytes
from kiosk.domain.errors import DocumentRejected


def phone_photo(size: tuple[int, int] = (4000, 3000), seed: int = 5) -> Image.Image:
    """A 12 MP phone picture: a face-sized blob on a shaded background, with sensor noise."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.35, h * 0.2, w * 0.65, h * 0.8), fill=(190, 140, 110))
    for _ in range(40):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.rectangle((x, y, x + w // 20, y + h // 30), fill=tuple(rng.randrange(256) for _ in range(3)))
    # sensor noise and fine texture (hair, cloth, leaves): what makes a real photo cost bytes
    coarse = (size[0] // 3, size[1] // 3)  # texture coarser than a pixel survives downscaling, as in life
    noise = Image.merge("RGB", [Image.effect_noise(coarse, 80) for _ in range(3)]).resize(size)
    return Image.blend(image.filter(ImageFilter.GaussianBlur(1)), noise, 0.35)


def test_a_12_mp_phone_photo_is_made_passport_size_not_refused() -> None:
    spec = DocumentSpec("photo", "photo", 100)
    doc = process_pages([phone_photo()], kind=spec.kind, max_kb_per_page=spec.max_kb_per_page)
    assert doc.mime == "image/jpeg" and doc.size_bytes <= 100 * 1024
    image = Image.open(io.BytesIO(doc.data))
    assert max(image.size) <= 1200  # was refused at 120 dpi: "cannot be made smaller than 98 KB a page"
    assert min(image.size) >= 413  # still more pixels than a 35×45 mm photo at 300 dpi


def test_blank_and_all_black_pages_are_accepted_with_a_warning() -> None:
    white = Image.new("L", (1654, 2339), 250)
    black = Image.new("L", (1654, 2339), 12)
    text = load_bytes(jpeg(a4_page(3, dpi=200, noise=4), 85, dpi=200), "p.jpg").pages[0]
    doc = process_pages([text, white, black], kind="text")
    assert [(w.key, w.page) for w in doc.warnings] == [("blank", 2), ("dark", 3)]
    assert process_pages([text], kind="text").warnings == ()


def test_the_bitonal_fallback_keeps_a_photograph_recognisable() -> None:
    """Otsu's single threshold made the shaded half of a portrait solid black: block averages (what the eye
    sees at arm's length) must stay near the original's."""
    gray = phone_photo((1200, 900)).convert("L").point(lambda v: v * 0.7)  # a dim photo
    bitonal = to_bitonal(gray).convert("L")
    block = (30, 30)
    seen = bitonal.resize(block, Image.Resampling.BOX)
    meant = gray.resize(block, Image.Resampling.BOX)
    diffs = [abs(a - b) for a, b in zip(seen.tobytes(), meant.tobytes(), strict=True)]
    assert sum(diffs) / len(diffs) < 25, sum(diffs) / len(diffs)
    assert max(diffs) < 90, max(diffs)
    assert ImageStat.Stat(seen).mean[0] > 0.6 * ImageStat.Stat(meant).mean[0]


def test_text_pages_still_go_bitonal_by_threshold() -> None:
    page = load_bytes(jpeg(a4_page(4, dpi=200, noise=3), 85, dpi=200), "p.jpg").pages[0].convert("L")
    bitonal = to_bitonal(page).convert("L")
    # no dither speckle on the paper: the top-left margin is pure white
    assert bitonal.crop((0, 0, 60, 60)).getextrema() == (255, 255)


def test_a_locked_pdf_asks_for_its_password_and_opens_with_it(tmp_path: Path) -> None:
    path = tmp_path / "EAadhaar_1234.pdf"
    path.write_bytes(encrypted_pdf(PASSWORD))
    with pytest.raises(DocumentRejected) as needed:
        document_from_files([path], DocumentSpec())
    assert needed.value.params["reason"] == "pdf_password_needed"
    assert "year of birth" in needed.value.params["detail_en"]
    with pytest.raises(DocumentRejected) as wrong:
        document_from_files([path], DocumentSpec(), password="SUNI1985")
    assert wrong.value.params["reason"] == "pdf_password_wrong"
    doc = document_from_files([path], DocumentSpec(), password=PASSWORD)
    assert doc.page_count == 1 and PASSWORD.encode() not in doc.data
