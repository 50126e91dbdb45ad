"""Applications reads one screen at a time (issue 15): 20 rows a call, the next screen as the operator
scrolls or walks down with the keyboard, the detail still following the highlighted row; an application
opened from another screen is found on a later screen; a reload after a sync keeps the rows the operator
had scrolled to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.ui.paged_rows import PAGE
from tests.ui.conftest import make_window
from tests.ui.test_applications_rows import OFFLINE, detail_settled, row_of
from tests.ui.test_screens import saved_app

N = 70


def _page(qtbot: Any, ctx: Any) -> tuple[Any, list[Any]]:
    saved = [saved_app(ctx, applicant__mobile=f"98220{i:05d}") for i in range(N)]
    window = make_window(qtbot, ctx, OFFLINE)
    window.resize(1366, 768)
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.table.rowCount() > 0 and not page._asking_more, timeout=10_000)
    return page, saved


def test_one_screen_at_a_time_and_more_as_the_keyboard_walks_down(qtbot, ctx) -> None:
    page, saved = _page(qtbot, ctx)
    first = page.table.rowCount()
    assert first % PAGE == 0 and first < N  # a screen (or two, to fill a tall list), not everything
    assert [s.uuid for s in page.rows[:3]] == [a.uuid for a in reversed(saved)][:3]  # newest first
    page.table.setFocus()
    page.table.selectRow(0)
    detail_settled(qtbot, page)
    seen = first
    while page._more or page._asking_more:
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the end: more come
        qtbot.waitUntil(lambda seen=seen: page.table.rowCount() > seen or not page._more, timeout=10_000)
        seen = page.table.rowCount()
        detail_settled(qtbot, page)  # the detail follows the highlight through every append
    assert page.table.rowCount() == N and len({s.uuid for s in page.rows}) == N
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    detail_settled(qtbot, page)
    assert page.table.current_key() == saved[0].uuid and page.current.uuid == saved[0].uuid


def test_an_application_opened_from_elsewhere_is_found_on_a_later_screen(qtbot, ctx) -> None:
    page, saved = _page(qtbot, ctx)
    old = saved[3]  # the fourth oldest: a few screens down
    page.show_application(old.uuid)
    qtbot.waitUntil(lambda: page.table.current_key() == old.uuid, timeout=10_000)
    detail_settled(qtbot, page)
    assert page.current.uuid == old.uuid and page.table.rowCount() > PAGE


def test_a_reload_after_a_sync_keeps_the_rows_scrolled_to(qtbot, ctx) -> None:
    page, saved = _page(qtbot, ctx)
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: page.table.rowCount() >= 2 * PAGE and not page._asking_more, timeout=10_000)
    deep = page.rows[-2].uuid
    page.table.selectRow(row_of(page, deep))
    detail_settled(qtbot, page)
    depth, before = page.table.rowCount(), page._generation
    page.reload(keep_depth=True)  # what a finished sync does
    qtbot.waitUntil(lambda: page._generation > before and page.rows_generation == page._generation, timeout=10_000)
    assert page.table.rowCount() >= depth
    detail_settled(qtbot, page)
    assert page.current.uuid == deep
