"""The store's side of "fewer documents" (issue 18): a returning citizen's earlier applications.

Found by the Aadhaar's last four digits with the date of birth, or by the mobile — each through its own
partial index (migration 0022), so the look-up stays a few index probes on a hub with a million
applications; whether the rows found are the same person (the name, in either script) is the domain's
decision (kiosk.domain.reuse.same_person), made on the handful of rows read here.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.application import Application
from kiosk.domain.status import Status
from kiosk.store.applications import Applications

EARLIER_LIMIT = 20  # the newest few are enough: the newest valid copy of each document type wins

# Each arm is one index probe; voided applications (a mistake, refunded) and purged ones (blanked) are left out.
_EARLIER = """
    SELECT uuid FROM (
        SELECT a.uuid, a.rowid AS r FROM applicants p JOIN applications a ON a.rowid = p.app_id
        WHERE p.aadhaar_last4 = ? AND p.dob = ? AND a.status != ?
        UNION
        SELECT a.uuid, a.rowid AS r FROM applicants p JOIN applications a ON a.rowid = p.app_id
        WHERE p.mobile = ? AND p.mobile != '' AND a.status != ?)
    ORDER BY r DESC LIMIT ?"""


def earlier_query() -> str:
    """The look-up's SQL (the query-plan test reads it)."""
    return _EARLIER


def earlier_applications(applications: Applications, *, last4: str | None, dob: date | None, mobile: str,
                         limit: int = EARLIER_LIMIT) -> list[Application]:
    """The newest applications whose applicant has these Aadhaar digits and date of birth, or this mobile."""
    voided = str(Status.VOIDED)
    rows = applications.store.query(_EARLIER, (last4 or "", dob.isoformat() if dob else "", voided,
                                               mobile or "", voided, limit))
    return [applications.get(r["uuid"]) for r in rows]
