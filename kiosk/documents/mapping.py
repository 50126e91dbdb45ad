"""From this package's results onto the domain's types: the applicant form and the document rows.

Kept apart so the parsers stay independent of how the domain models a person, and so the one rule that
matters here lives in one place: an Aadhaar QR leaves nothing behind but last 4 digits, the reference
id and whether UIDAI's signature verified.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.documents.aadhaar import AadhaarQrData
from kiosk.documents.compress import ProcessedDocument
from kiosk.domain.applicant import AadhaarRef, Address, Applicant, NameParts
from kiosk.domain.application import DocumentRecord


def to_aadhaar_ref(data: AadhaarQrData) -> AadhaarRef:
    return AadhaarRef(last4=data.last4, reference_id=data.reference_id, verified=data.verified)


def split_name(full: str) -> NameParts:
    """"First Middle… Surname" as Aadhaar prints it; the middle part is usually the father's or husband's
    name. The operator confirms it — and adds the mother's name, which Aadhaar does not carry."""
    words = full.split()
    if not words:
        return NameParts()
    if len(words) == 1:
        return NameParts(first=words[0])
    return NameParts(first=words[0], father_or_husband=" ".join(words[1:-1]), surname=words[-1])


def to_address(data: AadhaarQrData) -> Address:
    street_parts: list[str] = []
    for part in (data.street, data.location, data.landmark):
        if part and part not in street_parts:
            street_parts.append(part)
    return Address(
        house=data.house,
        street=", ".join(street_parts),
        village=data.vtc or data.post_office,
        taluka=data.sub_district,
        district=data.district,
        pin=data.pincode,
    )


def fill_applicant(data: AadhaarQrData, base: Applicant | None = None) -> Applicant:
    """The applicant with what the QR says filled in; contact details and Marathi name parts are kept."""
    gender = data.gender if data.gender in ("M", "F", "T") else ""
    if base is None:
        return Applicant(name_en=split_name(data.name), dob=data.dob_date, gender=gender, address=to_address(data),
                         aadhaar=to_aadhaar_ref(data))
    return replace(
        base,
        name_en=split_name(data.name) if data.name else base.name_en,
        dob=data.dob_date or base.dob,
        gender=gender or base.gender,
        address=to_address(data),
        aadhaar=to_aadhaar_ref(data),
    )


def to_document_record(doc: ProcessedDocument, group_code: str, doc_type: str | None = None) -> DocumentRecord:
    """The row the store writes in the application's transaction (after ``store_document``)."""
    return DocumentRecord(
        sha256=doc.sha256,
        doc_type=doc_type or doc.doc_type,
        group_code=group_code,
        pages=doc.page_count,
        size_bytes=doc.size_bytes,
        mime=doc.mime,
        original_name=doc.original_name,
    )
