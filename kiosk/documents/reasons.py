"""Why a file or a QR code was refused, as typed errors worded by the message catalogue.

The domain's translator prints ``document_rejected`` / ``qr_unreadable`` with a ``{detail}``; the detail
must reach the operator in their language too, so each reason is a catalogue entry (``document.<reason>``,
``qr.<reason>`` in ``kiosk.domain.texts.documents``) and each error carries ``reason`` and the detail
rendered in every language (``detail_en``, ``detail_mr``, ``detail_hi``).
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.errors import DocumentRejected, KioskError, QrUnreadable
from kiosk.domain.messages import details, say


def rejected(reason: str, **params: Any) -> DocumentRejected:
    """A :class:`DocumentRejected` whose detail exists in every language."""
    worded = details(f"document.{reason}", **params)
    return DocumentRejected(worded["detail_en"], reason=reason, **worded, **params)


def unreadable(reason: str, **params: Any) -> QrUnreadable:
    """A :class:`QrUnreadable` saying why, in every language."""
    worded = details(f"qr.{reason}", **params)
    return QrUnreadable(worded["detail_en"], reason=reason, **worded, **params)


def explain(error: KioskError, language: str) -> str:
    """The reason alone, in the operator's language (the CLI and the GUI add their own lead-in)."""
    keys = {"hi": ("detail_hi", "detail_mr"), "mr": ("detail_mr",)}.get(language, ("detail_en",))
    return next((str(error.params[k]) for k in keys if error.params.get(k)), error.detail)


def aadhaar_text(key: str, language: str) -> str:
    """What the operator reads next to a decoded Aadhaar QR (CLI and GUI alike)."""
    return say(f"aadhaar.{key}", language)
