"""The portal's requests for more documents, and the counter's answer to them (issue 17).

A request arrives with a status-feed page (``documents_pending`` with a list and a reply-by date) and is
kept in that page's transaction; the counter's work list reads the open ones; the answer adds the
documents to the application, queues them for the portal under the application's key, moves the status
back to scrutiny and restarts the RTS clock — all in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import KioskError
from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.outbox import enqueue


class NoDocumentsAsked(KioskError):
    """The application has no open request for more documents."""

    code = "no_documents_asked"


@dataclass(frozen=True)
class DocumentRequest:
    application_uuid: str
    receipt_number: str
    asked_on: date
    reply_by: date | None
    documents: tuple[tuple[str, str, str], ...]  # (code, English, Marathi)
    name_en: str = ""  # the applicant, for the counter's work list
    name_mr: str = ""


def record_request(conn: sqlite3.Connection, uuid: str, asked_on: date, reply_by: date | None,
                   documents: tuple[tuple[str, str, str], ...]) -> bool:
    """In the status page's transaction; a replayed page changes nothing. True when the request was news."""
    return conn.execute("INSERT INTO document_requests(application_uuid, asked_on, reply_by, documents) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT(application_uuid, asked_on) DO NOTHING",
                 (uuid, asked_on.isoformat(), reply_by.isoformat() if reply_by else None,
                  json.dumps([list(d) for d in documents], ensure_ascii=False))).rowcount > 0


def _request(r: sqlite3.Row) -> DocumentRequest:
    return DocumentRequest(r["application_uuid"], r["receipt_number"], date.fromisoformat(r["asked_on"]),
                           date.fromisoformat(r["reply_by"]) if r["reply_by"] else None,
                           tuple((str(c), str(en), str(mr)) for c, en, mr in json.loads(r["documents"])),
                           (r["name_en"] or "").strip(), (r["name_mr"] or "").strip())


_OPEN = """SELECT q.*, a.receipt_number, p.first_en || ' ' || p.surname_en AS name_en,
                  p.first_mr || ' ' || p.surname_mr AS name_mr
           FROM document_requests q JOIN applications a ON a.uuid = q.application_uuid
           LEFT JOIN applicants p ON p.app_id = a.rowid
           WHERE q.answered_on IS NULL AND a.status = 'documents_pending'"""


def open_requests(store: Store) -> list[DocumentRequest]:
    """The counter's work list: open requests, the nearest reply-by date first."""
    return [_request(r) for r in store.query(_OPEN + " ORDER BY q.reply_by IS NULL, q.reply_by, q.asked_on")]


def open_request(store: Store, uuid: str) -> DocumentRequest | None:
    rows = store.query(_OPEN + " AND q.application_uuid = ? ORDER BY q.asked_on DESC LIMIT 1", (uuid,))
    return _request(rows[0]) if rows else None


def last_answered_on(store: Store, uuid: str) -> date | None:
    """The day the counter last answered a request for more documents on ``uuid`` (None: never asked or
    not answered yet): the updated receipt says the documents were added that day."""
    rows = store.query("SELECT max(answered_on) AS day FROM document_requests WHERE application_uuid = ?", (uuid,))
    return date.fromisoformat(rows[0]["day"]) if rows and rows[0]["day"] else None


def answer_request(apps: Applications, uuid: str, records: list[DocumentRecord], *, answered_on: date,
                   due_date: date | None, status_note: str, missing: tuple[str, ...] | None = None) -> Application:
    """Add ``records`` to the application, queue them for the portal (key ``<uuid>:documents:<asked_on>``),
    mark the request answered and move the status back to scrutiny with the new due date (and ``missing``,
    the groups the catalogue still lists as missing, when given), in one commit."""
    from kiosk.domain.status import Status

    request = open_request(apps.store, uuid)
    if request is None:
        raise NoDocumentsAsked(uuid, what=uuid)

    def add(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
        conn.executemany(
            "INSERT INTO documents(application_uuid, sha256, doc_type, group_code, pages, size_bytes, mime, "
            "original_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(uuid, d.sha256, d.doc_type, d.group_code, d.pages, d.size_bytes, d.mime, d.original_name)
             for d in records])
        conn.execute("UPDATE applications SET due_date = ?, updated_at = ?, "
                     "missing_groups = COALESCE(?, missing_groups) WHERE uuid = ?",
                     (due_date.isoformat() if due_date else None, utc_now().isoformat(),
                      json.dumps(list(missing)) if missing is not None else None, uuid))
        conn.execute("UPDATE document_requests SET answered_on = ? WHERE application_uuid = ? AND asked_on = ?",
                     (answered_on.isoformat(), uuid, request.asked_on.isoformat()))
        enqueue(conn, "more_documents", f"{uuid}:documents:{request.asked_on.isoformat()}",
                {"application_id": row["portal_number"],
                 "documents": [{"sha256": d.sha256, "type": d.doc_type} for d in records]},
                application_uuid=uuid)

    return apps.set_status(uuid, Status.UNDER_SCRUTINY, note=status_note, also=add)
