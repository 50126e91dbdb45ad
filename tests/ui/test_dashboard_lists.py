"""The dashboard's lists show at least five rows on a 1366×768 screen and open their application (Enter or
double-click) on the Applications screen, highlighted with its detail; the Applications list shows name,
status and service without scrolling sideways."""

from __future__ import annotations

from typing import Any

from kiosk.domain.status import Status
from kiosk.ui.dashboard import SHOWN_ROWS, rows_height
from tests.ui.conftest import make_window
from tests.ui.test_screens import saved_app


def maximised_window(qtbot: Any, ctx: Any) -> Any:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.showMaximized()
    qtbot.waitUntil(lambda: window.isMaximized(), timeout=5_000)
    return window


def test_a_dashboard_row_opens_its_application(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    from kiosk.store.portal_answers import record_certificate

    apps = [saved_app(ctx) for _ in range(3)]
    for n, app in enumerate(apps):  # approved, certificate arrived: "certificates ready to hand over"
        ctx.applications().set_status(app.uuid, Status.SUBMITTED, portal_number=f"MHSIM-{n}")
        ctx.applications().set_status(app.uuid, Status.APPROVED)
        record_certificate(ctx.database(), app.uuid, f"CERT-{n}", f"{n:064x}", 100)
    window = maximised_window(qtbot, ctx)
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.ready_table.rowCount() == 3, timeout=10_000)
    for table in (page.due_table, page.ready_table):  # five rows fit without scrolling
        assert table.viewport().height() >= SHOWN_ROWS * table.verticalHeader().defaultSectionSize()
        assert table.height() >= rows_height(table, SHOWN_ROWS) - 4
    table = page.ready_table
    table.setFocus()
    table.selectRow(2)
    target = table.current_key()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # keyboard first: Enter opens it, as a double-click does
    applications = window.pages["applications"]
    qtbot.waitUntil(lambda: window.current_key() == "applications", timeout=5_000)
    # the detail and the list are read on the pool and may arrive in either order: wait for both, then the
    # highlighted row, the detail and the enabled action must all be the one opened
    qtbot.waitUntil(lambda: applications.current is not None and applications.current.uuid == target
                    and applications.table.current_key() == target, timeout=10_000)
    assert applications.current.uuid == target and applications.deliver_button.isEnabled()


def test_name_status_and_service_are_visible_at_1366_without_scrolling_sideways(qtbot, ctx) -> None:
    saved_app(ctx)
    window = maximised_window(qtbot, ctx)
    assert window.width() <= 1366
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    table = page.table
    for column in range(3):  # name, status, service
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= table.viewport().width(), column
        item = table.item(0, column)
        assert table.fontMetrics().horizontalAdvance(item.text()) <= table.columnWidth(column), item.text()
    assert not table.horizontalScrollBar().isVisible()
