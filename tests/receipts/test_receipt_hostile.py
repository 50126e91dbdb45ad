"""Hostile and broken names: printed literally, never as markup; never overflowing the roll; never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.receipts import BiText, render_receipt
from tests.receipts.helpers import decode_qr, make_receipt, pdf_text, pdf_to_pngs
from tests.receipts.test_receipt_layouts import ink_box

HOSTILE = [
    "<b>Ram</b> & Sons",
    '</font></para><font size="90">HUGE',
    "&amp; &lt;script&gt; &#65;",
    "<img src='x.png'/> <a href='http://x'>link</a>",
    "Robert'); DROP TABLE applications;--",
]


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_markup_in_a_name_prints_literally(name: str, layout: str, tmp_path: Path) -> None:
    pdf = render_receipt(make_receipt(applicant=BiText(name, "राम <i>"), operator=name), layout)
    flat = " ".join(pdf_text(pdf, tmp_path).split())
    assert " ".join(name.split()) in flat
    assert decode_qr(pdf_to_pngs(pdf, tmp_path, dpi=150)[0])  # the layout survived


def test_a_huge_unbroken_name_stays_inside_the_roll(tmp_path: Path) -> None:
    name = "Kshirsagar" * 40 + " " + "क्षीरसागर" * 30
    pdf = render_receipt(make_receipt(applicant=BiText(name, name)), "80mm")
    png = pdf_to_pngs(pdf, tmp_path, dpi=100)[0]
    from PIL import Image

    left, _, right, _ = ink_box(png)
    width = Image.open(png).width
    margin = 4 / 25.4 * 100
    assert left >= margin - 2 and right <= width - margin + 2


def test_control_characters_emoji_and_rtl_do_not_break_rendering(tmp_path: Path) -> None:
    name = "A\x00B\x07\u202eC \U0001F600 مرحبا \ud7ff Zalgo\u0301\u0301\u0301"
    pdf = render_receipt(make_receipt(applicant=BiText(name, "\u200dक\u200c")), "80mm")
    text = pdf_text(pdf, tmp_path)
    assert "AB" in text and "\x00" not in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(en=st.text(max_size=80), mr=st.text(alphabet=st.characters(min_codepoint=0x900, max_codepoint=0x97F)
                                              | st.sampled_from(" <>&\u200c\u200d"), max_size=60))
def test_any_name_renders_on_both_layouts(en: str, mr: str) -> None:
    if not (en.strip() or mr.strip()):
        en = "x"
    for layout in ("a4", "80mm"):
        assert render_receipt(make_receipt(applicant=BiText(en, mr)), layout).startswith(b"%PDF")
