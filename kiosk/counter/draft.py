"""The new-application draft on disk, so a power cut mid-form loses at most the field being typed.

Written on every field change as JSON beside the database through kiosk.durable (temp file → fsync →
rename → fsync folder), so the draft on disk is always a whole one (the old or the new), never half of
each. Qt-free.

Besides the draft being typed, the operator may set applications aside ("parked": a citizen gone to fetch a
document) and come back to them from the drafts list, or discard one explicitly; parked drafts are files
``parked-<random id>.json`` in the same folder, and their scans are kept by the orphan sweep like the
current draft's.

A draft keeps no full Aadhaar number (the application keeps only the last four, so the draft does not
need more). The Aadhaar box is written as ``XXXX XXXX 1234``, the masked form the box shows, which the
domain reads back as the last four, unverified; a number still being typed there, or mistyped, is not kept
at all (its first eleven digits are most of the citizen's number). A number typed in any other box is
masked the same way. Drafts written before this rule are masked when drafts are next restored or listed.

It holds personal data, so it is sealed like the documents (encryption at rest): every function takes the
drafts :class:`~kiosk.sealed.SealedFolder` the composition root built (``SealedFolders.drafts``); without a
data key nothing is written, and a draft is never set aside for that. A draft from before encryption
(the first release's, in clear) still loads.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.documents.storage import has_document
from kiosk.domain.aadhaar_text import mask_aadhaar_numbers
from kiosk.domain.application import DocumentRecord
from kiosk.domain.errors import KioskError, ProblemList
from kiosk.domain.validation import check_aadhaar
from kiosk.sealed import FolderNotSealed, SealedFolder

log = logging.getLogger("kiosk.counter")

DRAFT_NAME = "new-application-draft.json"
PARKED_PREFIX = "parked-"
VERSION = 1


def draft_path(home: Path) -> Path:
    return home / DRAFT_NAME


def mask_draft(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with no full Aadhaar number left in its form values (see the module's docstring)."""
    values = data.get("values")
    if not isinstance(values, dict):
        return data
    masked: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            if key == "aadhaar":  # half typed or mistyped: nothing of it is kept (it is typed again)
                last4 = check_aadhaar(ProblemList(), value)
                value = f"XXXX XXXX {last4}" if last4 else ""
            else:
                value = mask_aadhaar_numbers(value)
        masked[key] = value
    return {**data, "values": masked}


def _body(data: dict[str, Any]) -> bytes:
    return json.dumps({"version": VERSION, **mask_draft(data)}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def save_draft(folder: SealedFolder, data: dict[str, Any]) -> None:
    folder.write(DRAFT_NAME, _body(data))  # sealed in memory: the temp file is never plaintext


def mask_saved_drafts(folder: SealedFolder) -> int:
    """Rewrite every draft on disk (current and parked) that still holds a full Aadhaar number — written
    before drafts were masked; returns how many were rewritten. An unreadable draft is left to the readers."""
    rewritten = 0
    for name in draft_names(folder):
        try:
            data = json.loads(folder.read(name).decode("utf-8"))
        except FolderNotSealed:
            raise
        except (OSError, ValueError, UnicodeDecodeError, KioskError):
            continue
        if isinstance(data, dict) and mask_draft(data) != data:
            path = folder.file(name)
            when = path.stat()
            folder.write(name, _body(data))
            os.utime(path, ns=(when.st_atime_ns, when.st_mtime_ns))  # the drafts list's order and times
            rewritten += 1
    return rewritten


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


def draft_names(folder: SealedFolder) -> list[str]:
    """The current draft's file name and every parked draft's (oldest parked first)."""
    parked = sorted(folder.file(DRAFT_NAME).parent.glob(f"{PARKED_PREFIX}*.json"), key=lambda p: p.stat().st_mtime)
    return [DRAFT_NAME, *(p.name for p in parked)]


def draft_documents(folder: SealedFolder) -> set[str]:
    """The SHA-256 of every document an unsaved draft (current or parked) holds: stored files that no
    application row names yet, which the start-up orphan sweep must keep (a draft may wait overnight after
    a power cut)."""
    found: set[str] = set()
    for name in draft_names(folder):
        try:
            data = json.loads(folder.read(name).decode("utf-8"))
        except FolderNotSealed:
            raise  # unknown is not "none": the orphan sweep must not delete the draft's scans
        except (OSError, ValueError, UnicodeDecodeError, KioskError):
            continue
        docs = data.get("documents") if isinstance(data, dict) else None
        if isinstance(docs, list):
            found |= {d["sha256"] for d in docs if isinstance(d, dict) and isinstance(d.get("sha256"), str)}
    return found


def _short_name(values: dict[str, Any], script: str) -> str:
    return " ".join(str(values.get(f"name_{script}.{p}", "")) for p in ("first", "surname")).strip()


def _parked_name(key: str) -> str:
    if not key.isalnum():
        raise ValueError(f"not a parked draft: {key!r}")
    return f"{PARKED_PREFIX}{key}.json"


@dataclass(frozen=True)
class ParkedDraft:
    """One line of the drafts list."""

    key: str
    service_code: str
    name_mr: str
    name_en: str
    parked_at: datetime


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

    def park(self, data: dict[str, Any]) -> str:
        """Set the application being typed aside (the form is then free for the next citizen)."""
        key = secrets.token_hex(8)
        self.folder.write(f"{PARKED_PREFIX}{key}.json", _body(data))
        self.clear()
        return key

    def parked(self) -> list[ParkedDraft]:
        mask_saved_drafts(self.folder)
        found = []
        for name in draft_names(self.folder)[1:]:
            path = self.folder.file(name)
            try:
                data = json.loads(self.folder.read(name).decode("utf-8"))
                values = data["values"]
                when = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            except (OSError, ValueError, UnicodeDecodeError, KioskError, KeyError, TypeError):
                log.warning("parked draft %s unreadable", name)
                continue
            found.append(ParkedDraft(name[len(PARKED_PREFIX):-5], str(data.get("service_code", "")),
                                     _short_name(values, "mr"), _short_name(values, "en"), when))
        return found

    def resume(self, key: str) -> RestoredDraft | None:
        """Make parked draft ``key`` the current one (the caller parks what was being typed first)."""
        self.folder.file(_parked_name(key)).replace(self.path)  # same folder: an atomic rename, never two copies or none
        return self.restore()

    def discard(self, key: str) -> None:
        """Discard a parked draft for good (its scans go with the next orphan sweep)."""
        try:
            self.folder.file(_parked_name(key)).unlink()
        except FileNotFoundError:
            pass

    def restore(self) -> RestoredDraft | None:
        mask_saved_drafts(self.folder)
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
