"""The new-application draft on disk, so a power cut mid-form loses at most the field being typed.

Written on every field change as JSON beside the database through kiosk.durable (temp file → fsync →
rename → fsync folder), so the draft on disk is always a whole one (the old or the new), never half of
each. Qt-free.

It holds personal data, so it is sealed like the documents (encryption at rest): every function takes the
drafts :class:`~kiosk.sealed.SealedFolder` the composition root built (``SealedFolders.drafts``); without a
data key nothing is written, and a draft is never set aside for that. A draft from before encryption
(the first release's, in clear) still loads.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.documents.storage import has_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import KioskError
from kiosk.sealed import FolderNotSealed, SealedFolder

log = logging.getLogger("kiosk.counter")

DRAFT_NAME = "new-application-draft.json"
VERSION = 1


def draft_path(home: Path) -> Path:
    return home / DRAFT_NAME


def save_draft(folder: SealedFolder, data: dict[str, Any]) -> None:
    body = json.dumps({"version": VERSION, **data}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    folder.write(DRAFT_NAME, body)  # sealed in memory: the temp file is never plaintext


def load_draft(folder: SealedFolder) -> dict[str, Any] | None:
    """The saved draft, or None (absent, unreadable or from another version — a bad draft is set aside
    as ``.broken`` rather than crash the form or be silently overwritten). FolderNotSealed when no data
    key is unlocked: the draft is then neither read nor set aside."""
    path = folder.file(DRAFT_NAME)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("draft unreadable: %s", exc)
        return None
    try:
        data = json.loads(folder.open(raw).decode("utf-8"))
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("values", {}), dict):
            raise ValueError("not a draft")
    except FolderNotSealed:
        raise
    except (ValueError, UnicodeDecodeError, KioskError) as exc:
        log.warning("draft %s set aside: %s", path, exc)
        try:
            path.replace(path.with_suffix(".broken"))
        except OSError:
            pass
        return None
    return data


def clear_draft(folder: SealedFolder) -> None:
    try:
        folder.file(DRAFT_NAME).unlink()
    except FileNotFoundError:
        pass


def draft_documents(folder: SealedFolder) -> set[str]:
    """The SHA-256 of every document the unsaved draft holds: stored files that no application row names
    yet, which the start-up orphan sweep must keep (a draft may wait overnight after a power cut)."""
    try:
        data = json.loads(folder.read(DRAFT_NAME).decode("utf-8"))
    except FolderNotSealed:
        raise  # unknown is not "none": the orphan sweep must not delete the draft's scans
    except (OSError, ValueError, UnicodeDecodeError, KioskError):
        return set()
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, list):
        return set()
    return {d["sha256"] for d in docs if isinstance(d, dict) and isinstance(d.get("sha256"), str)}


class Draft:
    """This hub's one new-application draft, restored only with the documents still on disk (a scan the
    start-up sweep collected is dropped, not shown as attached)."""

    def __init__(self, folder: SealedFolder, documents: SealedFolder) -> None:
        self.folder = folder
        self.path = folder.file(DRAFT_NAME)
        self.documents = documents

    def save(self, data: dict[str, Any]) -> None:
        save_draft(self.folder, data)

    def clear(self) -> None:
        clear_draft(self.folder)

    def restore(self) -> RestoredDraft | None:
        data = load_draft(self.folder)
        if not data:
            return None
        records = []
        for raw in data.get("documents", []):
            try:
                record = DocumentRecord(**raw)
            except TypeError:
                continue
            if has_document(self.documents, record.sha256):
                records.append(record)
        values = {k: v for k, v in dict(data.get("values", {})).items() if isinstance(v, str)}
        ref = data.get("aadhaar_ref")
        return RestoredDraft(str(data.get("service_code", "")), values, records, ref if isinstance(ref, dict) else None)


@dataclass(frozen=True)
class RestoredDraft:
    service_code: str
    values: dict[str, str]
    records: list[DocumentRecord]
    aadhaar_ref: dict[str, Any] | None
