"""The uniform dashboard's counts (issue 18): for the applications received in a period, how they stand
today — disposed within the RTS time limit or late, pending within or past it, certificates waiting to be
handed over — and the appeals filed in the period, grouped by service and village in one pass each.

Both reads start from an index range on the period's days, never from a scan of every application:

- the applications: ``applications_dashboard`` (receipt_day, service_code, status, due_date, decided_on),
  which step 0023 put in place of ``applications_day`` (its prefix), holds every column counted, so a
  period's rows are counted from the index; the applicant's village is read from ``applicants`` by row id
  (``SEARCH p USING INTEGER PRIMARY KEY``), and only for an approved application is its own row read (its
  key, to look for the certificate: the CASE evaluates that lookup only then, and SQLite seeks a table row
  only when a column of it is used);
- the appeals: ``appeals_filed`` (filed_on), then the application by its key and the applicant by row id.

A village is counted under its LGD code when the application kept one (picked from the ring), else under
its name as typed, compared without case or surrounding spaces.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.dashboard import GroupCounts, PeriodFigures, figures_from
from kiosk.store.db import Store

# An application the portal decided (the RTS clock stopped): an appeal is filed after a rejection.
DISPOSED = ("approved", "rejected", "delivered", "first_appeal_filed", "second_appeal_filed",
            "third_appeal_filed")
WAITING = ("queued", "submitted", "under_scrutiny", "documents_pending", "payment_pending")
NOT_COUNTED = ("voided", "draft")  # a voided application was never received (fee refunded, never sent)


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("'" + v + "'" for v in values)  # fixed constants above, never input


# The village of an applicant row ``p``: the ring village's code (step 0020) when picked from the ring, else the
# name as typed, folded.
_VILLAGE_KEY = "CASE WHEN p.village_code != '' THEN p.village_code ELSE lower(trim(p.village)) END"
_VILLAGE_NAME = "trim(p.village)"

_PERIOD_SQL = f"""
SELECT a.service_code, {_VILLAGE_KEY} AS vkey, min({_VILLAGE_NAME}) AS vname, count(*) AS received,
       sum(a.status IN ({_marks(DISPOSED)}) AND NOT coalesce(a.decided_on > a.due_date, 0)) AS in_time,
       sum(a.status IN ({_marks(DISPOSED)}) AND coalesce(a.decided_on > a.due_date, 0)) AS late,
       sum(a.status IN ({_marks(WAITING)}) AND NOT coalesce(a.due_date < ?3, 0)) AS pending_in,
       sum(a.status IN ({_marks(WAITING)}) AND coalesce(a.due_date < ?3, 0)) AS pending_past,
       sum(CASE WHEN a.status = 'approved' THEN EXISTS (SELECT 1 FROM certificates c
                                                         WHERE c.application_uuid = a.uuid) ELSE 0 END) AS waiting
FROM applications a INDEXED BY applications_dashboard JOIN applicants p ON p.app_id = a.rowid
WHERE a.receipt_day BETWEEN ?1 AND ?2 AND a.status NOT IN ({_marks(NOT_COUNTED)})
GROUP BY a.service_code, vkey"""  # noqa: S608 - fixed fragments only

_APPEALS_SQL = f"""
SELECT a.service_code, {_VILLAGE_KEY} AS vkey, min({_VILLAGE_NAME}) AS vname, count(*) AS appeals
FROM appeals ap INDEXED BY appeals_filed JOIN applications a ON a.uuid = ap.application_uuid
JOIN applicants p ON p.app_id = a.rowid
WHERE ap.filed_on BETWEEN ?1 AND ?2
GROUP BY a.service_code, vkey"""  # noqa: S608 - fixed fragments only


def period_counts(store: Store, first: date, last: date, today: date) -> list[GroupCounts]:
    """Every (service, village) group with anything to count in ``first``..``last`` (inclusive): the
    applications received in it as they stand on ``today``, and the appeals filed in it. Appeals of an
    application received before the period are counted in the group of that application."""
    params = (first.isoformat(), last.isoformat(), today.isoformat())
    groups: dict[tuple[str, str], GroupCounts] = {}
    for r in store.query_tuples(_PERIOD_SQL, params):
        groups[(r[0], r[1] or "")] = GroupCounts(r[0], r[1] or "", r[2] or "", int(r[3]), int(r[4] or 0),
                                                 int(r[5] or 0), int(r[6] or 0), int(r[7] or 0), int(r[8] or 0))
    for service, vkey, vname, appeals in store.query_tuples(_APPEALS_SQL, params[:2]):
        key = (service, vkey or "")
        old = groups.get(key) or GroupCounts(service, vkey or "", vname or "")
        groups[key] = GroupCounts(**{**old.__dict__, "appeals": int(appeals)})
    return sorted(groups.values(), key=lambda g: (g.service_code, g.village_key))


def load_figures(store: Store, first: date, last: date, today: date) -> PeriodFigures:
    """The uniform dashboard of ``first``..``last`` as it stands on ``today``, by service and by village."""
    return figures_from(period_counts(store, first, last, today), first, last, today)


def period_plans(store: Store) -> list[str]:
    """The query plans of both reads (the tests check they start from an index, never a table scan)."""
    params = ("2026-01-01", "2026-01-31", "2026-02-01")
    return [" / ".join(str(r[3]) for r in store.query_tuples("EXPLAIN QUERY PLAN " + sql, params[:n]))
            for sql, n in ((_PERIOD_SQL, 3), (_APPEALS_SQL, 2))]
