"""Paying the fee (issue 17) at the counter: cash, UPI with its UTR, or pending; the pending work list; a fee
taken later goes to the portal under the application's key and the citizen gets an updated receipt; the day
close keeps cash (drawers) and UPI (bank) apart. Real intake, real hub database, the simulator on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.counter.use_cases import UseCases
from kiosk.domain.messages import describe
from kiosk.domain.payment import PaymentRefused
from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.receipts import build_receipt_data
from kiosk.store.hub import set_setting
from tests.counter.conftest import saved
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, sim_config

UTR = "412345678901"


@pytest.fixture
def sim(ctx: Any) -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        set_setting(ctx.database(), "portal.url", running.url)
        set_setting(ctx.database(), "portal.training", "1")
        yield running


def synced(ctx: Any, portal: PortalSimulator) -> None:
    engine = make_engine(ctx, make_client(portal.url))
    drain(engine)
    assert engine.report.online and not engine.report.errors and not engine.report.rejected, engine.report


def receipt_payment(ctx: Any, key: str) -> tuple[str, bool]:
    app = ctx.applications().get(key)
    data = build_receipt_data(app, ctx.catalogue().service(app.service_code), ctx.hub())
    assert data.payment is not None
    return data.payment.en, data.payment_pending


def test_a_fee_not_paid_is_pending_on_the_receipt_and_in_the_work_list(desk: UseCases, ctx: Any) -> None:
    cash = saved(desk)
    upi = saved(desk, payment={"method": "upi", "upi_ref": "4123 4567 8901"})
    later = saved(desk, payment={"method": "pending"})
    assert receipt_payment(ctx, cash.uuid) == ("Cash", False)
    assert receipt_payment(ctx, upi.uuid) == (f"UPI, reference {UTR}", False)
    text, pending = receipt_payment(ctx, later.uuid)
    assert pending and "PAYMENT PENDING" in text  # never "paid by"
    assert [(o.receipt_number, o.why) for o in desk.payments.owed()] == [(later.receipt_number, "counter")]
    # the receipt PDF itself carries the pending line (its own caption, not "Fee paid by")
    pdf = desk.receipts.make(ctx.applications().get(later.uuid)).pdf
    assert pdf.startswith(b"%PDF")


def test_a_utr_is_recorded_once_and_a_paid_fee_is_not_taken_twice(desk: UseCases, ctx: Any) -> None:
    saved(desk, payment={"method": "upi", "upi_ref": UTR})
    later = saved(desk, payment={"method": "pending"})
    assert desk.payments.utr_problem(UTR) == "utr_used" and desk.payments.utr_problem("1") == "bad_utr"
    with pytest.raises(PaymentRefused) as used:
        desk.payments.take(later.receipt_number, "upi", UTR, "operator1")
    assert later.receipt_number not in describe(used.value, "en") and "already recorded" in describe(used.value, "en")
    with pytest.raises(PaymentRefused):
        desk.payments.take(later.receipt_number, "upi", "12", "operator1")
    desk.payments.take(later.receipt_number, "cash", "", "operator1")
    with pytest.raises(PaymentRefused) as again:
        desk.payments.take(later.receipt_number, "cash", "", "operator1")
    assert "already paid" in describe(again.value, "en")
    assert desk.payments.owed() == []


def test_day_close_keeps_cash_and_upi_apart(desk: UseCases, ctx: Any) -> None:
    a = saved(desk)
    b = saved(desk, payment={"method": "upi", "upi_ref": UTR})
    c = saved(desk, payment={"method": "pending"})
    fee = a.total_paise
    report = desk.day_close.report(ctx.today(), counted={"operator1": fee})
    assert (report.cash_paise, report.upi_paise, report.pending_paise) == (fee, fee, fee)
    assert report.total_paise == 3 * fee and len(report.applications) == 3
    [drawer] = report.by_operator()
    assert drawer.expected_paise == fee and drawer.difference_paise == 0  # the UPI fee is not in the drawer
    desk.payments.take(c.receipt_number, "upi", "999988887777", "operator1")
    report = desk.day_close.report(ctx.today())
    assert (report.cash_paise, report.upi_paise, report.pending_paise) == (fee, 2 * fee, 0)  # received: not pending
    assert len(report.applications) == 3  # the late fee is money of the day, not a fourth application
    assert [e.upi_ref for e in report.entries if e.method == "upi"] == [UTR, "999988887777"]
    assert b.total_paise == fee


def test_the_payment_pending_round_trip_through_the_portal(desk: UseCases, ctx: Any, sim: PortalSimulator) -> None:
    later = saved(desk, payment={"method": "pending"})
    counter_paid = saved(desk)
    synced(ctx, sim)
    # The portal holds the application sent with its fee pending; and marks another payment pending itself.
    sim_admin(sim, "advance", {"seconds": 1200})  # past scrutiny's start, before any decision
    sim_admin(sim, "decide", {"application_id": ctx.applications().get(counter_paid.uuid).portal_number,
                              "status": "payment_pending"})
    synced(ctx, sim)
    assert ctx.applications().get(later.uuid).status == Status.PAYMENT_PENDING
    assert ctx.applications().get(counter_paid.uuid).status == Status.PAYMENT_PENDING
    assert sorted((o.receipt_number, o.why) for o in desk.payments.owed()) == sorted(
        [(later.receipt_number, "counter"), (counter_paid.receipt_number, "portal")])
    receipt = desk.receipts.make(desk.payments.take(later.receipt_number, "upi", UTR, "operator1"))
    assert receipt.application.extra["paid_later"] == "upi" and receipt.pdf.startswith(b"%PDF")
    assert "UPI, reference 412345678901 on " in receipt_payment(ctx, later.uuid)[0]
    desk.payments.take(counter_paid.receipt_number, "cash", "", "operator1")
    assert desk.payments.owed() == []
    synced(ctx, sim)  # the payments go under keys derived from each application's
    synced(ctx, sim)  # the feed brings the portal's answer: scrutiny goes on
    for app in (later, counter_paid):
        assert ctx.applications().get(app.uuid).status == Status.UNDER_SCRUTINY
    assert desk.payments.owed() == []
    keys = [r["idempotency_key"] for r in ctx.database().query("SELECT idempotency_key FROM outbox "
                                                               "WHERE kind = 'payment' AND state = 'acked'")]
    assert sorted(keys) == sorted([f"{later.uuid}:payment:1", f"{counter_paid.uuid}:payment:1"])
