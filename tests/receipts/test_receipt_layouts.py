"""Every layout rendered to PNG by poppler and read back: the QR decodes, the page is the right size,
nothing is drawn outside the printable band, a reprint says DUPLICATE."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps

from kiosk.receipts import (
    BiText,
    DayCloseData,
    DayEntry,
    HandoverData,
    parse_qr_payload,
    render_day_close,
    render_handover,
    render_receipt,
)
from kiosk.receipts.model import ReceiptData
from tests.receipts.helpers import HUB, UUID, decode_qr, make_receipt, pdf_text, pdf_to_pngs

MM = 72 / 25.4


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [(round(w / MM, 1), round(h / MM, 1)) for w, h in (doc[i].get_size() for i in range(len(doc)))]
    finally:
        doc.close()


def ink_box(png: Path) -> tuple[int, int, int, int]:
    img = Image.open(png).convert("L")
    box = ImageOps.invert(img).point(lambda v: 255 if v > 40 else 0).getbbox()
    assert box is not None, "blank page"
    return box


@pytest.mark.parametrize("layout", ["a4", "80mm"])
@pytest.mark.parametrize("duplicate", [False, True])
def test_receipt_renders_and_its_qr_decodes(layout: str, duplicate: bool, tmp_path: Path) -> None:
    data = make_receipt(duplicate=duplicate)
    pdf = render_receipt(data, layout)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 1, "a usual receipt is one page (A4) or one strip (roll)"
    if layout == "a4":
        assert sizes[0] == (210.0, 297.0)
    else:
        width, height = sizes[0]
        assert width == 80.0 and 150 < height < 600
    pngs = pdf_to_pngs(pdf, tmp_path, dpi=150)
    assert [parse_qr_payload(p) for p in decode_qr(pngs[0])] == [(data.receipt_no, UUID)]
    text = pdf_text(pdf, tmp_path)
    assert ("DUPLICATE" in text) is duplicate
    for latin in (data.receipt_no, "Sakshi Rajendra Kshirsagar", "XXXX XXXX 1234", "₹ 69.01", "1800 120 8040",
                  "28-11-2025" if False else "27-11-2025 14:05 IST", UUID):
        assert latin in text, latin
    assert "1234 1234" not in text


def test_roll_keeps_ink_inside_the_72mm_band(tmp_path: Path) -> None:
    pdf = render_receipt(make_receipt(duplicate=True), "80mm")
    png = pdf_to_pngs(pdf, tmp_path, dpi=203)[0]
    left, top, right, bottom = ink_box(png)
    width = Image.open(png).width
    margin = 4 / 25.4 * 203  # 4 mm each side is not printable on an 80 mm roll
    assert left >= margin - 2 and right <= width - margin + 2, (left, right, width)
    assert top > 0 and bottom < Image.open(png).height  # nothing cut at the ends: height fits the content


def test_roll_height_grows_with_content() -> None:
    short = page_sizes_mm(render_receipt(make_receipt(documents_received=()), "80mm"))[0][1]
    many = tuple(BiText(f"Document {i}", f"कागदपत्र {i}") for i in range(30))
    long = page_sizes_mm(render_receipt(make_receipt(documents_received=many), "80mm"))[0][1]
    assert long > short + 60


def test_a4_flows_onto_more_pages_instead_of_clipping(tmp_path: Path) -> None:
    many = tuple(BiText(f"Supporting document number {i}", f"पूरक कागदपत्र क्रमांक {i}") for i in range(60))
    pdf = render_receipt(make_receipt(documents_received=many), "a4")
    assert len(page_sizes_mm(pdf)) >= 2
    text = pdf_text(pdf, tmp_path)
    assert "Supporting document number 59" in text and "page 2" in text


def test_complete_application_shows_expected_date(complete_receipt: ReceiptData, tmp_path: Path) -> None:
    text = pdf_text(render_receipt(complete_receipt, "a4"), tmp_path)
    assert "18-12-2025" in text and "missing documents are submitted" not in text
    incomplete = pdf_text(render_receipt(make_receipt(), "a4"), tmp_path)
    assert "The time limit starts when the missing documents are submitted" in incomplete


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        render_receipt(make_receipt(), "letter")


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_handover_slip(layout: str, tmp_path: Path) -> None:
    data = HandoverData.for_receipt(make_receipt(), handed_at=datetime(2025, 12, 10, 6, 0, tzinfo=UTC),
                                    received_by="Rajendra Kshirsagar", operator="op-07",
                                    certificate_no="INC/2025/000123", issued_on=date(2025, 12, 9),
                                    relation=BiText("Father", "वडील"), id_shown="Voter ID …4411")
    pdf = render_handover(data, layout)
    png = pdf_to_pngs(pdf, tmp_path, dpi=150)[0]
    assert [parse_qr_payload(p) for p in decode_qr(png)] == [(data.receipt_no, UUID)]
    text = pdf_text(pdf, tmp_path)
    flat = " ".join(text.split())
    assert "hand-over slip" in flat and "INC/2025/000123" in flat and "10-12-2025 11:30 IST" in flat


def test_handover_needs_a_name() -> None:
    from kiosk.receipts import ReceiptDataError

    with pytest.raises(ReceiptDataError):
        HandoverData.for_receipt(make_receipt(), handed_at=datetime(2025, 12, 10, tzinfo=UTC), received_by=" ",
                                 operator="op")


def _day_close() -> DayCloseData:
    income = BiText("Income certificate", "उत्पन्नाचा दाखला")
    caste = BiText("Caste certificate", "जातीचा दाखला")
    entries = (
        DayEntry("H-20251127-0001", "op1", "income", income, 6900),
        DayEntry("H-20251127-0002", "op1", "caste", caste, 12800),
        DayEntry("H-20251127-0003", "op2", "income", income, 6901),
    )
    return DayCloseData(hub=HUB, day=date(2025, 11, 27), generated_at=datetime(2025, 11, 27, 13, 0, tzinfo=UTC),
                        entries=entries, counted={"op1": 19700, "op3": 500})


def test_day_close_totals_and_reconciliation() -> None:
    data = _day_close()
    assert data.total_paise == 26601
    ops = {o.operator: o for o in data.by_operator()}
    assert (ops["op1"].count, ops["op1"].expected_paise, ops["op1"].difference_paise) == (2, 19700, 0)
    assert ops["op2"].counted_paise is None and ops["op2"].difference_paise is None
    assert ops["op3"].count == 0 and ops["op3"].difference_paise == 500  # cash with no applications shows up
    services = data.by_service()
    assert [(s.service.en, s.count, s.paise) for s in services] == [
        ("Income certificate", 2, 13801), ("Caste certificate", 1, 12800)]
    assert data.counted_total == 20200


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_day_close_renders(layout: str, tmp_path: Path) -> None:
    pdf = render_day_close(_day_close(), layout)
    pngs = pdf_to_pngs(pdf, tmp_path, dpi=100)
    assert pngs and ink_box(pngs[0])
    text = " ".join(pdf_text(pdf, tmp_path).split())  # the roll wraps "not counted"
    # op2 was not counted: said so, and not netted into a "-₹ 64.01" against every drawer's takings
    assert "-₹ 64.01" not in text
    for s in ("Day-close report", "₹ 266.01", "₹ 197.00", "not counted", "op1", "op2", "op3", "+₹ 5.00"):
        assert s in text, s


def test_day_close_refuses_negative_counts() -> None:
    from kiosk.receipts import ReceiptDataError

    with pytest.raises(ReceiptDataError):
        DayCloseData(hub=HUB, day=date(2025, 11, 27), generated_at=datetime(2025, 11, 27, tzinfo=UTC),
                     entries=(), counted={"op1": -5})
