"""Typed text that earlier releases stored, brought up to today's rules: full Aadhaar numbers in free text
masked (schema step 0011_aadhaar_out_of_free_text) and names normalised (0011_names_without_stray_joiners).

Until issue 14 a 12-digit Aadhaar number typed into a purpose, a street or the e-mail was kept whole in the
applicant's row, the application's fields, the status history's notes and the outbox body queued for the
portal. Intake now refuses it (kiosk.domain.aadhaar_text); this sweep masks what is already stored, to
``XXXX XXXX 1234`` — the form the kiosk shows everywhere.

One exception, on purpose: an outbox body that may already have reached the portal (in flight, unknown, or
pending after a try) keeps its bytes. The portal checks that a key is never reused with another body
(``IDEMPOTENCY_KEY_REUSED``); changing such a body would turn a harmless retry into a refusal. Once the
portal has acknowledged it, the body is masked like everything else by the next sweep or compacted away.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from kiosk.domain.aadhaar_text import has_aadhaar_number, mask_aadhaar_numbers, may_hold_aadhaar_number
from kiosk.domain.text import normalise_name

APPLICANT_TEXT = ("first_en", "mother_en", "father_en", "surname_en", "first_mr", "mother_mr", "father_mr",
                  "surname_mr", "email", "house", "street", "village", "taluka", "district", "category")
BATCH = 2000
# Outbox bodies that cannot have reached the portal, or that it has answered for good.
SAFE_OUTBOX = "state IN ('acked', 'rejected') OR (state = 'pending' AND attempts = 0)"


# Only what a person typed is masked: hashes, ids and receipt numbers in a body are left alone (a document's
# SHA-256 holds a Verhoeff-valid run of 12 digits about once in a hundred).
TYPED_KEYS = ("applicant", "fields", "comment", "grounds")


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_aadhaar_numbers(value)
    if isinstance(value, list):
        return [_masked(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "aadhaar" else _masked(v) for k, v in value.items()}
    return value


def _masked_json(text: str, keys: tuple[str, ...] | None) -> str | None:
    """``text`` (JSON) with the strings under ``keys`` (None: all of it) masked, or None when nothing in
    it needs masking."""
    if not has_aadhaar_number(text):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if keys is None:
        masked = _masked(data)
    elif isinstance(data, dict):
        masked = {k: _masked(v) if k in keys else v for k, v in data.items()}
    else:
        return None
    return None if masked == data else json.dumps(masked, ensure_ascii=False, separators=(",", ":"))


def _rows(conn: sqlite3.Connection, table: str, columns: str, where: str = "1") -> Iterator[tuple[Any, ...]]:
    """(rowid, *columns) of ``table`` in batches by rowid: a million rows are never all in memory, and
    rows updated meanwhile are not met again."""
    last = -1
    while True:
        batch = conn.execute(f"SELECT rowid, {columns} FROM {table} WHERE rowid > ? AND ({where}) "  # noqa: S608
                             "ORDER BY rowid LIMIT ?", (last, BATCH)).fetchall()
        if not batch:
            return
        for row in batch:
            yield tuple(row)
        last = batch[-1][0]


def mask_stored_aadhaar(conn: sqlite3.Connection) -> int:
    """Mask every full Aadhaar number in free text; returns how many rows changed. Runs inside the
    caller's transaction (the schema step's). Table and column names come from this module only."""
    changed = 0
    for rowid, *values in _rows(conn, "applicants", ", ".join(APPLICANT_TEXT)):
        if not may_hold_aadhaar_number("\n\n\n\n".join(v for v in values if isinstance(v, str))):
            continue  # most rows, at one regex call for the row
        fixed = {k: mask_aadhaar_numbers(v) for k, v in zip(APPLICANT_TEXT, values, strict=True)
                 if isinstance(v, str) and has_aadhaar_number(v)}
        if fixed:
            sets = ", ".join(f"{k} = ?" for k in fixed)
            conn.execute(f"UPDATE applicants SET {sets} WHERE rowid = ?", [*fixed.values(), rowid])  # noqa: S608
            changed += 1
    for table, column, where, keys in (("applications", "fields", "1", None),
                                       ("outbox", "payload", SAFE_OUTBOX, TYPED_KEYS)):
        for rowid, text in _rows(conn, table, column, where):
            masked = _masked_json(text, keys) if isinstance(text, str) else None
            if masked is not None:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (masked, rowid))  # noqa: S608
                changed += 1
    for rowid, note in _rows(conn, "status_history", "note"):
        if isinstance(note, str) and has_aadhaar_number(note):
            conn.execute("UPDATE status_history SET note = ? WHERE rowid = ?", (mask_aadhaar_numbers(note), rowid))
            changed += 1
    return changed


NAME_COLUMNS = APPLICANT_TEXT[:8]


def normalise_stored_names(conn: sqlite3.Connection) -> int:
    """Names stored before names were normalised (NFC, ZWJ/ZWNJ only in Devanagari conjuncts): an English
    name kept with a joiner inside was invisible to search. Returns how many applicants changed; the
    search index follows by its trigger."""
    changed = 0
    for rowid, *values in _rows(conn, "applicants", ", ".join(NAME_COLUMNS)):
        fixed = {k: normalise_name(v) for k, v in zip(NAME_COLUMNS, values, strict=True)
                 if isinstance(v, str) and normalise_name(v) != v}
        if fixed:
            sets = ", ".join(f"{k} = ?" for k in fixed)  # names from NAME_COLUMNS only
            conn.execute(f"UPDATE applicants SET {sets} WHERE rowid = ?", [*fixed.values(), rowid])  # noqa: S608
            changed += 1
    return changed
