"""The audit chain's HMAC keys, kept only in the OS keyring (fail closed: never a file, never the database).

Each key has a short random id; the database holds only the id of the key in use (setting
``audit.key_id``) and every entry names the key that signed it, so after a rotation the old entries still
verify with the old key, which stays in the keyring under its own id. Keys are cached per keyring backend
for the life of the process: the chain is appended on every write and a Secret Service round trip costs
milliseconds.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import sqlite3
import weakref

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from kiosk.domain.errors import SecretStoreUnavailable
from kiosk.security.errors import AuditKeyMissing
from kiosk.store.hub import put_setting, read_setting

SERVICE = "seva-kiosk/audit"
KEY_ID_SETTING = "audit.key_id"
KEY_BYTES = 32

_cache: weakref.WeakKeyDictionary[keyring.backend.KeyringBackend, dict[str, bytes]] = (
    weakref.WeakKeyDictionary())


def secret_backend() -> keyring.backend.KeyringBackend:
    """The usable OS keyring backend, or :class:`SecretStoreUnavailable` (no backend, or a plaintext one)."""
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if isinstance(backend, fail.Keyring) or (chained is not None and not chained):
        raise SecretStoreUnavailable("no OS keyring is available; the audit key cannot be kept safely")
    if type(backend).__module__.startswith("keyrings.alt"):
        raise SecretStoreUnavailable("refusing keyrings.alt: it keeps secrets in a plaintext file")
    return backend


def new_key_id() -> str:
    return "k" + secrets.token_hex(6)


def load_key(key_id: str) -> bytes:
    """The key with this id from the keyring; :class:`AuditKeyMissing` when the keyring does not have it."""
    backend = secret_backend()
    cached = _cache.setdefault(backend, {})
    if key_id in cached:
        return cached[key_id]
    try:
        stored = backend.get_password(SERVICE, key_id)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring could not be read: {exc}") from exc
    if not stored:
        raise AuditKeyMissing(f"the keyring has no audit key {key_id}", key_id=key_id)
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        raise AuditKeyMissing(f"the keyring's audit key {key_id} is damaged", key_id=key_id) from None
    if len(key) != KEY_BYTES:
        raise AuditKeyMissing(f"the keyring's audit key {key_id} is damaged", key_id=key_id)
    cached[key_id] = key
    return key


def create_key() -> tuple[str, bytes]:
    """A fresh random key, already stored in the keyring (before any entry could depend on it)."""
    backend = secret_backend()
    key_id, key = new_key_id(), secrets.token_bytes(KEY_BYTES)
    try:
        backend.set_password(SERVICE, key_id, base64.b64encode(key).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring refused to store the audit key: {exc}") from exc
    _cache.setdefault(backend, {})[key_id] = key
    return key_id, key


def current_key_id(conn: sqlite3.Connection) -> str | None:
    return read_setting(conn, KEY_ID_SETTING)


def set_current_key_id(conn: sqlite3.Connection, key_id: str) -> None:
    put_setting(conn, KEY_ID_SETTING, key_id)


def keyring_keys(key_ids: set[str]) -> dict[str, bytes]:
    """Every key of ``key_ids`` the keyring still holds (missing ones are simply absent)."""
    found = {}
    for key_id in sorted(key_ids):
        try:
            found[key_id] = load_key(key_id)
        except AuditKeyMissing:
            continue
    return found
