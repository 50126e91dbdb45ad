"""A bar chart of applications per day, painted with QPainter (QtCharts is an add-on we do not ship)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import ACCENT


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[date, int]] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: list[tuple[date, int]]) -> None:
        self.values = list(values)
        self.setAccessibleDescription(", ".join(f"{d:%d-%m}: {n}" for d, n in self.values))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.values:
            return
        metrics = p.fontMetrics()
        line = metrics.height()
        top, bottom_pad, left, right = line + 8, line * 2 + 8, 8.0, 8.0
        width = self.width() - left - right
        height = self.height() - top - bottom_pad
        peak = max((n for _, n in self.values), default=0) or 1
        slot = width / len(self.values)
        bar = slot * 0.62
        p.setPen(QColor("#c9ced6"))
        p.drawLine(int(left), int(top + height), int(left + width), int(top + height))
        for i, (day, n) in enumerate(self.values):
            x = left + i * slot + (slot - bar) / 2
            h = height * n / peak
            p.fillRect(QRectF(x, top + height - h, bar, h), QColor(ACCENT if i == len(self.values) - 1 else "#6c9bd2"))
            p.setPen(QColor("#1f2a37"))
            p.drawText(QRectF(left + i * slot, top + height - h - line - 2, slot, line),
                       Qt.AlignmentFlag.AlignCenter, str(n))
            p.drawText(QRectF(left + i * slot, top + height + 4, slot, line),
                       Qt.AlignmentFlag.AlignCenter, f"{day:%d}")
            if i == 0 or day.day == 1:
                p.drawText(QRectF(left + i * slot, top + height + 4 + line, slot * 3, line),
                           Qt.AlignmentFlag.AlignLeft, f"{day:%m-%Y}")
        p.end()
