"""Applications as plain JSON-able dicts: for the outbox payload, ``--json`` output and carried bundles.

One format in and out, so a bundle written by one kiosk is read back by another without loss.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kiosk.domain.applicant import AadhaarRef, Address, Applicant, Consent, NameParts
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import FeeLine, Label
from kiosk.domain.delivery import Acknowledgement, ChannelChoice
from kiosk.domain.payment import payment_from_dict, payment_to_dict
from kiosk.domain.status import Status
from kiosk.domain.visit import visit_from_dict, visit_to_dict


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _pd(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def applicant_to_dict(a: Applicant) -> dict[str, Any]:
    return {
        # The full names as the portal prints them on the certificate; the parts follow.
        "name": {"en": a.name_en.full(), "mr": a.name_mr.full()},
        "name_en": a.name_en.to_dict(),
        "name_mr": a.name_mr.to_dict(),
        "dob": _d(a.dob),
        "gender": a.gender,
        "mobile": a.mobile,
        "email": a.email,
        "address": a.address.to_dict(),
        "category": a.category,
        "aadhaar": None if a.aadhaar is None else {
            "last4": a.aadhaar.last4, "reference_id": a.aadhaar.reference_id, "verified": a.aadhaar.verified},
    }


def applicant_from_dict(d: dict[str, Any]) -> Applicant:
    aad = d.get("aadhaar")
    return Applicant(
        name_en=NameParts.from_dict(d.get("name_en")),
        name_mr=NameParts.from_dict(d.get("name_mr")),
        dob=_pd(d.get("dob")),
        gender=str(d.get("gender", "")),
        mobile=str(d.get("mobile", "")),
        email=str(d.get("email", "")),
        address=Address.from_dict(d.get("address")),
        category=str(d.get("category", "")),
        aadhaar=AadhaarRef(str(aad["last4"]), str(aad.get("reference_id", "")), bool(aad.get("verified")))
        if isinstance(aad, dict) else None,
    )


def fee_to_dict(f: FeeLine) -> dict[str, Any]:
    return {"kind": f.kind, "label": {"en": f.label.en, "mr": f.label.mr}, "paise": f.paise}


def fee_from_dict(d: dict[str, Any]) -> FeeLine:
    return FeeLine(str(d["kind"]), Label(d["label"]["en"], d["label"]["mr"]), int(d["paise"]))


def document_to_dict(doc: DocumentRecord) -> dict[str, Any]:
    return {"sha256": doc.sha256, "doc_type": doc.doc_type, "group_code": doc.group_code, "pages": doc.pages,
            "size_bytes": doc.size_bytes, "mime": doc.mime, "original_name": doc.original_name,
            # a copy reused from an earlier application names it (issue 18); a body without it is unchanged
            **({"reused_from": doc.reused_from} if doc.reused_from else {})}


def delivery_to_dict(app: Application) -> dict[str, Any]:
    """The citizen's channels (in their order) and acknowledgement, as the body carries them and the
    application row keeps them (kiosk.store, step 0025)."""
    return {"delivery_channels": [c.to_dict() for c in app.channels],
            "acknowledgement": app.acknowledgement.to_dict() if app.acknowledgement else None}


def application_to_dict(app: Application) -> dict[str, Any]:
    return {
        "uuid": app.uuid,
        "receipt_number": app.receipt_number,
        "hub_code": app.hub_code,
        "service_code": app.service_code,
        "catalogue_version": app.catalogue_version,
        "status": str(app.status),
        "applicant": applicant_to_dict(app.applicant),
        "fields": dict(app.fields),
        "documents": [document_to_dict(d) for d in app.documents],
        "fees": [fee_to_dict(f) for f in app.fees],
        "total_paise": app.total_paise,
        "delivery": app.delivery,
        "operator": app.operator,
        "created_at": app.created_at.isoformat(),
        "consent": None if app.consent is None else {
            "language": app.consent.language, "text_version": app.consent.text_version,
            "accepted_at": app.consent.accepted_at.isoformat(), "whatsapp_opt_in": app.consent.whatsapp_opt_in},
        "missing_groups": list(app.missing_groups),
        "completed_on": _d(app.completed_on),
        "due_date": _d(app.due_date),
        "decided_on": _d(app.decided_on),
        "portal_number": app.portal_number,
        **delivery_to_dict(app),
        "payment": payment_to_dict(app),
        "doorstep_visit": visit_to_dict(app.extra),  # None: taken at the hub
    }


def application_from_dict(d: dict[str, Any]) -> Application:
    c = d.get("consent")
    return Application(
        uuid=str(d["uuid"]),
        hub_code=str(d["hub_code"]),
        service_code=str(d["service_code"]),
        catalogue_version=str(d["catalogue_version"]),
        applicant=applicant_from_dict(d["applicant"]),
        fields={str(k): str(v) for k, v in (d.get("fields") or {}).items()},
        documents=tuple(DocumentRecord(**doc) for doc in d.get("documents") or []),
        fees=tuple(fee_from_dict(f) for f in d.get("fees") or []),
        delivery=str(d.get("delivery", "print_at_hub")),
        operator=str(d.get("operator", "")),
        created_at=datetime.fromisoformat(d["created_at"]),
        consent=Consent(c["language"], c["text_version"], datetime.fromisoformat(c["accepted_at"]),
                        bool(c.get("whatsapp_opt_in"))) if isinstance(c, dict) else None,
        status=Status(d.get("status", "queued")),
        receipt_number=str(d.get("receipt_number", "")),
        missing_groups=tuple(d.get("missing_groups") or ()),
        completed_on=_pd(d.get("completed_on")),
        due_date=_pd(d.get("due_date")),
        decided_on=_pd(d.get("decided_on")),
        portal_number=str(d.get("portal_number", "")),
        channels=tuple(ChannelChoice.from_dict(c) for c in d.get("delivery_channels") or [] if isinstance(c, dict)),
        acknowledgement=Acknowledgement.from_dict(d["acknowledgement"])
        if isinstance(d.get("acknowledgement"), dict) else None,
        extra={**payment_from_dict(d.get("payment")), **visit_from_dict(d.get("doorstep_visit"))},
    )
