"""Errors become one sentence for the operator; the details go to a rotating log file.

:func:`sentence` is the only translator used by the window: a :class:`KioskError` through
``kiosk.domain.messages.describe``, anything else as the catalogue's ``error.unexpected`` (the traceback is
logged, never shown). The sentences are the message catalogue's, the same the CLI prints.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kiosk.domain.errors import KioskError, StorageError
from kiosk.domain.messages import describe, say

log = logging.getLogger("kiosk.ui")


def sentence(error: BaseException, language: str) -> str:
    """The operator's one sentence for ``error``, from the message catalogue, in ``language``."""
    if isinstance(error, KioskError):
        return describe(error, language)
    if isinstance(error, OSError):
        return describe(StorageError(error.strerror or str(error)), language)
    log.error("unexpected error shown to the operator: %r", error)
    return say("error.unexpected", language)


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
