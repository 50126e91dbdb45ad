"""From what the operator typed to an :class:`Application` ready to commit — or a list of problems.

``take_application`` is the single path for the GUI form, the CLI's ``new`` and the demo seeder: values
are normalised at this boundary (NFC, trimmed, Devanagari digits folded), validated against the service's
catalogue entry, and the fee snapshot, missing document groups and RTS due date are computed here, so
every door into the kiosk applies the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from kiosk.domain.aadhaar_text import check_applicant_text, check_fields_text
from kiosk.domain.applicant import AadhaarRef, Address, Applicant, Consent, NameParts
from kiosk.domain.application import SELF_DECLARATION, Application, DocumentRecord, new_uuid
from kiosk.domain.catalogue import (
    ENTERED_FEE_KIND,
    ENTERED_FEE_LABEL,
    Catalogue,
    DocumentGroup,
    FeeLine,
    Service,
)
from kiosk.domain.delivery import acknowledgement_for, read_channels
from kiosk.domain.errors import Problem, ProblemList
from kiosk.domain.payment import PENDING, check_payment, payment_extra
from kiosk.domain.reuse import reuse_consent
from kiosk.domain.ring import ring_code
from kiosk.domain.status import Status
from kiosk.domain.text import fold_digits, normalise_digits, normalise_name, normalise_text
from kiosk.domain.validation import check_aadhaar, check_applicant, check_delivery, check_field, parse_date
from kiosk.domain.verification import call_consent

CONSENT_TEXT_VERSION = "notice-2026.1"
MAX_ENTERED_FEE_PAISE = 10_000_000  # ₹1,00,000: above it is a typing slip, not a counter fee


class DueDateCalendar(Protocol):
    def add_working_days(self, start: date, days: int) -> date: ...


@dataclass(frozen=True)
class IntakeResult:
    application: Application | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.application is not None and not self.problems


def _text(d: Mapping[str, Any], key: str) -> str:
    v = d.get(key, "")
    return normalise_text(str(v)) if v is not None else ""


def _name(d: Any) -> NameParts:
    d = d if isinstance(d, Mapping) else {}
    return NameParts(*(normalise_name(str(d.get(k) or "")) for k in ("first", "mother", "father_or_husband", "surname")))


def parse_rupees(text: str) -> int | None:
    """Rupees as typed at the counter ("150", "150.50", "१५०", "₹ 1,200") in paise; None if not an amount."""
    s = fold_digits(normalise_text(text)).replace("₹", "").replace(",", "").replace(" ", "")
    whole, _, frac = s.partition(".")
    if not whole.isdigit() and not (whole == "" and frac) or not (frac == "" or frac.isdigit() and len(frac) <= 2):
        return None
    return int(whole or "0") * 100 + int(frac.ljust(2, "0") or "0")


def fees_of(service: Service, form: Mapping[str, Any], problems: ProblemList) -> tuple[FeeLine, ...]:
    """The catalogue's fee lines; for a service whose fee is not known, the one fee the operator typed
    (``entered_fee_paise``: whole paise, 0 allowed when the office charges nothing) — required, so a fee
    nobody knows is never taken as ₹0.00 by default."""
    if service.fee_known:
        return service.fees
    raw = form.get("entered_fee_paise")
    if raw is None or raw == "":
        problems.add("entered_fee", "required", "fee_entered_required")
        return ()
    try:
        paise = int(fold_digits(str(raw)).strip())
    except ValueError:
        paise = -1
    if paise < 0 or paise > MAX_ENTERED_FEE_PAISE:
        problems.add("entered_fee", "invalid", "fee_entered_invalid")
        return ()
    return (FeeLine(ENTERED_FEE_KIND, ENTERED_FEE_LABEL, paise),)


def due_on(service: Service, completed: date | None, calendar: DueDateCalendar) -> date | None:
    """The RTS due date: the service's working days after the day the application is complete; a "same
    day" service is due that day; none while incomplete or when the limit is not known."""
    if completed is None:
        return None
    if service.rts_days:
        return calendar.add_working_days(completed, service.rts_days)
    return completed if service.same_day else None


def missing_groups(service: Service, docs: Iterable[DocumentRecord], age: int | None) -> tuple[str, ...]:
    have = list(docs)

    def satisfied(g: DocumentGroup) -> bool:
        return any(d.group_code == g.code and (d.doc_type in g.any_of or
                   (d.doc_type == SELF_DECLARATION and g.self_declaration_allowed)) for d in have)

    out = []
    for g in service.documents:
        if not g.required:
            continue
        if g.condition == "minor" and (age is None or age >= 18):
            continue
        if not satisfied(g):
            out.append(g.code)
    return tuple(out)


def read_applicant(raw: Mapping[str, Any], problems: ProblemList) -> Applicant:
    """Normalise the applicant part of a form; an Aadhaar number typed in is reduced to its last 4 here.

    An ``aadhaar_ref`` in the form (a file, the CLI, a draft) is never taken as verified, whatever its
    ``verified`` says: only the QR verifier's own result, handed to :func:`take_application` as
    ``aadhaar_qr``, is."""
    dob: date | None = None
    try:
        dob = parse_date(raw.get("dob"))
    except ValueError:
        # dob stays None; take_application drops the "required" problem check_dob then adds, so an
        # unreadable date is reported once, as unreadable.
        problems.add("dob", "bad_date", "dob_unreadable")
    addr_raw = raw.get("address") if isinstance(raw.get("address"), Mapping) else {}
    assert isinstance(addr_raw, Mapping)
    address = Address(**{k: _text(addr_raw, k) for k in ("house", "street", "village", "taluka", "district")},
                      pin=normalise_digits(_text(addr_raw, "pin")), village_code=ring_code(_text(addr_raw, "village_code")))
    aadhaar: AadhaarRef | None = None
    if raw.get("aadhaar"):
        last4 = check_aadhaar(problems, str(raw["aadhaar"]))
        if last4:
            aadhaar = AadhaarRef(last4=last4)
    elif isinstance(raw.get("aadhaar_ref"), Mapping):
        ref = raw["aadhaar_ref"]
        aadhaar = AadhaarRef(str(ref.get("last4", "")), str(ref.get("reference_id", "")), verified=False)
    mobile = normalise_digits(_text(raw, "mobile"))
    return Applicant(
        name_en=_name(raw.get("name_en")),
        name_mr=_name(raw.get("name_mr")),
        dob=dob,
        gender=_text(raw, "gender").upper()[:1],
        mobile=mobile[3:] if mobile.startswith("+91") else mobile,
        email=_text(raw, "email").lower(),
        address=address,
        category=_text(raw, "category"),
        aadhaar=aadhaar,
    )


def take_application(
    form: Mapping[str, Any],
    *,
    catalogue: Catalogue,
    calendar: DueDateCalendar,
    hub_code: str,
    operator: str,
    now: datetime,
    today: date,
    documents: Iterable[DocumentRecord] = (),
    aadhaar_qr: AadhaarRef | None = None,
) -> IntakeResult:
    """Validate ``form`` against its service and build the application (no I/O; the store commits it).

    ``aadhaar_qr`` is what the Aadhaar QR verifier read (with whether UIDAI's signature verified); it
    replaces any Aadhaar the form names. Nothing in ``form`` can claim a verified Aadhaar."""
    problems = ProblemList()
    code = str(form.get("service_code", ""))
    if not catalogue.has(code):
        problems.add("service_code", "unknown_service", "service_unknown")
        return IntakeResult(None, problems.items)
    service = catalogue.service(code)
    applicant_raw = form.get("applicant") if isinstance(form.get("applicant"), Mapping) else {}
    assert isinstance(applicant_raw, Mapping)
    applicant = read_applicant(applicant_raw, problems)
    if aadhaar_qr is not None:
        applicant = replace(applicant, aadhaar=aadhaar_qr)
    dob_unreadable = any(p.field == "dob" for p in problems.items)
    check_applicant(problems, applicant, service, today)
    if dob_unreadable:
        problems.items[:] = [p for p in problems.items if not (p.field == "dob" and p.code == "required")]

    raw_fields = form.get("fields") if isinstance(form.get("fields"), Mapping) else {}
    assert isinstance(raw_fields, Mapping)
    fields: dict[str, str] = {}
    for f in service.fields:
        fields[f.name] = check_field(problems, f, _text(raw_fields, f.name))
    check_applicant_text(problems, applicant)
    check_fields_text(problems, fields, {f.name for f in service.fields if f.identifier})
    consent_raw = form.get("consent") if isinstance(form.get("consent"), Mapping) else None
    whatsapp = bool(consent_raw and consent_raw.get("whatsapp_opt_in"))
    delivery = _text(form, "delivery") or "print_at_hub"
    check_delivery(problems, delivery, applicant.email, whatsapp)
    channels = read_channels(form, applicant.mobile, applicant.email, whatsapp, now, problems)
    whatsapp, delivery = whatsapp or "whatsapp" in {c.channel for c in channels}, channels[0].channel if channels else delivery
    consent: Consent | None = None
    if consent_raw and consent_raw.get("accepted"):
        lang = str(consent_raw.get("language", "mr"))
        consent = Consent(lang if lang in ("mr", "en", "hi") else "mr",
                          str(consent_raw.get("text_version", CONSENT_TEXT_VERSION)), now, whatsapp)
    else:
        problems.add("consent", "required", "consent_required")

    fees = fees_of(service, form, problems)  # the catalogue's lines, or the fee the operator typed
    pay_raw = form.get("payment") if isinstance(form.get("payment"), Mapping) else {}
    assert isinstance(pay_raw, Mapping)  # absent: cash, as the counter took before UPI
    payment = check_payment(problems, _text(pay_raw, "method") or "cash", _text(pay_raw, "upi_ref"),
                            sum(f.paise for f in fees))
    docs = tuple(documents)
    reuse = reuse_consent(form, docs, now, problems)  # issue 18: a reused document needs the citizen's tick
    missing = missing_groups(service, docs, applicant.age_on(today))
    # RTS Rule 6: the clock starts only when the application is complete — every document in, and the fee
    # received (a fee left pending holds it like a missing document; taking it starts the clock that day).
    completed = today if not missing and payment.method != PENDING else None
    due = due_on(service, completed, calendar)
    if problems:
        return IntakeResult(None, problems.items)
    app = Application(
        uuid=new_uuid(),
        hub_code=hub_code,
        service_code=service.code,
        catalogue_version=catalogue.version,
        applicant=applicant,
        fields=fields,
        documents=docs,
        fees=fees,
        delivery=delivery,
        operator=operator,
        created_at=now.astimezone(UTC),
        consent=consent,
        status=Status.QUEUED,
        missing_groups=missing,
        completed_on=completed,
        due_date=due,
        channels=channels, acknowledgement=acknowledgement_for(form, channels, applicant.mobile,
                                                             consent.language if consent else "mr"),
        extra={**payment_extra(payment.method, payment.upi_ref), **reuse, **call_consent(form, now)},
    )
    return IntakeResult(app, [])
