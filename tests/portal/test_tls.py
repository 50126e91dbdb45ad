"""TLS is always verified: a pinned CA bundle works, an unknown CA halts, a certificate that is not yet
valid (the kiosk PC's clock is behind) is reported as ClockSkew — "check the PC clock"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.domain.errors import ClockSkew
from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator
from tests.portal.conftest import application, make_config


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_pki(tmp: Path, not_before: dt.datetime) -> tuple[Path, Path, Path]:
    """A throwaway CA and a localhost server certificate signed by it, valid from ``not_before``."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    ca = (x509.CertificateBuilder().subject_name(_name("Test Portal CA")).issuer_name(_name("Test Portal CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=2)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(not_before).not_valid_after(not_before + dt.timedelta(days=10))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_path, cert_path, key_path = tmp / "ca.pem", tmp / "server.pem", tmp / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_path, cert_path, key_path


def _tls_sim(tmp: Path, not_before: dt.datetime) -> tuple[PortalSimulator, Path]:
    ca, cert, key = make_pki(tmp, not_before)
    return PortalSimulator(make_config(tls_certfile=cert, tls_keyfile=key)), ca


@pytest.fixture
def valid(tmp_path: Path) -> Iterator[tuple[PortalSimulator, Path]]:
    sim, ca = _tls_sim(tmp_path, dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    with sim:
        yield sim, ca


def test_pinned_ca_bundle_works(valid: tuple[PortalSimulator, Path]) -> None:
    sim, ca = valid
    assert sim.url.startswith("https://localhost:")
    with PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, ca_bundle=ca,
                      timeouts=Timeouts(1, 2)) as c:
        assert c.check_connectivity().online
        assert c.submit_application("tls-key-0001", application()).acked


def test_unknown_ca_is_refused_and_halts(valid: tuple[PortalSimulator, Path]) -> None:
    sim, _ = valid
    with PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(1, 2)) as c:
        out = c.submit_application("tls-key-0001", application())
    assert out.unknown and out.halt and out.code == "tls_error"
    assert sim.simulation.stats()["applications_stored"] == 0


def test_certificate_from_the_future_means_check_the_clock(tmp_path: Path) -> None:
    sim, ca = _tls_sim(tmp_path, dt.datetime.now(dt.UTC) + dt.timedelta(days=3))  # PC clock 3 days behind
    with sim, PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, ca_bundle=ca,
                           timeouts=Timeouts(1, 2)) as c:
        out = c.submit_application("tls-key-0001", application())
        assert out.unknown and out.halt and out.code == "clock_skew"
        assert isinstance(out.error, ClockSkew)
        assert c.check_connectivity().state == "clock_skew"
