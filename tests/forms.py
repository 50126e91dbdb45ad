"""Valid application forms to start tests from (each test breaks what it is about)."""

from __future__ import annotations

import copy
from typing import Any

INCOME_FORM: dict[str, Any] = {
    "service_code": "income-certificate",
    "applicant": {
        "name_en": {"first": "Sunita", "mother": "Asha", "father_or_husband": "Ganesh", "surname": "Kshirsagar"},
        "name_mr": {"first": "सुनीता", "mother": "आशा", "father_or_husband": "गणेश", "surname": "क्षीरसागर"},
        "dob": "14-08-1986",
        "gender": "F",
        "mobile": "9822012345",
        "email": "sunita@example.org",
        "address": {"house": "12", "street": "Shivaji Chowk", "village": "Wagholi", "taluka": "Haveli",
                    "district": "Pune", "pin": "412207"},
        "aadhaar": "2341 2341 2346",
    },
    "fields": {"purpose": "शैक्षणिक प्रवेशासाठी", "annual_income": "120000", "income_year": "2025-26",
               "income_source": "agriculture"},
    "delivery": "print_at_hub",
    "consent": {"accepted": True, "language": "mr"},
}


def income_form(**changes: Any) -> dict[str, Any]:
    form = copy.deepcopy(INCOME_FORM)
    for dotted, value in changes.items():
        target = form
        keys = dotted.split("__")
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value
    return form


GENERIC_CODE = "loudspeaker-licence"  # a notified service with no detailed form (the full catalogue)


def generic_form(**changes: Any) -> dict[str, Any]:
    """A generic application: the applicant and address, the particulars as text, the fee the operator typed."""
    form = income_form(**changes)
    form["service_code"] = changes.get("service_code", GENERIC_CODE)
    form["fields"] = {"particulars": "Ganesh festival procession, Shivaji Chowk, 5-7 Sep, 8 pm to 10 pm"}
    form.setdefault("entered_fee_paise", 15000)
    return form
