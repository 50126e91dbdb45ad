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
bytes on disk are sealed (AES-GCM): the documents folder is a :class:`~kiosk.sealed.SealedFolder` the
composition root builds once it has unlocked the data key, and storing through one without a cipher raises
(nothing is ever written in clear). Sealing happens in memory before the temp file is written, so no
plaintext temp file ever exists; readers decrypt into memory. The functions that only name, list or delete
files (``document_path``, ``has_document``, ``iter_stored``, ``collect_orphans``) take the folder or its path.
"""

from __future__ import annotations

import errno
import hashlib
import re
import time
from collections.abc import Container, Iterator
from pathlib import Path

from kiosk.domain.errors import StorageError
from kiosk.durable import is_temp_name, write_durably
from kiosk.sealed import SealedFolder

_HASH = re.compile(r"^[0-9a-f]{64}$")
_OLD_TEMP_PREFIX = ".incoming-"  # temp files of releases before kiosk.durable


Folder = SealedFolder | Path


def _where(folder: Folder) -> Path:
    return folder.path if isinstance(folder, SealedFolder) else folder


def document_path(doc_dir: Folder, sha256: str) -> Path:
    if not _HASH.match(sha256):
        raise StorageError(f"not a SHA-256 document name: {sha256[:80]!r}")
    return _where(doc_dir) / sha256[:2] / sha256


def store_document(doc_dir: SealedFolder, data: bytes) -> str:
    """Write ``data`` durably under its SHA-256 and return the hash (idempotent for identical bytes)."""
    sha = hashlib.sha256(data).hexdigest()
    final = document_path(doc_dir, sha)
    try:
        sealed = doc_dir.seal(data)  # FolderNotSealed before anything touches the disk
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and _hash_file(doc_dir, final) == sha:
            return sha
        write_durably(final, sealed)
    except OSError as exc:
        raise StorageError(f"could not write document {sha[:12]}: {exc.strerror or exc}",
                           **({"reason": "disk_full"} if exc.errno == errno.ENOSPC else {})) from exc
    return sha


def _hash_file(doc_dir: SealedFolder, path: Path) -> str | None:
    """SHA-256 of the plaintext; None when the file cannot be opened (damaged, another key)."""
    try:
        return hashlib.sha256(doc_dir.read_path(path)).hexdigest()
    except Exception:  # noqa: BLE001 - any unreadable file is simply written again
        return None


def read_document(doc_dir: SealedFolder, sha256: str) -> bytes:
    """The stored bytes, checked against their name: a damaged file is an error, never an upload."""
    path = document_path(doc_dir, sha256)
    try:
        data = doc_dir.read_path(path)
    except FileNotFoundError as exc:
        raise StorageError(f"document {sha256[:12]} is missing from {doc_dir.path}") from exc
    except OSError as exc:
        raise StorageError(f"could not read document {sha256[:12]}: {exc.strerror or exc}") from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError(f"document {sha256[:12]} is damaged (its contents no longer match its name)")
    return data


def has_document(doc_dir: Folder, sha256: str) -> bool:
    return document_path(doc_dir, sha256).is_file()


def iter_stored(folder: Folder) -> Iterator[tuple[str, Path]]:
    """Every stored document as (hash, path); temp files and strangers are skipped."""
    doc_dir = _where(folder)
    if not doc_dir.is_dir():
        return
    for shard in sorted(doc_dir.iterdir()):
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for path in sorted(shard.iterdir()):
            if _HASH.match(path.name) and path.name.startswith(shard.name):
                yield path.name, path


def collect_orphans(folder: Folder, referenced_hashes: Container[str], older_than_seconds: float = 3600.0) -> list[str]:
    """Delete stored files no database row names, and abandoned temp files; return what went.

    Only files whose modification time is older than ``older_than_seconds`` are touched, so a
    document written moments ago, whose application is still being saved, survives. ``referenced_hashes``
    is asked about each such file only (a set, or the start-up's look-up in the database's index).
    """
    removed: list[str] = []
    doc_dir = _where(folder)
    if not doc_dir.is_dir():
        return removed
    cutoff = time.time() - older_than_seconds
    for shard in doc_dir.iterdir():
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for path in shard.iterdir():
            is_temp = is_temp_name(path.name) or path.name.startswith(_OLD_TEMP_PREFIX)
            if not (is_temp or _HASH.match(path.name)):
                continue
            try:
                if path.stat().st_mtime > cutoff or (not is_temp and path.name in referenced_hashes):
                    continue
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise StorageError(f"could not remove orphan {path.name[:12]}: {exc.strerror or exc}") from exc
            removed.append(path.name)
    return sorted(removed)
