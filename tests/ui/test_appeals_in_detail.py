"""Issue 17: the application detail lists its appeals — level and authority, the day filed, the day its
authority is to decide by, and the order — not only as timeline notes; hidden for an application without
one. Real window offscreen at 1366×768, in English and Marathi, the appeals filed through the counter and
the order brought by a real feed page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.counter.appeal import AppealRequest
from kiosk.domain.status import Status
from kiosk.store.portal_answers import StatusChange, apply_status_page
from tests.ui.test_screens import saved_app
from tests.ui.test_void import window_for

SHOTS = Path("/work/shots/messages")


def _rejected_and_appealed(ctx) -> tuple[object, object]:  # noqa: ANN001
    """Two appeals: the first dismissed by an order on the feed, the second waiting for its order."""
    app = saved_app(ctx)
    store, today = ctx.database(), ctx.today()
    apply_status_page(store, [StatusChange(app.uuid, "MHSIM-7", Status.SUBMITTED),
                              StatusChange(app.uuid, "MHSIM-7", Status.REJECTED, decided_on=today)], "2")
    desk = ctx.use_cases()
    _, first = desk.appeals.file(app.uuid, AppealRequest(1, "rejected_wrongly"), actor="asha")
    apply_status_page(store, [StatusChange(app.uuid, "MHSIM-7", Status.REJECTED,
                                           appeal_order=(1, today, "dismissed", "APL1"))], "3")
    _, second = desk.appeals.file(app.uuid, AppealRequest(2, "documents_were_complete"), actor="asha")
    return app, (first, second)


@pytest.mark.parametrize("language", ["en", "mr"])
def test_the_detail_lists_each_appeal(qtbot, ctx, request, language) -> None:  # noqa: ANN001
    if language == "mr":
        request.getfixturevalue("marathi")
    plain = saved_app(ctx)
    app, (first, second) = _rejected_and_appealed(ctx)
    window, page = window_for(qtbot, ctx, "operator")
    window.resize(1366, 768)
    window.show()
    page.open(plain.uuid)
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == plain.uuid, timeout=10_000)
    assert page.appeals_box.isHidden()  # nothing to list: no room taken
    if SHOTS.exists():
        qtbot.wait(300)
        window.grab().save(str(SHOTS / f"no-appeals-detail-{language}.png"))
    page.open(app.uuid)
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == app.uuid, timeout=10_000)
    assert page.appeals_box.isVisible()
    text = page.appeals_box.text.text()
    today = ctx.today().strftime("%d-%m-%Y")
    lines = text.split("<br>")
    assert len(lines) == 2
    assert first.decide_by.strftime("%d-%m-%Y") in lines[0] and second.decide_by.strftime("%d-%m-%Y") in lines[1]
    if language == "en":
        assert "Appeal 1" in lines[0] and f"filed {today}" in lines[0] and f"dismissed on {today}" in lines[0]
        assert "Appeal 2" in lines[1] and "no order yet" in lines[1]
        assert "Second appellate authority" in page.appeals_box.toolTip()
    else:
        assert "अपील 1" in lines[0] and "फेटाळले" in lines[0]
        assert "अपील 2" in lines[1] and "अजून आदेश नाही" in lines[1]
        assert "द्वितीय अपील प्राधिकारी" in page.appeals_box.toolTip()
    assert page.appeals_box.text.height() >= page.appeals_box.text.heightForWidth(page.appeals_box.text.width())
    if SHOTS.exists():
        qtbot.wait(300)
        window.grab().save(str(SHOTS / f"appeals-in-detail-{language}.png"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    page.table.setFocus()
    other = next(r for r in range(2) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == plain.uuid)
    page.table.setCurrentCell(other, 0)  # another row: its detail, and no appeals listed
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid != app.uuid, timeout=10_000)
    assert page.appeals_box.isHidden()
