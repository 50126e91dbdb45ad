"""Checks on what a person typed. Each returns problems in Marathi and English; none raises.

Numbers are folded from Devanagari digits first, so ९८२२०१२३४५ is a valid mobile number.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.in_ import aadhaar as stdnum_aadhaar

from kiosk.domain.applicant import DELIVERY_CHANNELS, GENDERS, Address, Applicant, NameParts
from kiosk.domain.catalogue import FormField, Service
from kiosk.domain.errors import ProblemList
from kiosk.domain.text import has_devanagari, normalise_digits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
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


def check_name(p: ProblemList, parts: NameParts, script: str, required: bool) -> None:
    prefix = f"name_{script}"
    if required and not parts.first:
        p.add(f"{prefix}.first", "required", "First name is required.", "पहिले नाव आवश्यक आहे.")
    if required and not parts.surname:
        p.add(f"{prefix}.surname", "required", "Surname is required.", "आडनाव आवश्यक आहे.")
    for key, value in parts.to_dict().items():
        if len(value) > 60:
            p.add(f"{prefix}.{key}", "too_long", "Name part is too long (60 characters at most).",
                  "नावाचा भाग खूप मोठा आहे (जास्तीत जास्त ६० अक्षरे).")
        elif value and not _name_ok(value, script):
            if script == "mr":
                p.add(f"{prefix}.{key}", "bad_script", "Use Devanagari letters only in the Marathi name.",
                      "मराठी नावात फक्त देवनागरी अक्षरे वापरा.")
            else:
                p.add(f"{prefix}.{key}", "bad_script", "Use English letters only in the English name.",
                      "इंग्रजी नावात फक्त इंग्रजी अक्षरे वापरा.")


def check_mobile(p: ProblemList, mobile: str, required: bool = True) -> str:
    digits = normalise_digits(mobile)
    if digits.startswith("+91"):
        digits = digits[3:]
    if not digits:
        if required:
            p.add("mobile", "required", "Mobile number is required.", "मोबाईल क्रमांक आवश्यक आहे.")
        return ""
    if not re.fullmatch(r"[6-9]\d{9}", digits):
        p.add("mobile", "invalid", "Mobile number must be 10 digits starting with 6, 7, 8 or 9.",
              "मोबाईल क्रमांक ६, ७, ८ किंवा ९ ने सुरू होणारा १० अंकी असावा.")
    return digits


def check_pin(p: ProblemList, pin: str) -> str:
    digits = normalise_digits(pin)
    if not digits:
        p.add("address.pin", "required", "PIN code is required.", "पिन कोड आवश्यक आहे.")
    elif not re.fullmatch(r"4[0-4]\d{4}", digits):
        p.add("address.pin", "invalid", "PIN code must be a Maharashtra PIN (400000–449999).",
              "पिन कोड महाराष्ट्रातील असावा (४०००००–४४९९९९).")
    return digits


def check_aadhaar(p: ProblemList, number: str) -> str | None:
    """Validate a typed Aadhaar number and return ONLY its last four digits (never the whole number)."""
    digits = normalise_digits(number)
    if not digits:
        return None
    try:
        stdnum_aadhaar.validate(digits)
    except StdnumError:
        p.add("aadhaar", "invalid", "This Aadhaar number is not valid (check the 12 digits).",
              "हा आधार क्रमांक वैध नाही (१२ अंक तपासा).")
        return None
    return digits[-4:]


def check_dob(p: ProblemList, dob: date | None, today: date, min_age: int | None) -> None:
    if dob is None:
        p.add("dob", "required", "Date of birth is required.", "जन्मतारीख आवश्यक आहे.")
        return
    if dob > today:
        p.add("dob", "future", "Date of birth cannot be in the future.", "जन्मतारीख भविष्यातील असू शकत नाही.")
        return
    age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    if age > MAX_AGE:
        p.add("dob", "implausible", "Date of birth is not plausible (over 120 years).",
              "जन्मतारीख योग्य वाटत नाही (वय १२० वर्षांपेक्षा जास्त).")
    elif min_age is not None and age < min_age:
        p.add("dob", "too_young", f"This service needs the applicant to be at least {min_age} years old.",
              f"या सेवेसाठी अर्जदाराचे वय किमान {min_age} वर्षे असावे.")


def check_address(p: ProblemList, a: Address) -> None:
    for key, en, mr in (("village", "Village/town is required.", "गाव/शहर आवश्यक आहे."),
                        ("taluka", "Taluka is required.", "तालुका आवश्यक आहे."),
                        ("district", "District is required.", "जिल्हा आवश्यक आहे.")):
        if not getattr(a, key):
            p.add(f"address.{key}", "required", en, mr)
    check_pin(p, a.pin)


def check_applicant(p: ProblemList, a: Applicant, service: Service, today: date) -> None:
    check_name(p, a.name_en, "en", required=True)
    check_name(p, a.name_mr, "mr", required=True)
    check_dob(p, a.dob, today, service.min_age)
    if a.gender not in GENDERS:
        p.add("gender", "required", "Choose a gender.", "लिंग निवडा.")
    check_mobile(p, a.mobile)
    if a.email and not _EMAIL.match(a.email):
        p.add("email", "invalid", "Email address is not valid.", "ई-मेल पत्ता वैध नाही.")
    check_address(p, a.address)
    if service.needs_category and not a.category:
        p.add("category", "required", "Category is required for this service.", "या सेवेसाठी प्रवर्ग आवश्यक आहे.")
    if a.aadhaar is not None and not re.fullmatch(r"\d{4}", a.aadhaar.last4):
        p.add("aadhaar", "invalid", "Aadhaar reference is not valid.", "आधार संदर्भ वैध नाही.")


def check_field(p: ProblemList, f: FormField, raw: str) -> str:
    """Validate one catalogue-defined field; return the normalised value."""
    value = raw
    key = f"fields.{f.name}"
    if not value:
        if f.required:
            p.add(key, "required", f"{f.label.en} is required.", f"{f.label.mr} आवश्यक आहे.")
        return value
    if f.type in ("number", "money", "year"):
        value = normalise_digits(value).replace(",", "")
        if not re.fullmatch(r"\d+", value):
            p.add(key, "not_a_number", f"{f.label.en} must be a whole number.", f"{f.label.mr} पूर्ण संख्या असावी.")
            return value
        n = int(value)
        if (f.min_value is not None and n < f.min_value) or (f.max_value is not None and n > f.max_value):
            p.add(key, "out_of_range", f"{f.label.en} must be between {f.min_value} and {f.max_value}.",
                  f"{f.label.mr} {f.min_value} ते {f.max_value} दरम्यान असावे.")
    elif f.type == "date":
        try:
            date.fromisoformat(normalise_digits(value))
            value = normalise_digits(value)
        except ValueError:
            p.add(key, "bad_date", f"{f.label.en}: enter a valid date.", f"{f.label.mr}: वैध तारीख लिहा.")
    elif f.type == "select":
        if value not in {o.value for o in f.options}:
            p.add(key, "bad_choice", f"{f.label.en}: choose one of the listed options.",
                  f"{f.label.mr}: दिलेल्या पर्यायांपैकी एक निवडा.")
    elif f.type == "checkbox":
        if value not in ("yes", "no"):
            p.add(key, "bad_choice", f"{f.label.en}: yes or no.", f"{f.label.mr}: होय किंवा नाही.")
    if f.max_length is not None and len(value) > f.max_length:
        p.add(key, "too_long", f"{f.label.en} is too long.", f"{f.label.mr} खूप मोठे आहे.")
    if f.pattern and f.type in ("text", "textarea") and not re.fullmatch(f.pattern, value):
        p.add(key, "bad_format", f"{f.label.en} is not in the expected format.", f"{f.label.mr} अपेक्षित स्वरूपात नाही.")
    return value


def check_delivery(p: ProblemList, delivery: str, email: str, whatsapp_opt_in: bool) -> None:
    if delivery not in DELIVERY_CHANNELS:
        p.add("delivery", "bad_choice", "Choose how the certificate will be delivered.",
              "प्रमाणपत्र कसे द्यायचे ते निवडा.")
    elif delivery == "whatsapp" and not whatsapp_opt_in:
        p.add("delivery", "needs_opt_in", "WhatsApp delivery needs the citizen's explicit consent.",
              "व्हॉट्सॲपवर पाठवण्यासाठी नागरिकाची स्पष्ट संमती आवश्यक आहे.")
    elif delivery == "email" and not email:
        p.add("delivery", "needs_email", "Email delivery needs an email address.", "ई-मेलने पाठवण्यासाठी ई-मेल पत्ता आवश्यक आहे.")


def looks_marathi(value: str) -> bool:
    return has_devanagari(value)
