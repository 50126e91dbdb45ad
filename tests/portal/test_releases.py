"""Release manifests end to end against the real simulator: a newer signed release is staged and verified;
every hostile variant (bad signature, tampering, wrong checksum, truncation, oversize, downgrade, garbage
JSON, foreign URL, path tricks) is refused with its typed error and leaves nothing in the staging folder."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from kiosk.config import ASSETS_DIR
from kiosk.domain.errors import PortalError
from kiosk.domain.messages import describe
from kiosk.portal.client import PortalClient
from kiosk.portal.releases import (
    UpdateChecksumMismatch,
    UpdateDowngrade,
    UpdateManifestInvalid,
    UpdateRejected,
    UpdateSignatureInvalid,
    UpdateTruncated,
    canonical_bytes,
    fetch_update,
    load_public_key,
    sign_manifest,
    staged_release,
)
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin

TEST_KEY = Path(__file__).resolve().parent / "data" / "release-test-key.pem"
PACKAGE = bytes(range(256)) * 2000 + b"seva-kiosk 0.2.0"  # ~500 kB, crosses many chunks


def private_key() -> Ed25519PrivateKey:
    key = load_pem_private_key(TEST_KEY.read_bytes(), None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


@pytest.fixture
def public_key() -> Ed25519PublicKey:
    return load_public_key(ASSETS_DIR / "updates" / "release-signing.pub")


def manifest(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "version": "0.2.0", "url": "/releases/files/seva-kiosk_0.2.0_amd64.deb",
        "sha256": hashlib.sha256(PACKAGE).hexdigest(), "size": len(PACKAGE), "released_at": "2026-11-27T10:00:00Z",
        "notes": {"en": "Camera capture of documents.", "mr": "कागदपत्रांचे कॅमेऱ्याने छायाचित्र."}}
    values.update(overrides)
    return values


def publish(sim: PortalSimulator, envelope: dict[str, Any] | None, package: bytes = PACKAGE,
            name: str = "seva-kiosk_0.2.0_amd64.deb") -> None:
    admin(sim, "release", {"envelope": envelope, "files": {name: base64.b64encode(package).decode()}})


def test_bundled_public_key_is_the_test_keys_half(public_key: Ed25519PublicKey) -> None:
    signature = private_key().sign(b"probe")
    public_key.verify(signature, b"probe")  # raises if the pair does not match


def test_newer_signed_release_is_staged_and_verified(sim: PortalSimulator, client: PortalClient,
                                                      public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), private_key()))
    seen: list[tuple[int, int]] = []
    check = fetch_update(client, "0.1.0", public_key, tmp_path / "updates", lambda d, t: seen.append((d, t)))
    assert check.available and check.manifest is not None and check.package is not None
    assert check.manifest.version == "0.2.0" and check.manifest.notes("mr").startswith("कागदपत्रांचे")
    assert check.package == tmp_path / "updates" / "seva-kiosk_0.2.0_amd64.deb"
    assert check.package.read_bytes() == PACKAGE
    assert [p.name for p in (tmp_path / "updates").iterdir()] == [check.package.name]  # no .part left
    assert seen[-1] == (len(PACKAGE), len(PACKAGE)) and len(seen) > 1
    assert staged_release(tmp_path / "updates", check.manifest) == check.package
    # A second check reuses the verified copy instead of downloading again.
    again = fetch_update(client, "0.1.0", public_key, tmp_path / "updates")
    assert again.package == check.package


def test_same_version_or_no_release_means_up_to_date(sim: PortalSimulator, client: PortalClient,
                                                     public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    assert not fetch_update(client, "0.1.0", public_key, tmp_path / "u").available  # nothing published: 404
    publish(sim, sign_manifest(manifest(version="0.1.0"), private_key()))
    check = fetch_update(client, "0.1.0", public_key, tmp_path / "u")
    assert not check.available and check.package is None
    assert not (tmp_path / "u").exists()


def _refused(client: PortalClient, public_key: Ed25519PublicKey, staging: Path, error: type[UpdateRejected],
             current: str = "0.1.0") -> UpdateRejected:
    with pytest.raises(error) as caught:
        fetch_update(client, current, public_key, staging)
    assert not staging.exists() or not any(staging.iterdir()), "nothing may be kept from a refused release"
    for language in ("en", "mr"):
        assert "install" in describe(caught.value, "en").lower()
        assert describe(caught.value, language)
    return caught.value


def test_signature_by_another_key_is_refused(sim: PortalSimulator, client: PortalClient,
                                              public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), Ed25519PrivateKey.generate()))
    _refused(client, public_key, tmp_path / "u", UpdateSignatureInvalid)


def test_manifest_changed_after_signing_is_refused(sim: PortalSimulator, client: PortalClient,
                                                   public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    evil = b"#!/bin/sh\nrm -rf /\n"
    envelope = sign_manifest(manifest(), private_key())
    envelope["manifest"]["sha256"] = hashlib.sha256(evil).hexdigest()
    envelope["manifest"]["size"] = len(evil)
    publish(sim, envelope, evil)
    _refused(client, public_key, tmp_path / "u", UpdateSignatureInvalid)
    for bad in ("", "!!!not base64!!!", base64.b64encode(b"short").decode()):
        publish(sim, {"manifest": manifest(), "signature": bad})
        _refused(client, public_key, tmp_path / "u", UpdateSignatureInvalid)


def test_wrong_checksum_is_refused(sim: PortalSimulator, client: PortalClient, public_key: Ed25519PublicKey,
                                   tmp_path: Path) -> None:
    tampered = bytearray(PACKAGE)
    tampered[1000] ^= 0xFF
    publish(sim, sign_manifest(manifest(), private_key()), bytes(tampered))
    _refused(client, public_key, tmp_path / "u", UpdateChecksumMismatch)


def test_truncated_download_is_refused(sim: PortalSimulator, client: PortalClient, public_key: Ed25519PublicKey,
                                       tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), private_key()))
    admin(sim, "faults", {"script": ["truncated"], "path": "/releases/files/"})
    _refused(client, public_key, tmp_path / "u", UpdateTruncated)
    # A package shorter than announced, sent whole, is just as incomplete.
    publish(sim, sign_manifest(manifest(), private_key()), PACKAGE[:-10])
    _refused(client, public_key, tmp_path / "u", UpdateTruncated)


def test_package_larger_than_announced_is_cut_off(sim: PortalSimulator, client: PortalClient,
                                                  public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), private_key()), PACKAGE + b"x" * 100_000)
    _refused(client, public_key, tmp_path / "u", UpdateChecksumMismatch)


def test_downgrade_is_refused(sim: PortalSimulator, client: PortalClient, public_key: Ed25519PublicKey,
                              tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(version="0.1.9"), private_key()))
    error = _refused(client, public_key, tmp_path / "u", UpdateDowngrade, current="0.10.0")
    assert "0.1.9" in describe(error, "en")


def test_garbage_answers_are_refused(sim: PortalSimulator, client: PortalClient, public_key: Ed25519PublicKey,
                                     tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), private_key()))
    admin(sim, "faults", {"script": ["invalid_json"], "path": "/releases/latest"})
    _refused(client, public_key, tmp_path / "u", UpdateManifestInvalid)
    for envelope in ({"manifest": "0.2.0", "signature": "x"}, {"signature": "x"}, {"manifest": {}}):
        publish(sim, envelope)
        _refused(client, public_key, tmp_path / "u", UpdateManifestInvalid)
    # Signed but malformed: every field is checked after the signature.
    for bad in (manifest(version="0.2"), manifest(version="v0.2.0"), manifest(size=0), manifest(size=True),
                manifest(sha256="ABC"), manifest(notes={"en": "only English"}), manifest(url="/releases/files/../x"),
                manifest(url="/releases/files/"), {**manifest(), "extra": 1}):
        publish(sim, sign_manifest(bad, private_key()))
        _refused(client, public_key, tmp_path / "u", UpdateManifestInvalid)


def test_package_url_on_another_host_is_refused(sim: PortalSimulator, client: PortalClient,
                                                public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(url="http://127.0.0.2:9/seva-kiosk_0.2.0_amd64.deb"), private_key()))
    _refused(client, public_key, tmp_path / "u", UpdateManifestInvalid)


def test_portal_failure_is_a_portal_error_not_a_crash(sim: PortalSimulator, client: PortalClient,
                                                      public_key: Ed25519PublicKey, tmp_path: Path) -> None:
    publish(sim, sign_manifest(manifest(), private_key()))
    admin(sim, "faults", {"script": ["503"], "path": "/releases/latest"})
    with pytest.raises(PortalError):  # the supervisor sees "portal unavailable", tried again at the next check
        fetch_update(client, "0.1.0", public_key, tmp_path / "u")
    assert not (tmp_path / "u").exists()


def test_canonical_bytes_do_not_depend_on_key_order() -> None:
    a = manifest()
    b = dict(reversed(list(a.items())))
    assert canonical_bytes(a) == canonical_bytes(b)
    assert b" " not in canonical_bytes({"a": 1, "b": [1, 2]})
    assert "कागदपत्रांचे".encode() in canonical_bytes(a)  # UTF-8, not \\u escapes
