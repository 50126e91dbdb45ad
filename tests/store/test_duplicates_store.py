"""The duplicate look-up reads by index (issue 18: 1M applications on a big hub): the query plans."""

from __future__ import annotations

from kiosk.store.applications import Applications
from kiosk.store.duplicates import BY_AADHAAR, BY_MOBILE, unfinished_candidates


def _plan(store, sql: str, params: tuple) -> str:
    return " | ".join(r[3] for r in store.query_tuples(f"EXPLAIN QUERY PLAN {sql}", params))


def test_both_look_ups_search_an_index_and_join_by_row_id(store) -> None:
    by_aadhaar = _plan(store, BY_AADHAAR, ("2346", "1986-08-14", "income-certificate"))
    by_mobile = _plan(store, BY_MOBILE, ("9822012345", "income-certificate"))
    # e.g. "SEARCH p USING INDEX applicants_aadhaar_dob (aadhaar_last4=? AND dob=?) | SEARCH a USING
    # INTEGER PRIMARY KEY (rowid=?)": no SCAN of either table, whatever their size
    assert "SEARCH p USING INDEX applicants_aadhaar_dob (aadhaar_last4=? AND dob=?)" in by_aadhaar, by_aadhaar
    assert "SEARCH p USING INDEX applicants_mobile (mobile=?)" in by_mobile, by_mobile
    for plan in (by_aadhaar, by_mobile):
        assert "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)" in plan and "SCAN" not in plan, plan


def test_candidates_are_the_unfinished_ones_of_the_service(store, make_app) -> None:
    apps = Applications(store)
    first = apps.save_new(make_app())
    found = unfinished_candidates(store, "income-certificate", aadhaar_last4="2346", dob=first.applicant.dob,
                                  mobile="9822012345")
    assert {c.receipt_number for c in found} == {first.receipt_number} and len(found) == 2  # by both keys
    assert found[0].names_mr.surname == "क्षीरसागर" and found[0].aadhaar_last4 == "2346"
    assert unfinished_candidates(store, "domicile-certificate", aadhaar_last4="2346", dob=first.applicant.dob,
                                 mobile="9822012345") == []
    apps.void(first.uuid, "duplicate", actor="op1")
    assert unfinished_candidates(store, "income-certificate", aadhaar_last4="2346", dob=first.applicant.dob,
                                 mobile="9822012345") == []
