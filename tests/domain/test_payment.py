"""Paying the fee (issue 17), the pure part: the UPI link for the exact amount to the hub's payee, the
12-digit UTR, the intake form's payment, and the contract's ``payment`` object both ways."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from kiosk.domain.errors import ProblemList
from kiosk.domain.messages import describe
from kiosk.domain.payment import (
    PaymentRefused,
    check_payment,
    check_utr,
    check_vpa,
    payment_from_dict,
    upi_link,
)


def test_the_upi_link_is_the_standard_one_for_the_exact_amount() -> None:
    link = upi_link("seva.haveli@sbi", "Haveli  Seva Kendra", 12_800, "MH-PUN-HVL-0042-20261203-0007")
    assert link == ("upi://pay?pa=seva.haveli@sbi&pn=Haveli%20Seva%20Kendra&am=128.00&cu=INR"
                    "&tn=MH-PUN-HVL-0042-20261203-0007")
    query = parse_qs(urlsplit(link).query)
    assert query["am"] == ["128.00"] and query["cu"] == ["INR"]
    assert parse_qs(urlsplit(upi_link("a.b@upi", "", 6905, "R-1")).query)["am"] == ["69.05"]  # paise exact


@pytest.mark.parametrize("vpa", ["", "no-at-sign", "@sbi", "x@", "a b@sbi", "seva@sbi&am=1"])
def test_a_bad_payee_or_nothing_to_pay_is_refused_in_words(vpa: str) -> None:
    with pytest.raises(PaymentRefused) as refused:
        upi_link(vpa, "Hub", 6900, "R-1")
    assert "Settings" in describe(refused.value, "en") and "सेटिंग्ज" in describe(refused.value, "mr")
    with pytest.raises(PaymentRefused) as nothing:
        upi_link("seva@sbi", "Hub", 0, "R-1")
    assert "no fee" in describe(nothing.value, "en")


def test_utr_is_twelve_digits_in_any_script() -> None:
    assert check_utr("4123 4567 8901") == "412345678901"
    assert check_utr("४१२३४५६७८९०१") == "412345678901"
    for bad in ("", "12345678901", "1234567890123", "41234567890A", "UTR412345678901"):
        assert check_utr(bad) is None
    assert check_vpa(" seva.haveli@okaxis ") == "seva.haveli@okaxis"


def test_the_form_payment_cash_by_default_upi_needs_its_utr() -> None:
    problems = ProblemList()
    assert check_payment(problems, "cash", "", 6900).method == "cash"
    assert check_payment(problems, "pending", "", 6900).method == "pending"
    assert not problems
    assert check_payment(problems, "upi", "4123-4567-8901", 6900).upi_ref == "412345678901"
    check_payment(problems, "upi", "12345", 6900)
    check_payment(problems, "cheque", "", 6900)
    assert [p.field for p in problems.items] == ["upi_ref", "payment"]
    assert check_payment(ProblemList(), "pending", "", 0).method == "cash"  # no fee: nothing pending


def test_the_contract_payment_reads_back() -> None:
    assert payment_from_dict({"method": "upi", "paise": 6900, "upi_ref": "412345678901"}) == {
        "payment_mode": "upi", "upi_ref": "412345678901"}
    assert payment_from_dict({"method": "pending", "paise": 6900}) == {"payment_mode": "pending"}
    assert payment_from_dict(None) == {} and payment_from_dict({"method": "bitcoin"}) == {}
    assert payment_from_dict({"method": "cash", "paise": 6900}) == {}  # cash: what no record means
