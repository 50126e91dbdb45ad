"""The same person's unfinished applications for one service: the candidates for the duplicate warning
(:mod:`kiosk.domain.duplicates` decides which are the same person).

Two index look-ups (the partial indexes of step 0022, shared with the document reuse look-up): ``applicants_aadhaar_dob`` for Aadhaar last four + date of birth and
``applicants_mobile`` for the mobile; each row found joins its application by row id, where the service and
the status are checked. A hub with 1M applications reads a handful of rows (the plans are pinned in
tests/store/test_duplicates_store.py). ``LIMIT`` bounds a shared family phone's many applications.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.applicant import NameParts
from kiosk.domain.duplicates import FINISHED, Candidate
from kiosk.domain.status import Status
from kiosk.store.db import Store

LIMIT = 50
_COLUMNS = ("a.receipt_number, a.uuid, a.status, a.created_at, p.first_en, p.mother_en, p.father_en, "
            "p.surname_en, p.first_mr, p.mother_mr, p.father_mr, p.surname_mr, p.mobile, p.dob, p.aadhaar_last4")
_FINISHED = ", ".join(f"'{s.value}'" for s in sorted(FINISHED))
_FROM = "FROM applicants p INDEXED BY {index} JOIN applications a ON a.rowid = p.app_id"
_OPEN = f"a.service_code = ? AND a.status NOT IN ({_FINISHED})"  # noqa: S608 - fixed status values
BY_AADHAAR = (f"SELECT {_COLUMNS} {_FROM.format(index='applicants_aadhaar_dob')} "  # noqa: S608 - fixed fragments
              f"WHERE p.aadhaar_last4 = ? AND p.dob = ? AND {_OPEN} LIMIT {LIMIT}")
BY_MOBILE = (f"SELECT {_COLUMNS} {_FROM.format(index='applicants_mobile')} "  # noqa: S608 - fixed fragments
             f"WHERE p.mobile = ? AND p.mobile != '' AND {_OPEN} LIMIT {LIMIT}")


def _candidate(r: tuple[object, ...]) -> Candidate:
    s = [str(v or "") for v in r]
    return Candidate(receipt_number=s[0], uuid=s[1], status=Status(s[2]), created_at=s[3],
                     names_en=NameParts(*s[4:8]), names_mr=NameParts(*s[8:12]), mobile=s[12],
                     dob=date.fromisoformat(s[13]) if s[13] else None, aadhaar_last4=s[14] or None)


def unfinished_candidates(store: Store, service_code: str, *, aadhaar_last4: str | None, dob: date | None,
                          mobile: str) -> list[Candidate]:
    """Unfinished applications for ``service_code`` with the same Aadhaar last four and birth date, or the
    same mobile (each at most :data:`LIMIT`); the caller compares names."""
    rows: list[tuple[object, ...]] = []
    if aadhaar_last4 and dob is not None:
        rows += store.query_tuples(BY_AADHAAR, (aadhaar_last4, dob.isoformat(), service_code))
    if mobile:
        rows += store.query_tuples(BY_MOBILE, (mobile, service_code))
    return [_candidate(r) for r in rows]
