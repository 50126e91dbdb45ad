"""New releases of the kiosk: a signed manifest from the portal, checked here, the package staged — never installed.

The portal publishes ``{"manifest": {...}, "signature": "<base64 Ed25519>"}``. The manifest says
``version, url, sha256, size, released_at, notes {en, mr}``; the signature covers its canonical bytes
(:func:`canonical_bytes`: sorted keys, no spaces, UTF-8). The key the kiosk trusts ships in
``assets/updates/release-signing.pub``, so a compromised portal or a man in the middle can neither offer a
package nor roll a kiosk back to an older, vulnerable version.

What happens with a verified, newer release is deliberately small: the package is downloaded into a
staging folder (size capped by the manifest, SHA-256 checked, written under a temporary name and renamed
only when whole) and the supervisor is told. Installing is a technician's action after day close — the
kiosk never replaces itself in the middle of a shift.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say
from kiosk.domain.texts import LANGUAGES
from kiosk.durable import replace_durably

MANIFEST_FIELDS = ("version", "url", "sha256", "size", "released_at", "notes")
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # a kiosk package is ~100 MB; more than 1 GiB is not a package
_VERSION_RE = re.compile(r"^(\d{1,4})\.(\d{1,4})\.(\d{1,6})$")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 256 * 1024


class UpdateRejected(KioskError):
    """A release offered by the portal was refused; nothing was installed or kept."""

    code = "update_rejected"


class UpdateManifestInvalid(UpdateRejected):
    code = "update_manifest_invalid"


class UpdateSignatureInvalid(UpdateRejected):
    code = "update_signature_invalid"


class UpdateDowngrade(UpdateRejected):
    code = "update_downgrade"


class UpdateTruncated(UpdateRejected):
    code = "update_truncated"


class UpdateChecksumMismatch(UpdateRejected):
    code = "update_checksum_mismatch"


@dataclass(frozen=True)
class ReleaseManifest:
    version: str
    url: str
    sha256: str
    size: int
    released_at: str
    notes_en: str
    notes_mr: str

    @property
    def filename(self) -> str:
        return urlsplit(self.url).path.rsplit("/", 1)[-1]

    def notes(self, language: str) -> str:
        return self.notes_en if language == "en" else (self.notes_mr or self.notes_en)


@dataclass(frozen=True)
class UpdateCheck:
    """The answer of one check: ``manifest`` is set only when the portal offers a newer, verified release;
    ``package`` once that release's package is staged, verified, for the technician."""

    current: str
    manifest: ReleaseManifest | None
    package: Path | None = None

    @property
    def available(self) -> bool:
        return self.manifest is not None


def parse_version(text: str) -> tuple[int, int, int]:
    """``MAJOR.MINOR.PATCH`` only: anything fancier in a signed manifest is a mistake, not a feature."""
    found = _VERSION_RE.match(text) if isinstance(text, str) else None
    if not found:
        raise UpdateManifestInvalid(f"version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(g) for g in found.groups())
    return major, minor, patch


def canonical_bytes(manifest: Mapping[str, Any]) -> bytes:
    """The exact bytes the signature covers: the same on the publisher's machine and the kiosk."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_manifest(manifest: Mapping[str, Any], private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """The envelope the portal serves (the publisher's side; the kiosk only verifies)."""
    signature = private_key.sign(canonical_bytes(manifest))
    return {"manifest": dict(manifest), "signature": base64.b64encode(signature).decode("ascii")}


def load_public_key(path: Path) -> Ed25519PublicKey:
    key = load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise UpdateSignatureInvalid(f"{path.name} is not an Ed25519 public key")
    return key


def _manifest_from(raw: Any) -> ReleaseManifest:
    if not isinstance(raw, dict) or set(raw) != set(MANIFEST_FIELDS):
        raise UpdateManifestInvalid(f"the manifest must have exactly the fields {', '.join(MANIFEST_FIELDS)}")
    notes = raw["notes"]
    texts = (raw["version"], raw["url"], raw["sha256"], raw["released_at"])
    if not all(isinstance(t, str) for t in texts) or not isinstance(notes, dict) \
            or not all(isinstance(notes.get(k), str) for k in ("en", "mr")):
        raise UpdateManifestInvalid("a manifest field has the wrong type")
    size = raw["size"]
    if isinstance(size, bool) or not isinstance(size, int) or not 0 < size <= MAX_PACKAGE_BYTES:
        raise UpdateManifestInvalid(f"size {size!r} is not a package size")
    if not _SHA_RE.match(raw["sha256"]):
        raise UpdateManifestInvalid("sha256 is not 64 lowercase hex digits")
    parse_version(raw["version"])
    manifest = ReleaseManifest(raw["version"], raw["url"], raw["sha256"], size, raw["released_at"],
                               notes["en"][:2000], notes["mr"][:2000])
    parts = urlsplit(manifest.url)
    if parts.query or parts.fragment or any(seg in (".", "..") for seg in parts.path.split("/")) \
            or not _NAME_RE.match(manifest.filename):
        raise UpdateManifestInvalid(f"the package URL {manifest.url!r} does not end in a plain file name")
    return manifest


def verify_envelope(envelope: Any, public_key: Ed25519PublicKey) -> ReleaseManifest:
    """The manifest, if and only if its signature verifies under ``public_key``; typed error otherwise."""
    if not isinstance(envelope, dict) or not isinstance(envelope.get("manifest"), dict) \
            or not isinstance(envelope.get("signature"), str):
        raise UpdateManifestInvalid("the answer is not a signed release manifest")
    try:
        signature = base64.b64decode(envelope["signature"], validate=True)
    except ValueError as exc:
        raise UpdateSignatureInvalid("the signature is not base64") from exc
    try:
        public_key.verify(signature, canonical_bytes(envelope["manifest"]))
    except InvalidSignature as exc:
        raise UpdateSignatureInvalid("the release manifest's signature does not verify") from exc
    # Parsed only after the signature: nothing unsigned is ever interpreted.
    return _manifest_from(envelope["manifest"])


def check_release(envelope: Any | None, current: str, public_key: Ed25519PublicKey) -> UpdateCheck:
    """Compare a verified manifest with the running ``current`` version.

    ``None`` (the portal has no release) and the same version mean "up to date". An older version is a
    rollback attempt — refused loudly, since a signed old release may carry fixed vulnerabilities.
    """
    if envelope is None:
        return UpdateCheck(current, None)
    manifest = verify_envelope(envelope, public_key)
    offered, running = parse_version(manifest.version), parse_version(current)
    if offered < running:
        raise UpdateDowngrade(f"the portal offers {manifest.version}, older than the installed {current}",
                              offered=manifest.version, installed=current)
    return UpdateCheck(current, manifest if offered > running else None)


def stage_package(manifest: ReleaseManifest, chunks: Iterator[bytes], staging: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the downloaded ``chunks`` to ``staging/<file>`` only if size and SHA-256 match the manifest.

    Reading stops one byte past the announced size (a hostile server cannot fill the disk). On any
    failure the partial file is removed and a typed error raised; an existing verified copy is reused.
    """
    staging.mkdir(parents=True, exist_ok=True)
    final = staging / manifest.filename
    if final.is_file() and final.stat().st_size == manifest.size and _sha256_file(final) == manifest.sha256:
        return final
    part = staging / (manifest.filename + ".part")
    digest = hashlib.sha256()
    received = 0
    try:
        with part.open("wb") as fh:
            for chunk in chunks:
                received += len(chunk)
                if received > manifest.size:
                    raise UpdateChecksumMismatch(f"the download is larger than the announced {manifest.size} bytes")
                digest.update(chunk)
                fh.write(chunk)
                if progress is not None:
                    progress(received, manifest.size)
        if received < manifest.size:
            raise UpdateTruncated(f"the download stopped at {received} of {manifest.size} bytes")
        if digest.hexdigest() != manifest.sha256:
            raise UpdateChecksumMismatch("the downloaded package does not match the manifest's SHA-256")
        replace_durably(part, final)  # fsync'd: a power cut never leaves half a package under its name
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return final


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def staged_release(staging: Path, manifest: ReleaseManifest) -> Path | None:
    """The verified package already in ``staging`` for this manifest, if any (for the notice after a restart)."""
    path = staging / manifest.filename
    if path.is_file() and path.stat().st_size == manifest.size and _sha256_file(path) == manifest.sha256:
        return path
    return None


class ReleaseSource(Protocol):
    """What :func:`fetch_update` needs from the portal client (``PortalClient`` has both)."""

    def latest_release(self) -> dict[str, Any] | None: ...

    def release_chunks(self, url: str, max_bytes: int) -> Iterator[bytes]: ...


def fetch_update(source: ReleaseSource, current: str, public_key: Ed25519PublicKey, staging: Path,
                 progress: Callable[[int, int], None] | None = None) -> UpdateCheck:
    """Ask the portal, verify, and stage a newer release's package. Installs nothing, whatever happens."""
    check = check_release(source.latest_release(), current, public_key)
    if check.manifest is None:
        return check
    package = stage_package(check.manifest, source.release_chunks(check.manifest.url, check.manifest.size),
                            staging, progress)
    return UpdateCheck(current, check.manifest, package)




def describe_update(manifest: ReleaseManifest, language: str) -> str:
    """The supervisor's sentence for a staged release, in ``language`` (mr, en or hi).

    Not an error, so not ``describe``; not a tr() string either, so the Qt-free check and the window's
    notice share one wording from the message catalogue (``update.*``)."""
    language = language if language in LANGUAGES else "mr"
    notes = manifest.notes("en" if language == "en" else "mr").strip()  # Hindi takes the Marathi notes
    text = say("update.available", language, version=manifest.version)
    return f"{text}\n{say('update.notes', language, notes=notes)}" if notes else text
