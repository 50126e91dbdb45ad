"""The uniform dashboard's reads start from an index range on the period's days (1M applications exist on
big hubs): a period's applications come from the index holding every column counted, the applicant by row id, the appeals
from their filing day's index — never a scan of a table."""

from __future__ import annotations

from kiosk.store.dashboard_period import period_plans
from kiosk.store.db import Store


def test_a_period_is_read_through_indexes(store: Store) -> None:
    applications, appeals = period_plans(store)
    assert "SEARCH a USING INDEX applications_dashboard (receipt_day>? AND receipt_day<?)" in applications
    assert "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)" in applications
    assert "SEARCH ap USING INDEX appeals_filed (filed_on>? AND filed_on<?)" in appeals
    for plan in (applications, appeals):
        assert "SCAN a" not in plan and "SCAN p" not in plan and "SCAN ap" not in plan, plan
