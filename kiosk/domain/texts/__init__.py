"""Every sentence the layers below the window say to a person: one table, keyed by code, in three languages.

The window's own labels are Qt translations (``assets/i18n``); everything else an operator or a citizen
reads — error sentences, form and password problems, refusal reasons, status names, the updater's notice,
receipt captions — is a :class:`Text` in one of the modules of this package, split by noun so none grows
past a screenful. ``kiosk.domain.messages`` joins them into one catalogue (``error.storage_error``,
``problem.mobile_invalid``, ``status.queued`` …) and is the only place that picks a language.

Plain Python data on purpose: importing it does no I/O, mypy checks its shape, and a test
(``tests/domain/test_message_catalogue.py``) fails when a code lacks a language or a Hindi entry merely
repeats the English or Marathi one.
"""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """One message in English, Marathi and Hindi; ``{name}`` placeholders are the same in all three."""

    en: str
    mr: str
    hi: str

    def text(self, language: str) -> str:
        """The wording in ``language``; an unknown language reads English (like ``catalogue.Label``)."""
        return str(getattr(self, language)) if language in LANGUAGES else self.en


LANGUAGES = ("mr", "hi", "en")  # Marathi is the kiosk's default language; English the last resort
