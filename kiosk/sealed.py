"""Folders whose files hold personal data: a file goes in sealed, or it does not go in at all.

Scans, certificates, kept receipts and the new-application draft are encrypted at rest (AES-GCM under the
hub's data key, see kiosk.security.atrest). A :class:`SealedFolder` is such a folder together with the
cipher its files are sealed with; the composition root builds one per folder once it has unlocked the data
key (``KioskContext.sealed``) and hands it to whoever writes or reads there, where a plain ``Path`` went
before. Why an object rather than a process-wide folder → cipher table: a table that nobody filled wrote
in clear, silently; a folder without a cipher here refuses (:class:`FolderNotSealed`) — fail closed.

Reading stays lenient in one way only, and on purpose: the file cipher returns a file WITHOUT the sealed
header as it is, because a hub of the first release kept its files in clear and ``unlock`` seals them in
place on the first start (an interrupted migration may leave a few). Writing is never lenient.

Sealing happens in memory, before :func:`kiosk.durable.write_durably` writes the temp file, so no plaintext
temp file ever exists. Stdlib and kiosk.domain only: every package may import it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.config import KioskPaths
from kiosk.domain.errors import StorageError
from kiosk.durable import write_durably


class Cipher(Protocol):
    def seal(self, data: bytes) -> bytes: ...
    def open(self, blob: bytes) -> bytes: ...


class LazyCipher:
    """A cipher fetched when a file is first sealed or opened: the composition root hands out the sealed
    folders before the data key is unlocked (building the use cases must not ask the keyring)."""

    def __init__(self, get: Callable[[], Cipher]) -> None:
        self._get = get

    def seal(self, data: bytes) -> bytes:
        return self._get().seal(data)

    def open(self, blob: bytes) -> bytes:
        return self._get().open(blob)


class FolderNotSealed(StorageError):
    """No cipher is known for a folder that holds personal data: nothing is written there in clear."""


@dataclass(frozen=True)
class SealedFolder:
    """A folder whose files are sealed with ``cipher`` (None: the data key is not unlocked — every write
    and read raises :class:`FolderNotSealed`)."""

    path: Path
    cipher: Cipher | None = field(default=None, repr=False, compare=False)

    def file(self, name: str) -> Path:
        """Where the file ``name`` (a plain name, or shard/name) lies in this folder."""
        return self.path / name

    def holds(self, path: str | os.PathLike[str]) -> bool:
        """True when ``path`` lies in this folder (or below it)."""
        here, target = os.path.abspath(self.path), os.path.abspath(path)
        return os.path.commonpath([here, target]) == here

    def _cipher(self) -> Cipher:
        if self.cipher is None:
            raise FolderNotSealed(f"no data key is unlocked for {self.path.name}: its files hold personal data "
                                  "and are never written or read in clear", folder=self.path.name)
        return self.cipher

    def seal(self, data: bytes) -> bytes:
        return self._cipher().seal(data)

    def open(self, blob: bytes) -> bytes:
        """The plaintext of a file of this folder (a first-release file in clear is returned as it is)."""
        return self._cipher().open(blob)

    def write(self, name: str, data: bytes) -> Path:
        """Seal ``data`` in memory, then write it durably as ``name``; raises before anything touches the disk
        when no cipher is known."""
        return write_durably(self.file(name), self.seal(data))

    def read(self, name: str) -> bytes:
        return self.read_path(self.file(name))

    def read_path(self, path: Path) -> bytes:
        """The plaintext of ``path``, a file of this folder (``OSError`` when it cannot be read)."""
        cipher = self._cipher()
        return cipher.open(path.read_bytes())


@dataclass(frozen=True)
class SealedFolders:
    """Every place where the kiosk keeps personal data in files, each sealed under the data key.

    ``drafts`` is the data folder itself: the new-application draft lives beside the database, and only
    the files written through this object (the draft) are sealed there — the database seals itself."""

    documents: SealedFolder
    certificates: SealedFolder
    receipts: SealedFolder
    drafts: SealedFolder

    @classmethod
    def of(cls, paths: KioskPaths, cipher: Cipher) -> SealedFolders:
        """The kiosk's folders sealed with ``cipher`` (the composition root calls this once it has unlocked
        the data key; tests/security/test_sealed_folders.py checks no folder of KioskPaths is missed)."""
        return cls(documents=SealedFolder(paths.documents, cipher), certificates=SealedFolder(paths.certificates, cipher),
                   receipts=SealedFolder(paths.receipts, cipher), drafts=SealedFolder(paths.home, cipher))

    def all(self) -> tuple[SealedFolder, ...]:
        return (self.documents, self.certificates, self.receipts, self.drafts)
