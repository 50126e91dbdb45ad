"""The bundled Noto fonts, registered once, and Marathi letter forms for reportlab's HarfBuzz shaping.

Why bundled: a receipt must look the same on every counter PC, and Windows has no Devanagari font that
reportlab can embed. Noto Sans carries Latin, digits and ₹; Noto Sans Devanagari carries Devanagari (and
digits, ₹), but no Latin letters — so text switches font at word boundaries (see :mod:`.markup`).

Why the HarfBuzz shim: reportlab 5 shapes with ``buf.guess_segment_properties()`` and never sets the
buffer's language, so HarfBuzz falls back to the process locale (``C`` on a kiosk) and picks the Hindi
forms of ल and श. Noto Sans Devanagari has Marathi forms (``ladevaMAR``, ``shadevaMAR``) behind the
``MAR`` language system. reportlab gives no hook for the language, so :func:`register_fonts` swaps the
``uharfbuzz`` module reference inside ``reportlab.pdfbase.ttfonts`` for a thin proxy whose ``Buffer()``
comes with ``language = "mr"`` preset (``guess_segment_properties`` only fills what is unset). Latin runs
are unaffected: their fonts have no ``MAR`` system and HarfBuzz uses the default one.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts

from kiosk.config import ASSETS_DIR
from kiosk.receipts.text_layer import install_actual_text

LATIN = "KioskSans"
LATIN_BOLD = "KioskSans-Bold"
DEVA = "KioskDeva"
DEVA_BOLD = "KioskDeva-Bold"
SHAPING_LANGUAGE = "mr"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    DEVA: "NotoSansDevanagari-Regular.ttf",
    DEVA_BOLD: "NotoSansDevanagari-Bold.ttf",
}
_lock = threading.Lock()
_registered: FontSet | None = None


class FontsMissing(Exception):
    """Raised (wrapped by callers into a KioskError) when the bundled TTFs are not where they belong."""


@dataclass(frozen=True)
class FontSet:
    """The registered fonts' code-point coverage, used to pick a font per word."""

    latin_chars: frozenset[int]
    deva_chars: frozenset[int]

    def face(self, script: str, bold: bool) -> str:
        if script == "deva":
            return DEVA_BOLD if bold else DEVA
        return LATIN_BOLD if bold else LATIN


class _LanguageHarfBuzz:
    """Proxy of the ``uharfbuzz`` module whose buffers carry a language (see the module docstring)."""

    def __init__(self, real: Any, language: str) -> None:
        self._real = real
        self._language = language

    def Buffer(self) -> Any:  # noqa: N802 - mirrors uharfbuzz.Buffer
        buf = self._real.Buffer()
        buf.language = self._language
        return buf

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def fonts_dir() -> Path:
    """``$KIOSK_ASSETS/fonts`` for a frozen build, else the repository's ``assets/fonts``."""
    base = os.environ.get("KIOSK_ASSETS")
    return (Path(base) if base else ASSETS_DIR) / "fonts"


def install_language_shaping(language: str = SHAPING_LANGUAGE) -> None:
    """Make reportlab's HarfBuzz buffers use ``language``; idempotent."""
    current = getattr(ttfonts, "uharfbuzz", None)
    if current is None:
        raise FontsMissing("uharfbuzz is not installed: install reportlab[shaping]")
    real = current._real if isinstance(current, _LanguageHarfBuzz) else current
    ttfonts.uharfbuzz = _LanguageHarfBuzz(real, language)


def register_fonts(directory: Path | None = None) -> FontSet:
    """Register the four faces with reportlab once per process and return their coverage."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        folder = directory or fonts_dir()
        fonts: dict[str, ttfonts.TTFont] = {}
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontsMissing(f"font file missing: {path}")
            font = ttfonts.TTFont(name, str(path), shapable=True)
            pdfmetrics.registerFont(font)
            fonts[name] = font
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD)
        pdfmetrics.registerFontFamily(DEVA, normal=DEVA, bold=DEVA_BOLD, italic=DEVA, boldItalic=DEVA_BOLD)
        install_language_shaping()
        install_actual_text()
        _registered = FontSet(
            latin_chars=frozenset(fonts[LATIN].face.charToGlyph) & frozenset(fonts[LATIN_BOLD].face.charToGlyph),
            deva_chars=frozenset(fonts[DEVA].face.charToGlyph) & frozenset(fonts[DEVA_BOLD].face.charToGlyph),
        )
        return _registered


def shape_glyph_names(text: str, font_name: str = DEVA, language: str = SHAPING_LANGUAGE) -> list[str]:
    """Glyph names HarfBuzz produces for ``text`` in a registered font — for tests and diagnostics."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    import uharfbuzz

    hb_font = uharfbuzz.Font(font.hbFace)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.language = language
    buf.guess_segment_properties()
    uharfbuzz.shape(hb_font, buf, {})
    return [hb_font.glyph_to_string(info.codepoint) for info in buf.glyph_infos]
