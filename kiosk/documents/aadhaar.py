"""Aadhaar QR codes: the signed Secure QR (V1 and V2+) and the old unsigned XML QR.

Everything in a QR is hostile until its signature verifies, and even then only proves UIDAI issued the
data — not that the card belongs to the person at the counter (the operator compares the photo). So:
the digit count is bounded before ``int()`` (CPython refuses > 4,300 digits anyway), decompression is
bounded to 64 KiB, only the first N delimiters are split (the JPEG 2000 photo is full of 0xFF bytes),
and every problem is one ``QrUnreadable`` with a reason. Format: ``../shared/vectors/aadhaar/README.md``.

The result holds the fields for filling the form, never the full Aadhaar number: the Secure QR does
not carry it, and the XML QR's number is cut to its last four digits as it is read.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date

import defusedxml.ElementTree as SafeET
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from PIL import Image

from kiosk.documents.reasons import unreadable
from kiosk.documents.uidai_certs import PinnedCertificate
from kiosk.domain.text import normalise_text

SECURE_KIND, XML_KIND = "aadhaar-secure-qr", "aadhaar-xml"
MAX_DIGITS = 4300
MIN_DIGITS = 600
MAX_INFLATED = 64 * 1024
SIGNATURE_BYTES = 256
MAX_XML_CHARS = 8192
MAX_PHOTO_SIDE = 1024
_DELIMITER = 0xFF

ADDRESS_FIELDS = ("care_of", "district", "landmark", "house", "location", "pincode", "post_office", "state",
                  "street", "sub_district", "vtc")
V1_FIELDS = ("email_mobile_indicator", "reference_id", "name", "dob", "gender", *ADDRESS_FIELDS)
V2_FIELDS = ("version", *V1_FIELDS, "mobile_last4")
_HASH_BYTES = {"0": 0, "1": 32, "2": 32, "3": 64}
_XML_ATTRS = {"name": "name", "gender": "gender", "dob": "dob", "co": "care_of", "house": "house",
              "street": "street", "lm": "landmark", "loc": "location", "vtc": "vtc", "po": "post_office",
              "dist": "district", "subdist": "sub_district", "state": "state", "pc": "pincode"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AadhaarQrData:
    """What an Aadhaar QR says, minus anything the kiosk must not keep."""

    kind: str
    version: int  # 1, 2, … for the Secure QR; 0 for the XML QR
    last4: str
    reference_id: str  # Secure QR only: last 4 digits + a timestamp, UIDAI's reference for this QR
    verified: bool
    certificate: str | None  # which pinned certificate verified it
    name: str = ""
    dob: str = ""  # as printed: DD-MM-YYYY, or a year alone
    gender: str = ""
    care_of: str = ""
    house: str = ""
    street: str = ""
    landmark: str = ""
    location: str = ""
    vtc: str = ""
    post_office: str = ""
    sub_district: str = ""
    district: str = ""
    state: str = ""
    pincode: str = ""
    mobile_last4: str = ""
    photo_png: bytes | None = field(default=None, repr=False)

    @property
    def masked_number(self) -> str:
        return f"XXXX XXXX {self.last4}"

    @property
    def dob_date(self) -> date | None:
        match = re.fullmatch(r"(\d{2})[-/](\d{2})[-/](\d{4})", self.dob)
        if not match:
            return None
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None

    def fields(self) -> dict[str, str]:
        """The person's details, for showing and for ``--json`` (no photo, no number)."""
        skip = {"kind", "version", "last4", "reference_id", "verified", "certificate", "photo_png"}
        return {k: v for k, v in asdict(self).items() if k not in skip}


# ------------------------------------------------------------------------------------------ Secure QR


def _inflate(text: str) -> bytes:
    digits = text.strip()
    if not digits:
        raise unreadable("too_short")
    if not digits.isascii() or not digits.isdigit():
        raise unreadable("not_numeric")
    if len(digits) > MAX_DIGITS:
        raise unreadable("too_long")
    if len(digits) < MIN_DIGITS:
        raise unreadable("too_short")
    number = int(digits)
    packed = number.to_bytes(max(1, (number.bit_length() + 7) // 8), "big")
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip (UIDAI) or zlib (other producers)
    try:
        data = inflater.decompress(packed, MAX_INFLATED + 1)
    except zlib.error as exc:
        raise unreadable("not_compressed") from exc
    if len(data) > MAX_INFLATED or inflater.unconsumed_tail:
        raise unreadable("too_large", limit_kb=MAX_INFLATED // 1024)
    if not inflater.eof:
        raise unreadable("not_compressed")
    return data


def _split(signed: bytes, count: int) -> tuple[list[bytes], bytes]:
    """The first ``count`` delimited fields and the rest (photo and hashes), never splitting the photo."""
    fields: list[bytes] = []
    start = 0
    for _ in range(count):
        end = signed.find(_DELIMITER, start)
        if end < 0:
            raise unreadable("few_fields", found=len(fields), needed=count)
        fields.append(signed[start:end])
        start = end + 1
    return fields, signed[start:]


def _text(raw: bytes) -> str:
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        value = raw.decode("iso-8859-1")  # the format's documented encoding
    return normalise_text(_CONTROL.sub(" ", value)).strip()


def _version_of(signed: bytes) -> int:
    head = signed[: signed.find(_DELIMITER)] if _DELIMITER in signed else signed[:8]
    if head[:1] == b"V":
        if re.fullmatch(rb"V[2-9]", head):
            return int(head[1:])
        raise unreadable("unknown_version")
    if head in (b"0", b"1", b"2", b"3"):
        return 1
    raise unreadable("unknown_version")


def verify_signature(signed: bytes, signature: bytes, certificates: Sequence[PinnedCertificate]) -> str | None:
    """Name of the first pinned certificate whose key verifies the RSA PKCS#1 v1.5 SHA-256 signature."""
    for cert in certificates:
        try:
            cert.public_key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        except (InvalidSignature, ValueError):
            continue
        return cert.name
    return None


def photo_to_png(jp2: bytes) -> bytes | None:
    """The card photo (JPEG 2000) as PNG for the screen; None when it cannot be decoded safely."""
    if not jp2:
        return None
    try:
        with Image.open(io.BytesIO(jp2)) as image:
            if max(image.size) > MAX_PHOTO_SIDE:
                return None
            image.load()
            out = io.BytesIO()
            image.convert("RGB").save(out, "PNG")
            return out.getvalue()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def parse_secure_qr(text: str, certificates: Sequence[PinnedCertificate]) -> AadhaarQrData:
    """Decode, bound, parse and verify a Secure QR's decimal text."""
    data = _inflate(text)
    if len(data) <= SIGNATURE_BYTES + len(V1_FIELDS):
        raise unreadable("few_fields", found=0, needed=len(V1_FIELDS))
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    version = _version_of(signed)
    names = V1_FIELDS if version == 1 else V2_FIELDS
    raw_fields, rest = _split(signed, len(names))
    values = dict(zip(names, (_text(f) for f in raw_fields), strict=True))
    indicator = values["email_mobile_indicator"]
    if indicator not in _HASH_BYTES:
        raise unreadable("bad_field", field="email_mobile_indicator")
    reference = values["reference_id"]
    if not re.fullmatch(r"\d{4,40}", reference):
        raise unreadable("bad_field", field="reference_id")
    if values["gender"] not in ("M", "F", "T"):
        raise unreadable("bad_field", field="gender")
    mobile_last4 = values.get("mobile_last4", "")
    if mobile_last4 and not re.fullmatch(r"\d{4}", mobile_last4):
        raise unreadable("bad_field", field="mobile_last4")
    hash_bytes = _HASH_BYTES[indicator] if version == 1 else 0
    if len(rest) < hash_bytes:
        raise unreadable("bad_field", field="photo")
    photo = rest[: len(rest) - hash_bytes]
    certificate = verify_signature(signed, signature, certificates)
    return AadhaarQrData(
        kind=SECURE_KIND,
        version=version,
        last4=reference[:4],
        reference_id=reference,
        verified=certificate is not None,
        certificate=certificate,
        name=values["name"],
        dob=values["dob"],
        gender=values["gender"],
        mobile_last4=mobile_last4,
        photo_png=photo_to_png(photo),
        **{k: values[k] for k in ADDRESS_FIELDS},
    )


# ------------------------------------------------------------------------------------------- XML QR


def parse_xml_qr(text: str) -> AadhaarQrData:
    """The old unsigned ``PrintLetterBarcodeData`` QR: unverified, number cut to its last four."""
    if len(text) > MAX_XML_CHARS:
        raise unreadable("too_long")
    try:
        root = SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ValueError, SyntaxError) as exc:  # DefusedXmlException is a ValueError, ParseError a SyntaxError
        raise unreadable("bad_xml") from exc
    if root.tag != "PrintLetterBarcodeData":
        raise unreadable("bad_xml")
    uid = re.sub(r"\s", "", root.get("uid", ""))
    if not re.fullmatch(r"\d{12}", uid):
        raise unreadable("bad_field", field="uid")
    values = {ours: _text(root.get(theirs, "").encode("utf-8")) for theirs, ours in _XML_ATTRS.items()}
    if not values["dob"]:
        values["dob"] = _text(root.get("yob", "").encode("utf-8"))
    gender = {"MALE": "M", "FEMALE": "F", "TRANSGENDER": "T"}.get(values["gender"].upper(), values["gender"][:1].upper())
    values["gender"] = gender if gender in ("M", "F", "T") else ""
    last4 = uid[-4:]
    del uid  # the full number goes no further than this function
    v = values
    return AadhaarQrData(
        kind=XML_KIND, version=0, last4=last4, reference_id="", verified=False, certificate=None,
        name=v["name"], dob=v["dob"], gender=v["gender"], care_of=v["care_of"], house=v["house"],
        street=v["street"], landmark=v["landmark"], location=v["location"], vtc=v["vtc"],
        post_office=v["post_office"], sub_district=v["sub_district"], district=v["district"], state=v["state"],
        pincode=v["pincode"],
    )


# ------------------------------------------------------------------------------------------ dispatch


def looks_like_aadhaar(text: str) -> bool:
    """Whether a decoded QR is meant to be an Aadhaar QR (then failing to parse it is an error)."""
    head = text.lstrip()[:400]
    if head.startswith("<"):
        return "PrintLetterBarcodeData" in head
    stripped = text.strip()
    return len(stripped) >= MIN_DIGITS and stripped[:MIN_DIGITS].isdigit()


def decode_aadhaar(text: str, certificates: Sequence[PinnedCertificate]) -> AadhaarQrData | None:
    """Parse ``text`` if it is an Aadhaar QR (raising ``QrUnreadable`` if broken); None if it is not one."""
    if not looks_like_aadhaar(text):
        return None
    if text.lstrip().startswith("<"):
        return parse_xml_qr(text.strip())
    return parse_secure_qr(text, certificates)
