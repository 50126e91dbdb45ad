"""Applications in the hub database: the one-transaction save, reads, status changes.

:meth:`Applications.save_new` is the heart of "Saved": the receipt number, the application, its applicant,
its document rows, its outbox entry and its first status-history line are committed together or not at
all, so a power cut can never leave a receipt without a queued application or the reverse.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Protocol

from kiosk.domain.applicant import AadhaarRef, Address, Applicant, Consent, NameParts
from kiosk.domain.application import (
    FIRST_COUNTER,
    Application,
    DocumentRecord,
    format_receipt_number,
    receipt_series,
)
from kiosk.domain.catalogue_model import FeeLine, Label
from kiosk.domain.clock import local_day, utc_now
from kiosk.domain.errors import AlreadySent, DatabaseCorrupt, NotFound, NotQuarantined, VoidNotAllowed
from kiosk.domain.reuse import reuse_audit
from kiosk.domain.serialize import application_to_dict, delivery_to_dict, fee_from_dict
from kiosk.domain.status import Status, check_transition
from kiosk.store.db import Store
from kiosk.store.deliveries import with_delivery
from kiosk.store.hub import COUNTER_SETTING, read_setting

# Re-exported: older callers import the list row from here.
from kiosk.store.summaries import (  # noqa: F401
    SUMMARY_COLUMNS,
    ApplicationSummary,
    ListFilter,
    filter_clause,
    summary_from_row,
)


def _actor(name: str) -> str:
    """An audit actor is a user name; anything else (an old import, a blank) is recorded as ``unknown``."""
    name = (name or "").strip().lower()
    return name if re.fullmatch(r"[a-z][a-z0-9._:-]{0,47}", name) else "unknown"


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _pd(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class AuditHook(Protocol):
    """Appends to the audit trail inside the caller's transaction (kiosk.security.audit.record, injected
    by the composition root: the store does not know the audit key)."""

    def __call__(self, conn: sqlite3.Connection, actor: str, action: str, **ids: Any) -> object: ...


def _no_audit(conn: sqlite3.Connection, actor: str, action: str, **ids: str | int) -> object:
    return None


class Applications:
    def __init__(self, store: Store, *, audit: AuditHook | None = None) -> None:
        self.store = store
        self.audit: AuditHook = audit or _no_audit

    # ------------------------------------------------------------------------------------------ writes

    def save_new(self, app: Application, *, outbox_payload: dict[str, Any] | None = None) -> Application:
        """Commit a new application and everything that belongs with it; return it with its receipt number.

        The receipt counter is bumped inside the same transaction, so a rollback returns the number and
        the sequence stays gapless per hub per day.
        """
        with self.store.write() as conn:
            return self.save_in(conn, app, outbox_payload=outbox_payload)

    def save_in(self, conn: sqlite3.Connection, app: Application, *,
                outbox_payload: dict[str, Any] | None = None) -> Application:
        """What :meth:`save_new` does, inside the caller's transaction (bulk loads, the benchmark). The row keeps
        ``app``'s delivery channels and acknowledgement, whatever ``outbox_payload`` carries."""
        day = local_day(app.created_at)
        now = utc_now().isoformat()
        # This PC's series (kiosk.domain.application.receipt_series): the counters are kept per series.
        series = receipt_series(app.hub_code, read_setting(conn, COUNTER_SETTING) or FIRST_COUNTER)
        seq = conn.execute(
            """INSERT INTO receipt_counters(hub_code, day, last_seq) VALUES (?, ?, 1)
               ON CONFLICT(hub_code, day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq""",
            (series, day.isoformat())).fetchone()[0]
        saved = app.with_receipt(format_receipt_number(series, day, seq))
        self._insert(conn, saved, day, now)
        payload = outbox_payload if outbox_payload is not None else application_to_dict(saved)
        conn.execute(
            """INSERT INTO outbox(application_uuid, kind, idempotency_key, payload, state, created_at,
               updated_at) VALUES (?, 'application', ?, ?, 'pending', ?, ?)""",
            (saved.uuid, saved.uuid, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), now, now))
        self.audit(conn, _actor(saved.operator), "application.saved", receipt=saved.receipt_number,
                   service=saved.service_code, **saved.fee_entered(),  # a typed fee is audited
                   **reuse_audit(saved))  # and documents reused with the citizen's consent (issue 18)
        if saved.extra.get("duplicate_of"):  # issue 18: saved despite the duplicate warning, with a reason
            self.audit(conn, _actor(saved.operator), "application.duplicate_continued",
                       receipt=saved.receipt_number, duplicate_of=saved.extra["duplicate_of"].split(",")[0])
        return saved

    def _insert(self, conn: sqlite3.Connection, app: Application, day: date, now: str) -> None:
        c, delivery = app.consent, delivery_to_dict(app)
        app_id = conn.execute(
            """INSERT INTO applications(uuid, receipt_number, receipt_day, hub_code, service_code,
               catalogue_version, status, operator, delivery, fees, total_paise, fields, missing_groups,
               consent, created_at, updated_at, completed_on, due_date, decided_on, portal_number, extra,
               channels, acknowledgement)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (app.uuid, app.receipt_number, day.isoformat(), app.hub_code, app.service_code,
             app.catalogue_version, str(app.status), app.operator, app.delivery,
             fees_to_column(conn, app.fees), app.total_paise,
             json.dumps(dict(app.fields), ensure_ascii=False), json.dumps(list(app.missing_groups)),
             None if c is None else json.dumps({"language": c.language, "text_version": c.text_version,
                                                 "accepted_at": c.accepted_at.isoformat(),
                                                 "whatsapp_opt_in": c.whatsapp_opt_in}),
             app.created_at.isoformat(), now, _d(app.completed_on), _d(app.due_date), _d(app.decided_on),
             app.portal_number, json.dumps(dict(app.extra), ensure_ascii=False),
             # on the row, not two more tables (step 0025): the body's shapes, read by kiosk.store.deliveries
             _json(delivery["delivery_channels"]),
             None if delivery["acknowledgement"] is None else _json(delivery["acknowledgement"]))).lastrowid
        a = app.applicant
        en, mr, ad = a.name_en, a.name_mr, a.address
        conn.execute(
            """INSERT INTO applicants(app_id, application_uuid, first_en, mother_en, father_en, surname_en,
               first_mr, mother_mr, father_mr, surname_mr, dob, gender, mobile, email, house, street,
               village, taluka, district, pin, category, aadhaar_last4, aadhaar_reference, aadhaar_verified,
               village_code)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (app_id, app.uuid, en.first, en.mother, en.father_or_husband, en.surname, mr.first, mr.mother,
             mr.father_or_husband, mr.surname, _d(a.dob), a.gender, a.mobile, a.email, ad.house, ad.street,
             ad.village, ad.taluka, ad.district, ad.pin, a.category,
             a.aadhaar.last4 if a.aadhaar else None, a.aadhaar.reference_id if a.aadhaar else "",
             int(bool(a.aadhaar and a.aadhaar.verified)), ad.village_code))
        conn.executemany(
            """INSERT INTO documents(application_uuid, sha256, doc_type, group_code, pages, size_bytes, mime,
               original_name, reused_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(app.uuid, d.sha256, d.doc_type, d.group_code, d.pages, d.size_bytes, d.mime, d.original_name,
              d.reused_from) for d in app.documents])
        conn.execute("INSERT INTO status_history(application_uuid, status, at, source) VALUES (?, ?, ?, 'kiosk')",
                     (app.uuid, str(app.status), now))

    def add_documents(self, uuid: str, records: list[DocumentRecord], *, missing_groups: tuple[str, ...],
                      completed_on: date | None, due_date: date | None) -> Application:
        """Attach documents to a saved application that has not gone to the portal yet, in one transaction
        with its new completeness (the RTS clock starts when the last missing group arrives) and its still
        unsent outbox body. Once a body has been sent it is fixed at the portal under its key, so later
        documents are refused here rather than silently lost."""
        with self.store.write() as conn:
            item = conn.execute("SELECT id, state, attempts FROM outbox WHERE idempotency_key = ?", (uuid,)).fetchone()
            if item is None:
                raise NotFound(uuid, what=uuid)
            if item["state"] != "pending" or item["attempts"] > 0:
                raise AlreadySent(uuid, what=uuid)
            conn.executemany(
                """INSERT INTO documents(application_uuid, sha256, doc_type, group_code, pages, size_bytes, mime,
                   original_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [(uuid, d.sha256, d.doc_type, d.group_code, d.pages, d.size_bytes, d.mime, d.original_name)
                 for d in records])
            conn.execute("UPDATE applications SET missing_groups = ?, completed_on = ?, due_date = ?, updated_at = ? "
                         "WHERE uuid = ?", (json.dumps(list(missing_groups)), _d(completed_on), _d(due_date),
                                            utc_now().isoformat(), uuid))
            rows = conn.execute("""SELECT a.*, p.* FROM applications a JOIN applicants p
                                   ON p.app_id = a.rowid WHERE a.uuid = ?""", (uuid,)).fetchall()
            docs = conn.execute("SELECT * FROM documents WHERE application_uuid = ? ORDER BY id", (uuid,)).fetchall()
            updated = with_delivery(conn, application_from_row(rows[0], docs, fee_labels_of(conn, rows[0]["fees"])))  # the body keeps its channels
            conn.execute("UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ?",
                         (json.dumps(application_to_dict(updated), ensure_ascii=False), utc_now().isoformat(),
                          item["id"]))
        return updated

    def set_status(self, uuid: str, new: Status, *, source: str = "kiosk", note: str = "",
                   decided_on: date | None = None, portal_number: str | None = None,
                   also: Callable[[sqlite3.Connection, sqlite3.Row], None] | None = None,
                   actor: str = "") -> Application:
        """Apply a legal status change (and what comes with it) in one transaction.

        ``also(conn, row)`` runs inside that transaction with the application's updated row: what the portal
        must hear about the change (feedback, an appeal) is queued in the same commit, so a power cut cannot
        keep the status and lose the message, or the reverse."""
        with self.store.write() as conn:
            row = conn.execute("SELECT status FROM applications WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                raise NotFound(uuid, what=uuid)
            current = Status(row["status"])
            if current != new:
                check_transition(current, new)
            now = utc_now().isoformat()
            conn.execute(
                """UPDATE applications SET status = ?, updated_at = ?,
                   decided_on = COALESCE(?, decided_on), portal_number = COALESCE(?, portal_number)
                   WHERE uuid = ?""", (str(new), now, _d(decided_on), portal_number, uuid))
            if current != new:
                conn.execute("INSERT INTO status_history(application_uuid, status, at, source, note) "
                             "VALUES (?, ?, ?, ?, ?)", (uuid, str(new), now, source, note))
            row = conn.execute("SELECT * FROM applications WHERE uuid = ?", (uuid,)).fetchone()
            if also is not None:
                also(conn, row)
            if current != new:
                self.audit(conn, _actor(actor or source), "application.status", receipt=row["receipt_number"],
                           status=str(new))
        return self.get(uuid)

    def correct_quarantined(self, corrected: Application, *, actor: str) -> Application:
        """Store what the operator corrected after the portal refused the application, and queue it again
        (same key: the portal records only successes under a key), all in one transaction."""
        with self.store.write() as conn:
            item = conn.execute("SELECT id, state FROM outbox WHERE idempotency_key = ? AND kind = 'application'",
                                (corrected.uuid,)).fetchone()
            if item is None or item["state"] != "rejected":
                raise NotQuarantined(corrected.uuid, receipt=corrected.receipt_number)
            a, now = corrected.applicant, utc_now().isoformat()
            en, mr, ad = a.name_en, a.name_mr, a.address
            conn.execute(
                """UPDATE applicants SET first_en = ?, mother_en = ?, father_en = ?, surname_en = ?, first_mr = ?,
                   mother_mr = ?, father_mr = ?, surname_mr = ?, mobile = ?, email = ?, house = ?, street = ?,
                   village = ?, taluka = ?, district = ?, pin = ?, village_code = ?
                   WHERE app_id = (SELECT rowid FROM applications WHERE uuid = ?)""",
                (en.first, en.mother, en.father_or_husband, en.surname, mr.first, mr.mother, mr.father_or_husband,
                 mr.surname, a.mobile, a.email, ad.house, ad.street, ad.village, ad.taluka, ad.district, ad.pin,
                 ad.village_code, corrected.uuid))
            conn.execute("UPDATE applications SET fields = ?, updated_at = ? WHERE uuid = ?",
                         (json.dumps(dict(corrected.fields), ensure_ascii=False), now, corrected.uuid))
            conn.execute("UPDATE outbox SET payload = ?, state = 'pending', next_attempt_at = 0, last_error = '', "
                         "updated_at = ? WHERE id = ?",
                         (json.dumps(application_to_dict(corrected), ensure_ascii=False, separators=(",", ":")),
                          now, item["id"]))
            conn.execute("INSERT INTO status_history(application_uuid, status, at, source, note) "
                         "VALUES (?, ?, ?, 'kiosk', 'corrected after the portal refused it')",
                         (corrected.uuid, str(Status.QUEUED), now))
            self.audit(conn, _actor(actor), "application.corrected", receipt=corrected.receipt_number)
        return self.get(corrected.uuid)

    def void(self, uuid: str, reason: str, *, actor: str) -> Application:
        """Cancel a queued application that has never been offered to the portal (see
        :mod:`kiosk.domain.voiding`): status ``voided`` and its unsent outbox item removed, in one commit."""
        from kiosk.domain.voiding import VOID_REASONS

        if reason not in VOID_REASONS:
            raise ValueError(f"unknown void reason {reason!r}")
        with self.store.write() as conn:
            row = conn.execute("SELECT status, receipt_number FROM applications WHERE uuid = ? OR receipt_number = ?",
                               (uuid, uuid.strip().upper())).fetchone()
            if row is None:
                raise NotFound(uuid, what=uuid)
            uuid = conn.execute("SELECT uuid FROM applications WHERE receipt_number = ?",
                                (row["receipt_number"],)).fetchone()[0]
            item = conn.execute("SELECT id, state, attempts FROM outbox WHERE idempotency_key = ?", (uuid,)).fetchone()
            if Status(row["status"]) != Status.QUEUED or item is None or item["state"] != "pending" \
                    or item["attempts"] > 0:
                raise VoidNotAllowed(f"{row['receipt_number']} is {row['status']} / outbox "
                                     f"{item['state'] if item else 'none'}", receipt=row["receipt_number"])
            now = utc_now().isoformat()
            conn.execute("DELETE FROM outbox WHERE id = ?", (item["id"],))
            conn.execute("UPDATE applications SET status = ?, updated_at = ? WHERE uuid = ?",
                         (str(Status.VOIDED), now, uuid))
            conn.execute("INSERT INTO status_history(application_uuid, status, at, source, note) "
                         "VALUES (?, ?, ?, 'kiosk', ?)", (uuid, str(Status.VOIDED), now, f"void: {reason}"))
            self.audit(conn, _actor(actor), "application.voided", receipt=row["receipt_number"], reason=reason)
        return self.get(uuid)

    # ------------------------------------------------------------------------------------------- reads

    def get(self, key: str) -> Application:
        """By UUID or receipt number."""
        rows = self.store.query(
            """SELECT a.*, p.* FROM applications a JOIN applicants p ON p.app_id = a.rowid
               WHERE a.uuid = ? OR a.receipt_number = ?""", (key, key.strip().upper()))
        if not rows:
            raise NotFound(key, what=key)
        docs = self.store.query("SELECT * FROM documents WHERE application_uuid = ? ORDER BY id", (rows[0]["uuid"],))
        with self.store.read() as conn:
            labels = fee_labels_of(conn, rows[0]["fees"])
        return with_delivery(self.store, application_from_row(rows[0], docs, labels))

    def history(self, uuid: str) -> list[dict[str, str]]:
        return [dict(r) for r in self.store.query(
            "SELECT status, at, source, note FROM status_history WHERE application_uuid = ? ORDER BY id", (uuid,))]

    def list(self, *, day: date | None = None, status: Status | None = None, service_code: str | None = None,
             day_from: date | None = None, day_to: date | None = None,
             limit: int = 200, offset: int = 0) -> list[ApplicationSummary]:
        """Newest first. ``day`` is one receipt day; ``day_from``/``day_to`` an inclusive range."""
        where, params = filter_clause(ListFilter(str(status) if status else "", service_code or "",
                                                 day or day_from, day or day_to))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.store.query_tuples(
            # Only fixed fragments are joined; every value is a parameter.
            f"SELECT {SUMMARY_COLUMNS} FROM applications a JOIN applicants p ON p.app_id = a.rowid "  # noqa: S608
            f"{clause} ORDER BY a.rowid DESC LIMIT ? OFFSET ?", (*params, limit, offset))
        return [summary_from_row(r) for r in rows]

    def count(self) -> int:
        return int(self.store.query("SELECT count(*) FROM applications")[0][0])

    def record_print(self, uuid: str, layout: str, destination: str, operator: str = "") -> int:
        """Record a receipt print; returns how many prints came before (0 → original, else DUPLICATE)."""
        with self.store.write() as conn:
            before = conn.execute("SELECT count(*) FROM receipt_prints WHERE application_uuid = ?", (uuid,)).fetchone()[0]
            conn.execute("INSERT INTO receipt_prints(application_uuid, printed_at, layout, destination, operator) "
                         "VALUES (?, ?, ?, ?, ?)", (uuid, utc_now().isoformat(), layout, destination, operator))
        return int(before)

    def print_count(self, uuid: str) -> int:
        return int(self.store.query("SELECT count(*) FROM receipt_prints WHERE application_uuid = ?", (uuid,))[0][0])


def fees_to_column(conn: sqlite3.Connection, fees: tuple[FeeLine, ...]) -> str:
    """The ``fees`` column (step 0027): each line names its label by id in ``fee_labels``, added the first time
    a label is seen (inside the save's transaction, so a rollback takes it back too)."""
    lines = []
    for f in fees:
        row = conn.execute("SELECT id FROM fee_labels WHERE en = ? AND mr = ?", (f.label.en, f.label.mr)).fetchone()
        label_id = row[0] if row else conn.execute("INSERT INTO fee_labels(en, mr) VALUES (?, ?)",
                                                   (f.label.en, f.label.mr)).lastrowid
        lines.append({"kind": f.kind, "label_id": label_id, "paise": f.paise})
    return json.dumps(lines, separators=(",", ":"))


def relabel_fees_column(conn: sqlite3.Connection, column: str) -> str | None:
    """A ``fees`` column saved before step 0027 (labels spelled out) in the label-id form; None when it is in
    that form already (a save writes every line one way)."""
    lines = json.loads(column)
    if any("label_id" in f for f in lines):
        return None
    return fees_to_column(conn, tuple(fee_from_dict(f) for f in lines))


def fee_labels_of(conn: sqlite3.Connection, column: str) -> dict[int, Label]:
    """The labels a ``fees`` column names (none for a row saved before step 0027, which spells them out)."""
    ids = sorted({int(f["label_id"]) for f in json.loads(column) if "label_id" in f})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {int(r[0]): Label(r[1], r[2]) for r in conn.execute(
        f"SELECT id, en, mr FROM fee_labels WHERE id IN ({marks})", ids)}  # noqa: S608 - placeholders only


def _fee(d: dict[str, Any], labels: dict[int, Label]) -> FeeLine:
    if "label_id" not in d:
        return fee_from_dict(d)  # saved before step 0027
    label = labels.get(int(d["label_id"]))
    if label is None:  # the table is append-only and updates are refused: only a damaged file gets here
        raise DatabaseCorrupt(f"fee label {d['label_id']} is missing")
    return FeeLine(str(d["kind"]), label, int(d["paise"]))


def application_from_row(r: sqlite3.Row, docs: list[sqlite3.Row], labels: dict[int, Label]) -> Application:
    consent = json.loads(r["consent"]) if r["consent"] else None
    last4 = r["aadhaar_last4"]
    applicant = Applicant(
        name_en=NameParts(r["first_en"], r["mother_en"], r["father_en"], r["surname_en"]),
        name_mr=NameParts(r["first_mr"], r["mother_mr"], r["father_mr"], r["surname_mr"]),
        dob=_pd(r["dob"]), gender=r["gender"], mobile=r["mobile"], email=r["email"],
        address=Address(r["house"], r["street"], r["village"], r["taluka"], r["district"], r["pin"],
                        r["village_code"] if "village_code" in r.keys() else ""),
        category=r["category"],
        aadhaar=AadhaarRef(last4, r["aadhaar_reference"], bool(r["aadhaar_verified"])) if last4 else None)
    app = Application(
        uuid=r["uuid"], hub_code=r["hub_code"], service_code=r["service_code"],
        catalogue_version=r["catalogue_version"], applicant=applicant, fields=json.loads(r["fields"]),
        documents=tuple(DocumentRecord(d["sha256"], d["doc_type"], d["group_code"], d["pages"], d["size_bytes"],
                                       d["mime"], d["original_name"], d["reused_from"]) for d in docs),
        fees=tuple(_fee(f, labels) for f in json.loads(r["fees"])), delivery=r["delivery"],
        operator=r["operator"], created_at=datetime.fromisoformat(r["created_at"]),
        consent=Consent(consent["language"], consent["text_version"],
                        datetime.fromisoformat(consent["accepted_at"]), consent["whatsapp_opt_in"])
        if consent else None,
        status=Status(r["status"]), receipt_number=r["receipt_number"],
        missing_groups=tuple(json.loads(r["missing_groups"])), completed_on=_pd(r["completed_on"]),
        due_date=_pd(r["due_date"]), decided_on=_pd(r["decided_on"]), portal_number=r["portal_number"],
        extra=json.loads(r["extra"]))
    return replace(app)
