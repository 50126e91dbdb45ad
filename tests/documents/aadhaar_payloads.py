"""Building Secure QR payloads the way UIDAI does, signed with a test key, for V2 and bad-signature tests."""

from __future__ import annotations

import gzip
import io
import zlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from PIL import Image

FIELDS = {
    "email_mobile_indicator": "2",
    "reference_id": "123420250101093015123",
    "name": "Sunita Ramesh Patil",
    "dob": "15-08-1990",
    "gender": "F",
    "care_of": "W/O Ramesh Patil",
    "district": "Satara",
    "landmark": "Near Maruti Mandir",
    "house": "12",
    "location": "Peth",
    "pincode": "412803",
    "post_office": "Wai",
    "state": "Maharashtra",
    "street": "Ganpati Ali",
    "sub_district": "Wai",
    "vtc": "Wai",
}
V1_ORDER = ("email_mobile_indicator", "reference_id", "name", "dob", "gender", "care_of", "district", "landmark",
            "house", "location", "pincode", "post_office", "state", "street", "sub_district", "vtc")


def jp2_photo(colour: tuple[int, int, int] = (180, 120, 90)) -> bytes:
    image = Image.new("RGB", (60, 60), colour)
    out = io.BytesIO()
    image.save(out, "JPEG2000", irreversible=True, quality_mode="rates", quality_layers=[40])
    return out.getvalue()


def body(version: int = 2, *, fields: dict[str, str] | None = None, photo: bytes | None = None,
         mobile_last4: str = "9876") -> bytes:
    values = {**FIELDS, **(fields or {})}
    parts = [values[k].encode("iso-8859-1") for k in V1_ORDER]
    if version >= 2:
        parts = [f"V{version}".encode()] + parts + [mobile_last4.encode()]
    data = b"\xff".join(parts) + b"\xff" + (photo if photo is not None else jp2_photo())
    if version == 1:
        data += b"\x11" * {"0": 0, "1": 32, "2": 32, "3": 64}[values["email_mobile_indicator"]]
    return data


def sign(data: bytes, key: rsa.RSAPrivateKey) -> bytes:
    return data + key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def to_digits(payload: bytes, *, use_gzip: bool = True) -> str:
    packed = gzip.compress(payload, mtime=0) if use_gzip else zlib.compress(payload)
    return str(int.from_bytes(packed, "big"))


def secure_qr(key: rsa.RSAPrivateKey, version: int = 2, **kwargs: object) -> str:
    return to_digits(sign(body(version, **kwargs), key))  # type: ignore[arg-type]
