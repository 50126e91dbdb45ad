"""The contract's error vocabulary: machine-readable codes, worded in the message catalogue (``portal.<CODE>``).

Both ends use it: the simulator fills ``error.message`` (English and Marathi, as the contract says) from
it, and the client falls back on it when a response carries a known code but no (or a garbled) human
text. Codes are API Setu-style SCREAMING_SNAKE; adding a code is a contract change (openapi.yaml lists
them too).
"""

from __future__ import annotations

from kiosk.domain.messages import say
from kiosk.domain.texts.portal import LOCAL, TEXTS

# The contract's codes are SCREAMING_SNAKE; the table's lower-case entries are the kiosk's own wording.
CODES: frozenset[str] = frozenset(code for code in TEXTS if code.isupper())


def _key(code: str) -> str | None:
    return f"portal.{code}" if code in CODES else f"portal_local.{code}" if code in LOCAL else None


def message(code: str, **params: object) -> tuple[str, str]:
    """English and Marathi text for ``code``; an unknown code still reads as something sensible."""
    key = _key(code) or "portal.unknown_code"
    return say(key, "en", code=code, **params), say(key, "mr", code=code, **params)


def hindi(code: str, **params: object) -> str | None:
    """The Hindi wording of a contract or local code (the wire carries English and Marathi only), or None."""
    key = _key(code)
    return say(key, "hi", **params) if key else None


def error_body(code: str, detail: str = "", **extra: object) -> dict[str, object]:
    """The error envelope every non-2xx JSON answer of the contract uses."""
    en, mr = message(code)
    error: dict[str, object] = {"code": code, "message": {"en": en, "mr": mr}}
    if detail:
        error["detail"] = detail
    error.update(extra)
    return {"error": error}
