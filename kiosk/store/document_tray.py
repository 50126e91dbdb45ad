"""The unattached-documents tray: stored (sealed) documents no application names yet.

Why a table and not a folder: a stored file that no row names is an orphan, and the start-up sweep
removes orphans (a power cut mid-save leaves them). A document imported, scanned or watched from the
command line without ``--to RECEIPT`` is therefore given a row here; it stays until the operator attaches
it to an application (the row goes in the same transaction as the attachment) or discards it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kiosk.domain.application import DocumentRecord
from kiosk.domain.clock import utc_now
from kiosk.store.db import Store


@dataclass(frozen=True)
class TrayItem:
    """One waiting document: what it is and when it was stored (UTC, ISO 8601)."""

    record: DocumentRecord  # group_code is empty: the group is chosen when it is attached
    added_at: str


def keep_in_tray(store: Store, record: DocumentRecord) -> TrayItem:
    """Put a stored document in the tray (the same bytes twice are one item, the first time kept)."""
    added = utc_now().isoformat(timespec="seconds")
    with store.write() as conn:
        conn.execute(
            """INSERT INTO document_tray(sha256, doc_type, pages, size_bytes, mime, original_name, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING""",
            (record.sha256, record.doc_type, record.pages, record.size_bytes, record.mime, record.original_name,
             added))
    item = tray_item(store, record.sha256)
    assert item is not None
    return item


def tray_items(store: Store) -> list[TrayItem]:
    """Everything waiting, oldest first."""
    return [_item(row) for row in store.query("SELECT * FROM document_tray ORDER BY added_at, sha256")]


def tray_item(store: Store, sha_prefix: str) -> TrayItem | None:
    """The item whose hash starts with ``sha_prefix`` (at least 8 hex digits, as printed); None if none or
    if the prefix is ambiguous."""
    prefix = sha_prefix.strip().lower()
    if len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
        return None
    rows = store.query("SELECT * FROM document_tray WHERE substr(sha256, 1, ?) = ? LIMIT 2", (len(prefix), prefix))
    return _item(rows[0]) if len(rows) == 1 else None


def take_from_tray(store: Store, sha256: str) -> bool:
    """Remove one item's row (attached or discarded); False if it was not there."""
    with store.write() as conn:
        return conn.execute("DELETE FROM document_tray WHERE sha256 = ?", (sha256,)).rowcount > 0


def tray_hashes(store: Store) -> set[str]:
    """What the start-up sweep must keep."""
    return {row[0] for row in store.query("SELECT sha256 FROM document_tray")}


def is_named_by_an_application(store: Store, sha256: str) -> bool:
    """Whether some application's document row names this file (then discarding keeps the file)."""
    return bool(store.query("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", (sha256,)))


def _item(row: sqlite3.Row) -> TrayItem:
    record = DocumentRecord(sha256=row["sha256"], doc_type=row["doc_type"], group_code="", pages=row["pages"],
                            size_bytes=row["size_bytes"], mime=row["mime"], original_name=row["original_name"])
    return TrayItem(record, row["added_at"])
