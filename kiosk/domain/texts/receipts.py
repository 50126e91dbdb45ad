"""Fixed captions printed on receipts and slips (Marathi over English on paper; Hindi for completeness)."""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {}
