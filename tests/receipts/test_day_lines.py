"""The day's lines for the day close: every application that still stands; a voided one's fee was refunded."""

from __future__ import annotations

from kiosk.receipts.day_lines import day_entries
from tests.ui.test_screens import saved_app


def test_voided_applications_are_not_cash_expected(ctx) -> None:
    kept, mistake = saved_app(ctx), saved_app(ctx)
    before = day_entries(ctx.applications(), ctx.catalogue(), ctx.today())
    assert {e.receipt_no for e in before} == {kept.receipt_number, mistake.receipt_number}
    ctx.applications().void(mistake.uuid, "duplicate", actor="boss")
    after = day_entries(ctx.applications(), ctx.catalogue(), ctx.today())
    assert [e.receipt_no for e in after] == [kept.receipt_number]
    assert sum(e.paise for e in after) == kept.total_paise > 0


def test_voided_fees_leave_the_dashboard_and_the_heartbeat(ctx) -> None:
    from kiosk.counter.dashboard import load_dashboard
    from kiosk.sync.heartbeat import build_heartbeat

    kept, mistake = saved_app(ctx), saved_app(ctx)
    ctx.applications().void(mistake.uuid, "wrong_service", actor="boss")
    board = load_dashboard(ctx.database(), ctx.today())
    assert (board.today_count, board.today_paise) == (1, kept.total_paise)
    totals = build_heartbeat(ctx.database(), ctx.today())["day_totals"]
    assert (totals["applications"], totals["fees_paise"]) == (1, kept.total_paise)
