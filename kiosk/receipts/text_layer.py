"""A searchable text layer for shaped text: each shaped run carries its source text as ``/ActualText``.

Why: HarfBuzz turns ``किशोर`` into glyphs in visual order (the ि sign before क) and conjuncts into glyphs
with no Unicode value of their own; reportlab's ToUnicode map can only name one character per glyph, so
``pdftotext`` read "डजट सेवा क" for "डिजिटल सेवा केंद्र". PDF's answer is a marked-content span whose
``ActualText`` is the real text (ISO 32000-1 §14.9.4): viewers, search and ``pdftotext`` read that and the
glyphs still draw as shaped.

How, without forking reportlab (5.x): the paragraph's word shaper is wrapped so that the first glyph of
every HarfBuzz cluster remembers the characters of its cluster (reportlab's ``ShapeData`` records have a
``__dict__``), and the text object's ``_formatText`` wraps every shaped string it writes in
``/Span <</ActualText <FEFF…>>> BDC … EMC``. Glyphs added later without shaping (spaces between words)
stand for themselves. Idempotent; installed with the fonts (:func:`kiosk.receipts.fonts.register_fonts`).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph

_MARK = "_kiosk_actual_text"
_SIMPLE_CLUSTER = 0x7FFFFFFF  # reportlab's marker for characters appended to a shaped string unshaped


def _source_text(word: Any) -> str:
    return "".join(str(text) for frag, text in word[1:] if not hasattr(frag, "cbDefn"))


def _annotate(word: Any, shaped: Any) -> None:
    """Give the first glyph of each cluster the source characters of that cluster."""
    text = _source_text(word)
    records = [sd for _frag, s in shaped[1:] for sd in (getattr(s, "__shapeData__", None) or ())]
    clusters = sorted({sd.cluster for sd in records if 0 <= sd.cluster < len(text)})
    if not clusters:
        return
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    done: set[int] = set()
    for sd in records:
        if sd.cluster in ends and sd.cluster not in done:
            done.add(sd.cluster)
            start = 0 if sd.cluster == clusters[0] else sd.cluster  # text before the first cluster joins it
            try:
                sd.actual = text[start:ends[sd.cluster]]
            except AttributeError:  # a record without __dict__ (another reportlab): no layer, same glyphs
                return


def _actual(text: Any) -> str | None:
    """The source text of a shaped string, or None when it was not shaped by :func:`_annotate`."""
    data = getattr(text, "__shapeData__", None)
    if not data or not any(hasattr(sd, "actual") for sd in data):
        return None
    out = []
    for ch, sd in zip(str(text), data, strict=False):
        actual = getattr(sd, "actual", None)
        if actual is not None:
            out.append(actual)
        elif sd.cluster in (_SIMPLE_CLUSTER, -1) or sd.cluster is None:
            out.append(ch)
    return "".join(out)


def _hex_utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def install_actual_text() -> None:
    """Wrap reportlab's word shaper and text writer once per process (see the module docstring)."""
    if getattr(paragraph.shapeFragWord, _MARK, False):
        return
    shape = paragraph.shapeFragWord
    format_text = textobject.PDFTextObject._formatText

    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped = shape(word, *args, **kwargs)
        if shaped is not word and isinstance(shaped, list) and len(shaped) > 1:
            _annotate(word, shaped)
        return shaped

    def formatted(self: Any, text: Any) -> str:
        code: str = format_text(self, text)
        actual = _actual(text) if isinstance(text, ttfonts.ShapedStr) else None
        if actual is None or not code:
            return code
        return f"/Span <</ActualText {_hex_utf16(actual)}>> BDC {code} EMC"

    setattr(shape_frag_word, _MARK, True)
    paragraph.shapeFragWord = shape_frag_word
    textobject.PDFTextObject._formatText = formatted
