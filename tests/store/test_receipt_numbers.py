"""Receipt counters moved past numbers the database lost: forward only, and the next receipt follows."""

from __future__ import annotations

from datetime import date

from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.receipt_numbers import known_receipt_numbers, move_counter_past, protect_receipt_numbers

from .conftest import HUB


def test_a_counter_moves_forward_only(store: Store, apps: Applications, make_app) -> None:
    day = date(2026, 11, 27)
    with store.write() as conn:
        assert move_counter_past(conn, HUB.code, day, 7)
        assert not move_counter_past(conn, HUB.code, day, 3)  # never back: 4..7 may be on kept receipts
        assert not move_counter_past(conn, HUB.code, day, 7)
    assert apps.save_new(make_app()).receipt_number == f"{HUB.code}-20261127-0008"


def test_protect_skips_what_is_not_a_receipt_number(store: Store, apps: Applications, make_app) -> None:
    saved = apps.save_new(make_app())
    assert known_receipt_numbers(store) == {saved.receipt_number}
    lost = f"{HUB.code}-20261127-0005"
    assert protect_receipt_numbers(store, ["not a receipt", lost, saved.receipt_number]) == 1
    assert protect_receipt_numbers(store, [lost]) == 0
    assert apps.save_new(make_app()).receipt_number == f"{HUB.code}-20261127-0006"
