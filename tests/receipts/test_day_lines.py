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
