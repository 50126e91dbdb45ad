"""Aadhaar QR → applicant: read the QR from an image (off the GUI thread), verify, map onto the form."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from kiosk.documents.aadhaar import AadhaarQrData, decode_aadhaar
from kiosk.documents.barcodes import read_codes
from kiosk.documents.loading import open_file
from kiosk.documents.mapping import fill_applicant
from kiosk.documents.reasons import unreadable
from kiosk.documents.uidai_certs import pinned_certificates
from kiosk.domain.applicant import Address, NameParts
from kiosk.domain.errors import QrUnreadable

# The form's input keys are the domain's part names (``name_en.first``, ``address.pin`` …).
NAME_PARTS = tuple(f.name for f in fields(NameParts))
ADDRESS_PARTS = tuple(f.name for f in fields(Address))


def read_aadhaar(path: Path, assets: Path) -> AadhaarQrData:
    """The first Aadhaar QR on any page of ``path``; raises ``QrUnreadable`` when there is none."""
    certs = pinned_certificates(assets / "uidai")
    failure: Exception | None = None
    seen = False
    for page in open_file(path):  # one page decoded at a time
        for code in read_codes(page, exhaustive=True):
            seen = True
            try:
                found = decode_aadhaar(code.text, certs)
            except QrUnreadable as exc:  # another code on the page may still be the Aadhaar QR
                failure = exc
                continue
            if found is not None:
                return found
    if failure is not None:
        raise failure
    raise unreadable("no_code" if not seen else "not_compressed")


def form_values(data: AadhaarQrData) -> dict[str, str]:
    """Form inputs the QR fills (English name parts, DOB, gender, address); the rest is left alone."""
    applicant = fill_applicant(data)
    values = {f"name_en.{part}": getattr(applicant.name_en, part) for part in NAME_PARTS
              if getattr(applicant.name_en, part)}
    if applicant.dob:
        values["dob"] = applicant.dob.strftime("%d-%m-%Y")
    if applicant.gender:
        values["gender"] = applicant.gender
    for part in ADDRESS_PARTS:
        value = getattr(applicant.address, part)
        if value:
            values[f"address.{part}"] = value
    values["aadhaar"] = data.masked_number
    return values
