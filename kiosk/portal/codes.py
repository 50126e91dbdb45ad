"""The contract's error vocabulary: machine-readable codes, worded in the message catalogue (``portal.<CODE>``).

Both ends use it: the simulator fills ``error.message`` (English and Marathi, as the contract says) from
it, and the client falls back on it when a response carries a known code but no (or a garbled) human
text. Codes are API Setu-style SCREAMING_SNAKE; adding a code is a contract change (openapi.yaml lists
them too).
"""

from __future__ import annotations

from kiosk.domain.messages import say
from kiosk.domain.texts.portal import TEXTS

# The contract's codes are SCREAMING_SNAKE; the table's lower-case entries are the kiosk's own wording.
CODES: frozenset[str] = frozenset(code for code in TEXTS if code.isupper())


def message(code: str) -> tuple[str, str]:
    """English and Marathi text for ``code``; an unknown code still reads as something sensible."""
    key = f"portal.{code}" if code in CODES else "portal.unknown_code"
    return say(key, "en", code=code), say(key, "mr", code=code)


def hindi(code: str) -> str | None:
    """The Hindi wording of a contract code (the wire carries English and Marathi only), or None."""
    return say(f"portal.{code}", "hi") if code in CODES else None


def error_body(code: str, detail: str = "", **extra: object) -> dict[str, object]:
    """The error envelope every non-2xx JSON answer of the contract uses."""
    en, mr = message(code)
    error: dict[str, object] = {"code": code, "message": {"en": en, "mr": mr}}
    if detail:
        error["detail"] = detail
    error.update(extra)
    return {"error": error}
