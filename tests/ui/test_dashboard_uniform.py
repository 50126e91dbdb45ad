"""The uniform dashboard's tab (issue 18), keyboard only at 1366×768: Ctrl+Tab reaches "By service and
village", the period is chosen from the list with the arrow keys, and the tables show the hand-counted
figures of that period — a total row first, then each service and each village."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from kiosk.domain.status import Status
from tests.ui.conftest import make_window
from tests.ui.test_screens import saved_app


def _cells(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_period_figures_by_service_and_village(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    for village in ("Wagholi", "Wagholi", "Lonikand"):
        saved_app(ctx, applicant__address__village=village)
    old = saved_app(ctx, applicant__address__village="Perne")
    ctx.applications().set_status(old.uuid, Status.SUBMITTED, portal_number="MHSIM-1")
    ctx.applications().set_status(old.uuid, Status.APPROVED, decided_on=ctx.today())
    last_year = (ctx.today() - timedelta(days=400)).isoformat()
    with ctx.database().write() as conn:  # received long ago: only "since the start" counts it
        conn.execute("UPDATE applications SET receipt_day = ? WHERE uuid = ?", (last_year, old.uuid))

    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    page = window.pages["dashboard"]
    uniform = page.uniform
    qtbot.waitUntil(lambda: uniform.figures is not None, timeout=10_000)
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)  # keyboard: the tab bar's arrows (Ctrl+Tab works too)
    assert page.tabs.currentWidget() is uniform
    assert uniform.period.currentData() == "month"
    qtbot.waitUntil(lambda: uniform.village_table.rowCount() == 3, timeout=10_000)
    # total row first: received 3, none decided, all three pending within the time limit
    assert _cells(uniform.village_table, 0) == ["Total", "3", "0", "0", "3", "0", "0", "0"]
    assert {_cells(uniform.village_table, r)[0]: _cells(uniform.village_table, r)[1] for r in (1, 2)} == \
        {"Wagholi": "2", "Lonikand": "1"}
    assert _cells(uniform.service_table, 1)[:2] == ["Income certificate", "3"]

    uniform.period.setFocus()
    qtbot.keyClick(uniform.period, Qt.Key.Key_End)  # "since the start": the old, decided one too
    assert uniform.period.currentData() == "all"
    qtbot.waitUntil(lambda: uniform.village_table.rowCount() == 4, timeout=10_000)
    assert _cells(uniform.village_table, 0) == ["Total", "4", "1", "0", "3", "0", "0", "0"]
    assert "Perne" in [_cells(uniform.village_table, r)[0] for r in range(4)]
    assert not uniform.service_table.horizontalScrollBar().isVisible()
