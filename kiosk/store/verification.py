"""The sampled applications whose citizens agreed to a verification call (issue 18).

The portal's sample names receipts; each is found through the ``receipt_number`` UNIQUE index (a chunk of
receipts is one ``IN`` look-up, no scan at 1M applications) and its applicant joined by primary key. Only
rows whose ``extra`` holds the consent instant come back: a citizen who did not agree is never read out.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.domain.verification import CONSENT_KEY, CallRow
from kiosk.store.db import Store

CHUNK = 500  # well under SQLite's bound-parameter limit
_SQL = ("SELECT a.receipt_number, a.service_code, a.receipt_day, p.first_en, p.surname_en, p.first_mr, "
        "p.surname_mr, p.mobile, COALESCE(json_extract(a.consent, '$.language'), 'mr') "
        "FROM applications a JOIN applicants p ON p.app_id = a.rowid "
        "WHERE a.receipt_number IN ({marks}) AND json_extract(a.extra, '$.{key}') IS NOT NULL "
        "ORDER BY a.receipt_number")  # noqa: S608 - fixed fragments, values bound


def consented_calls(store: Store, receipts: Sequence[str]) -> list[CallRow]:
    """The applications among ``receipts`` (this hub's) whose citizen agreed to be called, by receipt."""
    out: list[CallRow] = []
    unique = sorted(set(receipts))
    for i in range(0, len(unique), CHUNK):
        part = unique[i:i + CHUNK]
        sql = _SQL.format(marks=", ".join("?" * len(part)), key=CONSENT_KEY)
        out += [CallRow(*(str(v or "") for v in r)) for r in store.query_tuples(sql, part)]
    return out
