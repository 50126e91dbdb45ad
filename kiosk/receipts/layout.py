"""Page geometry, styles and the two ways a document is laid down: A4 pages or one roll of any length.

Every printed thing (receipt, hand-over slip, day-close report) is a list of :class:`Row` plus free
flowables; the layout decides whether a row becomes a two-column table line (A4) or a label line above
its value (80 mm roll, where two columns would leave a few characters per line).

The roll page is 80 mm wide with 4 mm side margins, so the printable band is exactly 72 mm — 576 dots at
203 dpi, the raster the ESC/POS path sends. Its height is measured from the content, so nothing is cut
and no paper is wasted.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from kiosk.receipts.flow import Columns, Rule, Stack
from kiosk.receipts.fonts import LATIN, register_fonts
from kiosk.receipts.markup import lines, rich

LAYOUTS = ("a4", "80mm")


@dataclass(frozen=True)
class PageSpec:
    name: str
    width: float
    margin_x: float
    margin_y: float
    body: float  # body font size, pt
    roll: bool

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin_x


A4_SPEC = PageSpec("a4", A4[0], 15 * mm, 12 * mm, 9.0, roll=False)
ROLL_SPEC = PageSpec("80mm", 80 * mm, 4 * mm, 3 * mm, 8.0, roll=True)
ROLL_PRINTABLE_MM = 72.0
ROLL_WIDTH_MM = 80.0


# Body sizes an A4 receipt may step down through so it stays on ONE sheet (long names in both scripts,
# DUPLICATE, a long document list): a second sheet with the footer alone gets lost or stapled wrongly.
A4_FIT_SIZES = (9.0, 8.5, 8.0, 7.6, 7.2, 6.9, 6.6, 6.3, 6.0)


def spec_for(layout: str) -> PageSpec:
    if layout == "a4":
        return A4_SPEC
    if layout in ("80mm", "roll"):
        return ROLL_SPEC
    raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    banner: ParagraphStyle


_styles_cache: dict[str, Styles] = {}


def styles(spec: PageSpec) -> Styles:
    key = f"{spec.name}@{spec.body}"
    cached = _styles_cache.get(key)
    if cached:
        return cached
    register_fonts()
    size = spec.body
    base = ParagraphStyle("body", fontName=LATIN, fontSize=size, leading=size * 1.42, shaping=1,
                          spaceBefore=0, spaceAfter=0)
    made = Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=size * 0.86, leading=size * 1.25),
        label=ParagraphStyle("label", parent=base, fontSize=size * 0.86, leading=size * 1.22,
                             textColor=colors.HexColor("#333333")),
        title=ParagraphStyle("title", parent=base, fontSize=size * 1.45, leading=size * 1.95, alignment=TA_CENTER),
        center=ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        banner=ParagraphStyle("banner", parent=base, alignment=TA_CENTER, fontSize=size * 1.5, leading=size * 2.1),
    )
    _styles_cache[key] = made
    return made


@dataclass(frozen=True)
class Row:
    """One labelled fact: ``label`` is plain (Marathi, English) text, ``value`` is markup from ``rich``."""

    label: tuple[str, str]
    value: str | Flowable


def value_width(spec: PageSpec) -> float:
    """Width a row's value gets: the right column on A4, the indented line on the roll."""
    return spec.frame_width * 0.70 - 9 if not spec.roll else spec.frame_width - 6


class _Fixed(Flowable):
    """A paragraph of fixed text, laid out once and drawn on every receipt after that.

    Labels, the Act's name, the appeal instructions and the footer are the same on every receipt; shaping
    them again each time was half of a receipt's cost. Data never goes through here (see :func:`fixed`).
    """

    def __init__(self, para: Paragraph) -> None:
        super().__init__()
        self.para = para
        self._wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != available_width:
            self._wrapped = (available_width, self.para.wrap(available_width, available_height))
        self.width, self.height = self._wrapped[1]
        return self._wrapped[1]

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)


_fixed_lock = threading.Lock()


@functools.lru_cache(maxsize=512)
def _fixed_cached(markup: str, style: ParagraphStyle) -> _Fixed:
    return _Fixed(Paragraph(markup, style))


def fixed(markup: str, style: ParagraphStyle) -> Flowable:
    """A cached paragraph for text that comes from code, not from an application (bounded LRU)."""
    with _fixed_lock:
        return _fixed_cached(markup, style)


def _value(value: str | Flowable, style: ParagraphStyle) -> Flowable:
    return Paragraph(value, style) if isinstance(value, str) else value


def bi_label(mr: str, en: str, *, inline: bool = False) -> str:
    """A fixed label in both languages: Marathi over English, or ``मराठी / English`` on one line."""
    if not mr or not en or mr == en:
        return rich(mr or en, bold=True)
    if inline:
        return rich(mr, bold=True) + rich(f" / {en}")
    return lines(rich(mr, bold=True), rich(en))


HAIRLINE = Rule(0.4, colors.HexColor("#999999"))
ROLL_RULE = Rule(0.6, colors.HexColor("#444444"))  # darker: a grey hairline vanishes at the thermal threshold


def rows_flowable(rows: Sequence[Row], spec: PageSpec) -> list[Flowable]:
    """A4: ruled two-column lines. Roll: label line over an indented value, a hairline between facts."""
    st = styles(spec)
    if not spec.roll:
        widths = [spec.frame_width * 0.30, spec.frame_width * 0.70]
        return [Columns([fixed(bi_label(*r.label), st.label), _value(r.value, st.body)], widths,
                        pad_top=2, pad_bottom=3, pad_x=3, below=HAIRLINE) for r in rows]
    out: list[Flowable] = []
    for r in rows:
        out.append(Columns([fixed(bi_label(*r.label, inline=True), st.label)], [spec.frame_width],
                           pad_top=1))
        out.append(Columns([gap(1), _value(r.value, st.body)], [6, spec.frame_width - 6], pad_bottom=2.5,
                           below=ROLL_RULE))
    return out


def banner(text_mr: str, text_en: str, spec: PageSpec) -> Flowable:
    """A boxed, inverted line (white on black): survives a faint thermal head and a photocopier."""
    st = styles(spec)
    size = spec.body * 1.5
    para = fixed(rich(f"{text_mr} / {text_en}", bold=True, size=size, color="#ffffff"), st.banner)
    return Columns([para], [spec.frame_width], pad_top=3, pad_bottom=5, background=colors.black)


def money_table(items: Sequence[tuple[str, str]], total: tuple[str, str] | None, spec: PageSpec,
                width: float) -> Flowable:
    """Fee lines with right-aligned amounts and a ruled total line."""
    st = styles(spec)
    widths = [width * 0.66, width * 0.34]
    out: list[Flowable] = [Columns([Paragraph(label, st.body), Paragraph(amount, st.right)], widths, pad_bottom=1)
                           for label, amount in items]
    if total:
        out.append(Columns([Paragraph(total[0], st.body), Paragraph(total[1], st.right)], widths, pad_top=1,
                           above=Rule(0.8)))
    return Stack(out)


def centred(flowable: Flowable, spec: PageSpec) -> Flowable:
    return Columns([flowable], [spec.frame_width], align=["center"])


def gap(points: float) -> Spacer:
    return Spacer(1, points)


def render(story: Sequence[Flowable], spec: PageSpec, *, title: str,
           footer: Callable[[Canvas, int], None] | None = None) -> bytes:
    """Lay ``story`` down as a PDF: A4 pages through platypus, or one roll page sized to fit.

    One document at a time per process: cached fixed paragraphs (:func:`fixed`) are shared flowables.
    """
    with _render_lock:
        return _render(story, spec, title=title, footer=footer)[0]


def render_one_page(make_story: Callable[[PageSpec], Sequence[Flowable]], spec: PageSpec, *, title: str,
                    footer: Callable[[Canvas, int], None] | None = None) -> bytes:
    """An A4 document on ONE page: laid out at the normal size first (almost always enough, so no extra
    cost), then at each smaller body size of :data:`A4_FIT_SIZES` until it fits. A roll has no pages."""
    if spec.roll:
        return render(make_story(spec), spec, title=title, footer=footer)
    with _render_lock:
        pdf = b""
        for body in (size for size in A4_FIT_SIZES if size <= spec.body):
            fitted = replace(spec, body=body)
            pdf, pages = _render(make_story(fitted), fitted, title=title, footer=footer)
            if pages == 1:
                break
        return pdf


_render_lock = threading.RLock()


def _render(story: Sequence[Flowable], spec: PageSpec, *, title: str,
            footer: Callable[[Canvas, int], None] | None) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    buf = io.BytesIO()
    if spec.roll:
        width = spec.frame_width
        sizes = [f.wrap(width, 10_000 * mm) for f in story]
        height = sum(h for _, h in sizes) + 2 * spec.margin_y
        canvas = Canvas(buf, pagesize=(spec.width, height), invariant=1, pageCompression=1)
        canvas.setTitle(title)
        y = height - spec.margin_y
        for flowable, (_, h) in zip(story, sizes, strict=True):
            y -= h
            flowable.drawOn(canvas, spec.margin_x, y)
        canvas.showPage()
        canvas.save()
        return buf.getvalue(), 1

    def on_page(canvas: Canvas, doc: Any) -> None:
        if footer:
            footer(canvas, doc.page)

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=spec.margin_x, rightMargin=spec.margin_x,
                          topMargin=spec.margin_y, bottomMargin=spec.margin_y + 6 * mm, title=title,
                          invariant=1, pageCompression=1)
    frame = Frame(spec.margin_x, spec.margin_y + 6 * mm, spec.frame_width, A4[1] - 2 * spec.margin_y - 6 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(story))
    return buf.getvalue(), doc.page
