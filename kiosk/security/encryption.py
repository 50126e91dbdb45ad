"""Bringing a data folder under encryption, opening it, and rotating its data key — each crash-safe.

``unlock`` is what the composition root calls before opening the database: it finishes any interrupted
step (a half-written encrypted copy, a left plaintext file), creates the keys on a new hub, encrypts an old
release's plaintext database and files in place, and picks which data key the database is under right now
(during a data-key rotation it may be either, and both are kept until the rotation is done).

``rotate_data_key`` is a generator of progress: the ``next`` key is written to the key file first, then the
database is re-keyed (one SQLCipher transaction), then every sealed file is re-sealed one by one (each an
atomic replace, readable under either key meanwhile), and only then does ``next`` become ``current``. A
kill at any point leaves every page and file readable; running it again resumes.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.durable import write_durably
from kiosk.security.atrest import (
    KEY_BYTES,
    DataKeys,
    FileCipher,
    create_keys,
    is_sealed,
    key_id,
    load_keys,
    save_keys,
    sealed_key_id,
)
from kiosk.security.errors import DataKeyUnavailable
from kiosk.store.db import DB_ERRORS, Store, connect, database_salt, is_plaintext
from kiosk.store.encrypted_file import encrypt_in_place, finish_interrupted_encryption, rekey


@dataclass(frozen=True)
class RotationProgress:
    stage: str  # "database", "files", "done"
    done: int
    total: int


def _sealable(folder: Path) -> Iterator[Path]:
    """Kept files under ``folder``: documents (sharded) and certificates; temp files are skipped."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            yield path


def seal_plain_files(folders: Sequence[Path], cipher: FileCipher) -> int:
    """Encrypt, in place, every file an old release left in clear; returns how many were sealed."""
    sealed = 0
    for folder in folders:
        for path in _sealable(folder):
            data = path.read_bytes()
            if is_sealed(data):
                continue
            write_durably(path, cipher.seal(data))
            sealed += 1
    return sealed


def opens_with(db_path: Path, key: bytes, *, probe: str = "sqlite_schema") -> bool:
    """True when ``key`` reads the database (including whatever its WAL holds) and its ``probe`` table."""
    conn = connect(db_path, readonly=True, key=key)
    try:
        conn.execute(f"SELECT count(*) FROM {probe}").fetchone()  # noqa: S608 - a table name from our code
        return True
    except DB_ERRORS:
        return False
    finally:
        conn.close()


def database_key(db_path: Path, keys: DataKeys) -> bytes:
    """The data key the database is under: ``current``, or ``next`` after a rotation was cut short.

    When the WAL holds a finished re-key that never reached the main file, the main file's header still
    shows the old salt: a checkpoint under the key that works moves it, so the header check agrees."""
    candidates = [keys.current, *([keys.next] if keys.next else [])]
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return keys.current
    candidates.sort(key=lambda k: database_salt(k) != head)
    for key in candidates:
        if opens_with(db_path, key):
            if head != database_salt(key):
                conn = connect(db_path, key=key)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except DB_ERRORS:
                    pass  # a damaged file: open_store will report it
                finally:
                    conn.close()
            return key
    return candidates[0]  # damaged beyond what a key explains: open_store reports it as corrupt


def unlock(db_path: Path, folders: Sequence[Path]) -> tuple[bytes, FileCipher]:
    """The data key to open the database with, and the cipher for its files (creating/migrating as needed)."""
    finish_interrupted_encryption(db_path)
    keys = load_keys(db_path)
    if keys is None:
        has_data = db_path.exists() and db_path.stat().st_size > 0
        if has_data and not is_plaintext(db_path):
            raise DataKeyUnavailable(f"the key file beside {db_path.name} is missing", reason="no_key_file")
        keys = create_keys(db_path)
    cipher = FileCipher(keys)
    if is_plaintext(db_path):
        encrypt_in_place(db_path, keys.current)
    if not keys.files_sealed:
        seal_plain_files(folders, cipher)
        keys.files_sealed = True
        save_keys(db_path, keys)
    return database_key(db_path, keys), cipher


def rotate_data_key(store: Store, folders: Sequence[Path]) -> Iterator[RotationProgress]:
    """Move the database and every sealed file to a new data key (see the module docstring)."""
    keys = load_keys(store.path)
    if keys is None:
        raise DataKeyUnavailable("this data folder has no key file yet", reason="no_key_file")
    if keys.next is None:
        keys.next = secrets.token_bytes(KEY_BYTES)
        save_keys(store.path, keys)  # durable BEFORE anything is encrypted under it
    new = keys.next
    yield RotationProgress("database", 0, 1)
    if store.key != new:
        rekey(store, new)
    yield RotationProgress("database", 1, 1)
    cipher = FileCipher(keys)
    files = [p for folder in folders for p in _sealable(folder)]
    new_id = key_id(new)
    for i, path in enumerate(files, 1):
        blob = path.read_bytes()
        if sealed_key_id(blob) != new_id:
            write_durably(path, cipher.seal(cipher.open(blob), new))
        yield RotationProgress("files", i, len(files))
    keys.retired = [k for k in (keys.current, *keys.retired) if k != new]
    keys.current, keys.next = new, None
    save_keys(store.path, keys)
    yield RotationProgress("done", len(files), len(files))
