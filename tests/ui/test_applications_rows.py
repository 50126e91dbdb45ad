"""Applications acts on the right citizen: the detail follows the highlighted row through every list reload
(a sync changing a status, a search cleared), the actions act on that row, and an action its application
does not allow is greyed with the reason (Void once the item was offered to the portal, an appeal on a
freshly queued application)."""

from __future__ import annotations

from typing import Any

from kiosk.domain.status import Status
from kiosk.store.outbox import claim_next, mark_unknown
from tests.ui.conftest import make_window
from tests.ui.test_screens import saved_app

OFFLINE = "http://127.0.0.1:9"


def listed(qtbot: Any, page: Any, change: Any) -> None:
    """Apply ``change`` and wait until its own list reload is shown."""
    before = page._generation
    change()
    qtbot.waitUntil(lambda: page._generation > before and getattr(page, "rows_generation", -1) == page._generation,
                    timeout=10_000)


def detail_settled(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == page.table.current_key(),
                    timeout=10_000)


def two_citizens(qtbot: Any, ctx: Any, offered_first: bool = False) -> tuple[Any, Any, Any]:
    """Sunita then Ganesh, listed; with ``offered_first`` Sunita's item was offered to the portal once and
    its answer lost (as a sync cut mid-request leaves it)."""
    sunita = saved_app(ctx)
    if offered_first:
        store = ctx.database()
        item = claim_next(store, 1e12)
        assert item is not None and item.idempotency_key == sunita.uuid
        mark_unknown(store, item, "timeout", 0.0)
    ganesh = saved_app(ctx, applicant__name_mr__first="गणेश", applicant__name_en__first="Ganesh",
                       applicant__mobile="9822099999")
    window = make_window(qtbot, ctx, OFFLINE)
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    return page, sunita, ganesh


def row_of(page: Any, uuid: str) -> int:
    from PySide6.QtCore import Qt

    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid)


def test_the_detail_follows_the_highlighted_row_when_the_list_reloads(qtbot, ctx) -> None:
    page, sunita, ganesh = two_citizens(qtbot, ctx)
    page.table.selectRow(row_of(page, sunita.uuid))
    detail_settled(qtbot, page)
    assert page.current.status == Status.QUEUED
    # A sync submits it: the list reloads and the detail (and its actions) must follow, not keep "queued".
    ctx.applications().set_status(sunita.uuid, Status.SUBMITTED, portal_number="MHSIM-7")
    listed(qtbot, page, page.reload)
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == Status.SUBMITTED, timeout=10_000)
    assert page.table.current_key() == sunita.uuid and "MHSIM-7" in page.summary.text()
    # A search for Ganesh, then the search cleared: the highlight and the detail stay on one citizen.
    page.table.selectRow(row_of(page, ganesh.uuid))
    detail_settled(qtbot, page)
    listed(qtbot, page, lambda: (page.search.setText("9822099999"), page.reload()))
    assert page.table.rowCount() == 1 and page.table.current_key() == ganesh.uuid
    listed(qtbot, page, lambda: (page.search.setText(""), page.reload()))
    detail_settled(qtbot, page)
    assert page.table.current_key() == ganesh.uuid and page.current.uuid == ganesh.uuid
    # Reprint acts on the highlighted row.
    page.reprint()
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=10_000)
    assert page.receipt_dialog.receipt.application.uuid == ganesh.uuid
    page.receipt_dialog.close()


def test_a_row_no_longer_listed_clears_the_detail_and_greys_every_action(qtbot, ctx) -> None:
    page, sunita, _ganesh = two_citizens(qtbot, ctx)
    page.table.selectRow(row_of(page, sunita.uuid))
    detail_settled(qtbot, page)
    assert page.reprint_button.isEnabled()
    listed(qtbot, page, lambda: (page.search.setText("9822099999"), page.reload()))  # Ganesh only
    assert page.table.current_key() is None and page.current is None
    assert not any(b.isEnabled() for b in page._buttons())
    assert "Sunita" not in page.summary.text() and "सुनीता" not in page.summary.text()


def test_actions_the_application_does_not_allow_are_greyed_with_the_reason(qtbot, ctx) -> None:
    page, sunita, ganesh = two_citizens(qtbot, ctx, offered_first=True)  # the window's operator: a supervisor
    page.table.selectRow(row_of(page, ganesh.uuid))
    detail_settled(qtbot, page)
    assert page.void_button.isEnabled()  # queued, never offered to the portal
    assert not page.appeal_button.isEnabled() and page.appeal_button.toolTip()  # nothing to appeal yet
    assert page.appeal_button.toolTip() in page.why.text()
    # Sunita's item was offered to the portal once (the answer was lost): Void is no longer allowed.
    page.table.selectRow(row_of(page, sunita.uuid))
    detail_settled(qtbot, page)
    assert not page.void_button.isEnabled() and sunita.receipt_number in page.void_button.toolTip()
    assert not page.deliver_button.isEnabled() and page.deliver_button.toolTip()
    assert page.reprint_button.isEnabled()
