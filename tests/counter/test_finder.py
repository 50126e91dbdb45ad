"""Finding applications: filters and search in one query, for the screen's list and the CLI."""

from __future__ import annotations

from kiosk.counter.app_filters import Filters
from tests.counter.conftest import saved


def test_filters_and_search_find_the_same_application(ctx, desk) -> None:
    app = saved(desk)
    other = saved(desk, applicant__name_en__first="Meera", applicant__mobile="9822099999")
    desk.voiding.void(other.uuid, "duplicate", actor="supervisor1")
    today = ctx.today()
    assert [s.uuid for s in desk.finder.find(Filters(status="queued"))] == [app.uuid]
    assert [s.uuid for s in desk.finder.find(Filters(day_from=today, day_to=today))] == [other.uuid, app.uuid]
    assert [s.uuid for s in desk.finder.find(Filters(query="Meera"))] == [other.uuid]
    assert [s.uuid for s in desk.finder.find(Filters(query="Meera", status="queued"))] == []
    assert [s.uuid for s in desk.finder.search(app.receipt_number)] == [app.uuid]
