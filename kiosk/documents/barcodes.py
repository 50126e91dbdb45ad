"""Finding every QR code and barcode on a scan or a photo.

Two readers: zbar (pyzbar) and ZXing (zxing-cpp). Measured on the dense card-size Aadhaar-like corpus and
on 300-dpi A4 pages (tests/benchmarks/documents), zxing-cpp reads more of the blurry, rotated codes and is
several times faster, so it goes first; zbar stays as the second opinion. The plan, cheapest first:

1. zxing, QR only, global-histogram binariser: ~10 ms on an A4 page, enough for an evenly lit scan;
2. zxing, every symbology we accept, local binariser, rotations: uneven phone photos and 1-D codes;
3. zbar on a half-size copy of a big page (downscale first: ~4x fewer pixels), then at full resolution,
   where a 3 px-a-module card QR needs every pixel.

It stops at the first pass that finds something unless ``exhaustive`` (for "list every code").
Symbologies are always named: fewer false positives, faster, and no libzbar DataBar assertion spam.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import zxingcpp
from PIL import Image
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol

ZBAR_SYMBOLS = [ZBarSymbol.QRCODE, ZBarSymbol.CODE128, ZBarSymbol.CODE39, ZBarSymbol.EAN13, ZBarSymbol.EAN8,
                ZBarSymbol.I25]
_F = zxingcpp.BarcodeFormat
ZXING_FORMATS = (_F.QRCode, _F.Code128, _F.Code39, _F.EAN13, _F.EAN8, _F.ITF, _F.PDF417, _F.DataMatrix)
DOWNSCALE_ABOVE = 1800  # long side in pixels; below this the half-size pass cannot pay for itself

_ZBAR_NAMES = {"QRCODE": "qrcode", "CODE128": "code128", "CODE39": "code39", "EAN13": "ean13", "EAN8": "ean8",
               "I25": "itf"}
_ZXING_NAMES = {"QRCode": "qrcode", "Code128": "code128", "Code39": "code39", "EAN13": "ean13", "EAN8": "ean8",
                "ITF": "itf", "PDF417": "pdf417", "DataMatrix": "datamatrix"}


@dataclass(frozen=True)
class FoundCode:
    """One decoded symbol. ``data`` is the raw payload; ``text`` its best text reading."""

    symbology: str
    text: str
    data: bytes
    reader: str


Reader = Callable[[Image.Image], list[FoundCode]]


def read_zbar(image: Image.Image) -> list[FoundCode]:
    try:
        results = pyzbar.decode(image, symbols=ZBAR_SYMBOLS)
    except (ctypes.ArgumentError, ValueError):
        return []
    found = []
    for r in results:
        name = _ZBAR_NAMES.get(r.type, r.type.lower())
        found.append(FoundCode(name, r.data.decode("utf-8", errors="replace"), bytes(r.data), "zbar"))
    return found


def read_zxing(image: Image.Image) -> list[FoundCode]:
    """Every accepted symbology, local binariser, all orientations (the thorough ZXing pass)."""
    return _zxing(image, formats=ZXING_FORMATS, try_rotate=True)


def read_zxing_qr_fast(image: Image.Image) -> list[FoundCode]:
    """QR only with a global threshold: the ~10 ms pass that settles an evenly lit scan."""
    return _zxing(image, formats=(_F.QRCode,), try_rotate=False, try_invert=False,
                  binarizer=zxingcpp.Binarizer.GlobalHistogram)


def _zxing(image: Image.Image, **options: Any) -> list[FoundCode]:
    results = zxingcpp.read_barcodes(image, **options)
    found = []
    for r in results:
        if not r.valid:
            continue
        name = _ZXING_NAMES.get(r.format.name, r.format.name.lower())
        found.append(FoundCode(name, r.text, bytes(r.bytes), "zxing"))
    return found


# name → (reader, downscale-first): zbar gains from a half-size look at a big page; ZXing has its own
# image pyramid (try_downscale) so a separate half-size pass would only repeat work.
READERS: dict[str, tuple[Reader, bool]] = {
    "zxing-fast": (read_zxing_qr_fast, False),
    "zxing": (read_zxing, False),
    "zbar": (read_zbar, True),
}
DEFAULT_PLAN = ("zxing-fast", "zxing", "zbar")


def read_codes(
    image: Image.Image, *, plan: Sequence[str] = DEFAULT_PLAN, exhaustive: bool = False
) -> list[FoundCode]:
    """Every code found; stops at the first pass that finds something unless ``exhaustive``."""
    gray = image if image.mode == "L" else image.convert("L")
    half = gray.reduce(2) if max(gray.size) > DOWNSCALE_ABOVE else None
    passes: list[tuple[Reader, Image.Image]] = []
    for name in plan:
        reader, downscale_first = READERS[name]
        if downscale_first and half is not None:
            passes.append((reader, half))
        passes.append((reader, gray))
    found: dict[tuple[str, bytes], FoundCode] = {}
    for reader, candidate in passes:
        for code in reader(candidate):
            found.setdefault((code.symbology, code.data), code)
        if found and not exhaustive:
            break
    return list(found.values())
