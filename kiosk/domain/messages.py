"""The one message catalogue: every code, in Marathi, Hindi and English, and the one way to pick a language.

The sentences live as data in :mod:`kiosk.domain.texts` (one module per noun); here they are joined under
``noun.code`` keys — ``error.portal_unavailable``, ``problem.mobile_invalid``, ``document.empty``,
``status.queued`` — and rendered. The CLI, the window (``kiosk.ui.errors.sentence``), the receipts and the
updater all speak through :func:`say`, :func:`render` and :func:`describe`; nothing else holds a sentence
in two languages.

Placeholders are filled from keyword arguments; a value that is itself bilingual (a :class:`Text`, or a
catalogue ``Label`` with ``text(language)``) is put in the same language as the sentence. Unknown
languages read English; a typed error whose code has no entry reads ``error.kiosk_error`` plus its detail,
so a new error class is never shown as a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.domain.texts import (
    LANGUAGES,
    Text,
    appeals,
    carried,
    catalogue,
    command_line,
    commands,
    consent,
    dashboard,
    day_close,
    delivery,
    documents,
    duplicates,
    elsewhere,
    errors,
    more_documents,
    payments,
    portal,
    problems,
    receipts,
    releases,
    reuse,
    ring,
    statuses,
    verification,
    visits,
)

if TYPE_CHECKING:
    from kiosk.domain.errors import KioskError

_TABLES: dict[str, dict[str, Text]] = {
    "error": {**errors.TEXTS, **carried.ERRORS, **command_line.ERRORS, **day_close.ERRORS, **more_documents.ERRORS,
              **payments.ERRORS, **visits.ERRORS, **reuse.ERRORS, **duplicates.ERRORS, **ring.ERRORS,
              **elsewhere.ERRORS},
    "problem": {**problems.TEXTS, **delivery.PROBLEMS, **payments.PROBLEMS, **catalogue.PROBLEMS,
                **reuse.PROBLEMS},
    "document": documents.DOCUMENT_REASONS,
    "document_warning": documents.DOCUMENT_WARNINGS,
    "qr": documents.QR_REASONS,
    "aadhaar": documents.AADHAAR,
    "portal": portal.TEXTS,
    "portal_local": portal.LOCAL,
    "status": statuses.TEXTS,
    "void_reason": statuses.VOID_REASONS,
    "update": releases.TEXTS,
    "receipt": {**receipts.TEXTS, **more_documents.RECEIPT, **payments.RECEIPT},
    "consent": consent.TEXTS,
    "recovery_sheet": receipts.RECOVERY_SHEET,
    "cli_documents": commands.DOCUMENTS,
    "cli_security": commands.SECURITY,
    "cli_desk": commands.DESK,
    "cli_carried": carried.CLI,
    "cli_line": command_line.LINES,
    "day_close": day_close.TEXTS,
    "appeal_refusal": appeals.REFUSALS,
    "appeal_reason": appeals.REASONS,
    "appeal_authority": appeals.AUTHORITIES,
    "appeal": appeals.FILED,
    "appeal_ack": appeals.ACKNOWLEDGEMENT,
    "more_documents": more_documents.CLI,
    "history_note": appeals.HISTORY_NOTES,
    "catalogue": catalogue.TEXTS,
    "delivery_channel": delivery.CHANNELS, "delivery_outcome": delivery.OUTCOMES,
    "lookup": {**delivery.LOOKUP, **payments.LOOKUP, **elsewhere.LOOKUP},
    "payment": payments.TEXTS,
    "payment_refusal": payments.REFUSALS,
    "dashboard": dashboard.TEXTS,
    "visit": visits.TEXTS, "visit_refusal": visits.REFUSALS,
    "reuse": reuse.TEXTS, "self_declaration": reuse.DECLARATION,
    "duplicates": duplicates.CLI,
    "ring_refusal": ring.REFUSALS, "cli_ring": ring.CLI,
    "hub_close": dashboard.HUB_CLOSE,
    "verification": verification.TEXTS,
}
# An error whose ``why`` param names its reason reads the reason from this table, not its English detail.
_REASONS = {"appeal_not_allowed": "appeal_refusal", "payment_refused": "payment_refusal",
            "visit_refused": "visit_refusal", "ring_refused": "ring_refusal"}
# The history notes the kiosk writes, by their stored English text (``void: {reason}`` by its prefix).
_NOTES = {text.en: code for code, text in appeals.HISTORY_NOTES.items() if "{" not in text.en}
CATALOGUE: dict[str, Text] = {f"{noun}.{code}": text for noun, table in _TABLES.items() for code, text in table.items()}


class _Params(dict[str, object]):
    """A missing placeholder reads as nothing: an operator never sees ``KeyError`` or ``{detail}``."""

    def __missing__(self, key: str) -> str:
        return ""


def language_of(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _localise(value: object, language: str) -> object:
    if isinstance(value, Text):
        return getattr(value, language)
    text = getattr(value, "text", None)
    return text(language) if callable(text) else value


def _format(template: str, language: str, params: dict[str, object]) -> str:
    return template.format_map(_Params({k: _localise(v, language) for k, v in params.items()}))


def say(code: str, language: str, /, **params: object) -> str:
    """The catalogue entry ``code`` in ``language`` with its placeholders filled. An unknown code is a bug."""
    lang = language_of(language)
    return _format(getattr(CATALOGUE[code], lang), lang, params)


def render(code: str, /, **params: object) -> Text:
    """The entry in all three languages at once, for what is decided now and shown later (a problem, a detail)."""
    return Text(*(say(code, lang, **params) for lang in Text._fields))


def details(code: str, /, **params: object) -> dict[str, str]:
    """``detail_en`` / ``detail_mr`` / ``detail_hi`` params for a typed error whose detail is a catalogue entry."""
    text = render(code, **params)
    return {"detail_en": text.en, "detail_mr": text.mr, "detail_hi": text.hi}


def has(code: str) -> bool:
    return code in CATALOGUE


def describe(error: KioskError, language: str = "mr") -> str:
    """The operator's sentence for a typed error: its code's entry, filled with its params and detail."""
    lang = language_of(language)
    params: dict[str, object] = dict(error.params)
    params.setdefault("detail", error.detail)
    problems = getattr(error, "problems", None)
    if problems:  # form or password problems carry their own three languages
        params["reasons"] = " ".join(p.message(lang) for p in problems)
        if error.code == "validation_failed":
            params["detail"] = "; ".join(p.message(lang) for p in problems)
    reason = _reason_code(error)
    if reason:
        params["detail"] = say(reason, lang, **params)
    for key in {"hi": ("detail_hi", "detail_mr"), "mr": ("detail_mr",)}.get(lang, ("detail_en",)):
        localised = error.params.get(key)
        if isinstance(localised, str) and localised:
            params["detail"] = localised
            break
    code = f"error.{error.code}"
    return _format(getattr(CATALOGUE[code if code in CATALOGUE else "error.kiosk_error"], lang), lang, params)


def _reason_code(error: KioskError) -> str:
    table, why = _REASONS.get(error.code), error.params.get("why")
    if not table or not why:
        return ""
    stage = error.params.get("stage")
    for code in (f"{table}.{stage}_{why}" if stage else "", f"{table}.{why}"):
        if code in CATALOGUE:
            return code
    return ""


def history_note(note: str, language: str) -> str:
    """A status-history note in ``language``: the kiosk's own notes translated, the portal's bilingual
    reason (``English / मराठी``) cut to the right half, anything else (an appeal's grounds) as written."""
    lang = language_of(language)
    if note in _NOTES:
        return say(f"history_note.{_NOTES[note]}", lang)
    if note.startswith("void: "):
        code = note.removeprefix("void: ")
        reason: object = CATALOGUE.get(f"void_reason.{code}", code)
        return say("history_note.voided", lang, reason=reason)
    english, sep, marathi = note.partition(" / ")
    if sep and marathi and english.isascii() and not marathi.isascii():
        return english if lang == "en" else marathi
    return note
