"""The Sync page on a carrier: an item relayed for another hub that the portal refused reads as such."""

from __future__ import annotations

from kiosk.store.outbox import claim_next, enqueue, mark_rejected
from tests.ui.conftest import make_window


def test_a_refused_carried_item_shows_its_receipt_and_what_it_is(qtbot, ctx) -> None:
    store = ctx.database()
    relayed = {"hub_id": "hub-home", "signature": "0" * 64,
               "application": {"receipt_number": "MH-PUN-VEL-0007-20261203-0004", "service_code": "income"}}
    with store.write() as conn:
        enqueue(conn, "carried", "0b7c4d2e-carried-key", relayed)
    item = claim_next(store, 1e12)
    mark_rejected(store, item, "RELAY_NOT_ACCEPTED: the home hub's signature does not match")
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.navigate("sync")
    page = window.pages["sync"]
    qtbot.waitUntil(lambda: page.quarantine.rowCount() == 1, timeout=5_000)
    assert page.quarantine.item(0, 0).text() == "MH-PUN-VEL-0007-20261203-0004"
    assert page.quarantine.item(0, 1).text() == "Carried for another hub"
    assert not page.correct_button.isEnabled(), "another hub's application is corrected at that hub"
