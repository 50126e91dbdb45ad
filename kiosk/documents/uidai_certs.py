"""UIDAI signing certificates pinned in ``assets/uidai``: adding one is dropping a file there.

Every file ending in .cer, .crt or .pem (PEM or DER) is loaded. Expiry is deliberately ignored: printed
Aadhaar cards carry QR codes signed years ago, and the certificate only has to prove who signed. A file
that is not an RSA certificate is refused loudly at load time rather than silently weakening the set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from kiosk.domain.errors import KioskError

CERT_SUFFIXES = (".cer", ".crt", ".pem")


class CertificateError(KioskError):
    """A file in the pinned-certificate folder is not a usable RSA certificate."""

    code = "uidai_certificate_invalid"


@dataclass(frozen=True)
class PinnedCertificate:
    name: str  # the file's stem, reported as "verified by <name>"
    public_key: RSAPublicKey
    not_before: datetime
    not_after: datetime
    subject: str


def load_certificate(path: Path) -> PinnedCertificate:
    raw = path.read_bytes()
    try:
        cert = (
            x509.load_pem_x509_certificate(raw) if b"-----BEGIN CERTIFICATE-----" in raw
            else x509.load_der_x509_certificate(raw)
        )
    except ValueError as exc:
        raise CertificateError(f"{path.name} is not an X.509 certificate", file=path.name) from exc
    key = cert.public_key()
    if not isinstance(key, RSAPublicKey):
        raise CertificateError(f"{path.name} does not hold an RSA key", file=path.name)
    return PinnedCertificate(
        name=path.stem,
        public_key=key,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        subject=cert.subject.rfc4514_string(),
    )


def load_certificates(folder: Path) -> tuple[PinnedCertificate, ...]:
    """Every pinned certificate in ``folder``, newest first (the likeliest signer of a new card)."""
    if not folder.is_dir():
        return ()
    certs = [load_certificate(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in CERT_SUFFIXES]
    return tuple(sorted(certs, key=lambda c: c.not_after, reverse=True))


@lru_cache(maxsize=4)
def _cached(folder: str, stamp: tuple[tuple[str, int], ...]) -> tuple[PinnedCertificate, ...]:
    return load_certificates(Path(folder))


def pinned_certificates(folder: Path) -> tuple[PinnedCertificate, ...]:
    """:func:`load_certificates`, cached until a file in the folder changes."""
    if not folder.is_dir():
        return ()
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    return _cached(str(folder), stamp)
