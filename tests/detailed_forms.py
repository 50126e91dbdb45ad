"""A filled application for every detailed service of the shipped catalogue, made from the service's own fields.

The values are what an operator types at the counter (dates as DD-MM-YYYY, numbers within the field's range,
the first choice of a list); a field with a pattern takes its value from ``PATTERNED``, so a new patterned field
without an example fails here instead of being filled with something that does not match.
"""

from __future__ import annotations

import copy
from typing import Any

from kiosk.domain.application import DocumentRecord
from kiosk.domain.catalogue import Catalogue, FormField, Service
from tests.forms import INCOME_FORM

PATTERNED = {"income_year": "2025-26", "survey_number": "१२३/२", "total_holding_hectares": "1.25",
             "khata_number": "456"}
DATE_TYPED = "14-08-2025"  # as typed at the counter
DATE_KEPT = "2025-08-14"  # as the application keeps it
DOB = "14-08-1956"  # old enough for every service (the senior-citizen certificate asks 60)


def detailed(catalogue: Catalogue) -> list[Service]:
    return [s for s in catalogue.services if getattr(s, "form", "detailed") == "detailed"]


def typed_value(f: FormField) -> str:
    """What the operator types into this field."""
    if f.name in PATTERNED:
        return PATTERNED[f.name]
    assert not f.pattern, f"field {f.name!r} has a pattern: add an example to tests/detailed_forms.PATTERNED"
    if f.type in ("number", "money"):
        low = f.min_value if f.min_value is not None else 0
        return str(max(low, min(12, f.max_value if f.max_value is not None else 12)))
    if f.type == "year":
        return "2001"
    if f.type == "date":
        return DATE_TYPED
    if f.type == "select":
        return f.options[0].value
    if f.type == "checkbox":
        return "yes"
    text = "तपशील: " + f.name.replace("_", " ")
    return text[: f.max_length] if f.max_length else text


def kept_value(f: FormField) -> str:
    """What the application keeps for ``typed_value(f)`` (dates in ISO, digits folded, commas dropped)."""
    value = typed_value(f)
    if f.type == "date":
        return DATE_KEPT
    return value


def field_values(service: Service) -> dict[str, str]:
    return {f.name: typed_value(f) for f in service.fields}


def filled_form(service: Service) -> dict[str, Any]:
    form = copy.deepcopy(INCOME_FORM)
    form["service_code"] = service.code
    form["applicant"]["dob"] = DOB
    if service.needs_category:
        form["applicant"]["category"] = "OBC"
    form["fields"] = field_values(service)
    if not service.fee_known:  # the catalogue does not know the fee: the operator types it (issue 16)
        form["entered_fee_paise"] = 5000
    return form


def document_records(service: Service, sha_of: Any = None) -> tuple[DocumentRecord, ...]:
    """One document for each group an adult applicant must bring; ``sha_of(group)`` stores its bytes."""
    records = []
    for g in service.documents:
        if not g.required or g.condition == "minor":
            continue
        sha = sha_of(g.code) if sha_of else (g.code.encode().hex() * 64)[:64]
        records.append(DocumentRecord(sha, g.any_of[0], g.code, 1, 2048, "image/jpeg", f"{g.code}.jpg"))
    return tuple(records)
