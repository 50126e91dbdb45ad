"""Day close drawer by drawer (issue 14): each counted drawer against its own expected cash, a drawer nobody
counted said in words, a surplus and a shortfall never netted into one figure — on the A4 report as printed
(pdftotext of the rendered PDF, one page)."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.receipts import BiText, DayCloseData, DayEntry, render_day_close
from tests.receipts.helpers import HUB, pdf_text, pdf_to_pngs

INCOME = BiText("Income certificate", "उत्पन्नाचा दाखला")


def day(counted: dict[str, int]) -> DayCloseData:
    """operator1 took ₹1,000.00, operator2 ₹242.00 and operator3 ₹50.00."""
    entries = (DayEntry("H-20261203-0001", "operator1", "income", INCOME, 100_000),
               DayEntry("H-20261203-0002", "operator2", "income", INCOME, 24_200),
               DayEntry("H-20261203-0003", "operator3", "income", INCOME, 5_000))
    return DayCloseData(hub=HUB, day=date(2026, 12, 3), generated_at=datetime(2026, 12, 3, 12, 0, tzinfo=UTC),
                        entries=entries, counted=counted)


def printed(data: DayCloseData, tmp_path: Path) -> str:
    pdf = render_day_close(data, "a4")
    (tmp_path / "close.pdf").write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(tmp_path / "close.pdf")], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    assert pdf_to_pngs(pdf, tmp_path, dpi=60)
    return " ".join(pdf_text(pdf, tmp_path).split())


def test_a_surplus_and_a_shortfall_are_two_facts_not_one_net_figure(tmp_path: Path) -> None:
    data = day({"operator1": 100_000 + 27_300, "operator2": 24_200 - 11_400})  # +₹273, -₹114
    assert (data.surplus_paise, data.shortfall_paise) == (27_300, -11_400)
    text = printed(data, tmp_path)
    assert "+₹ 273.00" in text and "-₹ 114.00" in text
    assert "159.00" not in text  # the net of the two, which hid both
    assert "Surplus (counted drawers)" in text and "Shortfall (counted drawers)" in text


def test_a_drawer_nobody_counted_says_so_and_is_not_compared(tmp_path: Path) -> None:
    data = day({"operator1": 100_000 + 27_300})
    counted, uncounted = data.drawers()
    assert [o.operator for o in counted] == ["operator1"]
    assert [o.operator for o in uncounted] == ["operator2", "operator3"]
    text = printed(data, tmp_path)
    # Before: counted ₹1,273 against all drawers' ₹1,292 read as one "-₹ 19.00" difference.
    assert "19.00" not in text and "+₹ 273.00" in text
    assert text.count("not counted") == 2 and "operator2 (₹ 242.00)" in text and "operator3 (₹ 50.00)" in text
    assert "1 of 3" in text


def test_nothing_counted_yet_reads_as_no_drawer_counted(tmp_path: Path) -> None:
    text = printed(day({}), tmp_path)
    assert "0 of 3" in text and text.count("not counted") == 3
    assert "Surplus" not in text and "Shortfall" not in text


@pytest.mark.parametrize("layout", ["80mm"])
def test_the_roll_layout_carries_the_same_drawers(layout: str, tmp_path: Path) -> None:
    text = " ".join(pdf_text(render_day_close(day({"operator2": 20_000}), layout), tmp_path).split())
    assert "-₹ 42.00" in text and text.count("not counted") == 2
