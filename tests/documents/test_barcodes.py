"""Reading codes from real pixels: the card-size dense QR corpus, 1-D codes, and the UIDAI sample on an A4 scan."""

from __future__ import annotations

import io
from datetime import date

import pytest
import zxingcpp
from docsynth import a4_page, card_qr, jpeg
from PIL import Image

from kiosk.documents.aadhaar import decode_aadhaar
from kiosk.documents.barcodes import read_codes, read_zbar, read_zxing
from kiosk.documents.loading import load_bytes
from kiosk.documents.mapping import fill_applicant, to_aadhaar_ref
from kiosk.documents.uidai_certs import PinnedCertificate
from kiosk.domain.applicant import Applicant, NameParts

CORPUS_SIZE = 100


def test_card_size_dense_qr_corpus_reads_at_least_98_percent() -> None:
    hits = 0
    for seed in range(CORPUS_SIZE):
        digits, data = card_qr(seed)
        found = read_codes(Image.open(io.BytesIO(data)))
        hits += any(code.text == digits and code.symbology == "qrcode" for code in found)
    assert hits / CORPUS_SIZE >= 0.98, f"read {hits} of {CORPUS_SIZE}"


def test_independent_encoder_corpus_reads_too() -> None:
    """The same corpus from the pure-Python ``qrcode`` encoder: the reader is not tuned to one encoder."""
    hits = 0
    for seed in range(500, 510):
        digits, data = card_qr(seed, encoder="qrcode")
        hits += any(c.text == digits for c in read_codes(Image.open(io.BytesIO(data))))
    assert hits >= 10 * 0.9


def test_uidai_sample_on_a_300_dpi_a4_scan_is_read_verified_and_fills_the_applicant(
    uidai_sample: str, uidai_certs: tuple[PinnedCertificate, ...]
) -> None:
    page = a4_page(21, skew=2.0, qr=uidai_sample, qr_box=3, qr_numeric=True, blur=0.7, noise=14)
    scan = jpeg(page, 72, dpi=300)  # as a counter scanner would save it
    image = load_bytes(scan, "aadhaar-scan.jpg").pages[0]
    found = read_codes(image)
    assert [c.text for c in found] == [uidai_sample]
    data = decode_aadhaar(found[0].text, uidai_certs)
    assert data is not None and data.verified and data.certificate == "uidai_prod_cdup"

    base = Applicant(name_en=NameParts(first="typed"), mobile="9876543210")
    applicant = fill_applicant(data, base)
    assert applicant.name_en == NameParts(first="Sumit", surname="Kumar")
    assert applicant.dob == date(1984, 1, 1) and applicant.gender == "M"
    assert applicant.address.house == "B-31, 3rd Floor" and applicant.address.pin == "110051"
    assert applicant.address.village == "Krishna Nagar" and applicant.address.district == "East Delhi"
    assert applicant.address.taluka == "Gandhi Nagar"
    assert applicant.mobile == "9876543210"  # what the operator typed is kept
    assert applicant.aadhaar == to_aadhaar_ref(data)
    assert applicant.aadhaar is not None and applicant.aadhaar.verified
    assert applicant.aadhaar.masked() == "XXXX XXXX 2697"


@pytest.mark.parametrize(
    ("fmt", "text", "symbology"),
    [
        (zxingcpp.BarcodeFormat.Code128, "SATARA01-20261127-0042", "code128"),
        (zxingcpp.BarcodeFormat.EAN13, "8901234567890", "ean13"),
        (zxingcpp.BarcodeFormat.Code39, "KIOSK42", "code39"),
    ],
)
def test_one_dimensional_codes_on_a_page(fmt: zxingcpp.BarcodeFormat, text: str, symbology: str) -> None:
    symbol = zxingcpp.create_barcode(text, fmt).to_image(scale=4)
    view = memoryview(symbol)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
    page = Image.new("L", (1600, 1200), 245)
    page.paste(code, (200, 300))
    page = page.rotate(1.5, fillcolor=245)
    found = read_codes(Image.open(io.BytesIO(jpeg(page, 80))), exhaustive=True)
    assert (symbology, text) in {(c.symbology, c.text) for c in found}


def test_exhaustive_finds_every_code_on_a_page() -> None:
    page = a4_page(4, dpi=200, qr="FIRST CODE", qr_box=4, noise=0)
    second = a4_page(5, dpi=200, qr="SECOND CODE", qr_box=4, noise=0).crop((900, 1700, 1600, 2300))
    page.paste(second, (100, 200))
    found = {c.text for c in read_codes(page, exhaustive=True)}
    assert {"FIRST CODE", "SECOND CODE"} <= found


def test_both_readers_work_on_their_own() -> None:
    digits, data = card_qr(3)
    image = Image.open(io.BytesIO(data)).convert("L")
    assert [c.reader for c in read_zxing(image)] == ["zxing"]
    assert any(c.text == digits for c in read_zxing(image))
    page = a4_page(6, dpi=150, qr="zbar reads this", qr_box=4, noise=0)
    assert [c.text for c in read_zbar(page)] == ["zbar reads this"]


def test_blank_and_noise_images_find_nothing() -> None:
    assert read_codes(Image.new("L", (800, 600), 255), exhaustive=True) == []
    assert read_codes(Image.effect_noise((600, 600), 80), exhaustive=True) == []
