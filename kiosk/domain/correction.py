"""Correcting an application the portal refused (quarantined), so it can be sent again.

The portal checks some things the kiosk cannot know in advance (its own rules change); when it refuses an
application the operator fixes the named details with the citizen and sends it again. Only what a person
typed is editable — names, mobile, e-mail, address and the service's own fields — never the service,
fees, documents or receipt number. The corrected application goes through the same checks as at intake
(names normalised the same way; an Aadhaar number in any free-text detail refused).
A refusal is not recorded by the portal under the idempotency key (only successes are), so the corrected
body goes out under the application's own key.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kiosk.domain.aadhaar_text import check_applicant_text, check_fields_text
from kiosk.domain.applicant import Address, NameParts
from kiosk.domain.application import Application
from kiosk.domain.catalogue import Service
from kiosk.domain.errors import ProblemList
from kiosk.domain.text import normalise_digits, normalise_name, normalise_text
from kiosk.domain.validation import check_applicant, check_field

NAME_PARTS = ("first", "mother", "father_or_husband", "surname")
ADDRESS_PARTS = ("house", "street", "village", "taluka", "district", "pin")


def editable_values(app: Application, service: Service) -> dict[str, str]:
    """What the operator may change, as ``field key → current text`` (keys as in the intake form)."""
    a = app.applicant
    values = {f"name_en.{k}": getattr(a.name_en, k) for k in NAME_PARTS}
    values.update({f"name_mr.{k}": getattr(a.name_mr, k) for k in NAME_PARTS})
    values.update({"mobile": a.mobile, "email": a.email})
    values.update({f"address.{k}": getattr(a.address, k) for k in ADDRESS_PARTS})
    values.update({f"fields.{f.name}": str(app.fields.get(f.name, "")) for f in service.fields})
    return values


def apply_corrections(app: Application, service: Service, changes: dict[str, str],
                      today: date) -> tuple[Application | None, ProblemList]:
    """The corrected application, or None and the problems (in every language) with what was typed.

    Keys outside :func:`editable_values` are refused as problems rather than ignored: a caller sending
    them has a bug, and silently dropping a correction would send the wrong body again."""
    problems = ProblemList()
    allowed = editable_values(app, service)
    for key in changes:
        if key not in allowed:
            problems.add(key, "not_editable", "not_editable")
    if problems:
        return None, problems
    values = {**allowed, **{k: (normalise_name if k.startswith("name_") else normalise_text)(str(v))
                            for k, v in changes.items()}}
    a = app.applicant
    applicant = replace(
        a,
        name_en=NameParts(**{k: values[f"name_en.{k}"] for k in NAME_PARTS}),
        name_mr=NameParts(**{k: values[f"name_mr.{k}"] for k in NAME_PARTS}),
        mobile=normalise_digits(values["mobile"]), email=values["email"],
        address=replace(Address(**{k: values[f"address.{k}"] for k in ADDRESS_PARTS}),
                        pin=normalise_digits(values["address.pin"])))
    check_applicant(problems, applicant, service, today)
    check_applicant_text(problems, applicant)
    fields = dict(app.fields)
    for f in service.fields:
        fields[f.name] = check_field(problems, f, values[f"fields.{f.name}"])
    check_fields_text(problems, fields, {f.name for f in service.fields if f.identifier})
    if problems:
        return None, problems
    return replace(app, applicant=applicant, fields=fields), problems
