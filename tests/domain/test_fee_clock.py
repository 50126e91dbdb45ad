"""RTS Rule 6 and the fee: the time limit counts from a COMPLETE application, and an application whose fee
has not been received is not complete (the fee is part of applying: the citizen's total is the notified fee).
So a fee left pending at intake holds the clock exactly as a missing document does; paid at the counter in
cash or UPI, the clock starts that day."""

from __future__ import annotations

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.payment import fee_owed
from tests.domain.test_intake import TODAY, all_docs, catalogue, take  # noqa: F401 - the fixture
from tests.forms import income_form


def test_a_pending_fee_holds_the_clock_even_with_every_document(catalogue: Catalogue) -> None:  # noqa: F811
    docs = all_docs(catalogue, "income-certificate")
    pending = take(catalogue, income_form(payment={"method": "pending"}), docs).application
    assert pending is not None and pending.missing_groups == ()
    assert pending.completed_on is None and pending.due_date is None
    assert fee_owed(pending.extra, pending.total_paise)
    for paid in ({"method": "cash"}, {"method": "upi", "upi_ref": "412345678901"}):
        app = take(catalogue, income_form(payment=paid), docs).application
        assert app is not None and not fee_owed(app.extra, app.total_paise)
        assert app.completed_on == TODAY and app.due_date == WorkingCalendar().add_working_days(TODAY, 15)


def test_nothing_to_pay_is_never_owed() -> None:
    assert not fee_owed({"payment_mode": "pending"}, 0)
    assert not fee_owed({"payment_mode": "pending", "paid_later": "cash"}, 6900)
    assert fee_owed({"payment_mode": "pending"}, 6900)
    assert not fee_owed({}, 6900)  # cash, as every release before UPI recorded it
