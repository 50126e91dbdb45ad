"""Every folder where the kiosk keeps personal data in files is sealed, and a sealed folder fails closed.

The folders are enumerated from KioskPaths itself: a folder added there later must be classified here —
sealed by the composition root, or named with the reason its files are not sealed with the file cipher —
or this test fails. Then each sealed folder the composition root hands out is written through and the
bytes on disk checked, and a folder with no cipher refuses to write anything at all.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kiosk.app import KioskContext, build_context
from kiosk.config import KioskPaths
from kiosk.counter.draft import DRAFT_NAME, draft_path, save_draft
from kiosk.documents.storage import read_document, store_document
from kiosk.domain.errors import SecretStoreUnavailable
from kiosk.receipts import keep_pdf
from kiosk.sealed import FolderNotSealed, SealedFolder, SealedFolders
from kiosk.security.atrest import FILE_MAGIC
from kiosk.sync.bundle import export_bundle, set_ring_key
from tests.sync.carriers import hub_signer

# KioskPaths folder → the SealedFolders field that seals it.
SEALED = {"documents": "documents", "certificates": "certificates", "receipts": "receipts", "home": "drafts"}
# KioskPaths entries whose files are NOT sealed with the file cipher, and why that is right.
NOT_FILE_SEALED = {
    "assets": "the program's own files (catalogue, fonts, translations): no personal data",
    "database": "SQLCipher encrypts the database itself under the same data key",
    "backups": "copies of the SQLCipher database, still encrypted under a data key",
    "logs": "technical log lines; personal data is never logged",
    "scan_inbox": "written by the scanner's own software before the kiosk sees a file; an import seals the "
                  "scan into documents and removes the original (tests/security/test_scan_originals.py)",
    "simulator": "the training portal simulator's own database (training mode, demo applicants only)",
    "exports": "what the operator asks to take away (day-close PDF, applications CSV): plain by design",
    "sync_lock": "an empty lock file held during a sync pass (window and watcher never pass together): no data",
}
NAME = "Kshirsagar"


def _kiosk_paths(paths: KioskPaths) -> dict[str, Path]:
    fields = {f.name: getattr(paths, f.name) for f in dataclasses.fields(paths)}
    props = {name: getattr(paths, name) for name, value in vars(KioskPaths).items() if isinstance(value, property)}
    return {**fields, **props}


def test_every_folder_is_classified_and_every_personal_one_is_sealed(ctx: KioskContext) -> None:
    paths = _kiosk_paths(ctx.paths)
    unclassified = set(paths) - set(SEALED) - set(NOT_FILE_SEALED)
    assert not unclassified, f"new KioskPaths entries: seal them in SealedFolders.of or say why not: {unclassified}"
    assert not set(SEALED) & set(NOT_FILE_SEALED)
    sealed = ctx.sealed()
    assert {f.name for f in dataclasses.fields(SealedFolders)} == set(SEALED.values())  # nothing sealed twice/lost
    for where, field in SEALED.items():
        folder = getattr(sealed, field)
        assert isinstance(folder, SealedFolder) and folder.cipher is not None, field
        assert folder.path == paths[where], field
    assert draft_path(ctx.paths.home) == sealed.drafts.file(DRAFT_NAME)
    # The folders an old release's files are migrated from and a key rotation re-seals are the same ones.
    assert ctx.sealed_folders() == [sealed.documents.path, sealed.certificates.path, sealed.receipts.path]


def test_what_the_kiosk_writes_there_is_sealed_on_disk(ctx: KioskContext, tmp_path: Path) -> None:
    sealed = ctx.sealed()
    personal = f"%PDF-1.4 {NAME} income certificate".encode()
    sha = store_document(sealed.documents, personal)
    written = [sealed.documents.file(f"{sha[:2]}/{sha}"),
               sealed.certificates.write(f"{sha}.pdf", personal),
               keep_pdf(personal, sealed.receipts, "R-0001-a4.pdf")]
    save_draft(sealed.drafts, {"values": {"surname_en": NAME}, "documents": []})
    written.append(draft_path(ctx.paths.home))
    for path in written:
        raw = path.read_bytes()
        assert raw.startswith(FILE_MAGIC) and NAME.encode() not in raw, path
    assert ctx.read_certificate(sha) == personal
    # A carried-sync bundle holds the documents too: sealed as a whole under the ring key.
    set_ring_key()
    bundle = export_bundle(ctx.database(), sealed.documents, tmp_path / "usb", ctx.hub().code, hub_signer(ctx))
    assert NAME.encode() not in bundle.path.read_bytes()


def test_writing_where_no_cipher_is_known_raises_and_writes_nothing(tmp_path: Path) -> None:
    locked = SealedFolders(*(SealedFolder(tmp_path / name) for name in ("documents", "certificates", "receipts",
                                                                         "drafts")))
    attempts = [lambda: store_document(locked.documents, b"scan"),
                lambda: locked.certificates.write("c.pdf", b"%PDF"),
                lambda: keep_pdf(b"%PDF", locked.receipts, "r.pdf"),
                lambda: save_draft(locked.drafts, {"values": {"surname_en": NAME}})]
    for attempt in attempts:
        with pytest.raises(FolderNotSealed):
            attempt()
    assert list(tmp_path.iterdir()) == []  # not a file, not a temp file, not even a folder
    with pytest.raises(FolderNotSealed):
        locked.certificates.read("c.pdf")


def test_a_fresh_context_unlocks_on_first_use_of_its_sealed_folders(ctx: KioskContext) -> None:
    sha = store_document(ctx.sealed().documents, b"%PDF-1.4 scan")
    fresh = build_context(ctx.paths.home, "en")
    try:
        assert read_document(fresh.sealed().documents, sha) == b"%PDF-1.4 scan"  # no database() call needed
    finally:
        fresh.close()


def test_without_a_keyring_the_composition_roots_folders_write_nothing(kiosk_home: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse test keyring is put back after the test
    ctx = build_context(kiosk_home, "en")
    sealed = ctx.sealed()  # handing the folders out asks no keyring; sealing a file does, and fails closed
    with pytest.raises(SecretStoreUnavailable):
        store_document(sealed.documents, f"%PDF-1.4 {NAME}".encode())
    with pytest.raises(SecretStoreUnavailable):
        save_draft(sealed.drafts, {"values": {"surname_en": NAME}})
    assert not [p for p in kiosk_home.rglob("*") if p.is_file()]
