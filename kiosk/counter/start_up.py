"""The start-up checks, once per window start or sync run.

In this order: receipt numbers printed on kept receipts but lost by the database (a truncated WAL, an old
restore) are never issued again; the database's full check, when one is due (kiosk.store.clean_stop);
files no row names are collected (a power cut mid-save); plaintext scans an old release left are removed;
personal data past its retention period is purged (audited as system). A step that cannot run (e.g. no keyring for its audit entry) is reported in
the log and skipped: maintenance never keeps the counter from opening.

Nothing here reads the whole database before the window shows. The receipt step runs before it (a save
must never reuse a number) but only when the last stop was not clean — after a clean stop the file holds
every number it issued — and it reads the receipt folder's names and one counter row per day. The rest
runs on the worker pool once the login shows (:meth:`StartUp.in_background`); if the check finds damage,
writes are held from then on and the window tells the operator.
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
from kiosk.security.recovery import protect_receipt_numbers, unprotected_receipts
from kiosk.security.retention import Folders, purge_expired
from kiosk.store.db import Store
from kiosk.store.document_tray import is_named_by_an_application, tray_hashes
from kiosk.store.outbox import carried_document_hashes

log = logging.getLogger("kiosk")
ORPHAN_AGE_SECONDS = 3600.0  # younger files may belong to a save still in progress


@dataclass(frozen=True)
class StartCheck:
    """What this start found: why a full check ran (None: not due), and the damage it found (None: sound)."""

    reason: str | None
    problem: str | None


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
        self.stopping = False

    def run(self) -> StartCheck:
        """Every step, in order, on the caller's thread (a command, a test)."""
        self.before_window()
        return self.in_background()

    def before_window(self) -> None:
        """The one step a save depends on, cheap enough to run before the window: after an unclean stop
        (or a file changed while closed) move the day counters past kept receipts the file lost."""
        store = self.store()
        if store.writable and not store.last_stop_clean and not self._step("receipt numbers",
                                                                            self.protect_receipt_numbers):
            store.vouch_clean_stop = False  # not done: the next start must not skip it after a clean stop

    def check(self) -> StartCheck:
        """The database's full check if one is due (slow: every page is read and decrypted)."""
        store = self.store()
        reason = store.check_due
        problem = store.run_due_check()
        if problem is not None:
            log.error("the database check found damage (%s): writes are held", problem)
        return StartCheck(reason, problem)

    def in_background(self) -> StartCheck:
        """After the login shows, on the worker pool: the due check, then — on a sound file — the sweep of
        orphan files and the retention purge."""
        found = self.check()
        steps = (("orphan files", self.collect_orphan_documents), ("plaintext scans", self.clear_plaintext_scans),
                 ("retention purge", self.purge_expired))
        for name, step in steps:
            if self.stopping or not self.store().writable:
                break
            self._step(name, step)
        return found

    def stop(self) -> None:
        """The window is closing: a due check stops reading (it stays due) and no further step starts."""
        self.stopping = True
        self.store().stop_check()

    @staticmethod
    def _step(name: str, step: Callable[[], object]) -> bool:
        try:
            step()
        except KioskError as exc:  # e.g. no keyring for the audit entry: report, never block the counter
            log.warning("start-up %s skipped: %s", name, exc)
            return False
        return True

    def protect_receipt_numbers(self) -> int:
        """Move each day's receipt counter past the kept receipts past it (the numbers the file lost)."""
        store = self.store()
        return protect_receipt_numbers(store, unprotected_receipts(store, self.folders.receipts))

    def collect_orphan_documents(self) -> list[str]:
        """Remove stored files whose application row never committed (a power cut mid-save), and the scans
        of another hub's items once this kiosk has relayed them; documents waiting in the tray stay."""
        store = self.store()
        few = carried_document_hashes(store) | tray_hashes(store) | self.draft_documents()  # the tray: documents
        # stored from the CLI, not attached yet
        return collect_orphans(self.folders.documents, _Kept(store, few), older_than_seconds=ORPHAN_AGE_SECONDS)

    def clear_plaintext_scans(self) -> list[Path]:
        """Originals an old release left in ``scan-inbox/imported`` (they were sealed when moved there)."""
        if self.folders.scan_inbox is None:
            return []
        return clear_plaintext_leftovers(self.folders.scan_inbox)

    def purge_expired(self) -> object:
        folders = Folders(self.folders.documents, self.folders.certificates, self.folders.receipts)
        return purge_expired(self.store(), folders, None)


class _Kept:
    """The files the sweep keeps: scans an application row names — asked of the documents' hash index one old
    file at a time, so a hub's millions of document rows are never read into memory (issue 15) — and the few
    the tray, carried items and drafts name."""

    def __init__(self, store: Store, few: set[str]) -> None:
        self.store = store
        self.few = few

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self.few or (isinstance(sha256, str) and is_named_by_an_application(self.store, sha256))
