"""Doorstep visits in the store (issue 18): a visit's figures and the day close's look-up of visit receipts are
index look-ups (a big hub holds a million applications; those taken at the hub are not in the partial index at
all), and only one visit is open at a time on a PC."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.domain.visit import Visit, VisitRefused
from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.visits import _FIGURES, current_visit, open_visit


def _plan(store: Store, sql: str, params: tuple[object, ...]) -> str:
    return " | ".join(str(r[3]) for r in store.query(f"EXPLAIN QUERY PLAN {sql}", params))


def test_a_visits_figures_use_the_partial_index_not_a_scan(store: Store) -> None:
    plan = _plan(store, _FIGURES, ("some-visit",))
    assert "applications_visit" in plan and "SCAN applications" not in plan, plan
    day = _plan(store, "SELECT receipt_number FROM applications WHERE receipt_day = ? "
                       "AND json_extract(extra, '$.visit_id') IS NOT NULL", ("2026-12-07",))
    assert "SCAN applications" not in day, day


def test_one_visit_open_at_a_time(store: Store) -> None:
    apps = Applications(store)
    now = datetime(2026, 12, 7, 4, 30, tzinfo=UTC)
    first = open_visit(apps, Visit("v1", "Wadgaon", date(2026, 12, 7), 10000, now, "op1"))
    with pytest.raises(VisitRefused) as refused:
        open_visit(apps, Visit("v2", "Kesnand", date(2026, 12, 7), 10000, now, "op1"))
    assert refused.value.params["why"] == "already_open" and refused.value.params["village"] == "Wadgaon"
    assert current_visit(store) == first
