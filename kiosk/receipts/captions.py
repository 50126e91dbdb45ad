"""Printed captions from the message catalogue (``receipt.*``), in the pair paper carries: Marathi, English.

A receipt is bilingual whatever the screen's language, so layouts ask for both at once rather than for one
language; the words themselves live with every other message in ``kiosk.domain.texts.receipts``.
"""

from __future__ import annotations

from kiosk.domain.messages import say


def caption(code: str, noun: str = "receipt", **params: object) -> tuple[str, str]:
    """``(Marathi, English)`` for a row's label or a banner (``noun.code`` in the catalogue)."""
    return say(f"{noun}.{code}", "mr", **params), say(f"{noun}.{code}", "en", **params)


def both(code: str, noun: str = "receipt", **params: object) -> str:
    """``मराठी / English`` on one line."""
    mr, en = caption(code, noun, **params)
    return f"{mr} / {en}"
