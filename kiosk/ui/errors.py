"""Errors become one sentence for the operator; the details go to a rotating log file.

:func:`sentence` is the only translator used by the window: a :class:`KioskError` through
``kiosk.domain.messages.describe``, anything else as a generic sentence (the traceback is logged, never shown).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.domain.messages import describe

log = logging.getLogger("kiosk.ui")

UNEXPECTED = {
    "en": "Something unexpected went wrong. Nothing was lost; try again, and tell the supervisor if it repeats.",
    "mr": "अनपेक्षित अडचण आली. काहीही हरवले नाही; पुन्हा प्रयत्न करा, आणि पुन्हा झाल्यास पर्यवेक्षकांना सांगा.",
    "hi": "अनपेक्षित समस्या आई। कुछ भी खोया नहीं; फिर से प्रयास करें, और दोबारा हो तो पर्यवेक्षक को बताएँ।",
}


def sentence(error: BaseException, language: str) -> str:
    if isinstance(error, KioskError):
        return describe(error, language if language in UNEXPECTED else "en")
    if isinstance(error, OSError):
        from kiosk.domain.errors import StorageError

        return describe(StorageError(error.strerror or str(error)),
                        language if language in UNEXPECTED else "en")
    log.error("unexpected error shown to the operator: %r", error)
    return UNEXPECTED.get(language, UNEXPECTED["en"])


def setup_logging(logs: Path) -> Path:
    """A 1 MB × 5 rotating file under the kiosk's logs folder; returns its path."""
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "kiosk-ui.log"
    root = logging.getLogger("kiosk")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
