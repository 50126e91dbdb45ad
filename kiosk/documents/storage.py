"""Content-addressed document files: the SHA-256 of the bytes is the file's name.

Why content addressing: the database row and the upload both name a document by its hash, so a file can
be checked against its name at any time (``read_document`` does), the same scan added twice is stored
once, and a file is never overwritten with different bytes.

The file is written before the application's transaction commits (the store records the
``DocumentRecord`` in the same transaction as the application). If the kiosk dies in between, a file
exists that no row names; ``collect_orphans`` removes such files at start-up, but only ones older than a
grace period so a document being added right now is never collected under the operator's feet.

Layout: ``<doc_dir>/<first two hex digits>/<sha256>`` — no extension; the row carries the MIME type.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from kiosk.domain.errors import StorageError

_HASH = re.compile(r"^[0-9a-f]{64}$")
_TEMP_PREFIX = ".incoming-"


def document_path(doc_dir: Path, sha256: str) -> Path:
    if not _HASH.match(sha256):
        raise StorageError(f"not a SHA-256 document name: {sha256[:80]!r}")
    return doc_dir / sha256[:2] / sha256


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes the rename itself durable; Windows has no directory handles for this.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def store_document(doc_dir: Path, data: bytes) -> str:
    """Write ``data`` durably under its SHA-256 and return the hash (idempotent for identical bytes)."""
    sha = hashlib.sha256(data).hexdigest()
    final = document_path(doc_dir, sha)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and final.stat().st_size == len(data) and _hash_file(final) == sha:
            return sha
        temp = final.parent / f"{_TEMP_PREFIX}{sha[:16]}-{secrets.token_hex(4)}"
        try:
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, final)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _fsync_dir(final.parent)
    except OSError as exc:
        raise StorageError(f"could not write document {sha[:12]}: {exc.strerror or exc}",
                           **({"reason": "disk_full"} if exc.errno == errno.ENOSPC else {})) from exc
    return sha


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_document(doc_dir: Path, sha256: str) -> bytes:
    """The stored bytes, checked against their name: a damaged file is an error, never an upload."""
    path = document_path(doc_dir, sha256)
    try:
        data = path.read_bytes()
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
            is_temp = path.name.startswith(_TEMP_PREFIX)
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
