"""Fewer documents (issue 18): a returning citizen's documents, received with an earlier application and still
valid, serve the new one — only with the citizen present and consenting.

Three rules live here, pure:

- *Validity* is a fact of the document type in the catalogue (``DocumentType.valid_for``): an Aadhaar card or
  a school leaving certificate does not change ("forever"); an income proof speaks for one financial year
  (April to March), so one received in June 2025 serves until 31 March 2026; a utility bill proves today's
  address only for a while ("days:90"). A type with no validity is never reused (a photograph, a report, a
  declaration signed for that application). Validity counts from the day the earlier application received
  the copy — the kiosk never saw the issue date printed on it.
- *The same person*: the Aadhaar's last four digits and the date of birth, or the mobile number, find the
  earlier applications (indexed look-ups in the store); the name must agree as well, in either script and
  spelling (:mod:`kiosk.domain.sound_key`). A mobile alone is not a person: a village family shares one
  phone, and a father's Aadhaar must not slip into his daughter's application.
- *Consent*: an application that carries a reused document carries the time the citizen agreed
  (``extra["document_reuse_consent"]``); without it the intake refuses to save (:func:`reuse_problems`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from kiosk.domain.applicant import Applicant, NameParts
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.errors import KioskError, ProblemList
from kiosk.domain.sound_key import text_keys
from kiosk.domain.validity import reusable, valid_until

CONSENT_KEY = "document_reuse_consent"  # in Application.extra: the ISO instant the citizen agreed
CONSENT_FIELD = "document_reuse_consent"  # in a form (window or ``new FILE``): true when the citizen ticked it


class ReuseNeedsConsent(KioskError):
    """Earlier applications are searched only once the citizen, present, has agreed."""

    code = "reuse_needs_consent"


def _name_keys(name: NameParts) -> tuple[str, ...]:
    """The first name's and surname's sound keys ("" when either is missing)."""
    first, surname = text_keys(name.first), text_keys(name.surname)
    return (first[0], surname[-1]) if first and surname else ()


def same_name(a: Applicant, b: Applicant) -> bool:
    """First name and surname agree in sound, whichever script each was typed in (``Ganesh Patil`` is
    ``गणेश पाटील``; ``Ganesh`` is ``Ganesh``, ``Ganesha``…)."""
    ours = {k for k in (_name_keys(a.name_en), _name_keys(a.name_mr)) if k}
    theirs = {k for k in (_name_keys(b.name_en), _name_keys(b.name_mr)) if k}
    return bool(ours & theirs)


def same_person(new: Applicant, earlier: Applicant) -> bool:
    """Aadhaar last four + date of birth, or the mobile — and, either way, the name."""
    by_aadhaar = (new.aadhaar is not None and earlier.aadhaar is not None
                  and new.aadhaar.last4 == earlier.aadhaar.last4 and new.dob is not None and new.dob == earlier.dob)
    by_mobile = bool(new.mobile) and new.mobile == earlier.mobile
    return (by_aadhaar or by_mobile) and same_name(new, earlier)


@dataclass(frozen=True)
class ReusableDocument:
    """A document an earlier application of the same citizen received, that may serve the new one."""

    record: DocumentRecord  # as the new application will hold it (``reused_from`` set)
    from_receipt: str
    received_on: date
    valid_until: date | None  # None: does not expire


def reusable_documents(new: Applicant, earlier: list[Application], valid_for: dict[str, str], today: date,
                       group_for: Callable[[str], str | None]) -> list[ReusableDocument]:
    """From ``earlier`` applications (newest first), each document type once: the newest valid copy of it.
    ``valid_for`` maps a document type to its catalogue validity; ``group_for`` names the new service's
    group that accepts a type (None: the new service does not ask for it, so it is not offered)."""
    out: dict[str, ReusableDocument] = {}
    for app in earlier:
        if not app.receipt_number or not same_person(new, app.applicant):
            continue
        received = app.created_at.date()
        for doc in app.documents:
            rule, group = valid_for.get(doc.doc_type, ""), group_for(doc.doc_type)
            if doc.doc_type in out or doc.reused_from or group is None or not reusable(rule, received, today):
                continue  # a copy already reused once is offered from its first application only
            out[doc.doc_type] = ReusableDocument(_as_reused(doc, group, app.receipt_number), app.receipt_number,
                                                 received, valid_until(rule, received))
    return list(out.values())


def _as_reused(doc: DocumentRecord, group: str, receipt: str) -> DocumentRecord:
    return DocumentRecord(doc.sha256, doc.doc_type, group, doc.pages, doc.size_bytes, doc.mime,
                          doc.original_name, reused_from=receipt)


def reuse_consent(form: Mapping[str, Any], documents: tuple[DocumentRecord, ...], now: datetime,
                  problems: ProblemList) -> dict[str, str]:
    """The form's consent tick as the application's ``extra`` (the instant it was given), or a problem when a
    reused document comes without it: the intake never saves a reuse the citizen did not agree to."""
    agreed = form.get(CONSENT_FIELD) is True or str(form.get(CONSENT_FIELD, "")).lower() in ("true", "yes", "1")
    if any(d.reused_from for d in documents) and not agreed:
        problems.add("documents", "consent", "reuse_consent_required")
    return {CONSENT_KEY: now.astimezone(UTC).isoformat()} if agreed else {}


def reuse_problems(app: Application) -> list[str]:
    """Why ``app`` may not be saved as it is: a reused document without the citizen's recorded consent."""
    reused = [d for d in app.documents if d.reused_from]
    return ["reuse_without_consent"] if reused and not app.extra.get(CONSENT_KEY) else []


def reuse_audit(app: Application) -> dict[str, str | int]:
    """What the audit entry of a save records of reuse: how many documents and from which receipts."""
    sources = sorted({d.reused_from for d in app.documents if d.reused_from})
    if not sources:
        return {"reuse_consent": "given", "documents_reused": 0} if app.extra.get(CONSENT_KEY) else {}
    # The audit's ids are plain tokens (no spaces, commas or '+'): receipts joined by '/', the consent as a
    # word — its instant is the application's ``extra`` and the entry's own time.
    return {"documents_reused": sum(1 for d in app.documents if d.reused_from), "reused_from": "/".join(sources),
            "reuse_consent": "given" if app.extra.get(CONSENT_KEY) else "missing"}
