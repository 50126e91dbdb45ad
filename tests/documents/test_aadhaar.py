"""Aadhaar QR: the real UIDAI sample, self-signed V1/V2 payloads, the XML QR, and hostile input."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import pytest
from aadhaar_payloads import FIELDS, body, jp2_photo, secure_qr, sign, to_digits
from cryptography.hazmat.primitives.asymmetric import rsa
from PIL import Image

from kiosk.documents.aadhaar import (
    SECURE_KIND,
    XML_KIND,
    AadhaarQrData,
    decode_aadhaar,
    looks_like_aadhaar,
    parse_secure_qr,
    parse_xml_qr,
)
from kiosk.documents.uidai_certs import CertificateError, PinnedCertificate, load_certificates
from kiosk.domain.errors import QrUnreadable

XML_QR = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<PrintLetterBarcodeData uid="234123412346" name="Ravi Patil" '
    'gender="MALE" yob="1980" co="S/O Shankar Patil" house="12" street="Main Road" lm="Near school" loc="Peth" '
    'vtc="Wai" po="Wai" dist="Satara" subdist="Wai" state="Maharashtra" pc="412803" dob="01/02/1980"/>'
)


def test_uidai_sample_verifies_with_the_pinned_2017_certificate(uidai_sample: str,
                                                                uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    data = parse_secure_qr(uidai_sample, uidai_certs)
    assert data.kind == SECURE_KIND and data.version == 1
    assert data.verified is True and data.certificate == "uidai_prod_cdup"
    assert (data.name, data.dob, data.gender) == ("Sumit Kumar", "01-01-1984", "M")
    assert data.dob_date is not None and data.dob_date.isoformat() == "1984-01-01"
    assert (data.house, data.street, data.district, data.state, data.pincode) == (
        "B-31, 3rd Floor", "Radhey Shyam Park Extension", "East Delhi", "Delhi", "110051")
    assert (data.vtc, data.post_office, data.sub_district, data.care_of) == (
        "Krishna Nagar", "Krishna Nagar", "Gandhi Nagar", "C/O Ishwar Chand")
    assert data.last4 == "2697" and data.reference_id == "269720190308114407437"
    assert data.masked_number == "XXXX XXXX 2697"


def test_uidai_sample_photo_becomes_a_png(uidai_sample: str, uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    data = parse_secure_qr(uidai_sample, uidai_certs)
    assert data.photo_png is not None and data.photo_png.startswith(b"\x89PNG")
    photo = Image.open(io.BytesIO(data.photo_png))
    assert photo.size == (60, 60) and photo.mode == "RGB"
    # a face photo, not a flat fill: the decoded pixels vary
    low, high = photo.convert("L").getextrema()
    assert high - low > 50


def test_tampered_uidai_sample_is_read_but_not_verified(uidai_sample: str,
                                                        uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    number = int(uidai_sample)
    raw = zlib.decompress(number.to_bytes((number.bit_length() + 7) // 8, "big"), 32 + zlib.MAX_WBITS)
    forged = raw.replace(b"Sumit Kumar", b"Sumit Kumal")
    data = parse_secure_qr(to_digits(forged), uidai_certs)
    assert data.name == "Sumit Kumal"
    assert data.verified is False and data.certificate is None


def test_v2_signed_by_a_pinned_expired_certificate_verifies(test_key: rsa.RSAPrivateKey,
                                                            test_certs: tuple[PinnedCertificate, ...]) -> None:
    data = parse_secure_qr(secure_qr(test_key, version=2), test_certs)
    assert data.version == 2 and data.verified and data.certificate == "test_signer"
    assert data.mobile_last4 == "9876"
    assert data.name == FIELDS["name"] and data.landmark == FIELDS["landmark"]
    assert data.last4 == "1234" and data.photo_png is not None


@pytest.mark.parametrize("version", [3, 9])
def test_later_versions_parse_like_v2(version: int, test_key: rsa.RSAPrivateKey,
                                      test_certs: tuple[PinnedCertificate, ...]) -> None:
    data = parse_secure_qr(secure_qr(test_key, version=version), test_certs)
    assert data.version == version and data.verified


@pytest.mark.parametrize("indicator", ["0", "1", "2", "3"])
def test_v1_hash_blocks_are_skipped_for_every_indicator(indicator: str, test_key: rsa.RSAPrivateKey,
                                                        test_certs: tuple[PinnedCertificate, ...]) -> None:
    photo = jp2_photo()
    qr = to_digits(sign(body(1, fields={"email_mobile_indicator": indicator}, photo=photo), test_key))
    data = parse_secure_qr(qr, test_certs)
    assert data.verified and data.version == 1
    assert data.photo_png is not None  # the photo was cut exactly: hash bytes would break the codestream


def test_signature_from_an_unpinned_key_is_not_verified(test_certs: tuple[PinnedCertificate, ...]) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    data = parse_secure_qr(secure_qr(stranger), test_certs)
    assert data.verified is False and data.certificate is None
    assert data.name == FIELDS["name"]  # shown, but plainly marked "not verified"


def test_zlib_payloads_are_accepted_too(test_key: rsa.RSAPrivateKey, test_certs: tuple[PinnedCertificate, ...]) -> None:
    qr = to_digits(sign(body(2), test_key), use_gzip=False)
    assert parse_secure_qr(qr, test_certs).verified


def test_latin1_names_are_decoded(test_key: rsa.RSAPrivateKey, test_certs: tuple[PinnedCertificate, ...]) -> None:
    qr = secure_qr(test_key, fields={"name": "Jos\xe9 D'Souza"})
    assert parse_secure_qr(qr, test_certs).name == "José D'Souza"


def _reason(excinfo: pytest.ExceptionInfo[QrUnreadable]) -> str:
    return str(excinfo.value.params["reason"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12345abc" * 100, "not_numeric"),
        ("١٢٣٤" * 200, "not_numeric"),  # Arabic-Indic digits pass str.isdigit(); not ours
        ("9" * 4301, "too_long"),
        ("12345", "too_short"),
        ("1" * 3000, "not_compressed"),
        ("", "too_short"),
    ],
)
def test_hostile_text_is_refused_with_a_reason(text: str, reason: str,
                                               uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    with pytest.raises(QrUnreadable) as excinfo:
        parse_secure_qr(text, uidai_certs)
    assert _reason(excinfo) == reason
    assert excinfo.value.params["detail_en"] and excinfo.value.params["detail_mr"]


def test_decompression_bomb_is_bounded(uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    bomb = gzip.compress(b"\x00" * (1024 * 1024), compresslevel=9, mtime=0)
    digits = str(int.from_bytes(bomb, "big"))
    assert len(digits) <= 4300  # 1 MiB of zeros packs into a QR-sized number
    with pytest.raises(QrUnreadable) as excinfo:
        parse_secure_qr(digits, uidai_certs)
    assert _reason(excinfo) == "too_large"


def test_too_few_delimiters(test_key: rsa.RSAPrivateKey, test_certs: tuple[PinnedCertificate, ...]) -> None:
    payload = sign(b"V2\xff2\xff1234\xffName only" + b"x" * 300, test_key)
    with pytest.raises(QrUnreadable) as excinfo:
        parse_secure_qr(to_digits(payload), test_certs)
    assert _reason(excinfo) == "few_fields"


@pytest.mark.parametrize("head", [b"V1", b"VX", b"V10", b"7", b"Hello"])
def test_unknown_versions(head: bytes, test_key: rsa.RSAPrivateKey, test_certs: tuple[PinnedCertificate, ...]) -> None:
    payload = sign(head + b"\xff" + body(2).split(b"\xff", 1)[1], test_key)
    with pytest.raises(QrUnreadable) as excinfo:
        parse_secure_qr(to_digits(payload), test_certs)
    assert _reason(excinfo) == "unknown_version"


@pytest.mark.parametrize(("field", "value"), [("gender", "X"), ("reference_id", "ab12"), ("email_mobile_indicator", "7")])
def test_invalid_fields(field: str, value: str, test_key: rsa.RSAPrivateKey,
                        test_certs: tuple[PinnedCertificate, ...]) -> None:
    with pytest.raises(QrUnreadable) as excinfo:
        parse_secure_qr(secure_qr(test_key, fields={field: value}), test_certs)
    assert _reason(excinfo) == "bad_field" and excinfo.value.params["field"] == field


def test_broken_photo_does_not_break_the_rest(test_key: rsa.RSAPrivateKey,
                                              test_certs: tuple[PinnedCertificate, ...]) -> None:
    data = parse_secure_qr(secure_qr(test_key, photo=b"\xff\x4f\xff\x51garbage"), test_certs)
    assert data.verified and data.photo_png is None


def test_xml_qr_keeps_only_the_last_four_digits() -> None:
    data = parse_xml_qr(XML_QR)
    assert data.kind == XML_KIND and data.verified is False and data.certificate is None
    assert data.last4 == "2346" and data.reference_id == ""
    assert (data.name, data.gender, data.dob, data.district, data.pincode) == (
        "Ravi Patil", "M", "01/02/1980", "Satara", "412803")
    assert "234123412346" not in repr(data) and "23412341" not in str(data.fields())


def test_xml_qr_without_dob_uses_the_year() -> None:
    assert parse_xml_qr(XML_QR.replace(' dob="01/02/1980"', "")).dob == "1980"


@pytest.mark.parametrize(
    "text",
    [
        '<!DOCTYPE x [<!ENTITY e "boom">]><PrintLetterBarcodeData uid="234123412346" name="&e;"/>',
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><PrintLetterBarcodeData uid="&e;"/>',
        '<!DOCTYPE lolz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><PrintLetterBarcodeData name="&b;"/>',
        "<PrintLetterBarcodeData uid='234123412346' name='unterminated",
        '<PrintLetterBarcodeData uid="12" name="short uid"/>',
        '<SomethingElse uid="234123412346"/>',
        "<PrintLetterBarcodeData " + "a" * 9000 + "/>",
    ],
)
def test_hostile_xml_is_refused(text: str) -> None:
    with pytest.raises(QrUnreadable):
        parse_xml_qr(text)


def test_dispatch_tells_aadhaar_from_other_codes(uidai_sample: str,
                                                 uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    assert decode_aadhaar("https://aaplesarkar.mahaonline.gov.in", uidai_certs) is None
    assert decode_aadhaar("KIOSK-20260101-0001", uidai_certs) is None
    assert decode_aadhaar("12345678", uidai_certs) is None
    assert isinstance(decode_aadhaar(uidai_sample, uidai_certs), AadhaarQrData)
    assert isinstance(decode_aadhaar(XML_QR, uidai_certs), AadhaarQrData)
    assert looks_like_aadhaar("9" * 5000)
    with pytest.raises(QrUnreadable):
        decode_aadhaar("9" * 5000, uidai_certs)


def test_certificate_folder_refuses_a_non_certificate(tmp_path: Path) -> None:
    (tmp_path / "junk.cer").write_bytes(b"not a certificate")
    with pytest.raises(CertificateError):
        load_certificates(tmp_path)


def test_pinned_folder_ships_the_three_uidai_certificates(uidai_certs: tuple[PinnedCertificate, ...]) -> None:
    assert {c.name for c in uidai_certs} == {
        "uidai_prod_cdup", "uidai_offline_publickey_26022021", "uidai_offline_publickey_17022026"}
    assert uidai_certs[0].not_after >= uidai_certs[-1].not_after  # newest first
