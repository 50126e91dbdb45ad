"""Issue 17: the appeals table — a first appeal an earlier release filed becomes level 1, an order from the
feed is kept once, and retention blanks the citizen's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.domain.status import Status
from kiosk.store.appeals import appeals_of, record_order
from kiosk.store.applications import Applications
from kiosk.store.db import Store, open_store


def test_an_earlier_first_appeal_becomes_level_one(db_path: Path, store: Store, make_app) -> None:
    apps = Applications(store)
    uuid = apps.save_new(make_app()).uuid
    apps.set_status(uuid, Status.SUBMITTED, portal_number="MHSIM-1")
    apps.set_status(uuid, Status.REJECTED, decided_on=date(2026, 1, 10))
    apps.set_status(uuid, Status.FIRST_APPEAL, note="कागदपत्रे पूर्ण होती")  # as the release before filed it
    filed_at = apps.history(uuid)[-1]["at"]
    # Back to the release before step 0014: no appeals table, no record of the step.
    with store.write() as conn:
        conn.execute("DROP TABLE appeals")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0014_appeals'")
    store.close()
    upgraded = open_store(db_path)
    try:
        (row,) = appeals_of(upgraded, uuid)
        assert (row.filed.level, row.filed.reason, row.grounds) == (1, "other", "कागदपत्रे पूर्ण होती")
        assert row.filed.filed_on == date.fromisoformat(filed_at[:10])
        with upgraded.write() as conn:
            assert record_order(conn, uuid, 1, date(2026, 2, 1), "dismissed", "APL1")
            assert not record_order(conn, uuid, 1, date(2026, 2, 9), "allowed", "APL1")  # a replayed page
        (row,) = appeals_of(upgraded, uuid)
        assert (row.filed.order_on, row.filed.outcome, row.portal_appeal_id) == (date(2026, 2, 1), "dismissed", "APL1")
    finally:
        upgraded.close()
