"""Marathi is shaped by HarfBuzz: conjuncts form, Marathi letter forms are chosen, fonts switch per word."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr

from kiosk.receipts.fonts import DEVA, DEVA_BOLD, LATIN, LATIN_BOLD, register_fonts, shape_glyph_names
from kiosk.receipts.markup import clean, rich, runs


@pytest.mark.parametrize("cluster", ["क्ष", "र्ज", "त्र", "ज्ञ", "श्र", "द्ध"])
def test_conjuncts_form(cluster: str) -> None:
    glyphs = shape_glyph_names(cluster)
    assert len(glyphs) < len(cluster), glyphs
    assert not any(g.startswith(".notdef") for g in glyphs)


@pytest.mark.parametrize(("letter", "marathi_glyph"), [("ल", "ladevaMAR"), ("श", "shadevaMAR")])
def test_marathi_letter_forms_need_language_mr(letter: str, marathi_glyph: str) -> None:
    assert shape_glyph_names(letter, language="mr") == [marathi_glyph]
    assert shape_glyph_names(letter, language="hi") != [marathi_glyph]


def test_reportlab_shaping_uses_marathi_forms_and_conjuncts() -> None:
    """Through reportlab's own shaping path (the one Paragraph uses), not just raw HarfBuzz."""
    register_fonts()
    font = pdfmetrics.getFont(DEVA)
    shaped = shapeStr("ल", DEVA, 10)
    gid = font.face.charToGlyph[ord(shaped[0])]
    assert font.hbFace is not None
    import uharfbuzz

    hb = uharfbuzz.Font(font.hbFace)
    assert hb.glyph_to_string(gid) == "ladevaMAR"
    assert len(shapeStr("क्षीरसागर", DEVA, 10)) < len("क्षीरसागर")


def test_bundled_fonts_have_the_rupee_sign_and_what_they_must_cover() -> None:
    fonts = register_fonts()
    assert 0x20B9 in fonts.latin_chars and 0x20B9 in fonts.deva_chars
    assert ord("क") in fonts.deva_chars and ord("A") not in fonts.deva_chars
    assert ord("A") in fonts.latin_chars
    for name in (LATIN, LATIN_BOLD, DEVA, DEVA_BOLD):
        assert pdfmetrics.getFont(name).shapable


def test_fonts_switch_at_word_boundaries() -> None:
    assert runs("साक्षी Sakshi क्षीरसागर Kshirsagar") == [
        ("deva", "साक्षी "), ("latin", "Sakshi "), ("deva", "क्षीरसागर "), ("latin", "Kshirsagar")]
    assert runs("₹ 69.00 शुल्क") == [("latin", "₹ 69.00 "), ("deva", "शुल्क")]
    # Punctuation and digits inside a Devanagari word stay with it (one word shapes in one font).
    assert runs("(उत्पन्न),") == [("deva", "(उत्पन्न),")]


def test_a_mixed_word_is_split_so_each_part_shapes_in_its_own_font() -> None:
    parts = runs("Ramराम")
    assert [s for s, _ in parts] == ["latin", "deva"]
    assert parts[0][1].endswith("\u200a")


def test_joiners_survive_for_eyelash_ra() -> None:
    text = "र्\u200dया"
    assert runs(text) == [("deva", text)]
    assert clean("a\u200cb\u200dc") == "a\u200cb\u200dc"


def test_control_characters_and_unknown_glyphs() -> None:
    assert clean("A\x00B\x1b[31m\nC\u202eD") == "AB[31m CD"
    assert runs("smile 😀 ok") == [("latin", "smile \ufffd ok")]


@pytest.mark.parametrize("hostile", ["<b>x</b>", "a & b", "</font><font size=90>", "&amp;", "<para>", "]]>", '"\'<'])
def test_markup_is_escaped(hostile: str) -> None:
    markup = rich(hostile)
    body = markup.split(">", 1)[1].rsplit("</font>", 1)[0]
    assert "<" not in body and ">" not in body.replace("&gt;", "")
    assert body.count("&") == body.count("&amp;") + body.count("&lt;") + body.count("&gt;")


def test_rich_rejects_a_bad_colour() -> None:
    with pytest.raises(ValueError):
        rich("x", color='red" size="99')
