"""The receipt model refuses values that would print something false; money and time read exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.receipts.format import format_date, format_datetime, format_paise, group_indian
from kiosk.receipts.model import BiText, FeeItem, ReceiptDataError, mask_aadhaar, parse_qr_payload, qr_payload
from tests.receipts.helpers import UUID, make_receipt


@pytest.mark.parametrize(("paise", "text"), [
    (0, "₹ 0.00"), (1, "₹ 0.01"), (99, "₹ 0.99"), (100, "₹ 1.00"), (6901, "₹ 69.01"),
    (12345678, "₹ 1,23,456.78"), (100000000000, "₹ 1,00,00,00,000.00"), (-3850, "-₹ 38.50"),
])
def test_money_is_exact_to_the_paisa_with_indian_grouping(paise: int, text: str) -> None:
    assert format_paise(paise) == text


def test_money_refuses_floats_and_bools() -> None:
    with pytest.raises(TypeError):
        format_paise(69.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_paise(True)
    assert group_indian(1234567) == "12,34,567"


def test_time_is_shown_in_ist() -> None:
    assert format_datetime(datetime(2025, 11, 27, 20, 0, tzinfo=UTC)) == "28-11-2025 01:30 IST"
    assert format_date(date(2025, 1, 5)) == "05-01-2025"
    with pytest.raises(ValueError):
        format_datetime(datetime(2025, 11, 27, 20, 0))


def test_total_is_the_sum_of_fee_lines(receipt) -> None:  # type: ignore[no-untyped-def]
    assert receipt.total_paise == 5000 + 900 + 1001
    assert receipt.aadhaar_masked == "XXXX XXXX 1234"
    assert not receipt.complete


@pytest.mark.parametrize(("field", "value"), [
    ("taken_at", datetime(2025, 11, 27, 8, 35)),  # naive: which day would the receipt show?
    ("aadhaar_last4", "234123412346"),  # a full Aadhaar number must never reach paper
    ("aadhaar_last4", "12a4"),
    ("application_uuid", "not-a-uuid"),
    ("receipt_no", "HUB 1;DROP"),
    ("receipt_no", "HUB|1"),  # would break the QR payload
    ("receipt_no", ""),
    ("rts_days", 0),
    ("rts_days", True),
    ("due_date", date(2025, 11, 1)),  # before the application was taken
    ("applicant", BiText("", " ")),
    ("service", BiText("")),
])
def test_dishonest_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ReceiptDataError):
        make_receipt(**{field: value})


@pytest.mark.parametrize("paise", [-1, 1.5, True, "100"])
def test_fee_must_be_whole_non_negative_paise(paise: object) -> None:
    with pytest.raises(ReceiptDataError):
        FeeItem(BiText("x"), paise)  # type: ignore[arg-type]


def test_bitext_needs_strings() -> None:
    with pytest.raises(ReceiptDataError):
        BiText(None)  # type: ignore[arg-type]


def test_qr_payload_round_trip_and_rejects_foreign_codes() -> None:
    payload = qr_payload("MH-PUN-HVL-0042-20261127-0001", UUID.upper())
    assert payload == f"SK1|MH-PUN-HVL-0042-20261127-0001|{UUID}"
    assert parse_qr_payload(payload + "\n") == ("MH-PUN-HVL-0042-20261127-0001", UUID)
    for bad in ("", "SK1|x", "SK2|A-1|" + UUID, "SK1|A 1|" + UUID, "SK1|A-1|nope", "https://evil.example/|a|b"):
        with pytest.raises(ReceiptDataError):
            parse_qr_payload(bad)


def test_mask_aadhaar_allows_none() -> None:
    assert mask_aadhaar(None) is None and mask_aadhaar("") is None
    assert make_receipt(aadhaar_last4=None).aadhaar_masked is None
