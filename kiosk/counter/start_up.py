"""The start-up checks, once per window start or sync run, before any work.

In this order: receipt numbers printed on kept receipts but lost by the database (a truncated WAL, an old
restore) are never issued again; files no row names are collected (a power cut mid-save); personal data
past its retention period is purged (audited as system). A step that cannot run (e.g. no keyring for its
audit entry) is reported in the log and skipped: maintenance never keeps the counter from opening.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.counter.ports import OpenStore
from kiosk.documents.storage import collect_orphans
from kiosk.documents.watch import clear_plaintext_leftovers
from kiosk.domain.errors import KioskError
from kiosk.security.recovery import lost_receipts, protect_receipt_numbers
from kiosk.security.retention import Folders, purge_expired
from kiosk.store.applications import stored_document_hashes
from kiosk.store.outbox import carried_document_hashes

log = logging.getLogger("kiosk")
ORPHAN_AGE_SECONDS = 3600.0  # younger files may belong to a save still in progress


@dataclass(frozen=True)
class StartUpFolders:
    documents: Path
    certificates: Path
    receipts: Path
    scan_inbox: Path | None = None  # originals old releases kept in clear are removed from it


class StartUp:
    """``draft_documents`` names the documents attached to a form not saved yet (its draft keeps them)."""

    def __init__(self, store: OpenStore, folders: StartUpFolders, draft_documents: Callable[[], set[str]]) -> None:
        self.store = store
        self.folders = folders
        self.draft_documents = draft_documents

    def run(self) -> None:
        store = self.store()
        if not store.writable:
            return
        steps: tuple[tuple[str, Callable[[], object]], ...] = (
            ("receipt numbers", self.protect_receipt_numbers),
            ("orphan files", self.collect_orphan_documents),
            ("plaintext scans", self.clear_plaintext_scans),
            ("retention purge", self.purge_expired))
        for name, step in steps:
            try:
                step()
            except KioskError as exc:  # e.g. no keyring for the audit entry: report, never block the counter
                log.warning("start-up %s skipped: %s", name, exc)

    def protect_receipt_numbers(self) -> int:
        """Move each day's receipt counter past the numbers on kept receipts the database lost."""
        store = self.store()
        return protect_receipt_numbers(store, lost_receipts(store, self.folders.receipts))

    def collect_orphan_documents(self) -> list[str]:
        """Remove stored files whose application row never committed (a power cut mid-save), and the scans
        of another hub's items once this kiosk has relayed them."""
        store = self.store()
        referenced = stored_document_hashes(store) | carried_document_hashes(store) | self.draft_documents()
        return collect_orphans(self.folders.documents, referenced, older_than_seconds=ORPHAN_AGE_SECONDS)

    def clear_plaintext_scans(self) -> list[Path]:
        """Originals an old release left in ``scan-inbox/imported`` (they were sealed when moved there)."""
        if self.folders.scan_inbox is None:
            return []
        return clear_plaintext_leftovers(self.folders.scan_inbox)

    def purge_expired(self) -> object:
        folders = Folders(self.folders.documents, self.folders.certificates, self.folders.receipts)
        return purge_expired(self.store(), folders, None)
