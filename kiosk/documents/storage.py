"""Content-addressed document files: the SHA-256 of the bytes is the file's name.

Why content addressing: the database row and the upload both name a document by its hash, so a file can
be checked against its name at any time (``read_document`` does), the same scan added twice is stored
once, and a file is never overwritten with different bytes.

The file is written before the application's transaction commits (the store records the
``DocumentRecord`` in the same transaction as the application). If the kiosk dies in between, a file
exists that no row names; ``collect_orphans`` removes such files at start-up, but only ones older than a
grace period so a document being added right now is never collected under the operator's feet.

Layout: ``<doc_dir>/<first two hex digits>/<sha256>`` — no extension; the row carries the MIME type.

Encryption at rest: the name stays the SHA-256 of the PLAINTEXT (the portal and the rows use it), the
bytes on disk are sealed (AES-GCM) by the cipher the composition root binds to the folder once it has
unlocked the data key (:func:`bind_cipher`). Sealing happens in memory before the temp file is written,
so no plaintext temp file ever exists; readers decrypt into memory. Why a binding per folder rather than a
parameter: a dozen callers (CLI, UI, bundles, retention) name the folder already, and a folder's files
have exactly one cipher.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from kiosk.domain.errors import StorageError
from kiosk.durable import is_temp_name, write_durably

_HASH = re.compile(r"^[0-9a-f]{64}$")
_OLD_TEMP_PREFIX = ".incoming-"  # temp files of releases before kiosk.durable


class Cipher(Protocol):
    def seal(self, data: bytes) -> bytes: ...
    def open(self, blob: bytes) -> bytes: ...


class _Clear:
    """No key bound (unit tests of this module, tools): bytes as they are."""

    def seal(self, data: bytes) -> bytes:
        return data

    def open(self, blob: bytes) -> bytes:
        return blob


_ciphers: dict[Path, Cipher] = {}


def bind_cipher(folder: Path, cipher: Cipher | None) -> None:
    """Files under ``folder`` are sealed/opened with ``cipher`` from now on (None: unbind)."""
    key = Path(os.path.abspath(folder))
    if cipher is None:
        _ciphers.pop(key, None)
    else:
        _ciphers[key] = cipher


def cipher_for(path: Path) -> Cipher:
    """The cipher bound to ``path`` or to the nearest folder above it (clear when none is bound)."""
    here = Path(os.path.abspath(path))
    for candidate in (here, *here.parents):
        if candidate in _ciphers:
            return _ciphers[candidate]
    return _Clear()


def read_sealed(path: Path, folder: Path | None = None) -> bytes:
    """The plaintext of a kept file (a document or a certificate) under its folder's cipher."""
    return cipher_for(folder or path.parent).open(path.read_bytes())


def write_sealed(folder: Path, name: str, data: bytes) -> Path:
    """Seal ``data`` in memory, then write it durably; never a plaintext temp file."""
    return write_durably(folder / name, cipher_for(folder).seal(data))


def document_path(doc_dir: Path, sha256: str) -> Path:
    if not _HASH.match(sha256):
        raise StorageError(f"not a SHA-256 document name: {sha256[:80]!r}")
    return doc_dir / sha256[:2] / sha256


def store_document(doc_dir: Path, data: bytes) -> str:
    """Write ``data`` durably under its SHA-256 and return the hash (idempotent for identical bytes)."""
    sha = hashlib.sha256(data).hexdigest()
    final = document_path(doc_dir, sha)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and _hash_file(doc_dir, final) == sha:
            return sha
        write_durably(final, cipher_for(doc_dir).seal(data))
    except OSError as exc:
        raise StorageError(f"could not write document {sha[:12]}: {exc.strerror or exc}",
                           **({"reason": "disk_full"} if exc.errno == errno.ENOSPC else {})) from exc
    return sha


def _hash_file(doc_dir: Path, path: Path) -> str | None:
    """SHA-256 of the plaintext; None when the file cannot be opened (damaged, another key)."""
    try:
        return hashlib.sha256(read_sealed(path, doc_dir)).hexdigest()
    except Exception:  # noqa: BLE001 - any unreadable file is simply written again
        return None


def read_document(doc_dir: Path, sha256: str) -> bytes:
    """The stored bytes, checked against their name: a damaged file is an error, never an upload."""
    path = document_path(doc_dir, sha256)
    try:
        data = read_sealed(path, doc_dir)
    except FileNotFoundError as exc:
        raise StorageError(f"document {sha256[:12]} is missing from {doc_dir}") from exc
    except OSError as exc:
        raise StorageError(f"could not read document {sha256[:12]}: {exc.strerror or exc}") from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError(f"document {sha256[:12]} is damaged (its contents no longer match its name)")
    return data


def has_document(doc_dir: Path, sha256: str) -> bool:
    return document_path(doc_dir, sha256).is_file()


def iter_stored(doc_dir: Path) -> Iterator[tuple[str, Path]]:
    """Every stored document as (hash, path); temp files and strangers are skipped."""
    if not doc_dir.is_dir():
        return
    for shard in sorted(doc_dir.iterdir()):
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for path in sorted(shard.iterdir()):
            if _HASH.match(path.name) and path.name.startswith(shard.name):
                yield path.name, path


def collect_orphans(doc_dir: Path, referenced_hashes: set[str], older_than_seconds: float = 3600.0) -> list[str]:
    """Delete stored files no database row names, and abandoned temp files; return what went.

    Only files whose modification time is older than ``older_than_seconds`` are touched, so a
    document written moments ago, whose application is still being saved, survives.
    """
    removed: list[str] = []
    if not doc_dir.is_dir():
        return removed
    cutoff = time.time() - older_than_seconds
    for shard in doc_dir.iterdir():
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for path in shard.iterdir():
            is_temp = is_temp_name(path.name) or path.name.startswith(_OLD_TEMP_PREFIX)
            is_orphan = bool(_HASH.match(path.name)) and path.name not in referenced_hashes
            if not (is_temp or is_orphan):
                continue
            try:
                if path.stat().st_mtime > cutoff:
                    continue
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise StorageError(f"could not remove orphan {path.name[:12]}: {exc.strerror or exc}") from exc
            removed.append(path.name)
    return sorted(removed)
