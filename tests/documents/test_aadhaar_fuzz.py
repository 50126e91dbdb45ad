"""Hypothesis fuzzing of the Aadhaar QR parsers: 10,000 examples across four shapes of hostile input.

The property is the same everywhere: the parser returns a result or raises ``QrUnreadable`` — never any
other exception, never a hang — and a result that did not come from the signer is never "verified".
"""

from __future__ import annotations

import gzip
import random
import zlib

from aadhaar_payloads import V1_ORDER, body, sign, to_digits
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.documents.aadhaar import AadhaarQrData, decode_aadhaar, parse_secure_qr, parse_xml_qr
from kiosk.documents.uidai_certs import PinnedCertificate
from kiosk.domain.errors import QrUnreadable


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _survives(call: object, *args: object) -> AadhaarQrData | None:
    try:
        return call(*args)  # type: ignore[operator,no-any-return]
    except QrUnreadable as exc:
        assert exc.params["reason"] and exc.params["detail_mr"]
        return None


@fuzz(4500)
@given(st.text(max_size=5000))
def test_any_text(uidai_certs: tuple[PinnedCertificate, ...], text: str) -> None:
    _survives(decode_aadhaar, text, uidai_certs)


@fuzz(2000)
@given(st.tuples(st.integers(550, 4400), st.integers(0, 2**64)).map(
    lambda t: "".join(random.Random(t[1]).choices("0123456789", k=t[0]))))
def test_any_digit_string(uidai_certs: tuple[PinnedCertificate, ...], digits: str) -> None:
    result = _survives(parse_secure_qr, digits, uidai_certs)
    assert result is None or not result.verified


_field = st.binary(max_size=40).filter(lambda b: b"\xff" not in b)


@fuzz(1500)
@given(
    version=st.sampled_from([1, 2, 3]),
    fields=st.lists(_field, min_size=0, max_size=20),
    tail=st.binary(max_size=400),
    use_gzip=st.booleans(),
    flip=st.integers(min_value=-1, max_value=2000),
)
def test_structured_payloads(
    test_key: rsa.RSAPrivateKey,
    test_certs: tuple[PinnedCertificate, ...],
    version: int,
    fields: list[bytes],
    tail: bytes,
    use_gzip: bool,
    flip: int,
) -> None:
    """Payloads that inflate properly and carry a real signature, with random fields and tails."""
    head = [f"V{version}".encode()] if version > 1 else []
    data = b"\xff".join(head + fields) + b"\xff" + tail
    signed = bytearray(sign(data, test_key))
    tampered = 0 <= flip < len(signed)
    if tampered:
        signed[flip] ^= 0x01
    packed = gzip.compress(bytes(signed), mtime=0) if use_gzip else zlib.compress(bytes(signed))
    digits = str(int.from_bytes(packed, "big"))
    if len(digits) > 4300:
        return
    result = _survives(parse_secure_qr, digits, test_certs)
    if result is not None and tampered:
        assert not result.verified


@fuzz(1000)
@given(name=st.text(max_size=60), index=st.integers(min_value=0, max_value=len(V1_ORDER) - 1))
def test_valid_shape_with_random_text(test_key: rsa.RSAPrivateKey, test_certs: tuple[PinnedCertificate, ...],
                                      name: str, index: int) -> None:
    """A well-formed V2 payload whose one field is arbitrary text (may include 0xFF-producing chars)."""
    value = name.encode("utf-8", errors="replace")
    field = V1_ORDER[index]
    raw = body(2, photo=b"", fields={}).split(b"\xff")
    raw[1 + index] = value
    digits = to_digits(sign(b"\xff".join(raw), test_key))
    result = _survives(parse_secure_qr, digits, test_certs)
    if result is not None:
        assert result.verified and result.last4.isdigit() and len(result.last4) == 4
        assert field != "gender" or result.gender in ("M", "F", "T")


_attr = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@fuzz(1000)
@given(uid=_attr, name=_attr, extra=st.text(max_size=200), gender=_attr)
def test_xml_attributes(uid: str, name: str, extra: str, gender: str) -> None:
    from xml.sax.saxutils import quoteattr

    text = (f"<PrintLetterBarcodeData uid={quoteattr(uid)} name={quoteattr(name)} gender={quoteattr(gender)} "
            f"{extra}/>")
    result = _survives(parse_xml_qr, text)
    if result is not None:
        assert len(result.last4) == 4 and not result.verified
        assert uid.strip() not in result.fields().values() or len(uid.strip()) < 12
