"""Text normalisation at the boundary: NFC, trimmed, Devanagari digits folded.

ZWJ/ZWNJ are kept on purpose: Marathi's eyelash-ra (र्‍य) depends on them. In names they are kept only
there — beside a virama between Devanagari letters — because anywhere else they are invisible and make
"Ra<ZWJ>hul" a different name from "Rahul" for search (:func:`normalise_name`).
"""

from __future__ import annotations

import re
import unicodedata

_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_WHITESPACE_CONTROLS = str.maketrans("\t\n\r\v\f", "     ")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_text(value: str) -> str:
    """NFC, collapse runs of spaces, trim; control characters other than ZWJ/ZWNJ removed."""
    value = unicodedata.normalize("NFC", value).translate(_WHITESPACE_CONTROLS)
    if not value.isprintable():  # the per-character filter only when there is something to filter
        value = "".join(
            ch for ch in value if ch in "\u200c\u200d" or unicodedata.category(ch) not in ("Cc", "Cf")
        )
    return _SPACES.sub(" ", value).strip()


_ZERO_WIDTH_JOINERS = "\u200c\u200d"
_VIRAMA = "\u094d"


def _devanagari(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f"


def normalise_name(value: str) -> str:
    """A name part as kept and searched: :func:`normalise_text`, then every ZWJ/ZWNJ dropped except in a
    Devanagari conjunct position (right after a virama before a letter, र्‍य; or between a letter and a
    virama, the older encoding of the same eyelash-ra)."""
    value = normalise_text(value)
    if "\u200c" not in value and "\u200d" not in value:
        return value
    kept = []
    for i, ch in enumerate(value):
        if ch in _ZERO_WIDTH_JOINERS:
            before = value[i - 1] if i else ""
            after = value[i + 1] if i + 1 < len(value) else ""
            conjunct = (before == _VIRAMA and _devanagari(after) and after != _VIRAMA) or (
                _devanagari(before) and before != _VIRAMA and after == _VIRAMA)
            if not conjunct:
                continue
        kept.append(ch)
    return "".join(kept)


def fold_digits(value: str) -> str:
    """Devanagari digits to ASCII, so ९८२२ and 9822 are the same mobile number."""
    return value.translate(_DEVANAGARI_DIGITS)


def normalise_digits(value: str) -> str:
    """For numbers typed by people: fold digits, drop spaces and dashes."""
    return re.sub(r"[\s\-]", "", fold_digits(normalise_text(value)))


def has_devanagari(value: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in value)


def search_key(value: str) -> str:
    """What search compares: NFC, joiners outside conjuncts dropped (as in names), digits folded, Latin case
    folded."""
    return fold_digits(normalise_name(value)).casefold()
