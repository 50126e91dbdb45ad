"""PDF → bitmap with pypdfium2, for thermal printers that take only raster images.

Rendering the very PDF that was saved (rather than drawing the receipt a second way) means the paper
from an ESC/POS printer is the PDF, pixel for pixel, and shaping is done once by HarfBuzz.
"""

from __future__ import annotations

from PIL import Image

from kiosk.domain.errors import DeviceError

MM_PER_PT = 25.4 / 72


def render_band(pdf: bytes, *, band_mm: float, dots: int, threshold: int = 160,
                roll_mm: float | None = None) -> list[Image.Image]:
    """Each page as a 1-bit image whose central ``band_mm`` is exactly ``dots`` pixels wide.

    The roll PDF is 80 mm wide with a 72 mm printable band in the middle; a 576-dot head gets the band,
    the blank margins are cropped away. A page narrower than the band is centred on white. With
    ``roll_mm``, a page of another width (an A4 sheet) is refused: its middle strip is not the document.
    """
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise DeviceError(f"cannot rasterise the PDF for the printer: {exc}", reason="bad_pdf") from exc
    images: list[Image.Image] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            width_mm = page.get_width() * MM_PER_PT
            if roll_mm is not None and abs(width_mm - roll_mm) > 1.0:
                page.close()
                raise DeviceError(f"a {width_mm:.0f} mm wide page is not a {roll_mm:.0f} mm roll receipt",
                                  reason="wrong_layout")
            scale = dots / (band_mm / MM_PER_PT)
            bitmap = page.render(scale=scale, grayscale=True)
            grey = bitmap.to_pil().convert("L")
            page.close()
            page_px = grey.width
            left = max(0, round((page_px - dots) / 2))
            band = grey.crop((left, 0, left + dots, grey.height)) if page_px > dots else grey
            if band.width < dots:
                canvas = Image.new("L", (dots, band.height), 255)
                canvas.paste(band, ((dots - band.width) // 2, 0))
                band = canvas
            # A fixed threshold keeps text edges crisp; dithering would speckle small Devanagari marks.
            images.append(band.point(lambda v: 255 if v >= threshold else 0, mode="1"))
    finally:
        doc.close()
    return images
