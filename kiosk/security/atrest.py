"""Encryption at rest: one random data key per hub, wrapped by a key-encryption key (KEK) in the OS keyring.

Envelope: the data key (32 random bytes) opens the SQLCipher database and, through HKDF, seals the files
(documents, certificates). It is stored only WRAPPED (AES-GCM under the KEK) in a small key file beside
the database; the KEK lives only in the OS keyring (fail closed, like the audit key: no keyring → nothing
is stored). So a copied data folder is useless without this PC's keyring — or the supervisor's printed
recovery key, which is the data key itself.

The key file also carries, during a data-key rotation, the ``next`` key (both keys are kept until every
page and file is under the new one, so a kill at any point loses nothing), and the ``retired`` keys that
older backups are still encrypted under.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.domain.errors import SecretStoreUnavailable
from kiosk.durable import fsync_folder, write_durably
from kiosk.security.errors import DataKeyUnavailable
from kiosk.security.keys import secret_backend

KEK_SERVICE = "seva-kiosk/data-kek"
KEY_BYTES = 32
KEY_FILE_SUFFIX = ".key"
FILE_MAGIC = b"SKENC1\x00"  # sealed file: magic, 4-byte key id, 12-byte nonce, AES-GCM ciphertext + tag
_ID_BYTES = 4


def key_id(data_key: bytes) -> str:
    """A short public name of a data key (which key sealed a file; which key the file names)."""
    return hmac.new(data_key, b"seva-kiosk key id v1", hashlib.sha256).hexdigest()[: 2 * _ID_BYTES]


@dataclass
class DataKeys:
    """The hub's data keys: ``current`` (database + new files), ``next`` (a rotation under way), ``retired``."""

    current: bytes
    next: bytes | None = None
    retired: list[bytes] = field(default_factory=list)
    kek_id: str = ""
    files_sealed: bool = False

    def all(self) -> list[bytes]:
        return [k for k in (self.current, self.next, *self.retired) if k is not None]

    def by_id(self, wanted: str) -> bytes | None:
        return next((k for k in self.all() if key_id(k) == wanted), None)


def key_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_FILE_SUFFIX)


# ------------------------------------------------------------------------------------------- KEK

def _store_kek(kek_id: str, kek: bytes) -> None:
    backend = secret_backend()
    try:
        backend.set_password(KEK_SERVICE, kek_id, base64.b64encode(kek).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring refused to store the data key's wrapping key: {exc}") from exc


def _load_kek(kek_id: str) -> bytes:
    backend = secret_backend()
    try:
        stored = backend.get_password(KEK_SERVICE, kek_id)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring could not be read: {exc}") from exc
    if not stored:
        raise DataKeyUnavailable(f"this PC's keyring has no key {kek_id} for the data folder", reason="no_kek")
    try:
        kek = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        raise DataKeyUnavailable(f"the keyring's key {kek_id} is damaged", reason="no_kek") from None
    if len(kek) != KEY_BYTES:
        raise DataKeyUnavailable(f"the keyring's key {kek_id} is damaged", reason="no_kek")
    return kek


def _forget_kek(kek_id: str) -> None:
    try:
        secret_backend().delete_password(KEK_SERVICE, kek_id)
    except keyring.errors.KeyringError:
        pass  # already gone: nothing depends on it any more


def new_kek() -> tuple[str, bytes]:
    """A fresh KEK, stored in the keyring before anything is wrapped under it."""
    kek_id, kek = "w" + secrets.token_hex(6), secrets.token_bytes(KEY_BYTES)
    _store_kek(kek_id, kek)
    return kek_id, kek


def _wrap(kek: bytes, kek_id: str, data_key: bytes) -> str:
    nonce = secrets.token_bytes(12)
    aad = f"seva-kiosk data key|{kek_id}|{key_id(data_key)}".encode()
    return base64.b64encode(nonce + AESGCM(kek).encrypt(nonce, data_key, aad)).decode("ascii")


def _unwrap(kek: bytes, kek_id: str, entry: dict[str, Any]) -> bytes:
    try:
        raw = base64.b64decode(str(entry["wrapped"]), validate=True)
        aad = f"seva-kiosk data key|{kek_id}|{entry['id']}".encode()
        data_key = AESGCM(kek).decrypt(raw[:12], raw[12:], aad)
    except (KeyError, binascii.Error, ValueError, InvalidTag):
        raise DataKeyUnavailable("the key file does not open with this PC's keyring key", reason="bad_key_file") from None
    if key_id(data_key) != entry["id"]:
        raise DataKeyUnavailable("the key file is damaged", reason="bad_key_file")
    return data_key


# ------------------------------------------------------------------------------------------- key file

def save_keys(db_path: Path, keys: DataKeys, kek_id: str | None = None, kek: bytes | None = None) -> None:
    """Wrap every key under the KEK (this PC's, or the one given) and write the key file atomically."""
    kek_id = kek_id or keys.kek_id
    kek = kek if kek is not None else _load_kek(kek_id)

    def entry(k: bytes) -> dict[str, str]:
        return {"id": key_id(k), "wrapped": _wrap(kek, kek_id, k)}

    body = {"version": 1, "kek_id": kek_id, "current": entry(keys.current),
            "next": entry(keys.next) if keys.next else None,
            "retired": [entry(k) for k in keys.retired], "files_sealed": keys.files_sealed}
    write_durably(key_file(db_path), json.dumps(body, indent=1).encode("utf-8"))
    keys.kek_id = kek_id


def load_keys(db_path: Path) -> DataKeys | None:
    """The hub's data keys from the key file (None when there is none yet)."""
    path = key_file(db_path)
    try:
        body = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DataKeyUnavailable(f"the key file {path.name} cannot be read: {exc}", reason="bad_key_file") from exc
    kek_id = str(body.get("kek_id", ""))
    kek = _load_kek(kek_id)
    nxt = body.get("next")
    return DataKeys(current=_unwrap(kek, kek_id, body["current"]),
                    next=_unwrap(kek, kek_id, nxt) if nxt else None,
                    retired=[_unwrap(kek, kek_id, e) for e in body.get("retired", [])],
                    kek_id=kek_id, files_sealed=bool(body.get("files_sealed")))


def create_keys(db_path: Path, data_key: bytes | None = None) -> DataKeys:
    """A new data key (or the recovered one) wrapped under a new KEK of this PC's keyring.

    A brand-new hub's key file is created exclusively (hard link of a complete temp file): when two
    processes start a new hub at the same moment, the second one uses the first one's key instead of
    replacing it under a database already encrypted with it."""
    secret_backend()  # fail closed before anything is generated
    kek_id, kek = new_kek()
    keys = DataKeys(current=data_key or secrets.token_bytes(KEY_BYTES), kek_id=kek_id)
    if data_key is not None:
        save_keys(db_path, keys, kek_id, kek)
        return keys
    staged = db_path.with_name(f".{db_path.name}.new-key")
    save_keys(staged, keys, kek_id, kek)
    try:
        os.link(key_file(staged), key_file(db_path))
    except FileExistsError:
        _forget_kek(kek_id)
        found = load_keys(db_path)
        if found is None:  # pragma: no cover - the file vanished between link and read
            raise DataKeyUnavailable("the key file disappeared while it was being created",
                                     reason="no_key_file") from None
        return found
    finally:
        key_file(staged).unlink(missing_ok=True)
    fsync_folder(db_path.parent)
    return keys


def rotate_kek(db_path: Path) -> tuple[str, str]:
    """Re-wrap the data keys under a new KEK; the old KEK leaves the keyring once the file is durable."""
    keys = load_keys(db_path)
    if keys is None:
        raise DataKeyUnavailable("this data folder has no key file yet", reason="no_key_file")
    old = keys.kek_id
    kek_id, kek = new_kek()
    save_keys(db_path, keys, kek_id, kek)
    _forget_kek(old)
    return old, kek_id


# ------------------------------------------------------------------------------------------- files

def _file_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"seva-kiosk files v1").derive(data_key)


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(FILE_MAGIC)


def sealed_key_id(blob: bytes) -> str | None:
    if not is_sealed(blob):
        return None
    return blob[len(FILE_MAGIC):len(FILE_MAGIC) + _ID_BYTES].hex()


@dataclass(frozen=True)
class FileCipher:
    """Seals files under the current data key; opens files sealed under any key the hub still holds."""

    keys: DataKeys

    def seal(self, data: bytes, data_key: bytes | None = None) -> bytes:
        key = data_key or self.keys.current
        header = FILE_MAGIC + bytes.fromhex(key_id(key))
        nonce = secrets.token_bytes(12)
        return header + nonce + AESGCM(_file_key(key)).encrypt(nonce, data, header)

    def open(self, blob: bytes) -> bytes:
        """The plaintext. A file from before encryption (no magic) is returned as it is."""
        if not is_sealed(blob):
            return blob
        wanted = sealed_key_id(blob) or ""
        key = self.keys.by_id(wanted)
        if key is None:
            raise DataKeyUnavailable(f"a file is sealed under key {wanted}, which this kiosk does not hold",
                                     reason="unknown_file_key")
        start = len(FILE_MAGIC) + _ID_BYTES
        header, nonce, body = blob[:start], blob[start:start + 12], blob[start + 12:]
        try:
            return AESGCM(_file_key(key)).decrypt(nonce, body, header)
        except InvalidTag:
            raise DataKeyUnavailable("a sealed file is damaged (its authentication tag does not match)",
                                     reason="damaged_file") from None

    def read(self, path: Path) -> bytes:
        return self.open(path.read_bytes())
