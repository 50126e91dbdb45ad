"""One search box over everything: names in either script, receipt number, mobile, portal number — a
screen at a time.

FTS5 with the trigram tokenizer matches any run of 3+ characters anywhere in a field, so "ताई" finds
"सुनीताई" and "822" finds a mobile number. Each whitespace-separated term must match (AND); terms shorter
than three characters cannot use the trigram index and are checked with LIKE on the application's own
columns of the already narrowed rows (or, alone, scan newest first — still stopped by ``limit``).

What was saved since the index's last batch waits in its backlog (kiosk.store.search_backlog): a search
indexes it first; a read-only (damaged) store, which cannot, checks the backlog's rows with LIKE instead.

A call returns one screen (:data:`PAGE` rows by default; the Applications list asks for the next one as
the operator scrolls, with ``offset``). The index hands over row ids newest first, and each is joined by
row id to its application and its applicant (``applicants.app_id``), read as plain tuples.
"""

from __future__ import annotations

from kiosk.domain.text import search_key
from kiosk.store.applications import (
    SUMMARY_COLUMNS,
    ApplicationSummary,
    ListFilter,
    filter_clause,
    summary_from_row,
)
from kiosk.store.db import Store
from kiosk.store.search_backlog import UPTO, has_backlog, index_backlog

PAGE = 20
_NAMES = ("(p.first_en || ' ' || p.mother_en || ' ' || p.father_en || ' ' || p.surname_en || ' ' || "
          "p.first_mr || ' ' || p.mother_mr || ' ' || p.father_mr || ' ' || p.surname_mr)")
_SHORT = (f"({_NAMES} LIKE ? ESCAPE '\\' OR a.receipt_number LIKE ? ESCAPE '\\' "
          "OR p.mobile LIKE ? ESCAPE '\\' OR a.portal_number LIKE ? ESCAPE '\\')")
_FROM = "FROM applications a JOIN applicants p ON p.app_id = a.rowid"


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_applications(store: Store, query: str, *, limit: int = PAGE, offset: int = 0,
                        narrow: ListFilter | None = None) -> list[ApplicationSummary]:
    """Matches newest first, ``limit`` of them after skipping ``offset``; ``narrow`` (status, service, day
    range) is applied inside the query, so a filter never hides matches that a bare "newest N, then
    filter" would have cut off."""
    terms = [t for t in search_key(query).split(" ") if t]
    if not terms:
        return []
    match = " AND ".join(_phrase(t) for t in terms if len(t) >= 3)
    where: list[str] = []
    params: list[object] = []
    for t in (t for t in terms if len(t) < 3):
        where.append(_SHORT)
        params.extend([_like(t)] * 4)
    # LIMIT and OFFSET are written into the statement, not bound: with bound values SQLite's plan for the
    # index's row-id scan costs about a quarter more per screen (measured at 100k, tests/benchmarks/store); both are
    # checked integers, so nothing from the search box reaches the SQL text.
    page = f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"
    extra, extra_params = filter_clause(narrow) if narrow is not None else ([], [])
    where += extra
    params += extra_params
    if match and store.writable:
        index_backlog(store)
    elif match and has_backlog(store):
        return _with_backlog(store, match, [t for t in terms if len(t) >= 3], where, params, page)
    if match and not where:
        # The index picks and orders the screen's row ids on its own; only those rows are joined.
        sql = (f"SELECT {SUMMARY_COLUMNS} FROM (SELECT rowid FROM applications_fts WHERE applications_fts "  # noqa: S608
               f"MATCH ? ORDER BY rowid DESC {page}) f JOIN applications a ON a.rowid = f.rowid "
               "JOIN applicants p ON p.app_id = f.rowid ORDER BY f.rowid DESC")
        return [summary_from_row(r) for r in store.query_tuples(sql, (match,))]
    if match:
        sql = (f"SELECT {SUMMARY_COLUMNS} FROM applications_fts f JOIN applications a ON a.rowid = f.rowid "  # noqa: S608
               f"JOIN applicants p ON p.app_id = f.rowid WHERE applications_fts MATCH ? AND {' AND '.join(where)} "
               f"ORDER BY f.rowid DESC {page}")
        return [summary_from_row(r) for r in store.query_tuples(sql, (match, *params))]
    sql = (f"SELECT {SUMMARY_COLUMNS} {_FROM} WHERE {' AND '.join(where)} "  # noqa: S608
           f"ORDER BY a.rowid DESC {page}")
    return [summary_from_row(r) for r in store.query_tuples(sql, tuple(params))]


def _with_backlog(store: Store, match: str, long_terms: list[str], where: list[str], params: list[object],
                  page: str) -> list[ApplicationSummary]:
    """A read-only store's search: the index's matches, and the backlog's rows whose values contain every
    term (as the trigram index would match them), newest first."""
    found = (f"(a.rowid IN (SELECT rowid FROM applications_fts WHERE applications_fts MATCH ?) OR "  # noqa: S608
             f"(a.rowid > {UPTO} AND {' AND '.join([_SHORT] * len(long_terms))}))")
    sql = (f"SELECT {SUMMARY_COLUMNS} {_FROM} WHERE {' AND '.join([found, *where])} "  # noqa: S608
           f"ORDER BY a.rowid DESC {page}")  # fixed fragments; the terms are bound
    likes = [like for t in long_terms for like in [_like(t)] * 4]
    return [summary_from_row(r) for r in store.query_tuples(sql, (match, *likes, *params))]
