"""Two small flowables that replace platypus ``Table`` on receipts.

Why: ``Table`` wraps every cell once to measure and again to draw, which doubles HarfBuzz shaping — the
largest cost of a receipt. A receipt needs only top-aligned columns with padding, a rule and a fill,
so :class:`Columns` wraps each cell exactly once and draws what it measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer


@dataclass(frozen=True)
class Rule:
    width: float
    color: colors.Color = colors.black


class Columns(Flowable):
    """Cells side by side, top-aligned, each in a fixed width; optional rules and background.

    ``align`` per cell is ``"left"``, ``"right"`` or ``"center"`` (used for fixed-size cells like a QR).
    """

    def __init__(self, cells: Sequence[Flowable], widths: Sequence[float], *, pad_top: float = 0,
                 pad_bottom: float = 0, pad_x: float = 0, below: Rule | None = None, above: Rule | None = None,
                 background: colors.Color | None = None, align: Sequence[str] | None = None) -> None:
        super().__init__()
        if len(cells) != len(widths):
            raise ValueError("one width per cell")
        self.cells = list(cells)
        self.widths = list(widths)
        self.pad_top, self.pad_bottom, self.pad_x = pad_top, pad_bottom, pad_x
        self.below, self.above, self.background = below, above, background
        self.align = list(align) if align else ["left"] * len(cells)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [c.wrap(w - 2 * self.pad_x, available_height) for c, w in zip(self.cells, self.widths,
                                                                                    strict=True)]
        inner = max((h for _, h in self._sizes), default=0)
        self.width = sum(self.widths)
        self.height = inner + self.pad_top + self.pad_bottom
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Split a row taller than a page (say, 60 documents) cell by cell; [] when a cell cannot split."""
        room = available_height - self.pad_top - self.pad_bottom
        if room <= 0:
            return []
        firsts: list[Flowable] = []
        rests: list[Flowable] = []
        for cell, width in zip(self.cells, self.widths, strict=True):
            inner = width - 2 * self.pad_x
            _, h = cell.wrap(inner, available_height)
            if h <= room:
                firsts.append(cell)
                rests.append(Spacer(0, 0))
                continue
            parts = cell.split(inner, room)
            if len(parts) != 2:
                return []
            firsts.append(parts[0])
            rests.append(parts[1])
        common = dict(pad_x=self.pad_x, background=self.background, align=self.align)
        return [Columns(firsts, self.widths, pad_top=self.pad_top, above=self.above, **common),  # type: ignore[arg-type]
                Columns(rests, self.widths, pad_bottom=self.pad_bottom, below=self.below, **common)]  # type: ignore[arg-type]

    def draw(self) -> None:
        canvas = self.canv
        if self.background is not None:
            canvas.saveState()
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canvas.restoreState()
        x = 0.0
        for cell, width, (cw, ch), align in zip(self.cells, self.widths, self._sizes, self.align, strict=True):
            inner = width - 2 * self.pad_x
            dx = {"right": inner - cw, "center": (inner - cw) / 2}.get(align, 0.0)
            cell.drawOn(canvas, x + self.pad_x + dx, self.height - self.pad_top - ch)
            x += width
        for rule, y in ((self.below, 0.0), (self.above, self.height)):
            if rule is not None:
                canvas.saveState()
                canvas.setStrokeColor(rule.color)
                canvas.setLineWidth(rule.width)
                canvas.line(0, y, self.width, y)
                canvas.restoreState()


class Stack(Flowable):
    """Flowables one under another, as one unbreakable block (a fee table must not split over pages)."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        super().__init__()
        self.items = list(items)
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [f.wrap(available_width, available_height)[1] for f in self.items]
        self.width = available_width
        self.height = sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for item, h in zip(self.items, self._heights, strict=True):
            y -= h
            item.drawOn(self.canv, 0, y)
