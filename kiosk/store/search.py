"""One search box over everything: names in either script, receipt number, mobile, portal number.

FTS5 with the trigram tokenizer matches any run of 3+ characters anywhere in a field, so "ताई" finds
"सुनीताई" and "822" finds a mobile number. Each whitespace-separated term must match (AND); terms shorter
than three characters cannot use the trigram index and are checked with LIKE on the already narrowed rows
(or, alone, scan — still bounded by ``limit``).
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


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_applications(store: Store, query: str, *, limit: int = 50,
                        narrow: ListFilter | None = None) -> list[ApplicationSummary]:
    """The newest ``limit`` matches; ``narrow`` (status, service, day range) is applied inside the query,
    so a filter never hides matches that a bare "newest N, then filter" would have cut off."""
    terms = [t for t in search_key(query).split(" ") if t]
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where: list[str] = []
    params: list[object] = []
    if long_terms:
        where.append("applications_fts MATCH ?")
        params.append(" AND ".join(_phrase(t) for t in long_terms))
    for t in short_terms:
        where.append("(names LIKE ? ESCAPE '\\' OR receipt_number LIKE ? ESCAPE '\\' "
                     "OR mobile LIKE ? ESCAPE '\\' OR portal_number LIKE ? ESCAPE '\\')")
        params.extend([_like(t)] * 4)
    extra, extra_params = filter_clause(narrow) if narrow is not None else ([], [])
    if extra:
        sql = (f"SELECT {SUMMARY_COLUMNS} FROM applications_fts f JOIN applications a ON a.rowid = f.rowid "  # noqa: S608
               f"JOIN applicants p ON p.application_uuid = a.uuid WHERE {' AND '.join(where + extra)} "
               "ORDER BY f.rowid DESC LIMIT ?")
        return [summary_from_row(r) for r in store.query(sql, [*params, *extra_params, limit])]
    params.append(limit)
    # The FTS index picks and orders the newest ``limit`` matches on its own; only those rows are joined.
    sql = (f"SELECT {SUMMARY_COLUMNS} FROM (SELECT rowid FROM applications_fts WHERE {' AND '.join(where)} "  # noqa: S608
           "ORDER BY rowid DESC LIMIT ?) f JOIN applications a ON a.rowid = f.rowid "
           "JOIN applicants p ON p.application_uuid = a.uuid ORDER BY f.rowid DESC")
    return [summary_from_row(r) for r in store.query(sql, params)]
