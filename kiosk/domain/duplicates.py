"""The same person applying twice for the same service (issue 18, "No duplicate applications").

Two rules say two applicants are one person:

- the same Aadhaar last four digits and the same date of birth (a 1-in-10,000 chance per birthday that
  two people share them: in one hub's unfinished work for one service, that is the citizen), or
- the same mobile number and the same name — first name and surname — in either script: what the
  operator typed today in Marathi is compared with what was typed last month in English, through the
  sound skeleton of :mod:`kiosk.domain.sound_key` (``Suneeta Kshirsagar`` = ``सुनीता क्षीरसागर`` =
  ``Sunita Kshirsaagar``).

Two *different* Aadhaar last fours rule the second rule out: a family shares one mobile and, across
generations, names (a son named after his grandfather), but never an Aadhaar number.

"Unfinished" is everything not yet at an end: waiting for a decision, approved but not handed over, or
in appeal. Rejected, delivered and voided applications are finished (a citizen may apply again after a
rejection), and a draft is not an application.

Pure functions, no I/O: the store finds the few candidates through its indexes
(:mod:`kiosk.store.duplicates`); this decides which of them is the same person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.applicant import Applicant, NameParts
from kiosk.domain.errors import KioskError
from kiosk.domain.sound_key import text_keys
from kiosk.domain.status import LABELS, Status

FINISHED = frozenset({Status.REJECTED, Status.DELIVERED, Status.VOIDED, Status.DRAFT})
UNFINISHED = frozenset(Status) - FINISHED
REASON_LIMIT = 300  # a reason is a sentence, not a letter


@dataclass(frozen=True)
class Candidate:
    """An unfinished application of the same service, as the store found it."""

    receipt_number: str
    uuid: str
    status: Status
    created_at: str
    names_en: NameParts
    names_mr: NameParts
    mobile: str
    dob: date | None
    aadhaar_last4: str | None


@dataclass(frozen=True)
class Duplicate:
    """An earlier application the new one likely repeats, and which rule said so."""

    receipt_number: str
    uuid: str
    status: Status
    created_at: str
    rule: str  # "aadhaar_dob" or "name_mobile"


class LikelyDuplicate(KioskError):
    """Saving was stopped: the same person already has an unfinished application for this service."""

    code = "likely_duplicate"

    def __init__(self, found: list[Duplicate]) -> None:
        first = found[0]
        super().__init__(f"{first.receipt_number} ({first.rule})", receipt=first.receipt_number,
                         status=LABELS[first.status], more=len(found) - 1)
        self.found = found


def _name_keys(name: NameParts) -> tuple[str, str] | None:
    """The first name's and surname's sound skeletons, or None when either is missing."""
    first, surname = "".join(text_keys(name.first)), "".join(text_keys(name.surname))
    return (first, surname) if first and surname else None


def name_keys(*names: NameParts) -> set[tuple[str, str]]:
    return {k for k in map(_name_keys, names) if k is not None}


def same_person(new: Applicant, old: Candidate) -> str | None:
    """The rule that makes ``old`` the same person as ``new``, or None."""
    last4 = new.aadhaar.last4 if new.aadhaar else None
    if last4 and old.aadhaar_last4 and last4 != old.aadhaar_last4:
        return None
    if last4 and new.dob is not None and last4 == old.aadhaar_last4 and new.dob == old.dob:
        return "aadhaar_dob"
    if new.mobile and new.mobile == old.mobile and (
            name_keys(new.name_en, new.name_mr) & name_keys(old.names_en, old.names_mr)):
        return "name_mobile"
    return None


def duplicates_of(new: Applicant, candidates: list[Candidate]) -> list[Duplicate]:
    """The unfinished candidates that are the same person as ``new``, newest first, each once."""
    found: dict[str, Duplicate] = {}
    for c in sorted(candidates, key=lambda c: c.created_at, reverse=True):
        rule = same_person(new, c) if c.status in UNFINISHED else None
        if rule and c.uuid not in found:
            found[c.uuid] = Duplicate(c.receipt_number, c.uuid, c.status, c.created_at, rule)
    return list(found.values())


def clean_reason(reason: str | None) -> str:
    """The operator's reason to continue, one line, trimmed ('' when none was given)."""
    return " ".join((reason or "").split())[:REASON_LIMIT]
