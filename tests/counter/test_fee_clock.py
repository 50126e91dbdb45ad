"""The RTS clock and the fee at the counter (RTS Rule 6: the time limit counts from a complete application;
one whose fee has not been received is not complete). A fee left pending at intake holds the clock even with
every document in; taking it starts the clock that day. The portal marking an application payment pending
stops it; the fee taken at the counter starts it again from that day. Real intake, real hub database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.counter.use_cases import UseCases
from kiosk.domain.application import DocumentRecord
from kiosk.domain.status import Status
from kiosk.receipts import build_receipt_data
from kiosk.store.portal_answers import StatusChange, apply_status_page
from tests.counter.conftest import saved
from tests.receipts.helpers import pdf_text, pdf_to_pngs

SHOTS = Path("/work/shots/pay-window")


def every_document(desk: UseCases, app: Any) -> list[DocumentRecord]:
    groups = [g for g in desk.attachments.service_of(app).documents if g.required and g.condition != "minor"]
    return [DocumentRecord(sha256=f"{n:064x}", doc_type=g.any_of[0], group_code=g.code, original_name="p.jpg")
            for n, g in enumerate(groups)]


def due_from_today(ctx: Any, desk: UseCases, app: Any) -> Any:
    return ctx.calendar().add_working_days(ctx.today(), desk.attachments.service_of(app).rts_days)


def test_a_fee_pending_at_intake_holds_the_clock_until_it_is_taken(desk: UseCases, ctx: Any, tmp_path: Path) -> None:
    app = saved(desk, payment={"method": "pending"})
    app = desk.attachments.attach(app.uuid, every_document(desk, app))
    assert app.missing_groups == () and app.completed_on is None and app.due_date is None  # documents alone: no
    service = ctx.catalogue().service(app.service_code)
    assert build_receipt_data(app, service, ctx.hub()).due_date is None
    held = desk.receipts.make(app).pdf
    assert "The time limit starts when the fee is paid." in " ".join(pdf_text(held, tmp_path).split())
    paid = desk.payments.take(app.receipt_number, "cash", "", "operator1")
    assert paid.completed_on == ctx.today() and paid.due_date == due_from_today(ctx, desk, app)
    assert build_receipt_data(paid, service, ctx.hub()).due_date == paid.due_date  # the updated receipt says it
    running = desk.receipts.make(paid).pdf
    assert "when the fee is paid" not in pdf_text(running, tmp_path)
    if SHOTS.exists():
        pdf_to_pngs(held, SHOTS, dpi=80, stem="receipt-fee-pending")
        pdf_to_pngs(running, SHOTS, dpi=80, stem="receipt-fee-taken")


def test_a_fee_taken_while_documents_are_missing_starts_nothing_yet(desk: UseCases, ctx: Any) -> None:
    app = saved(desk, payment={"method": "pending"})
    paid = desk.payments.take(app.receipt_number, "upi", "412345678901", "operator1")
    assert paid.missing_groups and paid.completed_on is None and paid.due_date is None
    done = desk.attachments.attach(app.uuid, every_document(desk, app))  # the last document starts it now
    assert done.completed_on == ctx.today() and done.due_date == due_from_today(ctx, desk, app)


def test_the_portal_marking_payment_pending_stops_the_clock_and_the_fee_restarts_it(desk: UseCases, ctx: Any) -> None:
    app = saved(desk)
    app = desk.attachments.attach(app.uuid, every_document(desk, app))
    assert app.completed_on == ctx.today() and app.due_date is not None  # paid in cash, complete: running
    store = ctx.database()
    apply_status_page(store, [StatusChange(app.uuid, "P-1", Status.SUBMITTED)], "c1")
    apply_status_page(store, [StatusChange(app.uuid, "P-1", Status.PAYMENT_PENDING)], "c2")
    held = ctx.applications().get(app.uuid)
    assert held.status == Status.PAYMENT_PENDING and held.completed_on is None and held.due_date is None
    paid = desk.payments.take(app.receipt_number, "cash", "", "operator1")
    assert paid.completed_on == ctx.today() and paid.due_date == due_from_today(ctx, desk, app)


def test_the_receipt_look_up_says_the_fee_is_what_the_clock_waits_for(desk: UseCases, ctx: Any) -> None:
    app = saved(desk, payment={"method": "pending"})
    app = desk.attachments.attach(app.uuid, every_document(desk, app))
    answer = desk.deliveries.look_up(app.receipt_number, "en")
    assert answer.due_text == "The time limit starts when the fee is paid."  # not "once every document is in"
    assert answer.next_code == "next_pay" and "Pay the fee at the hub" in answer.next_text
    assert "शुल्क भरा" in desk.deliveries.look_up(app.receipt_number, "mr").next_text
    desk.payments.take(app.receipt_number, "cash", "", "operator1")
    answer = desk.deliveries.look_up(app.receipt_number, "en")
    assert answer.next_code == "next_queued" and answer.due_date is not None
