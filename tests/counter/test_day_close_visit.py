"""A doorstep visit in the day close (issue 18): the visit's applications are the day's applications (counted,
by service, in the day's cash total), but their cash went into the visit's bag, counted when the visit closes
— so the operator's drawer expects only what was taken at the hub, and the visit is listed on its own with
its cash expected and counted. The report is rendered and looked at (the paper carries Marathi and English)."""

from __future__ import annotations

from pathlib import Path

from kiosk.counter.day_close import drawer_lines
from kiosk.counter.use_cases import UseCases
from kiosk.receipts import render_day_close
from tests.counter.conftest import saved
from tests.forms import income_form
from tests.receipts.helpers import pdf_text, pdf_to_pngs

SHOTS = Path("/work/shots/visit")


def test_the_day_close_keeps_the_visits_cash_out_of_the_drawer_and_lists_the_visit(desk: UseCases, ctx,  # type: ignore[no-untyped-def]
                                                                                   tmp_path: Path) -> None:
    at_hub = saved(desk)
    visits = desk.intake.visits
    visits.open("वडगाव", "operator1")
    on_visit = [saved(desk), saved(desk)]
    assert all(a.total_paise == at_hub.total_paise + 10000 for a in on_visit)
    bag = sum(a.total_paise for a in on_visit)
    visits.close(bag, "operator1")

    audited = [(r["actor"], r["action"]) for r in ctx.database().query(
        "SELECT actor, action FROM audit_log WHERE action LIKE 'visit.%' ORDER BY seq")]
    assert audited == [("operator1", "visit.opened"), ("operator1", "visit.closed")]
    today = ctx.today()
    report = desk.day_close.report(today, counted={"operator1": at_hub.total_paise})
    assert len(report.applications) == 3 and report.cash_paise == at_hub.total_paise + bag
    [drawer] = report.by_operator()
    assert (drawer.count, drawer.expected_paise, drawer.difference_paise) == (3, at_hub.total_paise, 0)
    [visit] = report.visits
    assert (visit.visit.village, visit.applications, visit.cash_paise, visit.visit.counted_cash_paise) == \
        ("वडगाव", 2, bag, bag)
    lines = drawer_lines(report, "en")
    assert lines[-2] == "Doorstep visits:" and lines[-1].strip().startswith("वडगाव ("), lines
    assert "2 applications" in lines[-1] and "counted ₹" in lines[-1]
    assert "घरपोच भेटी" in drawer_lines(report, "mr")[-2]

    pdf = render_day_close(report, "a4")
    pages = pdf_to_pngs(pdf, SHOTS if SHOTS.exists() else tmp_path, stem="day-close-with-visit")
    assert pages and all(p.stat().st_size > 5000 for p in pages)
    thermal = render_day_close(report, "80mm")
    assert thermal.startswith(b"%PDF")


def test_a_visit_receipt_on_the_80mm_printer_carries_the_doorstep_fee_line(desk: UseCases, tmp_path: Path) -> None:
    desk.intake.visits.open("वडगाव", "operator1")
    app = saved(desk)
    receipt = desk.receipts.make(app, "80mm")
    pages = pdf_to_pngs(receipt.pdf, SHOTS if SHOTS.exists() else tmp_path, stem="receipt-80mm-visit")
    assert pages
    text = " ".join(pdf_text(receipt.pdf, tmp_path).split())  # the text layer of the slip
    assert "Doorstep service charge" in text and "100.00" in text, text
    assert "Taken in the village (doorstep visit)" in text, text  # and where: the village, in Devanagari


def test_a_visits_pending_fee_taken_in_cash_on_the_visit_is_in_the_bag_once(desk: UseCases, ctx) -> None:  # type: ignore[no-untyped-def]
    """The citizen of a visit pays the fee left pending while the visit is still open: the cash goes into the
    visit's bag (its close expects it), so the operator's drawer must not expect it too. Before the fix the
    day close counted it in both."""
    at_hub = saved(desk)
    visits = desk.intake.visits
    visits.open("वडगाव", "operator1")
    owed = desk.intake.take({**income_form(), "payment": {"method": "pending"}}, "operator1")
    desk.payments.take(owed.receipt_number, "cash", "", "operator1")
    visits.close(owed.total_paise, "operator1")
    report = desk.day_close.report(ctx.today(), counted={"operator1": at_hub.total_paise})
    [drawer] = report.by_operator()
    assert (drawer.expected_paise, drawer.difference_paise) == (at_hub.total_paise, 0)
    [visit] = report.visits
    assert visit.cash_paise == owed.total_paise and visit.visit.counted_cash_paise == owed.total_paise
    assert report.pending_paise == 0
