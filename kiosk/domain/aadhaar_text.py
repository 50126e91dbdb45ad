"""Aadhaar numbers hiding in free text: a purpose, a street, an e-mail, a feedback comment, an appeal.

The kiosk keeps only the last four digits of an Aadhaar number (UIDAI's data-vault rule); the Aadhaar box
reduces what is typed there, but a number typed into any other field was kept whole and sent to the
portal. Every door (window, CLI, files) reaches the domain, so the check lives here.

What counts as a number: 12 digits in any script (Devanagari ०-९, Gujarati, ASCII … — whatever Unicode
calls a decimal digit), either in one run or as three groups of four with a few spaces, dashes, dots or
slashes between them, not glued to a further digit, that pass UIDAI's own check (Verhoeff, first digit 2-9,
not a palindrome — python-stdnum). The Verhoeff check keeps a registration or licence number of 12 digits
from being refused nine times in ten; the tenth is refused too, which is the safe side.

Application fields and corrections REFUSE such a number (the operator is at the form and can remove it);
a feedback comment and an appeal's grounds are the citizen's own words and are MASKED instead
(``XXXX XXXX 1234``, the form the kiosk shows everywhere).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping

from stdnum.in_ import aadhaar as stdnum_aadhaar

from kiosk.domain.applicant import Applicant
from kiosk.domain.errors import ProblemList

# Between groups: spaces (any), hyphens and dashes, the minus sign, dots, slashes, zero-width characters.
_SEP = r"[\s\-\u2010-\u2015\u2212./\u200b-\u200d\u2060]{1,3}"
_ROUGH = re.compile(r"\d(?:\D{0,3}\d){11}")
_CANDIDATE = re.compile(rf"(?<!\d)(?=(\d{{12}}|\d{{4}}{_SEP}\d{{4}}{_SEP}\d{{4}})(?!\d))")


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if unicodedata.category(ch) == "Nd")


def _numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the 12 ASCII digits) of each Aadhaar number in ``text``, left to right, not overlapping."""
    if not _ROUGH.search(text):
        return  # most text: no twelve digits close together (the check below costs ten times more)
    end = 0
    for m in _CANDIDATE.finditer(text):
        start = m.start(1)
        if start < end:
            continue
        digits = _ascii_digits(m.group(1))
        if len(digits) == 12 and stdnum_aadhaar.is_valid(digits):
            end = m.end(1)
            yield start, end, digits


def may_hold_aadhaar_number(text: str) -> bool:
    """A cheap first look (one C-level regex): False means ``text`` surely holds no Aadhaar number. Four
    non-digits in a row end a candidate, so texts joined with four newlines are looked at in one call."""
    return _ROUGH.search(text) is not None


def has_aadhaar_number(text: str) -> bool:
    """True when ``text`` holds a (Verhoeff-valid) 12-digit Aadhaar number, in any script or grouping."""
    return next(_numbers(text), None) is not None


def mask_aadhaar_numbers(text: str) -> str:
    """``text`` with each Aadhaar number in it replaced by ``XXXX XXXX`` and its last four (ASCII) digits."""
    out, at = [], 0
    for start, end, digits in _numbers(text):
        out.append(text[at:start])
        out.append(f"XXXX XXXX {digits[-4:]}")
        at = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def check_free_text(p: ProblemList, field: str, value: str) -> None:
    """Refuse ``value`` for ``field`` when it holds a full Aadhaar number (the message says where it goes)."""
    if value and has_aadhaar_number(value):
        p.add(field, "aadhaar_in_text", "aadhaar_in_text")


def check_applicant_text(p: ProblemList, a: Applicant) -> None:
    """Every free-text part of the applicant: names, e-mail, category, each address line."""
    for script, parts in (("en", a.name_en), ("mr", a.name_mr)):
        for key, value in parts.to_dict().items():
            check_free_text(p, f"name_{script}.{key}", value)
    check_free_text(p, "email", a.email)
    check_free_text(p, "category", a.category)
    for key, value in a.address.to_dict().items():
        if key != "pin":
            check_free_text(p, f"address.{key}", value)


def check_fields_text(p: ProblemList, fields: Mapping[str, str], identifiers: Collection[str] = ()) -> None:
    """Every field of the service's own form (purpose, particulars, registration numbers …) except the
    ``identifiers``: fields the catalogue marks as another document's number (a ration card's 12 digits
    are not an Aadhaar number, even when they pass its check digit)."""
    for name, value in fields.items():
        if name not in identifiers:
            check_free_text(p, f"fields.{name}", str(value))
