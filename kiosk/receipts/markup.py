"""Plain text → reportlab Paragraph markup: escaped, with the font switched per word by script.

Everything that reaches a Paragraph goes through :func:`rich`; nothing else builds markup from data.
That is the whole defence against markup injection: a name such as ``<b>Ram</b> & <font size=90>`` is
escaped here and prints literally.

Why per word: reportlab shapes a word (a whitespace-separated run) with the font of its first fragment,
so a word must be in one font. A word holding any Devanagari letter goes in Noto Sans Devanagari (which
also has digits, punctuation and ₹); any other word in Noto Sans. A rare mixed word such as ``Ramराम``
gets a hair space (U+200A) at the script change so each part is a word of its own and shapes correctly.
Characters neither font has (emoji, CJK) become U+FFFD, so nothing is silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from kiosk.receipts.fonts import FontSet, register_fonts

_WS = re.compile(r"(\s+)")
_HAIR = "\u200a"
_KEEP = {"\u200c", "\u200d"}  # ZWNJ/ZWJ: Marathi eyelash-ra and half forms depend on them


def _is_deva(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff" or "\u1cd0" <= ch <= "\u1cff"


def clean(text: str) -> str:
    """NFC, control characters dropped (ZWJ/ZWNJ kept), line breaks and tabs as plain spaces."""
    text = unicodedata.normalize("NFC", str(text))
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _KEEP:
            out.append(ch)
        elif ch in "\n\r\t\u2028\u2029":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def _split_mixed(word: str) -> list[tuple[str, str]]:
    """Split one word into (script, text) runs; digits, punctuation, marks and joiners join their run."""
    out: list[list[str]] = []
    pending = ""
    for ch in word:
        script = "deva" if _is_deva(ch) else "latin" if ch.isalpha() else None
        if script is None or (out and out[-1][0] == script):
            if out:
                out[-1][1] += ch
            else:
                pending += ch
        else:
            out.append([script, pending + ch])
            pending = ""
    if pending:
        out.append(["latin", pending])
    return [(s, t) for s, t in out]


def _covered(text: str, chars: frozenset[int]) -> str:
    return "".join(ch if ord(ch) in chars or ch.isspace() else "\ufffd" for ch in text)


def runs(text: str, fonts: FontSet | None = None) -> list[tuple[str, str]]:
    """(script, text) runs of ``text`` at word boundaries; whitespace joins the preceding run."""
    fonts = fonts or register_fonts()
    out: list[tuple[str, str]] = []
    for token in _WS.split(clean(text)):
        if not token:
            continue
        if token.isspace():
            piece = [(out[-1][0] if out else "latin", " ")]
        elif any(_is_deva(ch) for ch in token):
            parts = _split_mixed(token)
            piece = []
            for i, (script, part) in enumerate(parts):
                piece.append((script, part + (_HAIR if i < len(parts) - 1 else "")))
        else:
            piece = [("latin", token)]
        for script, part in piece:
            chars = fonts.deva_chars if script == "deva" else fonts.latin_chars
            part = _covered(part, chars)
            if out and out[-1][0] == script:
                out[-1] = (script, out[-1][1] + part)
            else:
                out.append((script, part))
    return out


def rich(text: str, *, bold: bool = False, size: float | None = None, color: str | None = None) -> str:
    """Escaped Paragraph markup for ``text`` with per-word font faces; safe for any user string."""
    fonts = register_fonts()
    attrs = ""
    if size is not None:
        attrs += f' size="{float(size):.2f}"'
    if color is not None:
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
            raise ValueError(f"colour must be #rrggbb, got {color!r}")
        attrs += f' color="{color}"'
    return "".join(
        f'<font face="{fonts.face(script, bold)}"{attrs}>{escape(part)}</font>' for script, part in runs(text, fonts)
    )


def lines(*parts: str) -> str:
    """Join already-built markup fragments with line breaks, skipping empty ones."""
    return "<br/>".join(p for p in parts if p)
