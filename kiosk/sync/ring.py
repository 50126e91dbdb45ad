"""The ring's sealed stick files: the carry key in the OS keyring, and one container for both directions.

Container: 4-byte magic + 64-byte hub code + 12-byte nonce + AES-256-GCM(zip). GCM is authenticated
encryption: a file that was altered, truncated or made with another key does not open. The header is bound
as associated data, so neither the direction (magic) nor the hub code can be swapped. The key is the ring's
shared carry key, kept in each kiosk's OS keyring (never in a file, never on a command line). Everything is
sealed in memory before one durable write: nothing personal lies on the stick in clear.
"""

from __future__ import annotations

import io
import secrets
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.domain.errors import KioskError, SecretStoreUnavailable
from kiosk.durable import write_durably

KEYRING_SERVICE = "seva-kiosk/ring-carry-key"
KEYRING_USER = "ring"
MAX_BUNDLE_BYTES = 512 * 2**20
MAX_MEMBER_BYTES = 64 * 2**20
OLD_MAGIC = b"SKB1"  # before carried items stayed the home hub's: they would be filed under the carrier
_HEADER = 4 + 64


class BundleError(KioskError):
    """A bundle that cannot be used: wrong key, altered, truncated, or not a bundle."""

    code = "bundle_invalid"


def _keyring_backend() -> Any:
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt"):
        raise SecretStoreUnavailable("no OS keyring: the ring carry key cannot be kept safely")
    return backend


def set_ring_key(key_hex: str | None = None) -> str:
    """Install the ring's carry key (hex, read by the caller from standard input or a file — never a
    command-line argument), or make a new one; returns it for the supervisor to share."""
    try:
        key = bytes.fromhex(key_hex.strip()) if key_hex else AESGCM.generate_key(bit_length=256)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise BundleError("the ring key must be 64 hex digits (256 bits)")
    try:
        _keyring_backend().set_password(KEYRING_SERVICE, KEYRING_USER, key.hex())
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(str(exc)) from exc
    return key.hex()


def ring_key() -> bytes:
    try:
        value = _keyring_backend().get_password(KEYRING_SERVICE, KEYRING_USER)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(str(exc)) from exc
    if not value:
        raise BundleError("this kiosk has no ring carry key: seva-kiosk outbox ring-key (supervisor)")
    return bytes.fromhex(value)


def write_sealed(target: Path, magic: bytes, hub_code: str, members: Mapping[str, bytes],
                 key: bytes | None = None) -> Path:
    """Zip ``members``, seal them under the ring key and write the file durably."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    header = magic + hub_code.encode("utf-8")[:64].ljust(64, b"\0")
    nonce = secrets.token_bytes(12)
    return write_durably(target, header + nonce + AESGCM(key or ring_key()).encrypt(nonce, buf.getvalue(), header))


def peek_magic(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(4)
    except OSError as exc:
        raise BundleError(f"cannot read {path.name}: {exc}") from exc


def open_sealed(path: Path, magic: bytes) -> tuple[str, zipfile.ZipFile]:
    """The hub code and the opened zip of a stick file of kind ``magic``; anything else → BundleError."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(f"cannot read {path.name}: {exc}") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{path.name} is larger than any bundle a kiosk writes")
    data = path.read_bytes()
    if data.startswith(OLD_MAGIC):
        raise BundleError(f"{path.name} was made by an older Seva Kiosk; update the home kiosk and export again")
    if len(data) < _HEADER + 12 + 16 or not data.startswith(magic):
        raise BundleError(f"{path.name} is not a Seva Kiosk bundle of this kind")
    header, nonce, sealed = data[:_HEADER], data[_HEADER:_HEADER + 12], data[_HEADER + 12:]
    try:
        plain = AESGCM(ring_key()).decrypt(nonce, sealed, header)
    except InvalidTag:
        raise BundleError(f"{path.name} was altered, cut short, or made with another ring key") from None
    hub = header[4:].rstrip(b"\0").decode("utf-8", "replace")
    try:
        return hub, zipfile.ZipFile(io.BytesIO(plain))
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{path.name}: {exc}") from exc


def read_member(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    if zf.getinfo(name).file_size > MAX_MEMBER_BYTES:
        raise BundleError(f"{path.name}: {name} too large")
    return zf.read(name)
