"""Checks on what a person typed. Each returns problems (worded by the ``problem.*`` catalogue); none raises.

Numbers are folded from Devanagari digits first, so ९८२२०१२३४५ is a valid mobile number.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.in_ import aadhaar as stdnum_aadhaar

from kiosk.domain.applicant import DELIVERY_CHANNELS, GENDERS, Address, Applicant, NameParts
from kiosk.domain.catalogue import FormField, Service
from kiosk.domain.errors import ProblemList
from kiosk.domain.text import fold_digits, has_devanagari, normalise_digits, normalise_text

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MASKED = re.compile(r"[Xx]{8}(\d{4})")
_MINUS = re.compile(r"^\s*[-\u2010-\u2015\u2212]")
_NAME_PUNCT = set(" .'-\u200c\u200d")
MAX_AGE = 120


def _name_ok(value: str, script: str) -> bool:
    for ch in value:
        if ch in _NAME_PUNCT:
            continue
        cat = unicodedata.category(ch)
        if cat[0] not in "LM":
            return False
        is_dev = "\u0900" <= ch <= "\u097f"
        if script == "mr" and not is_dev:
            return False
        if script == "en" and (is_dev or ord(ch) > 0x024F):
            return False
    return True


def parse_date(value: Any) -> date | None:
    """ISO (2001-02-03) or the Indian DD-MM-YYYY / DD/MM/YYYY; Devanagari digits accepted."""
    if isinstance(value, date):
        return value
    s = fold_digits(normalise_text(str(value or ""))).replace(" ", "").replace("/", "-").replace(".", "-")
    if not s:
        return None
    try:
        if len(s.split("-")[0]) == 4:
            return date.fromisoformat(s)
        d, m, y = (int(x) for x in s.split("-"))
        return date(y, m, d)
    except ValueError:
        raise ValueError(s) from None


def check_name(p: ProblemList, parts: NameParts, script: str, required: bool) -> None:
    prefix = f"name_{script}"
    if required and not parts.first:
        p.add(f"{prefix}.first", "required", "first_name_required")
    if required and not parts.surname:
        p.add(f"{prefix}.surname", "required", "surname_required")
    for key, value in parts.to_dict().items():
        if len(value) > 60:
            p.add(f"{prefix}.{key}", "too_long", "name_too_long")
        elif value and not _name_ok(value, script):
            p.add(f"{prefix}.{key}", "bad_script", "name_not_devanagari" if script == "mr" else "name_not_english")


def check_mobile(p: ProblemList, mobile: str, required: bool = True) -> str:
    digits = normalise_digits(mobile)
    if digits.startswith("+91"):
        digits = digits[3:]
    if not digits:
        if required:
            p.add("mobile", "required", "mobile_required")
        return ""
    if not re.fullmatch(r"[6-9]\d{9}", digits):
        p.add("mobile", "invalid", "mobile_invalid")
    return digits


def check_pin(p: ProblemList, pin: str) -> str:
    digits = normalise_digits(pin)
    if not digits:
        p.add("address.pin", "required", "pin_required")
    elif not re.fullmatch(r"4[0-4]\d{4}", digits):
        p.add("address.pin", "invalid", "pin_invalid")
    return digits


def check_aadhaar(p: ProblemList, number: str) -> str | None:
    """Validate a typed Aadhaar number and return ONLY its last four digits (never the whole number)."""
    digits = normalise_digits(number)
    if not digits:
        return None
    shown = _MASKED.fullmatch(digits)
    if shown:  # the kiosk's own masked form (a draft keeps only that): the last four, never verified
        return shown.group(1)
    try:
        stdnum_aadhaar.validate(digits)
    except StdnumError:
        p.add("aadhaar", "invalid", "aadhaar_invalid")
        return None
    return digits[-4:]


def check_dob(p: ProblemList, dob: date | None, today: date, min_age: int | None) -> None:
    if dob is None:
        p.add("dob", "required", "dob_required")
        return
    if dob > today:
        p.add("dob", "future", "dob_future")
        return
    age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    if age > MAX_AGE:
        p.add("dob", "implausible", "dob_implausible")
    elif min_age is not None and age < min_age:
        p.add("dob", "too_young", "too_young", min_age=min_age)


def check_address(p: ProblemList, a: Address) -> None:
    for key in ("village", "taluka", "district"):
        if not getattr(a, key):
            p.add(f"address.{key}", "required", f"{key}_required")
    check_pin(p, a.pin)


def check_applicant(p: ProblemList, a: Applicant, service: Service, today: date) -> None:
    check_name(p, a.name_en, "en", required=True)
    check_name(p, a.name_mr, "mr", required=True)
    check_dob(p, a.dob, today, service.min_age)
    if a.gender not in GENDERS:
        p.add("gender", "required", "gender_required")
    check_mobile(p, a.mobile)
    if a.email and not _EMAIL.match(a.email):
        p.add("email", "invalid", "email_invalid")
    check_address(p, a.address)
    if service.needs_category and not a.category:
        p.add("category", "required", "category_required")
    if a.aadhaar is not None and not re.fullmatch(r"\d{4}", a.aadhaar.last4):
        p.add("aadhaar", "invalid", "aadhaar_reference_invalid")


def check_field(p: ProblemList, f: FormField, raw: str) -> str:
    """Validate one catalogue-defined field; return the normalised value."""
    value = raw
    key = f"fields.{f.name}"
    if not value:
        if f.required:
            p.add(key, "required", "field_required", label=f.label)
        return value
    if f.type in ("number", "money", "year"):
        if _MINUS.match(value):  # "-5" must not become 5 when the dashes between digit groups are dropped
            p.add(key, "negative", "field_negative", label=f.label)
            return value
        value = normalise_digits(value).replace(",", "")
        if not re.fullmatch(r"\d+", value):
            p.add(key, "not_a_number", "field_not_a_number", label=f.label)
            return value
        n = int(value)
        if (f.min_value is not None and n < f.min_value) or (f.max_value is not None and n > f.max_value):
            p.add(key, "out_of_range", "field_out_of_range", label=f.label, minimum=f.min_value, maximum=f.max_value)
    elif f.type == "date":
        # The form asks for DD-MM-YYYY (as for the date of birth); ISO is accepted too. Kept as ISO.
        try:
            parsed = parse_date(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.year < 1800:  # "14-08-25" is not the year 25
            p.add(key, "bad_date", "field_bad_date", label=f.label)
        else:
            value = parsed.isoformat()
    elif f.type == "select":
        if value not in {o.value for o in f.options}:
            p.add(key, "bad_choice", "field_bad_choice", label=f.label)
    elif f.type == "checkbox":
        if value not in ("yes", "no"):
            p.add(key, "bad_choice", "field_yes_or_no", label=f.label)
    if f.max_length is not None and len(value) > f.max_length:
        p.add(key, "too_long", "field_too_long", label=f.label)
    # The catalogue's patterns say [0-9]; the operator may type Devanagari digits (its own help example
    # for a survey number is १२३/२), so the pattern is matched on the digits folded. The value is kept
    # as typed.
    if f.pattern and f.type in ("text", "textarea") and not re.fullmatch(f.pattern, fold_digits(value)):
        p.add(key, "bad_format", "field_bad_format", label=f.label)
    return value


def check_delivery(p: ProblemList, delivery: str, email: str, whatsapp_opt_in: bool) -> None:
    if delivery not in DELIVERY_CHANNELS:
        p.add("delivery", "bad_choice", "delivery_unknown")
    elif delivery == "whatsapp" and not whatsapp_opt_in:
        p.add("delivery", "needs_opt_in", "delivery_needs_opt_in")
    elif delivery == "email" and not email:
        p.add("delivery", "needs_email", "delivery_needs_email")


def looks_marathi(value: str) -> bool:
    return has_devanagari(value)
