"""QR code as a reportlab Flowable drawn from a module matrix, one filled rectangle per dark run.

Why not reportlab's ``QrCodeWidget``: it encodes twice (bounds, then draw) and draws every module as a
graphics ``Rect`` with attribute validation — ~80 ms per receipt here, more than the whole budget.
zxing-cpp (already a dependency, for reading) also writes QR codes in C++ in under a millisecond; the
reportlab encoder remains the fallback so a receipt never depends on one library's writer API.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the quiet zone the QR standard asks for; scanners need it on a busy page


def qr_matrix(payload: str, level: str = "M") -> list[list[bool]]:
    """Rows of dark (True) / light modules, without quiet zone."""
    try:
        import zxingcpp

        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
        image: Any = code.to_image(scale=1, add_quiet_zones=False)
        view = memoryview(image)
        height, width = view.shape or (0, 0)
        raw = view.tobytes()
        return [[raw[y * width + x] < 128 for x in range(width)] for y in range(height)]
    except (ImportError, AttributeError):  # pragma: no cover - older zxing-cpp without a writer
        from reportlab.graphics.barcode import qrencoder

        levels = {"L": 1, "M": 0, "Q": 3, "H": 2}
        qr = qrencoder.QRCode(None, levels[level])
        qr.addData(payload)
        qr.make()
        n = qr.getModuleCount()
        return [[bool(qr.isDark(y, x)) for x in range(n)] for y in range(n)]


class QrFlowable(Flowable):
    """A square QR code ``size`` points wide including the quiet zone."""

    def __init__(self, payload: str, size: float, level: str = "M") -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.matrix = qr_matrix(payload, level)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.matrix) + 2 * QUIET_MODULES
        module = self.size / n
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for y, row in enumerate(self.matrix):
            top = self.size - (y + QUIET_MODULES) * module
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                path.rect((start + QUIET_MODULES) * module, top - module, (x - start) * module, module)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
