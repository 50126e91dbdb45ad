"""Fixtures for the documents tests: pinned certificates, a test signing key, the UIDAI sample."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kiosk.config import ASSETS_DIR
from kiosk.documents.uidai_certs import PinnedCertificate, load_certificates

sys.path.insert(0, str(Path(__file__).resolve().parent))  # docsynth, aadhaar_payloads for the benchmarks too

DATA = Path(__file__).resolve().parents[1] / "data" / "documents"
UIDAI_SAMPLE = DATA / "sumit_v1_uidai_sample.txt"


@pytest.fixture(scope="session")
def uidai_certs() -> tuple[PinnedCertificate, ...]:
    return load_certificates(ASSETS_DIR / "uidai")


@pytest.fixture(scope="session")
def uidai_sample() -> str:
    return UIDAI_SAMPLE.read_text("ascii").strip()


@pytest.fixture(scope="session")
def test_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def test_cert_dir(tmp_path_factory: pytest.TempPathFactory, test_key: rsa.RSAPrivateKey) -> Path:
    """A pinned-certificate folder holding the real UIDAI certificates plus our self-signed test one."""
    folder = tmp_path_factory.mktemp("uidai-certs")
    for cert in (ASSETS_DIR / "uidai").iterdir():
        (folder / cert.name).write_bytes(cert.read_bytes())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Seva Kiosk test signer")])
    # Expired on purpose: an expired certificate must still verify (printed cards carry old signatures).
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(test_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime(2019, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        .sign(test_key, hashes.SHA256())
    )
    (folder / "test_signer.cer").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return folder


@pytest.fixture(scope="session")
def test_certs(test_cert_dir: Path) -> tuple[PinnedCertificate, ...]:
    return load_certificates(test_cert_dir)
