"""The request bodies and query values the contract allows, checked the way ``openapi.yaml`` says.

The simulator and the contract must agree: whatever the schema allows is accepted, whatever it forbids is
a 400 (or 422) with the error envelope, never a crash or a dropped connection. So each body has one shape
here, written as a small subset of JSON Schema with the same meaning: ``integer`` accepts ``2.0`` (JSON
Schema's integers are numbers with no fraction), booleans are never numbers, ``pattern`` is a search.
Stdlib only, like the rest of the simulator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

Check = Callable[[Any, str], str]  # (value, where) -> what is wrong, or ""

MAX_DEPTH = 32  # JSON nesting the portal reads at all; a kiosk's deepest body is 4 levels
DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$")
SHA256 = r"^[0-9a-f]{64}$"


def is_int(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())


def string(min_len: int = 0, max_len: int | None = None, pattern: str | None = None) -> Check:
    def check(v: Any, where: str) -> str:
        if not isinstance(v, str):
            return f"{where} must be a string"
        if len(v) < min_len or (max_len is not None and len(v) > max_len):
            return f"{where} must be {min_len}..{max_len if max_len is not None else ''} characters"
        if pattern and not re.search(pattern, v):
            return f"{where} does not match {pattern}"
        return ""
    return check


def date_time() -> Check:
    def check(v: Any, where: str) -> str:
        if isinstance(v, str) and DATE_TIME.match(v):
            try:  # the fields' ranges too (12:99 is no time); a leap second :60 is valid RFC 3339
                u = v.upper()
                datetime.fromisoformat((u[:17] + "59" + u[19:] if u[17:19] == "60" else u).replace("Z", "+00:00"))
                return ""
            except ValueError:
                pass
        return f"{where} must be an RFC 3339 date-time"
    return check


def day() -> Check:
    """An RFC 3339 full-date (YYYY-MM-DD), a real day of the calendar."""
    def check(v: Any, where: str) -> str:
        if isinstance(v, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v):
            try:
                date.fromisoformat(v)
                return ""
            except ValueError:
                pass
        return f"{where} must be a date YYYY-MM-DD"
    return check


def integer(lo: int | None = None, hi: int | None = None) -> Check:
    def check(v: Any, where: str) -> str:
        if not is_int(v) or (lo is not None and v < lo) or (hi is not None and v > hi):
            return f"{where} must be an integer in {lo if lo is not None else ''}..{hi if hi is not None else ''}"
        return ""
    return check


def boolean() -> Check:
    return lambda v, where: "" if isinstance(v, bool) else f"{where} must be true or false"


def one_of(*values: Any) -> Check:
    def check(v: Any, where: str) -> str:
        same = [x for x in values if type(x) is type(v) or (is_int(x) and is_int(v))]
        return "" if v in same else f"{where} must be one of {', '.join(map(str, values))}"
    return check


def array(items: Check, max_items: int | None = None) -> Check:
    def check(v: Any, where: str) -> str:
        if not isinstance(v, list) or (max_items is not None and len(v) > max_items):
            return f"{where} must be a list of at most {max_items} items" if max_items else f"{where} must be a list"
        return next((p for i, x in enumerate(v) if (p := items(x, f"{where}[{i}]"))), "")
    return check


def obj(required: dict[str, Check] | None = None, optional: dict[str, Check] | None = None,
        values: Check | None = None) -> Check:
    """An object; ``values`` checks every member not named (JSON Schema ``additionalProperties``)."""
    req, opt = required or {}, optional or {}

    def check(v: Any, where: str) -> str:
        if not isinstance(v, dict):
            return f"{where or 'the body'} must be an object"
        for name in req:
            if name not in v:
                return f"{where}.{name} is required".lstrip(".")
        for name, value in v.items():
            rule = req.get(name) or opt.get(name) or values
            problem = rule(value, f"{where}.{name}".lstrip(".")) if rule else ""
            if problem:
                return problem
        return ""
    return check


def either(*checks: Check) -> Check:
    """JSON Schema ``oneOf`` for alternatives that cannot both hold (an array or an object)."""
    def check(v: Any, where: str) -> str:
        problems = [c(v, where) for c in checks]
        return "" if not all(problems) else " or ".join(problems)
    return check


def depth(value: Any) -> int:
    """Nesting depth, without recursion (a hostile body must not exhaust the stack)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_DEPTH:
            break
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
    return deepest


def query_int(text: str | None, default: int, lo: int, hi: int, name: str) -> int | str:
    """A query integer, or what is wrong with it (plain decimal digits; ``limit=501`` is out of range)."""
    if text is None:
        return default
    if not re.fullmatch(r"-?[0-9]{1,12}", text) or not lo <= int(text) <= hi:
        return f"{name} must be an integer in {lo}..{hi}"
    return int(text)


TEXT = string()
NON_BLANK = string(1, pattern=r"\S")
SHA = string(pattern=SHA256)
LABEL = obj(required={"en": TEXT, "mr": TEXT})

CHANNEL = obj(required={"channel": one_of("print_at_hub", "whatsapp", "email", "portal_download")},
              optional={"contact": string(0, 254), "consent_at": either(date_time(), one_of(None))})
ACK = obj(required={"channel": one_of("sms", "whatsapp"), "to": string(0, 20)}, optional={"language": TEXT})
APPLICATION = obj(
    required={"service_code": string(1), "applicant": obj(
        required={"name": obj(required={"en": NON_BLANK}, optional={"mr": TEXT})},
        optional={"aadhaar_last4": string(pattern=r"^[0-9]{4}$")})},
    optional={"schema": TEXT, "receipt_number": TEXT, "catalogue_version": TEXT, "form": obj(),
              "fees": either(array(obj(required={"paise": integer()}, optional={"kind": TEXT, "label": LABEL})),
                             obj(optional={"total_paise": integer(0)})),
              "total_paise": integer(0),
              "payment": obj(required={"method": one_of("cash", "upi", "pending")},
                             optional={"paise": integer(0), "upi_ref": string(pattern=r"^[0-9]{12}$")}),
              "documents": array(obj(required={"sha256": SHA}, optional={"type": TEXT})),
              "submitted_at": date_time(),
              "delivery_channels": array(CHANNEL, 4), "acknowledgement": either(ACK, one_of(None))})
LOOKUP = obj(required={"sha256": array(SHA, 1000)})
UPLOAD = obj(required={"sha256": SHA, "length": integer(1), "media_type": TEXT})
APPEAL = obj(required={"application_id": TEXT, "level": one_of(1, 2, 3), "grounds": NON_BLANK},
             optional={"reason_code": TEXT, "ground": one_of("rejected", "time_limit_passed", "order", "no_order"),
                       "late_reason": string(0, 2000)})
MORE_DOCUMENTS = obj(required={"documents": array(obj(required={"sha256": SHA}, optional={"type": TEXT}), 50)},
                     optional={"application_id": TEXT, "note": string(0, 2000)})
APPEAL_ORDER = obj(required={"outcome": one_of("allowed", "dismissed")},
                   optional={"appeal_id": TEXT, "application_id": TEXT, "level": one_of(1, 2, 3)})
PAYMENT = obj(required={"application_key": NON_BLANK, "method": one_of("cash", "upi"), "paise": integer(1)},
              optional={"application_id": either(TEXT, one_of(None)), "receipt_number": TEXT,
                        "upi_ref": either(string(pattern=r"^[0-9]{12}$"), one_of(None)), "paid_at": date_time()})
FEEDBACK = obj(required={"rating": integer(1, 5)},
               optional={"application_id": TEXT, "receipt_number": TEXT, "comment": string(0, 2000),
                         "language": one_of("mr", "en", "hi"), "consent_to_call": boolean()})
DAY = day()
FIGURES = obj(values=integer(0))  # the uniform dashboard's figures (kiosk.domain.dashboard.FIGURES)
DASHBOARD = obj(required={"from": DAY, "to": DAY}, optional={
    "as_of": DAY, "total": FIGURES, "services": obj(values=FIGURES),
    "villages": obj(values=obj(optional={"name": TEXT}, values=integer(0)))})
HEARTBEAT = obj(required={"queue_depth": integer(0)},
                optional={"at": date_time(), "day_totals": obj(optional={"date": DAY}, values=integer()),
                          "audit_head": either(SHA, string(pattern=r"^[0-9]{1,18}:[0-9a-f]{64}$"), one_of(None)),
                          "app_version": TEXT,
                          "counter": string(pattern=r"^[1-9][0-9]?$"), "quarantined": integer(0),
                          "dashboard": DASHBOARD})
DELIVERY_CHANGE = obj(required={"application_key": string(8, 100), "channels": array(CHANNEL, 4)},
                      optional={"changed_at": date_time(), "reason": string(0, 500)})
