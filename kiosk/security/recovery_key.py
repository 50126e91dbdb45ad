"""The supervisor's recovery key: the hub's data key written for humans, and using it on a new PC.

Why the data key itself: when the PC dies, its keyring (and the key that wraps the data key) dies with it.
Whoever holds this sheet can read the hub's data, so it is printed once, kept locked away, and the
PDF file is not kept. Format: the 32-byte key plus a 3-byte checksum, base32 (letters A-Z and digits 2-7
only: nothing to confuse on paper), 56 characters in 14 groups of 4. Typing mistakes 0/1/8 for O/I/B are
forgiven; any other slip fails the checksum before anything is touched. The QR code carries the same text.

:func:`recover` brings an old data folder (or a backup file) onto this PC: it proves the key opens the
database, copies the database and the sealed files over (they stay encrypted under the same data key),
and wraps the data key under a NEW key-encryption key in this PC's keyring.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.durable import replace_durably
from kiosk.security.atrest import KEY_BYTES, create_keys, key_file
from kiosk.security.encryption import opens_with
from kiosk.security.errors import RecoveryKeyInvalid
from kiosk.store.backup import set_aside
from kiosk.store.db import connect
from kiosk.store.encrypted_file import wipe_file

QR_PREFIX = "SEVA-RK1:"
_CHECK = 3
_TYPOS = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"seva-kiosk recovery key v1" + key).digest()[:_CHECK]


def encode_recovery_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    text = base64.b32encode(key + _checksum(key)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def decode_recovery_key(text: str) -> bytes:
    """The data key from a typed or scanned recovery key; :class:`RecoveryKeyInvalid` when it is wrong."""
    cleaned = text.strip().removeprefix(QR_PREFIX).upper().translate(_TYPOS)
    cleaned = "".join(ch for ch in cleaned if ch not in " -\t\r\n")
    if len(cleaned) != 56:
        raise RecoveryKeyInvalid(f"it has {len(cleaned)} letters, not 56", reason="length")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise RecoveryKeyInvalid("only the letters A-Z and digits 2-7 occur in it", reason="letters") from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryKeyInvalid("its checksum does not match; a group was mistyped", reason="checksum")
    return key


def qr_payload(key: bytes) -> str:
    return QR_PREFIX + encode_recovery_key(key)


@dataclass(frozen=True)
class Recovered:
    database: Path
    files: int
    source: Path


def _copy_tree(source: Path, target: Path) -> int:
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted(source.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        dest = target / path.relative_to(source)
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        copied += 1
    return copied


def recover(code: str, source: Path, database: Path, folders: dict[str, Path]) -> Recovered:
    """Bring ``source`` (an old data folder, or one database/backup file) to ``database`` on this PC.

    ``folders`` maps the sealed and kept folder names (documents, certificates, receipts, backups) to
    this PC's folders. The live database must be closed. A database already at ``database`` is moved
    aside (never deleted) unless it IS the source (a lost keyring on the same PC: only re-wrapped)."""
    key = decode_recovery_key(code)
    old_db = source if source.is_file() else source / database.name
    if not old_db.is_file():
        raise RecoveryKeyInvalid(f"no database at {old_db}", reason="no_database")
    if not opens_with(old_db, key, probe="applications"):  # a hub's database, readable with this key
        raise RecoveryKeyInvalid("it does not open this database (a key printed before a rotation?)",
                                 reason="wrong_key")
    same = old_db.resolve() == database.resolve()
    files = 0
    if not same:
        database.parent.mkdir(parents=True, exist_ok=True)
        if database.exists():
            set_aside(database, database.with_name(database.name + ".before-recovery"))
        partial = database.with_name(database.name + ".recovering")
        partial.unlink(missing_ok=True)
        shutil.copyfile(old_db, partial)
        wal = old_db.with_name(old_db.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, partial.with_name(partial.name + "-wal"))
        conn = connect(partial, key=key)  # folds the WAL in, so one file moves into place
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        replace_durably(partial, database)
        if not source.is_file():
            for name, target in folders.items():
                files += _copy_tree(source / name, target)
    old_key_file = key_file(database)
    if old_key_file.exists():
        wipe_file(old_key_file)  # wrapped under a keyring key this PC does not have
    create_keys(database, key)
    return Recovered(database, files, source)
