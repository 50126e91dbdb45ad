"""The Day close screen counts cash drawer by drawer (issue 14). A supervisor types each drawer's count in
its own row, keyboard only; the drawer left uncounted reads "not counted", and surplus and shortfall are
shown apart. An operator counts only their own drawer. The printed A4 says the same, rendered and read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.counter.login import Operator
from kiosk.domain.intake import take_application
from kiosk.ui.main_window import MainWindow
from tests.forms import income_form
from tests.receipts.helpers import pdf_text


def taken_by(ctx: Any, operator: str, **changes: Any) -> Any:
    result = take_application(income_form(**changes), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                              hub_code=ctx.hub().code, operator=operator, now=ctx.now(), today=ctx.today())
    assert result.application is not None, result.problems
    return ctx.applications().save_new(result.application)


def close_page(qtbot: Any, ctx: Any, who: Operator) -> Any:
    window = MainWindow(ctx.use_cases(), who)
    qtbot.addWidget(window)
    window.show()
    window.navigate("dayclose")
    page = window.pages["dayclose"]
    qtbot.waitUntil(lambda: page.data is not None and page.by_operator.rowCount() > 0, timeout=10_000)
    return page


def cells(page: Any, column: int) -> dict[str, str]:
    table = page.by_operator
    return {table.item(r, 0).text(): table.item(r, column).text() for r in range(table.rowCount())}


def test_a_supervisor_counts_each_drawer_in_its_row(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = taken_by(ctx, "operator1")
    taken_by(ctx, "operator2", applicant__mobile="9822099999")
    page = close_page(qtbot, ctx, Operator("asha", "Asha", "supervisor"))
    assert not page.counted.isVisible()  # no single box whose count would be set against every drawer
    assert cells(page, 3) == {"operator1": "not counted", "operator2": "not counted"}
    assert "0 of 2" in page.drawers.text()

    table = page.by_operator
    table.setFocus()
    table.setCurrentCell(0, 0)  # lands on the Counted cell
    assert table.currentColumn() == 3
    QTest.keyClicks(table, "7")  # the first key opens the cell's editor, the rest go into it
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "7"
    QTest.keyClicks(editor, "5")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.data is not None and page.data.counted == {"operator1": 7500}, timeout=10_000)
    qtbot.waitUntil(lambda: cells(page, 4).get("operator1") == "+₹6.00", timeout=10_000)
    assert first.total_paise == 6900
    assert cells(page, 3)["operator2"] == "not counted" and cells(page, 4)["operator2"] == "—"
    text = page.drawers.text()
    assert "1 of 2" in text and "+₹6.00" in text and "operator2" in text

    pdf = page.day_close.save_report(page.data)[1]
    printed = " ".join(pdf_text(pdf, tmp_path).split())
    assert "+₹ 6.00" in printed and "not counted" in printed and "operator2 (₹ 69.00)" in printed


def test_an_operator_counts_their_own_drawer(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    taken_by(ctx, "operator1")
    taken_by(ctx, "operator2", applicant__mobile="9822099999")
    page = close_page(qtbot, ctx, Operator("operator2", "Ravi", "operator"))
    assert cells(page, 3) == {"operator2": "not counted"}  # only their own drawer
    page.counted.setFocus()
    QTest.keyClicks(page.counted, "60")
    qtbot.waitUntil(lambda: cells(page, 4).get("operator2") == "-₹9.00", timeout=10_000)
    assert "1 of 1" in page.drawers.text() and "-₹9.00" in page.drawers.text()
