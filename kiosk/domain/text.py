"""Text normalisation at the boundary: NFC, trimmed, Devanagari digits folded.

ZWJ/ZWNJ are kept on purpose: Marathi's eyelash-ra (र्‍य) depends on them.
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


def fold_digits(value: str) -> str:
    """Devanagari digits to ASCII, so ९८२२ and 9822 are the same mobile number."""
    return value.translate(_DEVANAGARI_DIGITS)


def normalise_digits(value: str) -> str:
    """For numbers typed by people: fold digits, drop spaces and dashes."""
    return re.sub(r"[\s\-]", "", fold_digits(normalise_text(value)))


def has_devanagari(value: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in value)


def search_key(value: str) -> str:
    """What search compares: NFC, digits folded, Latin case folded."""
    return fold_digits(normalise_text(value)).casefold()
